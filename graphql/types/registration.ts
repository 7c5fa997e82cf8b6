// The front office: a clerk registers a submission from any channel but the web, and
// tells a citizen at the counter where their case stands.
import { builder } from "@/graphql/builder";
import { run } from "@/graphql/errors";
import { CaseStatusEnum, ChannelEnum, KindEnum, LocaleEnum, NoAnswerReasonEnum } from "@/graphql/types/enums";
import { DeadlineRef } from "@/graphql/types/feedback";
import { registerSubmission, type RegisterSubmissionResult } from "@/lib/cases/register-submission";
import { lookupCaseStatus, type CaseStatusCard } from "@/lib/cases/lookup-case-status";
import { message } from "@/lib/i18n/lookup";

const RegistrationReceipt = builder.objectRef<RegisterSubmissionResult>("RegistrationReceipt").implement({
  description: "What the clerk prints on the slip: reference, access code (shown once), terms.",
  fields: (t) => ({
    caseId: t.exposeID("caseId", { description: "For attaching the scan of the paper." }),
    reference: t.exposeString("reference"),
    accessCode: t.exposeString("accessCode", { description: "Shown once; only a keyed hash is stored." }),
    receivedAt: t.field({ type: "DateTime", resolve: (r) => r.receivedAt }),
    answerOwed: t.exposeBoolean("answerOwed"),
    noAnswerReason: t.field({ type: NoAnswerReasonEnum, nullable: true, resolve: (r) => r.noAnswerReason }),
    answerDueDate: t.field({ type: "Date", nullable: true, resolve: (r) => r.answerDueDate }),
    deadlines: t.field({ type: [DeadlineRef], resolve: (r) => r.clocks }),
    slipEmailed: t.exposeBoolean("slipEmailed"),
  }),
});

const RegisterSubmissionInputRef = builder.inputType("RegisterSubmissionInput", {
  fields: (t) => ({
    channel: t.field({ type: ChannelEnum, required: true, description: "How it came; not WEB." }),
    receivedOn: t.field({ type: "Date", required: false, description: "The day it was actually received (a letter's stamp); default today." }),
    kind: t.field({ type: KindEnum, required: true }),
    subject: t.string({ required: true }),
    body: t.string({ required: true }),
    categoryCode: t.string({ required: false }),
    place: t.string({ required: false }),
    incidentDate: t.field({ type: "Date", required: false }),
    anonymous: t.boolean({ required: true }),
    name: t.string({ required: false }),
    email: t.string({ required: false }),
    phone: t.string({ required: false }),
    address: t.string({ required: false }),
    consent: t.boolean({ required: false, description: "The citizen was given the personal-data notice (required when named)." }),
    locale: t.field({ type: LocaleEnum, required: false, description: "Language of the submission and of replies." }),
    emailSlip: t.boolean({ required: false, description: "E-mail the slip to the citizen's address." }),
  }),
});

builder.mutationField("registerSubmission", (t) =>
  t.field({
    type: RegistrationReceipt,
    description: "A clerk registers a submission received by letter, in person, by phone, fax, e-mail, at a meeting or from a board.",
    authScopes: { roles: ["CLERK"] },
    args: { input: t.arg({ type: RegisterSubmissionInputRef, required: true }) },
    resolve: (_r, { input }, ctx) =>
      run(ctx.locale, () => registerSubmission({ viewer: ctx.viewer, input: { ...input, locale: input.locale ?? ctx.locale } })),
  }),
);

const CaseStatusCardRef = builder.objectRef<CaseStatusCard>("CaseStatusCard").implement({
  description: "What the citizen's tracking page shows, for the clerk at the counter: no text but the subject, no identity.",
  fields: (t) => ({
    reference: t.exposeString("reference"),
    status: t.field({ type: CaseStatusEnum, resolve: (c) => c.status }),
    statusText: t.string({ resolve: (c, _a, ctx) => message(ctx.locale, `statuses.${c.status}`) }),
    subject: t.exposeString("subject", { nullable: true, description: "Null for corruption signals and whistleblower reports." }),
    receivedAt: t.field({ type: "DateTime", resolve: (c) => c.receivedAt }),
    answerOwed: t.exposeBoolean("answerOwed"),
    answerDueDate: t.field({ type: "Date", nullable: true, resolve: (c) => c.answerDueDate }),
    deadlines: t.field({ type: [DeadlineRef], resolve: (c) => c.deadlines }),
    answeredAt: t.field({ type: "DateTime", nullable: true, resolve: (c) => c.answeredAt }),
    closedAt: t.field({ type: "DateTime", nullable: true, resolve: (c) => c.closedAt }),
  }),
});

builder.queryField("caseStatusByReference", (t) =>
  t.field({
    type: CaseStatusCardRef,
    authScopes: { roles: ["CLERK"] },
    args: { reference: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => run(ctx.locale, () => lookupCaseStatus({ viewer: ctx.viewer, reference: args.reference })),
  }),
);
