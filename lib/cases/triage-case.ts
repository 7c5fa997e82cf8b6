// triageCase: the head reads a new case and fixes what it is and who handles it — kind,
// category, department. Unrouted cases (no department) are the triage queue every head
// sees. Changing the kind changes the law that applies, so the open terms are counted
// again from receipt under the new kind's policy (lib/cases/clocks.ts), and the head must
// say why (kept in the audit trail).
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { isRestrictedKind } from "@/lib/domain/access";
import { isStaffDecidedReason } from "@/lib/domain/answer-owed";
import { KINDS, type Kind } from "@/lib/domain/kinds";
import { changeCase } from "@/lib/cases/change-case";
import { assertOpen } from "@/lib/cases/lifecycle";
import { loadSettings, syncClocks } from "@/lib/cases/clocks";
import { findCategory, findDepartment } from "@/lib/cases/reference-data";
import { FieldChecks, STAFF_LIMITS } from "@/lib/cases/staff-input";
import { SUMMARY_SELECT, toSummary, type CaseSummary } from "@/lib/cases/staff-types";

export interface TriageInput {
  kind?: string | null;
  categoryCode?: string | null;
  departmentCode?: string | null;
  /** Required when the kind changes. */
  reason?: string | null;
}

export async function triageCase(options: { viewer: Viewer | null | undefined; caseId: string; input: TriageInput }): Promise<CaseSummary> {
  const { input } = options;
  const checks = new FieldChecks();
  const kind = input.kind == null ? null : checks.choice<Kind>("kind", input.kind, KINDS);
  const reason = checks.text("reason", input.reason, STAFF_LIMITS.reason, false);
  const category = input.categoryCode ? await findCategory(input.categoryCode) : null;
  if (input.categoryCode && !category) checks.errors.push({ field: "categoryCode", code: "INVALID_CHOICE" });
  const department = input.departmentCode ? await findDepartment(input.departmentCode) : null;
  if (input.departmentCode && !department) checks.errors.push({ field: "departmentCode", code: "INVALID_CHOICE" });
  if (category && department && category.departmentId !== department.id) {
    checks.errors.push({ field: "categoryCode", code: "INVALID_CHOICE" });
  }
  if (!input.kind && !input.categoryCode && !input.departmentCode) checks.errors.push({ field: "kind", code: "REQUIRED" });
  if (!checks.ok) throw AppError.badInput(checks.errors);
  const settings = await loadSettings();

  return changeCase({ viewer: options.viewer, caseId: options.caseId, action: "TRIAGE" }, async ({ tx, case: c, record }) => {
    assertOpen(c.status, "triage");
    const newKind = kind ?? c.kind;
    const kindChanged = newKind !== c.kind;
    if (kindChanged && !reason) throw AppError.badInput([{ field: "reason", code: "REQUIRED" }]);

    const departmentId = department?.id ?? category?.departmentId ?? c.departmentId;
    let categoryId = category?.id ?? c.categoryId;
    if (!category && categoryId && department) {
      const current = await tx.category.findUnique({ where: { id: categoryId }, select: { departmentId: true } });
      if (current?.departmentId !== department.id) categoryId = null;
    }
    const departmentChanged = departmentId !== c.departmentId;

    let owed = { answerOwed: c.answerOwed, noAnswerReason: c.noAnswerReason };
    if (kindChanged) {
      const keep = c.noAnswerReason && isStaffDecidedReason(c.noAnswerReason) ? c.noAnswerReason : null;
      owed = await syncClocks(tx, { ...c, kind: newKind }, settings, keep);
    }
    const row = await tx.case.update({
      where: { id: c.id },
      data: {
        kind: newKind,
        categoryId,
        departmentId,
        // Officers belong to a department: a new department needs a new assignee.
        ...(departmentChanged ? { assigneeId: null } : {}),
        answerOwed: owed.answerOwed,
        noAnswerReason: owed.noAnswerReason,
        // Once confidential, always: a reclassified corruption signal keeps its submitter hidden.
        ...(kindChanged && isRestrictedKind(c.kind) ? { submitterConfidential: true } : {}),
      },
      select: SUMMARY_SELECT,
    });
    await record({
      action: "CASE_TRIAGED",
      before: { kind: c.kind, categoryId: c.categoryId, departmentId: c.departmentId, assigneeId: c.assigneeId, answerOwed: c.answerOwed },
      after: {
        kind: newKind,
        categoryId,
        departmentId,
        assigneeId: departmentChanged ? null : c.assigneeId,
        answerOwed: owed.answerOwed,
        reason,
      },
      event: "CASE_TRIAGED",
      // Feeds judge confidentiality by the kind the case has now.
      eventData: { kind: newKind, departmentId },
    });
    return toSummary(row);
  });
}
