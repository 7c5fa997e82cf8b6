// requestInformation: the officer or head asks the citizen for what is missing. The case
// waits for the citizen (AWAITING_CITIZEN) and the question goes by e-mail when the
// citizen gave an address (otherwise staff send it by post or phone; the question is in
// the audit trail either way). The legal terms keep running: the АПК gives no pause for
// a proposal or signal while the administration waits for more detail. Clocks the policy
// lets pause (the charter's internal target) pause, with the question as the reason
// (lib/cases/clock-pauses.ts).
// The citizen's reply arrives by any channel; staff record it (recordInformationReceived),
// or the next work on the case (a draft) puts it back IN_PROGRESS; paused clocks resume.
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { infoRequestedMail } from "@/lib/mail/messages";
import { changeCase, citizenEmail } from "@/lib/cases/change-case";
import { assertOpen } from "@/lib/cases/lifecycle";
import { FieldChecks, STAFF_LIMITS } from "@/lib/cases/staff-input";
import { SUMMARY_SELECT, toSummary, type CaseSummary } from "@/lib/cases/staff-types";
import { isIsoDate } from "@/lib/domain/iso-date";
import { sofiaDate } from "@/lib/domain/deadlines";
import { loadSettings } from "@/lib/cases/clocks";
import { pauseClocks } from "@/lib/cases/clock-pauses";

export async function requestInformation(options: {
  viewer: Viewer | null | undefined;
  caseId: string;
  question: string;
  /** Optional day by which the citizen is asked to reply (YYYY-MM-DD). */
  respondBy?: string | null;
  now?: Date;
}): Promise<CaseSummary & { emailed: boolean }> {
  const checks = new FieldChecks();
  const question = checks.text("question", options.question, STAFF_LIMITS.question, true);
  const respondBy = options.respondBy?.trim() || null;
  if (respondBy && !isIsoDate(respondBy)) checks.errors.push({ field: "respondBy", code: "INVALID_DATE" });
  else if (respondBy && respondBy <= sofiaDate(options.now ?? new Date())) checks.errors.push({ field: "respondBy", code: "INVALID_DATE" });
  if (!checks.ok || !question) throw AppError.badInput(checks.errors);

  const settings = await loadSettings();
  const at = options.now ?? new Date();
  return changeCase({ viewer: options.viewer, caseId: options.caseId, action: "REQUEST_INFORMATION" }, async ({ tx, viewer, case: c, record, mail }) => {
    assertOpen(c.status, "request information on");
    const clocks = await pauseClocks(tx, c, settings, { at, reason: question, byId: viewer.id });
    const row = await tx.case.update({ where: { id: c.id }, data: { status: "AWAITING_CITIZEN" }, select: SUMMARY_SELECT });
    const citizen = await citizenEmail(tx, c.id);
    if (citizen) await mail({ to: citizen.to, ...infoRequestedMail({ locale: c.locale, reference: c.reference, name: citizen.name, question, respondBy }) });
    await record({
      action: "INFO_REQUESTED",
      before: { status: c.status },
      after: { status: "AWAITING_CITIZEN", question, respondBy, emailed: citizen !== null, clocksPaused: clocks.paused, clocksRunning: clocks.running },
      event: "INFO_REQUESTED",
      publicEvent: true,
    });
    return { ...toSummary(row), emailed: citizen !== null };
  });
}
