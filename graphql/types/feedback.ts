// The citizen's public API: submitFeedback, trackFeedback, deadlinePreview.
import { builder } from "@/graphql/builder";
import { run } from "@/graphql/errors";
import { CaseStatusEnum, ClockTypeEnum, KindEnum, LocaleEnum, NoAnswerReasonEnum } from "@/graphql/types/enums";
import { submitFeedback } from "@/lib/cases/submit-feedback";
import { trackFeedback } from "@/lib/cases/track-feedback";
import { deadlinePreview } from "@/lib/cases/deadline-preview";
import type { Locale } from "@/lib/domain/kinds";
import type { Deadline, SubmitFeedbackResult, TimelineEntry, TrackedCase } from "@/lib/cases/types";
import { message } from "@/lib/i18n/lookup";

export const DeadlineRef = builder.objectRef<Deadline>("Deadline").implement({
  description: "A term on a case: its last day and the law behind it.",
  fields: (t) => ({
    clock: t.field({ type: ClockTypeEnum, resolve: (d) => d.clock }),
    dueDate: t.field({ type: "Date", description: "Last day of the term (Europe/Sofia).", resolve: (d) => d.dueDate }),
    dueAt: t.field({ type: "DateTime", description: "The instant the term ends (24:00 Sofia time).", resolve: (d) => d.dueAt }),
    basis: t.exposeString("basis", { description: "Law article, e.g. АПК чл. 121." }),
  }),
});

const FeedbackReceipt = builder.objectRef<SubmitFeedbackResult>("FeedbackReceipt").implement({
  fields: (t) => ({
    reference: t.exposeString("reference"),
    accessCode: t.exposeString("accessCode", { description: "Shown once; keep it to follow the case." }),
    receivedAt: t.field({ type: "DateTime", resolve: (r) => r.receivedAt }),
    answerOwed: t.exposeBoolean("answerOwed"),
    noAnswerReason: t.field({ type: NoAnswerReasonEnum, nullable: true, resolve: (r) => r.noAnswerReason }),
    answerDueDate: t.field({ type: "Date", nullable: true, resolve: (r) => r.answerDueDate }),
    deadlines: t.field({ type: [DeadlineRef], resolve: (r) => r.clocks }),
  }),
});

const TimelineItem = builder.objectRef<TimelineEntry>("TimelineEntry").implement({
  fields: (t) => ({
    type: t.exposeString("type"),
    at: t.field({ type: "DateTime", resolve: (e) => e.at }),
    text: t.string({ description: "What happened, in the reader's language.", resolve: (e, _a, ctx) => eventText(e.type, ctx.locale) }),
  }),
});

const WrittenAnswer = builder.objectRef<{ text: string; sentAt: Date }>("WrittenAnswer").implement({
  fields: (t) => ({
    text: t.exposeString("text"),
    sentAt: t.field({ type: "DateTime", resolve: (a) => a.sentAt }),
  }),
});

const TrackedFeedback = builder.objectRef<TrackedCase>("TrackedFeedback").implement({
  fields: (t) => ({
    reference: t.exposeString("reference"),
    kind: t.field({ type: KindEnum, resolve: (c) => c.kind }),
    status: t.field({ type: CaseStatusEnum, resolve: (c) => c.status }),
    statusText: t.string({ description: "The status in citizen words.", resolve: (c, _a, ctx) => message(ctx.locale, `statuses.${c.status}`) }),
    subject: t.exposeString("subject"),
    receivedAt: t.field({ type: "DateTime", resolve: (c) => c.receivedAt }),
    answerOwed: t.exposeBoolean("answerOwed"),
    noAnswerReason: t.field({ type: NoAnswerReasonEnum, nullable: true, resolve: (c) => c.noAnswerReason }),
    answerDueDate: t.field({ type: "Date", nullable: true, resolve: (c) => c.answerDueDate }),
    deadlines: t.field({ type: [DeadlineRef], resolve: (c) => c.clocks }),
    timeline: t.field({ type: [TimelineItem], resolve: (c) => c.timeline }),
    answer: t.field({ type: WrittenAnswer, nullable: true, resolve: (c) => c.answer }),
  }),
});

function eventText(type: string, locale: Locale): string {
  return message(locale, `events.${type}`);
}

const SubmitFeedbackInputRef = builder.inputType("SubmitFeedbackInput", {
  fields: (t) => ({
    kind: t.field({ type: KindEnum, required: true }),
    subject: t.string({ required: true }),
    body: t.string({ required: true, description: "The text of the submission." }),
    categoryCode: t.string({ required: false }),
    place: t.string({ required: false }),
    incidentDate: t.field({ type: "Date", required: false, description: "When the matter happened, if known." }),
    anonymous: t.boolean({ required: true }),
    name: t.string({ required: false }),
    email: t.string({ required: false }),
    phone: t.string({ required: false }),
    address: t.string({ required: false }),
    consent: t.boolean({ required: false, description: "Accepted the personal-data notice (required when named)." }),
    locale: t.field({ type: LocaleEnum, required: false, description: "Language of the submission and of replies." }),
    website: t.string({ required: false, description: "Leave empty (bot trap)." }),
  }),
});

builder.mutationField("submitFeedback", (t) =>
  t.field({
    type: FeedbackReceipt,
    description: "Send an opinion, proposal, comment, recommendation, praise, complaint, grievance or signal.",
    args: { input: t.arg({ type: SubmitFeedbackInputRef, required: true }) },
    resolve: (_root, { input }, ctx) =>
      run(input.locale ?? ctx.locale, () =>
        submitFeedback({ input: { ...input, locale: input.locale ?? ctx.locale }, client: ctx.client }),
      ),
  }),
);

builder.queryField("trackFeedback", (t) =>
  t.field({
    type: TrackedFeedback,
    nullable: true,
    description: "A submission by reference and access code; null when either is wrong.",
    args: { reference: t.arg.string({ required: true }), accessCode: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) =>
      run(ctx.locale, () => trackFeedback({ reference: args.reference, accessCode: args.accessCode, client: ctx.client })),
  }),
);

builder.queryField("deadlinePreview", (t) =>
  t.field({
    type: [DeadlineRef],
    description: "The terms a submission of this kind received at that instant (default: now) would carry.",
    args: { kind: t.arg({ type: KindEnum, required: true }), receivedAt: t.arg({ type: "DateTime", required: false }) },
    resolve: (_root, args, ctx) => run(ctx.locale, () => deadlinePreview({ kind: args.kind, receivedAt: args.receivedAt ?? undefined })),
  }),
);
