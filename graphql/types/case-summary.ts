// What a case-changing mutation returns (shared by graphql/types/cases.ts and answers.ts).
import { builder } from "@/graphql/builder";
import { CaseStatusEnum, KindEnum } from "@/graphql/types/enums";
import type { CaseSummary } from "@/lib/cases/staff-types";

export const CaseSummaryType = builder.objectRef<CaseSummary>("CaseSummary").implement({
  description: "A case after a change: enough to update its row in the inbox.",
  fields: (t) => ({
    id: t.exposeID("id"),
    reference: t.exposeString("reference"),
    kind: t.field({ type: KindEnum, resolve: (c) => c.kind }),
    status: t.field({ type: CaseStatusEnum, resolve: (c) => c.status }),
    departmentCode: t.exposeString("departmentCode", { nullable: true }),
    assigneeId: t.exposeID("assigneeId", { nullable: true }),
    nextDueAt: t.field({ type: "DateTime", nullable: true, resolve: (c) => c.nextDueAt }),
    nextDueDate: t.field({ type: "Date", nullable: true, description: "Last day of the earliest open term.", resolve: (c) => c.nextDueDate }),
  }),
});

export const MailedCaseChange = builder.objectRef<CaseSummary & { emailed: boolean }>("MailedCaseChange").implement({
  description: "A change the citizen is told about: e-mailed when they gave an address, else staff write by post.",
  fields: (t) => ({
    case: t.field({ type: CaseSummaryType, resolve: (c) => c }),
    citizenEmailed: t.boolean({ resolve: (c) => c.emailed }),
  }),
});
