// reopenCase: the head takes a closed or answered case up again (the citizen came back
// with something the answer missed, a no-answer decision was wrong, a merge was a
// mistake). It undoes what closing did: back IN_PROGRESS, a staff decision that no
// answer is owed and a merge are lifted, and the terms run again as the law counts them
// — from receipt, so a reopened case can be overdue at once, which is the truth.
// Terms already met stay met. The head must say why.
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { changeCase } from "@/lib/cases/change-case";
import { conflict } from "@/lib/cases/lifecycle";
import { loadSettings, syncClocks } from "@/lib/cases/clocks";
import { FieldChecks, STAFF_LIMITS } from "@/lib/cases/staff-input";
import { SUMMARY_SELECT, toSummary, type CaseSummary } from "@/lib/cases/staff-types";

export async function reopenCase(options: { viewer: Viewer | null | undefined; caseId: string; reason: string }): Promise<CaseSummary> {
  const checks = new FieldChecks();
  const reason = checks.text("reason", options.reason, STAFF_LIMITS.reason, true);
  if (!reason) throw AppError.badInput(checks.errors);
  const settings = await loadSettings();

  return changeCase({ viewer: options.viewer, caseId: options.caseId, action: "REOPEN" }, async ({ tx, case: c, record }) => {
    if (c.status !== "CLOSED" && c.status !== "ANSWERED") throw conflict(`${c.reference} is not closed or answered`);
    // Automatic grounds (anonymous, too old by its stated date) come back by themselves.
    const owed = await syncClocks(tx, c, settings);
    const row = await tx.case.update({
      where: { id: c.id },
      data: {
        status: "IN_PROGRESS",
        closedAt: null,
        mergedIntoId: null,
        noAnswerById: null,
        answerOwed: owed.answerOwed,
        noAnswerReason: owed.noAnswerReason,
      },
      select: SUMMARY_SELECT,
    });
    await record({
      action: "CASE_REOPENED",
      before: { status: c.status, mergedIntoId: c.mergedIntoId, answerOwed: c.answerOwed, noAnswerReason: c.noAnswerReason },
      after: { status: "IN_PROGRESS", mergedIntoId: null, answerOwed: owed.answerOwed, noAnswerReason: owed.noAnswerReason, reason },
      event: "CASE_REOPENED",
    });
    return toSummary(row);
  });
}
