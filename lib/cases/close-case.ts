// closeCase: the head closes a case whose handling is over — answered, forwarded, or of
// a kind the law owes no answer (opinion, comment, praise: their internal target is met
// by closing). A case that still owes the citizen an answer cannot simply be closed:
// send the answer, or decide that none is owed (decideNoAnswer).
import type { Viewer } from "@/lib/auth/viewer";
import { changeCase } from "@/lib/cases/change-case";
import { conflict } from "@/lib/cases/lifecycle";
import { meetClocks, stopClocks } from "@/lib/cases/clocks";
import { SUMMARY_SELECT, toSummary, type CaseSummary } from "@/lib/cases/staff-types";

export async function closeCase(options: { viewer: Viewer | null | undefined; caseId: string }): Promise<CaseSummary> {
  return changeCase({ viewer: options.viewer, caseId: options.caseId, action: "CLOSE" }, async ({ tx, case: c, record }) => {
    if (c.status === "CLOSED") throw conflict(`${c.reference} is closed already`);
    if (c.answerOwed && c.status !== "ANSWERED" && c.status !== "FORWARDED") {
      throw conflict(`${c.reference} still owes the citizen a written answer`);
    }
    const now = new Date();
    await meetClocks(tx, c.id, now, ["TARGET"]);
    await stopClocks(tx, c.id);
    const row = await tx.case.update({ where: { id: c.id }, data: { status: "CLOSED", closedAt: now }, select: SUMMARY_SELECT });
    await record({ action: "CASE_CLOSED", before: { status: c.status }, after: { status: "CLOSED" }, event: "CASE_CLOSED", publicEvent: true });
    return toSummary(row);
  });
}
