// assignCase: the head gives a case of the department to one of its officers (or takes
// it themselves); reassigning is the same verb. A case still RECEIVED is now IN_PROGRESS.
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { canBeAssigned } from "@/lib/domain/access";
import { changeCase } from "@/lib/cases/change-case";
import { isUuid } from "@/lib/cases/access";
import { assertOpen } from "@/lib/cases/lifecycle";
import { SUMMARY_SELECT, toSummary, type CaseSummary } from "@/lib/cases/staff-types";

export async function assignCase(options: { viewer: Viewer | null | undefined; caseId: string; assigneeId: string }): Promise<CaseSummary> {
  return changeCase({ viewer: options.viewer, caseId: options.caseId, action: "ASSIGN" }, async ({ tx, case: c, record }) => {
    assertOpen(c.status, "assign");
    const assignee = isUuid(options.assigneeId)
      ? await tx.user.findUnique({ where: { id: options.assigneeId }, select: { id: true, role: true, departmentId: true, disabled: true } })
      : null;
    if (!assignee || !canBeAssigned(assignee, c)) throw AppError.badInput([{ field: "assigneeId", code: "INVALID_CHOICE" }]);
    const status = c.status === "RECEIVED" ? "IN_PROGRESS" : c.status;
    const row = await tx.case.update({ where: { id: c.id }, data: { assigneeId: assignee.id, status }, select: SUMMARY_SELECT });
    await record({
      action: "CASE_ASSIGNED",
      before: { assigneeId: c.assigneeId, status: c.status },
      after: { assigneeId: assignee.id, status },
      // The citizen's timeline: "passed to the responsible department".
      event: "CASE_ASSIGNED",
      publicEvent: true,
      eventData: { assigneeId: assignee.id, departmentId: c.departmentId },
    });
    return toSummary(row);
  });
}
