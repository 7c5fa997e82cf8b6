// transferCase: the head sends a case to another department that should handle it. The
// assignee goes (they belong to the old department), and so does a category of the old
// department. The terms run on: a transfer inside the municipality changes nothing for
// the citizen (АПК: the term counts from receipt by the administration).
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { changeCase } from "@/lib/cases/change-case";
import { assertOpen } from "@/lib/cases/lifecycle";
import { findDepartment } from "@/lib/cases/reference-data";
import { FieldChecks, STAFF_LIMITS } from "@/lib/cases/staff-input";
import { SUMMARY_SELECT, toSummary, type CaseSummary } from "@/lib/cases/staff-types";

export async function transferCase(options: {
  viewer: Viewer | null | undefined;
  caseId: string;
  departmentCode: string;
  reason?: string | null;
}): Promise<CaseSummary> {
  const checks = new FieldChecks();
  const reason = checks.text("reason", options.reason, STAFF_LIMITS.reason, false);
  const department = await findDepartment(options.departmentCode);
  if (!department) checks.errors.push({ field: "departmentCode", code: "INVALID_CHOICE" });
  if (!checks.ok || !department) throw AppError.badInput(checks.errors);

  return changeCase({ viewer: options.viewer, caseId: options.caseId, action: "TRANSFER" }, async ({ tx, case: c, record }) => {
    assertOpen(c.status, "transfer");
    if (c.departmentId === department.id) throw AppError.badInput([{ field: "departmentCode", code: "INVALID_CHOICE" }]);
    const category = c.categoryId ? await tx.category.findUnique({ where: { id: c.categoryId }, select: { departmentId: true } }) : null;
    const categoryId = category?.departmentId === department.id ? c.categoryId : null;
    const row = await tx.case.update({
      where: { id: c.id },
      data: { departmentId: department.id, categoryId, assigneeId: null },
      select: SUMMARY_SELECT,
    });
    await record({
      action: "CASE_TRANSFERRED",
      before: { departmentId: c.departmentId, categoryId: c.categoryId, assigneeId: c.assigneeId },
      after: { departmentId: department.id, categoryId, assigneeId: null, reason },
      event: "CASE_TRANSFERRED",
      eventData: { from: c.departmentId, to: department.id },
    });
    return toSummary(row);
  });
}
