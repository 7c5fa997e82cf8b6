// What a clerk types when registering a submission that came by letter, in person, by
// phone, fax, e-mail, at a meeting or from an information board: the citizen's own
// submission (validated exactly like the web form's) plus the channel, the day it was
// actually received and whether to e-mail the slip. Shared by the GraphQL edge and the
// staff page's form, like lib/cases/submit-feedback-input.ts.
import { CHANNELS, type Channel } from "@/lib/domain/kinds";
import { addYearsIso, isIsoDate } from "@/lib/domain/iso-date";
import { startOfSofiaDay, sofiaDate } from "@/lib/domain/deadlines";
import type { FieldError } from "@/lib/errors";
import { validateSubmission, type SubmitFeedbackInput, type ValidSubmission } from "@/lib/cases/submit-feedback-input";

export const REGISTRATION_LIMITS = {
  /** A letter's stamp may be older than today, but not by more than this. */
  maxAgeYears: 1,
} as const;

export interface RegisterSubmissionInput extends Omit<SubmitFeedbackInput, "website"> {
  channel: string;
  /** The day it was actually received (YYYY-MM-DD, Sofia): the letter's stamp. Default today. */
  receivedOn?: string | null;
  /** E-mail the registration slip (reference, access code, due date) to the citizen. */
  emailSlip?: boolean | null;
}

export interface ValidRegistration {
  submission: ValidSubmission;
  channel: Exclude<Channel, "WEB">;
  /** The receipt instant the terms count from (ГПК чл. 60: the day of receipt is not counted). */
  receivedAt: Date;
  emailSlip: boolean;
}

/**
 * The instant recorded for something that happened on a (Sofia) day — a letter received,
 * a case sent on: now if it is today; otherwise noon Sofia time of that day (every
 * instant of the day counts the same terms, and noon is safe from DST shifts).
 */
export function instantOnDay(day: string, now: Date): Date {
  if (day === sofiaDate(now)) return now;
  return new Date(startOfSofiaDay(day).getTime() + 12 * 3_600_000);
}

export function validateRegistration(
  input: RegisterSubmissionInput,
  now: Date = new Date(),
): { ok: true; value: ValidRegistration } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const submission = validateSubmission({ ...input, website: null });
  if (!submission.ok) errors.push(...submission.errors);

  const channel = input.channel;
  const channelOk = (CHANNELS as readonly string[]).includes(channel) && channel !== "WEB";
  if (!channelOk) errors.push({ field: "channel", code: channel ? "INVALID_CHOICE" : "REQUIRED" });

  const today = sofiaDate(now);
  const receivedOn = input.receivedOn?.trim() || today;
  if (!isIsoDate(receivedOn)) errors.push({ field: "receivedOn", code: "INVALID_DATE" });
  else if (receivedOn > today) errors.push({ field: "receivedOn", code: "DATE_IN_FUTURE" });
  else if (receivedOn < addYearsIso(today, -REGISTRATION_LIMITS.maxAgeYears)) {
    errors.push({ field: "receivedOn", code: "DATE_TOO_OLD", params: { years: REGISTRATION_LIMITS.maxAgeYears } });
  }

  const emailSlip = input.emailSlip === true;
  // The slip goes to the address the citizen gave; an anonymous citizen gave none.
  if (emailSlip && submission.ok && submission.value.email === null) {
    errors.push(submission.value.anonymous ? { field: "emailSlip", code: "INVALID_CHOICE" } : { field: "email", code: "REQUIRED" });
  }

  if (!submission.ok || errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      submission: submission.value,
      channel: channel as ValidRegistration["channel"],
      receivedAt: instantOnDay(receivedOn, now),
      emailSlip,
    },
  };
}
