// decideNoAnswer: having read the submission, the head decides that no written answer
// is owed, on one of the grounds the law and the charter give (АПК чл. 111(4)):
// insulting language, personal data or classified information, a repeat without new
// facts, or a matter older than two years (when the date only shows in the text). The
// case records the ground and who decided; the terms stop and the case is closed — it
// stays registered and counts in the analysis.
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { STAFF_DECIDED_REASONS } from "@/lib/domain/answer-owed";
import type { NoAnswerReason } from "@/lib/domain/kinds";
import { changeCase } from "@/lib/cases/change-case";
import { assertOpen, conflict } from "@/lib/cases/lifecycle";
import { stopClocks } from "@/lib/cases/clocks";
import { FieldChecks } from "@/lib/cases/staff-input";
import { SUMMARY_SELECT, toSummary, type CaseSummary } from "@/lib/cases/staff-types";

/** Grounds a person may decide on: the staff-decided ones, and the two-year rule found in the text. */
export const DECIDABLE_REASONS = [...STAFF_DECIDED_REASONS, "OLDER_THAN_TWO_YEARS"] as const satisfies readonly NoAnswerReason[];

export async function decideNoAnswer(options: { viewer: Viewer | null | undefined; caseId: string; reason: string }): Promise<CaseSummary> {
  const checks = new FieldChecks();
  const reason = checks.choice("reason", options.reason, DECIDABLE_REASONS);
  if (!reason) throw AppError.badInput(checks.errors);

  return changeCase({ viewer: options.viewer, caseId: options.caseId, action: "DECIDE_NO_ANSWER" }, async ({ tx, viewer, case: c, record }) => {
    assertOpen(c.status, "decide on");
    if (!c.answerOwed) throw conflict(`no answer was owed on ${c.reference} already`);
    const now = new Date();
    await stopClocks(tx, c.id);
    const row = await tx.case.update({
      where: { id: c.id },
      data: { answerOwed: false, noAnswerReason: reason, noAnswerById: viewer.id, status: "CLOSED", closedAt: now },
      select: SUMMARY_SELECT,
    });
    await record({
      action: "NO_ANSWER_DECIDED",
      before: { status: c.status, answerOwed: true, noAnswerReason: null },
      after: { status: "CLOSED", answerOwed: false, noAnswerReason: reason, decidedBy: viewer.id },
      event: "CASE_CLOSED",
      publicEvent: true,
      eventData: { noAnswerReason: reason },
    });
    return toSummary(row);
  });
}
