// The written answer: the officer drafts it, the head approves and sends it.
import { builder } from "@/graphql/builder";
import { run } from "@/graphql/errors";
import { DraftStatusEnum } from "@/graphql/types/enums";
import { StaffRefType } from "@/graphql/types/staff";
import type { DraftView } from "@/lib/cases/staff-types";
import { saveAnswerDraft } from "@/lib/cases/save-answer-draft";
import { approveAnswer } from "@/lib/cases/approve-answer";
import { sendAnswer } from "@/lib/cases/send-answer";
import { MailedCaseChange } from "@/graphql/types/case-summary";

export const AnswerDraftType = builder.objectRef<DraftView>("AnswerDraft").implement({
  description: "The reasoned answer (АПК чл. 123(1)) in the making, approved, or sent.",
  fields: (t) => ({
    id: t.exposeID("id"),
    status: t.field({ type: DraftStatusEnum, resolve: (d) => d.status }),
    findings: t.exposeString("findings"),
    decision: t.exposeString("decision"),
    reasons: t.exposeString("reasons"),
    author: t.field({ type: StaffRefType, resolve: (d) => d.author }),
    approvedBy: t.field({ type: StaffRefType, nullable: true, resolve: (d) => d.approvedBy }),
    approvedAt: t.field({ type: "DateTime", nullable: true, resolve: (d) => d.approvedAt }),
    sentAt: t.field({ type: "DateTime", nullable: true, resolve: (d) => d.sentAt }),
    updatedAt: t.field({ type: "DateTime", resolve: (d) => d.updatedAt }),
  }),
});

const AnswerDraftInput = builder.inputType("AnswerDraftInput", {
  fields: (t) => ({
    findings: t.string({ required: false, description: "What was found. Blank: taken from the template." }),
    decision: t.string({ required: false }),
    reasons: t.string({ required: false }),
    templateCode: t.string({ required: false, description: "Pre-fill blank parts from this answer template, in the case's language." }),
  }),
});

builder.mutationField("saveAnswerDraft", (t) =>
  t.field({
    type: AnswerDraftType,
    authScopes: { staff: true },
    args: { caseId: t.arg.id({ required: true }), input: t.arg({ type: AnswerDraftInput, required: true }) },
    resolve: (_r, args, ctx) => run(ctx.locale, () => saveAnswerDraft({ viewer: ctx.viewer, caseId: String(args.caseId), input: args.input })),
  }),
);

builder.mutationField("approveAnswer", (t) =>
  t.field({
    type: AnswerDraftType,
    authScopes: { staff: true },
    args: { caseId: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => run(ctx.locale, () => approveAnswer({ viewer: ctx.viewer, caseId: String(args.caseId) })),
  }),
);

builder.mutationField("sendAnswer", (t) =>
  t.field({
    type: MailedCaseChange,
    description: "Send the approved answer; the case is ANSWERED and its terms are met.",
    authScopes: { staff: true },
    args: { caseId: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => run(ctx.locale, () => sendAnswer({ viewer: ctx.viewer, caseId: String(args.caseId) })),
  }),
);
