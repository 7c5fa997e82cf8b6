// Public live feed: that something was received, of which kind, and when; never case
// content or identity. Kinds whose very existence is confidential (corruption signals,
// whistleblower reports) are left out. Staff feeds with case access arrive with the
// live-push issue (caseEvents).
import { builder } from "@/graphql/builder";
import { KindEnum } from "@/graphql/types/enums";
import { filterMap, openEventStream } from "@/lib/events/stream";
import { isKind, RESTRICTED_KINDS, type Kind } from "@/lib/domain/kinds";
import type { OutboxEvent } from "@/lib/events/outbox";

interface PublicEventShape {
  id: bigint;
  type: string;
  at: Date;
  kind: Kind | null;
}

const PublicEvent = builder.objectRef<PublicEventShape>("PublicEvent").implement({
  fields: (t) => ({
    id: t.id({ resolve: (e) => e.id.toString() }),
    type: t.exposeString("type"),
    at: t.field({ type: "DateTime", resolve: (e) => e.at }),
    kind: t.field({ type: KindEnum, nullable: true, resolve: (e) => e.kind }),
  }),
});

function toPublic(event: OutboxEvent): PublicEventShape | null {
  const data = (event.data ?? {}) as { kind?: unknown };
  const kind = isKind(data.kind) ? data.kind : null;
  if (kind && RESTRICTED_KINDS.has(kind)) return null;
  return { id: event.id, type: event.type, at: event.at, kind };
}

builder.subscriptionType({});

builder.subscriptionField("publicEvents", (t) =>
  t.field({
    type: PublicEvent,
    description: "Submissions received, live. `after`: the last id seen; missed events are replayed first.",
    args: { after: t.arg.id({ required: false }) },
    subscribe: async (_root, args) => {
      const after = args.after != null && /^\d+$/.test(String(args.after)) ? BigInt(String(args.after)) : undefined;
      return filterMap(await openEventStream({ after, where: { public: true, type: "CASE_RECEIVED" } }), (e) => toPublic(e) ?? undefined);
    },
    resolve: (event) => event,
  }),
);

