// Whether a written answer is owed (legal-deadlines.md, "When no answer is owed").
// Pure: no I/O.
import type { Kind, NoAnswerReason } from "./kinds";
import type { KindPolicy } from "./policy";
import { sofiaDate } from "./deadlines";
import { addYearsIso, assertIsoDate } from "./iso-date";

/**
 * Kinds to which the two-year rule applies: the signal-type kinds under АПК чл. 111(4)
 * ("signals about violations committed more than two years ago"), and whistleblower
 * reports, for which ЗЗЛПСПОИН чл. 9 has the same rule. Proposals are not about past
 * violations, so it does not apply to them.
 */
export const TWO_YEAR_RULE_KINDS: ReadonlySet<Kind> = new Set([
  "SIGNAL",
  "COMPLAINT",
  "GRIEVANCE",
  "CORRUPTION_SIGNAL",
  "WHISTLEBLOWER_REPORT",
]);

/** Reasons staff decide on after reading the submission (who decided is recorded on the case). */
export const STAFF_DECIDED_REASONS = [
  "ABUSIVE_LANGUAGE",
  "PERSONAL_DATA_OR_CLASSIFIED",
  "REPEAT_WITHOUT_NEW_FACTS",
] as const satisfies readonly NoAnswerReason[];
export type StaffDecidedReason = (typeof STAFF_DECIDED_REASONS)[number];

/** Reasons decided automatically at receipt by `decideAnswerOwed`. */
export const AUTOMATIC_REASONS = ["ANONYMOUS", "OLDER_THAN_TWO_YEARS"] as const satisfies readonly NoAnswerReason[];

export function isStaffDecidedReason(value: unknown): value is StaffDecidedReason {
  return typeof value === "string" && (STAFF_DECIDED_REASONS as readonly string[]).includes(value);
}

/**
 * True when the matter happened more than two years before the day of receipt. Counted
 * like a term in years (ГПК чл. 60(3)): the two years from the incident end on the same
 * date two years later (29 Feb → 28 Feb), and a receipt after that day is too late. No
 * roll-forward to a working day: this is the age of the matter, not a term for an act.
 */
export function isOlderThanTwoYears(incidentDate: string, receiptDate: string): boolean {
  assertIsoDate(incidentDate, "incidentDate");
  assertIsoDate(receiptDate, "receiptDate");
  return receiptDate > addYearsIso(incidentDate, 2);
}

/**
 * Decides at receipt whether a written answer is owed, and if not, why:
 * 1. the kind's policy owes none (opinion, comment, praise) → { false, null }: there is
 *    no legal answer term to withhold, so no reason is recorded;
 * 2. anonymous → ANONYMOUS (АПК чл. 111(4); the charter). This includes whistleblower
 *    reports: ЗЗЛПСПОИН чл. 9 opens no proceeding on an anonymous report (the Act,
 *    ДВ бр. 11/2023, uses the Directive's option not to accept anonymous reports; some
 *    bodies' rules let the examiner look into one anyway), and there is no one to
 *    acknowledge to or give feedback to, so neither ACKNOWLEDGE nor FEEDBACK is owed.
 *    Examining one anyway is a later, recorded decision by a person, not this default;
 * 3. a two-year-rule kind whose incident was more than two years before the day of
 *    receipt → OLDER_THAN_TWO_YEARS (АПК чл. 111(4); ЗЗЛПСПОИН чл. 9).
 * The other reasons (STAFF_DECIDED_REASONS) need a person to read the text.
 */
export function decideAnswerOwed(args: {
  policy: KindPolicy;
  anonymous: boolean;
  incidentDate: string | null;
  receivedAt: Date;
}): { answerOwed: boolean; reason: NoAnswerReason | null } {
  const { policy, anonymous, incidentDate, receivedAt } = args;
  if (!policy.answerOwed) return { answerOwed: false, reason: null };
  if (anonymous) return { answerOwed: false, reason: "ANONYMOUS" };
  if (incidentDate !== null && TWO_YEAR_RULE_KINDS.has(policy.kind) && isOlderThanTwoYears(incidentDate, sofiaDate(receivedAt))) {
    return { answerOwed: false, reason: "OLDER_THAN_TWO_YEARS" };
  }
  return { answerOwed: true, reason: null };
}
