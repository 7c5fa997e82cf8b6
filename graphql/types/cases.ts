// The staff inbox and the case screen: cases(filter, first, after), case(id), and the
// verbs that move a case along (triage, assign, transfer, request information, forward,
// merge, decide that no answer is owed, close, reopen, note). Thin: parse, call one use
// case, map errors (graphql/errors.ts). The use cases are the authority on access.
import { builder } from "@/graphql/builder";
import { run } from "@/graphql/errors";
import {
  CaseActionEnum,
  CaseStatusEnum,
  ChannelEnum,
  ClockStateEnum,
  ClockTypeEnum,
  KindEnum,
  LocaleEnum,
  NoAnswerReasonEnum,
  NotOwedReasonEnum,
  TimelinessEnum,
} from "@/graphql/types/enums";
import { StaffRefType } from "@/graphql/types/staff";
import { AnswerDraftType } from "@/graphql/types/answers";
import { CaseSummaryType, MailedCaseChange } from "@/graphql/types/case-summary";
import { pick } from "@/lib/cases/reference-data";
import type {
  AttachmentMeta,
  CaseClockView,
  CaseDetail,
  CaseListItem,
  NamedRef,
  NoteView,
  StaffTimelineEntry,
  SubmitterView,
  TimelineChange,
} from "@/lib/cases/staff-types";
import type { CaseConnection } from "@/lib/cases/list-cases";
import { listCases } from "@/lib/cases/list-cases";
import { getCase } from "@/lib/cases/get-case";
import { triageCase } from "@/lib/cases/triage-case";
import { assignCase } from "@/lib/cases/assign-case";
import { transferCase } from "@/lib/cases/transfer-case";
import { requestInformation } from "@/lib/cases/request-information";
import { recordInformationReceived } from "@/lib/cases/record-information-received";
import { forwardCase } from "@/lib/cases/forward-case";
import { mergeCase } from "@/lib/cases/merge-case";
import { decideNoAnswer } from "@/lib/cases/decide-no-answer";
import { closeCase } from "@/lib/cases/close-case";
import { reopenCase } from "@/lib/cases/reopen-case";
import { addNote } from "@/lib/cases/add-note";

// ---------------------------------------------------------------------------------------
// Types

const NamedRefType = builder.objectRef<NamedRef>("NamedRef").implement({
  description: "A department, category or service unit: its code and its name in the reader's language.",
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.string({ resolve: (r, _a, ctx) => pick(r.name, ctx.locale) }),
  }),
});

const CaseHeader = builder.interfaceRef<CaseListItem>("CaseHeader").implement({
  description: "What every view of a case shows: no text beyond the subject, no identity.",
  fields: (t) => ({
    id: t.exposeID("id"),
    reference: t.exposeString("reference"),
    kind: t.field({ type: KindEnum, resolve: (c) => c.kind }),
    status: t.field({ type: CaseStatusEnum, resolve: (c) => c.status }),
    channel: t.field({ type: ChannelEnum, resolve: (c) => c.channel }),
    subject: t.exposeString("subject"),
    receivedAt: t.field({ type: "DateTime", resolve: (c) => c.receivedAt }),
    answerOwed: t.exposeBoolean("answerOwed"),
    departmentCode: t.exposeString("departmentCode", { nullable: true }),
    assignee: t.field({ type: StaffRefType, nullable: true, resolve: (c) => c.assignee }),
    nextDueAt: t.field({ type: "DateTime", nullable: true, resolve: (c) => c.nextDueAt }),
    nextDueDate: t.field({ type: "Date", nullable: true, description: "Last day of the earliest open term.", resolve: (c) => c.nextDueDate }),
    nextClock: t.field({ type: ClockTypeEnum, nullable: true, resolve: (c) => c.nextClock }),
    overdue: t.exposeBoolean("overdue"),
  }),
});

const CaseRow = builder.objectRef<CaseListItem>("CaseRow").implement({
  description: "A case in the inbox.",
  interfaces: [CaseHeader],
  fields: () => ({}),
});

const CaseEdge = builder.objectRef<CaseConnection["items"][number]>("CaseEdge").implement({
  fields: (t) => ({ cursor: t.exposeString("cursor"), node: t.field({ type: CaseRow, resolve: (e) => e.node }) }),
});

const PageInfo = builder.objectRef<{ hasNextPage: boolean; endCursor: string | null }>("PageInfo").implement({
  fields: (t) => ({ hasNextPage: t.exposeBoolean("hasNextPage"), endCursor: t.exposeString("endCursor", { nullable: true }) }),
});

const CaseConnectionType = builder.objectRef<CaseConnection>("CaseConnection").implement({
  fields: (t) => ({
    edges: t.field({ type: [CaseEdge], resolve: (c) => c.items }),
    pageInfo: t.field({ type: PageInfo, resolve: (c) => c }),
    totalCount: t.exposeInt("totalCount"),
  }),
});

const ClockPauseType = builder.objectRef<CaseClockView["pauses"][number]>("ClockPause").implement({
  description: "A pause of a clock while the case waited for the citizen, with its reason and the days it added.",
  fields: (t) => ({
    reason: t.exposeString("reason"),
    startedAt: t.field({ type: "DateTime", resolve: (p) => p.startedAt }),
    endedAt: t.field({ type: "DateTime", nullable: true, resolve: (p) => p.endedAt }),
    daysAdded: t.int({ nullable: true, resolve: (p) => p.daysAdded }),
  }),
});

const CaseClockType = builder.objectRef<CaseClockView>("CaseClock").implement({
  description: "A term on a case with its state.",
  fields: (t) => ({
    clock: t.field({ type: ClockTypeEnum, resolve: (k) => k.clock }),
    dueDate: t.field({ type: "Date", resolve: (k) => k.dueDate }),
    dueAt: t.field({ type: "DateTime", resolve: (k) => k.dueAt }),
    warnAt: t.field({ type: "DateTime", nullable: true, resolve: (k) => k.warnAt }),
    state: t.field({ type: ClockStateEnum, resolve: (k) => k.state }),
    basis: t.exposeString("basis"),
    metAt: t.field({ type: "DateTime", nullable: true, resolve: (k) => k.metAt }),
    pauses: t.field({ type: [ClockPauseType], description: "Every pause of the clock, oldest first (pausable clocks only).", resolve: (k) => k.pauses }),
  }),
});

const TimelineChangeType = builder.objectRef<TimelineChange>("TimelineChange").implement({
  fields: (t) => ({
    field: t.exposeString("field"),
    before: t.exposeString("before", { nullable: true }),
    after: t.exposeString("after", { nullable: true }),
  }),
});

const CaseTimelineEntry = builder.objectRef<StaffTimelineEntry>("CaseTimelineEntry").implement({
  description: "Something that happened to a case: who did what (audit trail), or what the system did.",
  fields: (t) => ({
    at: t.field({ type: "DateTime", resolve: (e) => e.at }),
    action: t.exposeString("action"),
    actor: t.field({ type: StaffRefType, nullable: true, resolve: (e) => e.actor }),
    changes: t.field({ type: [TimelineChangeType], resolve: (e) => e.changes }),
  }),
});

export const NoteType = builder.objectRef<NoteView>("Note").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    text: t.exposeString("text"),
    author: t.field({ type: StaffRefType, resolve: (n) => n.author }),
    createdAt: t.field({ type: "DateTime", resolve: (n) => n.createdAt }),
  }),
});

const AttachmentType = builder.objectRef<AttachmentMeta>("Attachment").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    filename: t.exposeString("filename"),
    mimeType: t.exposeString("mimeType"),
    size: t.exposeInt("size"),
    createdAt: t.field({ type: "DateTime", resolve: (a) => a.createdAt }),
  }),
});

const SubmitterType = builder.objectRef<SubmitterView>("Submitter").implement({
  description: "Who sent it: personal data, shown only to those who may see it.",
  fields: (t) => ({
    name: t.exposeString("name", { nullable: true }),
    email: t.exposeString("email", { nullable: true }),
    phone: t.exposeString("phone", { nullable: true }),
    address: t.exposeString("address", { nullable: true }),
    erased: t.exposeBoolean("erased", { description: "Erased after its retention period." }),
  }),
});

const LinkedCase = builder.objectRef<{ id: string; reference: string }>("LinkedCase").implement({
  fields: (t) => ({ id: t.exposeID("id"), reference: t.exposeString("reference") }),
});

const RatingType = builder.objectRef<NonNullable<CaseDetail["rating"]>>("ServiceRating").implement({
  fields: (t) => ({
    score: t.exposeInt("score", { nullable: true }),
    comment: t.exposeString("comment", { nullable: true }),
    ratedAt: t.field({ type: "DateTime", nullable: true, resolve: (r) => r.ratedAt }),
  }),
});

const CaseType = builder.objectRef<CaseDetail>("Case").implement({
  description: "Everything about a case on one screen.",
  interfaces: [CaseHeader],
  fields: (t) => ({
    locale: t.field({ type: LocaleEnum, resolve: (c) => c.locale }),
    body: t.exposeString("body"),
    place: t.exposeString("place", { nullable: true }),
    anonymous: t.exposeBoolean("anonymous"),
    incidentDate: t.field({ type: "Date", nullable: true, resolve: (c) => c.incidentDate }),
    noAnswerReason: t.field({ type: NoAnswerReasonEnum, nullable: true, resolve: (c) => c.noAnswerReason }),
    noAnswerDecidedBy: t.field({ type: StaffRefType, nullable: true, resolve: (c) => c.noAnswerDecidedBy }),
    department: t.field({ type: NamedRefType, nullable: true, resolve: (c) => c.department }),
    category: t.field({ type: NamedRefType, nullable: true, resolve: (c) => c.category }),
    serviceUnit: t.field({ type: NamedRefType, nullable: true, resolve: (c) => c.serviceUnit }),
    submitter: t.field({ type: SubmitterType, nullable: true, resolve: (c) => c.submitter }),
    submitterHidden: t.exposeBoolean("submitterHidden", { description: "Named, but hidden from this viewer (restricted kinds)." }),
    clocks: t.field({ type: [CaseClockType], resolve: (c) => c.clocks }),
    timeline: t.field({ type: [CaseTimelineEntry], resolve: (c) => c.timeline }),
    notes: t.field({ type: [NoteType], resolve: (c) => c.notes }),
    attachments: t.field({ type: [AttachmentType], resolve: (c) => c.attachments }),
    drafts: t.field({ type: [AnswerDraftType], resolve: (c) => c.drafts }),
    mergedInto: t.field({ type: LinkedCase, nullable: true, resolve: (c) => c.mergedInto }),
    mergedCases: t.field({ type: [LinkedCase], resolve: (c) => c.mergedCases }),
    forwardedTo: t.exposeString("forwardedTo", { nullable: true }),
    forwardedAt: t.field({ type: "DateTime", nullable: true, resolve: (c) => c.forwardedAt }),
    answerText: t.exposeString("answerText", { nullable: true }),
    answeredAt: t.field({ type: "DateTime", nullable: true, resolve: (c) => c.answeredAt }),
    closedAt: t.field({ type: "DateTime", nullable: true, resolve: (c) => c.closedAt }),
    rating: t.field({ type: RatingType, nullable: true, resolve: (c) => c.rating }),
    allowedActions: t.field({ type: [CaseActionEnum], resolve: (c) => c.allowedActions }),
  }),
});

// ---------------------------------------------------------------------------------------
// Queries

const CaseFilterInput = builder.inputType("CaseFilter", {
  fields: (t) => ({
    status: t.field({ type: [CaseStatusEnum], required: false }),
    kind: t.field({ type: [KindEnum], required: false }),
    channel: t.field({ type: [ChannelEnum], required: false }),
    departmentCode: t.string({ required: false }),
    assigneeId: t.id({ required: false }),
    unassigned: t.boolean({ required: false, description: "Cases nobody is assigned to." }),
    unrouted: t.boolean({ required: false, description: "The triage queue: cases with no department." }),
    dueWithinDays: t.int({ required: false, description: "An open term ends within this many days (overdue included)." }),
    overdue: t.boolean({ required: false }),
    search: t.string({ required: false, description: "Words of the subject or body (Bulgarian, Turkish, English; prefixes), or a reference." }),
    // Drill-down from the dashboard: the definitions are in lib/dashboard/types.ts.
    receivedFrom: t.field({ type: "Date", required: false, description: "Received on or after this day (YYYY-MM-DD, Europe/Sofia)." }),
    receivedTo: t.field({ type: "Date", required: false, description: "Received on or before this day (YYYY-MM-DD, Europe/Sofia)." }),
    answeredFrom: t.field({ type: "Date", required: false, description: "Answer sent on or after this day (YYYY-MM-DD, Europe/Sofia)." }),
    answeredTo: t.field({ type: "Date", required: false, description: "Answer sent on or before this day (YYYY-MM-DD, Europe/Sofia)." }),
    serviceUnitCode: t.string({ required: false }),
    withoutServiceUnit: t.boolean({ required: false, description: "Reached no service unit (web submissions)." }),
    categoryCode: t.string({ required: false }),
    uncategorised: t.boolean({ required: false }),
    locale: t.field({ type: [LocaleEnum], required: false, description: "Language the citizen wrote in." }),
    anonymous: t.boolean({ required: false }),
    answered: t.boolean({ required: false, description: "true: an answer was sent; false: not (yet)." }),
    notOwedReason: t.field({ type: NotOwedReasonEnum, required: false }),
    clock: t.field({ type: ClockTypeEnum, required: false, description: "With timeliness: that term's outcome; alone: cases carrying the term." }),
    timeliness: t.field({ type: TimelinessEnum, required: false }),
    ratingLinkSent: t.boolean({ required: false }),
    rated: t.boolean({ required: false, description: "true: rated; false: a rating link was sent and not used." }),
    ratingScore: t.int({ required: false }),
  }),
});

builder.queryField("cases", (t) =>
  t.field({
    type: CaseConnectionType,
    description: "The inbox: cases the viewer may read, earliest term first.",
    authScopes: { staff: true },
    args: {
      filter: t.arg({ type: CaseFilterInput, required: false }),
      first: t.arg.int({ required: false }),
      after: t.arg.string({ required: false }),
    },
    resolve: (_r, args, ctx) =>
      run(ctx.locale, () =>
        listCases({
          viewer: ctx.viewer,
          filter: args.filter ? { ...args.filter, assigneeId: args.filter.assigneeId == null ? null : String(args.filter.assigneeId) } : null,
          first: args.first,
          after: args.after,
        }),
      ),
  }),
);

builder.queryField("case", (t) =>
  t.field({
    type: CaseType,
    authScopes: { staff: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => run(ctx.locale, () => getCase({ viewer: ctx.viewer, caseId: String(args.id) })),
  }),
);

// ---------------------------------------------------------------------------------------
// Mutations

const TriageCaseInput = builder.inputType("TriageCaseInput", {
  fields: (t) => ({
    kind: t.field({ type: KindEnum, required: false }),
    categoryCode: t.string({ required: false }),
    departmentCode: t.string({ required: false }),
    reason: t.string({ required: false, description: "Why; required when the kind changes." }),
  }),
});

builder.mutationField("triageCase", (t) =>
  t.field({
    type: CaseSummaryType,
    authScopes: { staff: true },
    args: { caseId: t.arg.id({ required: true }), input: t.arg({ type: TriageCaseInput, required: true }) },
    resolve: (_r, args, ctx) => run(ctx.locale, () => triageCase({ viewer: ctx.viewer, caseId: String(args.caseId), input: args.input })),
  }),
);

builder.mutationField("assignCase", (t) =>
  t.field({
    type: CaseSummaryType,
    authScopes: { staff: true },
    args: { caseId: t.arg.id({ required: true }), assigneeId: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) =>
      run(ctx.locale, () => assignCase({ viewer: ctx.viewer, caseId: String(args.caseId), assigneeId: String(args.assigneeId) })),
  }),
);

builder.mutationField("transferCase", (t) =>
  t.field({
    type: CaseSummaryType,
    authScopes: { staff: true },
    args: { caseId: t.arg.id({ required: true }), departmentCode: t.arg.string({ required: true }), reason: t.arg.string({ required: false }) },
    resolve: (_r, args, ctx) =>
      run(ctx.locale, () =>
        transferCase({ viewer: ctx.viewer, caseId: String(args.caseId), departmentCode: args.departmentCode, reason: args.reason }),
      ),
  }),
);

builder.mutationField("requestInformation", (t) =>
  t.field({
    type: MailedCaseChange,
    authScopes: { staff: true },
    args: { caseId: t.arg.id({ required: true }), question: t.arg.string({ required: true }), respondBy: t.arg({ type: "Date", required: false }) },
    resolve: (_r, args, ctx) =>
      run(ctx.locale, () =>
        requestInformation({ viewer: ctx.viewer, caseId: String(args.caseId), question: args.question, respondBy: args.respondBy }),
      ),
  }),
);

builder.mutationField("recordInformationReceived", (t) =>
  t.field({
    type: CaseSummaryType,
    description:
      "The citizen's clarification has arrived: the case goes back to work and clocks paused for it (the internal target) resume, moved on by the days waited. Legal terms never paused.",
    authScopes: { staff: true },
    args: { caseId: t.arg.id({ required: true }), summary: t.arg.string({ required: false }) },
    resolve: (_r, args, ctx) => run(ctx.locale, () => recordInformationReceived({ viewer: ctx.viewer, caseId: String(args.caseId), summary: args.summary })),
  }),
);

builder.mutationField("forwardCase", (t) =>
  t.field({
    type: MailedCaseChange,
    description: "Send the case to the competent body (АПК чл. 112) and tell the citizen.",
    authScopes: { staff: true },
    args: {
      caseId: t.arg.id({ required: true }),
      forwardedTo: t.arg.string({ required: true }),
      sentOn: t.arg({ type: "Date", required: false, description: "Default today." }),
    },
    resolve: (_r, args, ctx) =>
      run(ctx.locale, () => forwardCase({ viewer: ctx.viewer, caseId: String(args.caseId), forwardedTo: args.forwardedTo, sentOn: args.sentOn })),
  }),
);

builder.mutationField("mergeCase", (t) =>
  t.field({
    type: CaseSummaryType,
    description: "Merge a repeat submission (caseId) into the original (intoReference); the repeat is closed.",
    authScopes: { staff: true },
    args: { caseId: t.arg.id({ required: true }), intoReference: t.arg.string({ required: true }), newFacts: t.arg.boolean({ required: false }) },
    resolve: (_r, args, ctx) =>
      run(ctx.locale, () =>
        mergeCase({ viewer: ctx.viewer, caseId: String(args.caseId), intoReference: args.intoReference, newFacts: args.newFacts }),
      ),
  }),
);

builder.mutationField("decideNoAnswer", (t) =>
  t.field({
    type: CaseSummaryType,
    description: "Decide that no written answer is owed (АПК чл. 111(4)); the terms stop and the case closes.",
    authScopes: { staff: true },
    args: { caseId: t.arg.id({ required: true }), reason: t.arg({ type: NoAnswerReasonEnum, required: true }) },
    resolve: (_r, args, ctx) => run(ctx.locale, () => decideNoAnswer({ viewer: ctx.viewer, caseId: String(args.caseId), reason: args.reason })),
  }),
);

builder.mutationField("closeCase", (t) =>
  t.field({
    type: CaseSummaryType,
    authScopes: { staff: true },
    args: { caseId: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => run(ctx.locale, () => closeCase({ viewer: ctx.viewer, caseId: String(args.caseId) })),
  }),
);

builder.mutationField("reopenCase", (t) =>
  t.field({
    type: CaseSummaryType,
    authScopes: { staff: true },
    args: { caseId: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => run(ctx.locale, () => reopenCase({ viewer: ctx.viewer, caseId: String(args.caseId), reason: args.reason })),
  }),
);

builder.mutationField("addNote", (t) =>
  t.field({
    type: NoteType,
    description: "An internal note; never shown to the citizen.",
    authScopes: { staff: true },
    args: { caseId: t.arg.id({ required: true }), text: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => run(ctx.locale, () => addNote({ viewer: ctx.viewer, caseId: String(args.caseId), text: args.text })),
  }),
);
