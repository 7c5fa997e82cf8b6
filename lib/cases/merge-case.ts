// mergeCase: a repeat submission on a matter already in hand is merged into the
// original (by the original's reference). The repeat is closed and linked to the
// original — both ways: Case.mergedIntoId on the repeat, Case.merged on the original —
// and nothing is deleted. Without new facts no answer is owed on the repeat (АПК
// чл. 111(4), REPEAT_WITHOUT_NEW_FACTS); with new facts, the original's answer covers them.
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { decide } from "@/lib/domain/access";
import { parseReference } from "@/lib/domain/reference";
import { changeCase } from "@/lib/cases/change-case";
import { assertOpen } from "@/lib/cases/lifecycle";
import { lockCase } from "@/lib/cases/access";
import { stopClocks } from "@/lib/cases/clocks";
import { SUMMARY_SELECT, toSummary, type CaseSummary } from "@/lib/cases/staff-types";

export async function mergeCase(options: {
  viewer: Viewer | null | undefined;
  /** The repeat. */
  caseId: string;
  /** Reference of the original. */
  intoReference: string;
  /** The repeat brings facts the original did not have. */
  newFacts?: boolean | null;
}): Promise<CaseSummary> {
  const intoReference = parseReference(options.intoReference);
  if (!intoReference) throw AppError.badInput([{ field: "intoReference", code: "INVALID_CHOICE" }]);
  const newFacts = options.newFacts === true;

  return changeCase({ viewer: options.viewer, caseId: options.caseId, action: "MERGE" }, async ({ tx, viewer, case: c, record }) => {
    assertOpen(c.status, "merge");
    const found = await tx.case.findUnique({ where: { reference: intoReference }, select: { id: true } });
    const original = found && found.id !== c.id ? await lockCase(tx, found.id) : null;
    // The head must head the original too; a case they cannot see is simply not there.
    if (!original || decide(viewer, "MERGE", original) !== "ALLOW") {
      throw AppError.badInput([{ field: "intoReference", code: "INVALID_CHOICE" }]);
    }
    if (original.mergedIntoId) throw AppError.badInput([{ field: "intoReference", code: "INVALID_CHOICE" }]);

    const now = new Date();
    await stopClocks(tx, c.id);
    const noAnswer = newFacts ? {} : { answerOwed: false, noAnswerReason: "REPEAT_WITHOUT_NEW_FACTS" as const, noAnswerById: viewer.id };
    const row = await tx.case.update({
      where: { id: c.id },
      data: { mergedIntoId: original.id, status: "CLOSED", closedAt: now, ...noAnswer },
      select: SUMMARY_SELECT,
    });
    // One record on each case, so both timelines show the link.
    await record({
      action: "CASE_MERGED",
      before: { status: c.status, mergedIntoId: null, answerOwed: c.answerOwed },
      after: { status: "CLOSED", mergedIntoId: original.id, newFacts, answerOwed: newFacts ? c.answerOwed : false },
      // The citizen who sent the repeat sees it closed.
      event: "CASE_CLOSED",
      publicEvent: true,
      eventData: { mergedInto: original.id },
    });
    await record({
      caseId: original.id,
      action: "CASE_MERGED",
      after: { mergedFrom: c.id, newFacts },
      event: "CASE_MERGED",
      eventData: { kind: original.kind, mergedFrom: c.id },
    });
    return toSummary(row);
  });
}
