// caseEvents: the staff live feed over graphql-ws (issue 4). Thin: parse, stream the
// use case, map errors.
import { builder } from "@/graphql/builder";
import { toGraphQLError } from "@/graphql/errors";
import { ClockTypeEnum, KindEnum } from "@/graphql/types/enums";
import { CaseSummaryType } from "@/graphql/types/case-summary";
import { openCaseEvents, type CaseEventView } from "@/lib/cases/stream-case-events";
import type { Locale } from "@/lib/domain/kinds";
import { EVENT_TYPES } from "@/lib/events/outbox";

const CaseEventTypeEnum = builder.enumType("CaseEventType", { values: EVENT_TYPES });

const CaseEvent = builder.objectRef<CaseEventView>("CaseEvent").implement({
  description: "Something happened to a case the viewer may read. Ids increase; pass the last one as `after` to resume.",
  fields: (t) => ({
    id: t.id({ resolve: (e) => e.id.toString() }),
    type: t.field({ type: CaseEventTypeEnum, resolve: (e) => e.type }),
    at: t.field({ type: "DateTime", resolve: (e) => e.at }),
    case: t.field({ type: CaseSummaryType, resolve: (e) => e.case }),
    clock: t.field({ type: ClockTypeEnum, nullable: true, description: "For SLA_WARNING / SLA_BREACHED: the term that crossed.", resolve: (e) => e.clock }),
    dueAt: t.field({ type: "DateTime", nullable: true, description: "For SLA_WARNING / SLA_BREACHED: when that term ends.", resolve: (e) => e.dueAt }),
  }),
});

const CaseEventFilterInput = builder.inputType("CaseEventFilter", {
  fields: (t) => ({
    types: t.field({ type: [CaseEventTypeEnum], required: false }),
    kinds: t.field({ type: [KindEnum], required: false }),
    departmentCode: t.string({ required: false }),
  }),
});

builder.subscriptionField("caseEvents", (t) =>
  t.field({
    type: CaseEvent,
    description: "Events on cases the viewer may read: every one after `after` (replay), then live.",
    args: { after: t.arg.id({ required: false }), filter: t.arg({ type: CaseEventFilterInput, required: false }) },
    subscribe: async (_root, args, ctx) => {
      const after = args.after != null && /^\d+$/.test(String(args.after)) ? BigInt(String(args.after)) : undefined;
      try {
        const feed = await openCaseEvents({ viewer: ctx.viewer, after, filter: args.filter ?? undefined });
        return mapErrors(feed, ctx.locale);
      } catch (error) {
        throw toGraphQLError(error, ctx.locale);
      }
    },
    resolve: (event) => event,
  }),
);

/** A session that ends mid-stream surfaces as a GraphQL error, like any other refusal. */
function mapErrors<T>(source: AsyncIterableIterator<T>, locale: Locale): AsyncIterableIterator<T> {
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next: () => source.next().catch((error: unknown) => Promise.reject(toGraphQLError(error, locale))),
    return: () => source.return?.() ?? Promise.resolve({ value: undefined, done: true }),
  };
}
