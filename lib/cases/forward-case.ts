// forwardCase: the matter is not the municipality's; the head sends it to the competent
// body and tells the citizen (АПК чл. 112(1): within 7 days of receipt). The FORWARD
// term is recorded as met on the day it was sent (late if after its due date, which
// stays visible), and the municipality's own terms to decide and notify stop: the
// competent body decides now.
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { forwardedMail } from "@/lib/mail/messages";
import { isIsoDate } from "@/lib/domain/iso-date";
import { sofiaDate } from "@/lib/domain/deadlines";
import { changeCase, citizenEmail } from "@/lib/cases/change-case";
import { assertOpen } from "@/lib/cases/lifecycle";
import { loadSettings, recordForwardClock, stopClocks } from "@/lib/cases/clocks";
import { instantOnDay } from "@/lib/cases/register-submission-input";
import { FieldChecks, STAFF_LIMITS } from "@/lib/cases/staff-input";
import { SUMMARY_SELECT, toSummary, type CaseSummary } from "@/lib/cases/staff-types";

export async function forwardCase(options: {
  viewer: Viewer | null | undefined;
  caseId: string;
  /** The competent body, e.g. "Областна администрация Кърджали". */
  forwardedTo: string;
  /** The day it was sent (YYYY-MM-DD, Sofia); default today. */
  sentOn?: string | null;
  now?: Date;
}): Promise<CaseSummary & { emailed: boolean }> {
  const now = options.now ?? new Date();
  const checks = new FieldChecks();
  const body = checks.text("forwardedTo", options.forwardedTo, STAFF_LIMITS.forwardedTo, true);
  const today = sofiaDate(now);
  const sentOn = options.sentOn?.trim() || today;
  if (!isIsoDate(sentOn)) checks.errors.push({ field: "sentOn", code: "INVALID_DATE" });
  else if (sentOn > today) checks.errors.push({ field: "sentOn", code: "DATE_IN_FUTURE" });
  if (!checks.ok || !body) throw AppError.badInput(checks.errors);
  const settings = await loadSettings();

  return changeCase({ viewer: options.viewer, caseId: options.caseId, action: "FORWARD" }, async ({ tx, case: c, record, mail }) => {
    assertOpen(c.status, "forward");
    if (sentOn < sofiaDate(c.receivedAt)) throw AppError.badInput([{ field: "sentOn", code: "INVALID_DATE" }]);
    const forwardedAt = instantOnDay(sentOn, now);
    await stopClocks(tx, c.id, { except: ["FORWARD"] });
    await recordForwardClock(tx, c, settings, forwardedAt);
    const row = await tx.case.update({
      where: { id: c.id },
      data: { status: "FORWARDED", forwardedTo: body, forwardedAt },
      select: SUMMARY_SELECT,
    });
    const citizen = await citizenEmail(tx, c.id);
    if (citizen) await mail({ to: citizen.to, ...forwardedMail({ locale: c.locale, reference: c.reference, name: citizen.name, body, forwardedAt }) });
    await record({
      action: "CASE_FORWARDED",
      before: { status: c.status },
      after: { status: "FORWARDED", forwardedTo: body, forwardedAt, emailed: citizen !== null },
      event: "CASE_FORWARDED",
      publicEvent: true,
    });
    return { ...toSummary(row), emailed: citizen !== null };
  });
}
