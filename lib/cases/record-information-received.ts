// recordInformationReceived: the citizen's clarification has arrived (by any channel —
// e-mail, letter, at the counter, by phone). The case goes back to work (IN_PROGRESS)
// and the clocks that paused for it resume, moved on by the days waited
// (lib/cases/clock-pauses.ts). The legal terms never paused, so they are unchanged.
// The citizen's timeline says that their information was received.
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { changeCase } from "@/lib/cases/change-case";
import { conflict } from "@/lib/cases/lifecycle";
import { loadSettings } from "@/lib/cases/clocks";
import { resumeClocks } from "@/lib/cases/clock-pauses";
import { FieldChecks, STAFF_LIMITS } from "@/lib/cases/staff-input";
import { SUMMARY_SELECT, toSummary, type CaseSummary } from "@/lib/cases/staff-types";

export async function recordInformationReceived(options: {
  viewer: Viewer | null | undefined;
  caseId: string;
  /** What arrived, in a line (kept in the audit trail; never shown to the citizen). */
  summary?: string | null;
  now?: Date;
}): Promise<CaseSummary> {
  const checks = new FieldChecks();
  const summary = checks.text("summary", options.summary ?? "", STAFF_LIMITS.note, false);
  if (!checks.ok) throw AppError.badInput(checks.errors);
  const settings = await loadSettings();
  const at = options.now ?? new Date();

  // The same people who may ask may record the answer to the question.
  return changeCase({ viewer: options.viewer, caseId: options.caseId, action: "REQUEST_INFORMATION" }, async ({ tx, viewer, case: c, record }) => {
    if (c.status !== "AWAITING_CITIZEN") throw conflict(`cannot record information received on a case that is ${c.status}`);
    const resumed = await resumeClocks(tx, c, settings, { at, byId: viewer.id });
    const row = await tx.case.update({ where: { id: c.id }, data: { status: "IN_PROGRESS" }, select: SUMMARY_SELECT });
    await record({
      action: "INFO_RECEIVED",
      before: { status: c.status },
      after: { status: "IN_PROGRESS", summary: summary || null, clocksResumed: resumed },
      event: "INFO_RECEIVED",
      publicEvent: true,
    });
    return toSummary(row);
  });
}
