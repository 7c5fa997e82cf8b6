// Kinds and channels. The string values are the public GraphQL enum values and the
// Prisma enum values alike (issue 2, "The domain"). Pure: no imports from Prisma.

/** Kinds of submission named in the Client Charter, plus the whistleblower report. */
export const KINDS = [
  "OPINION",
  "PROPOSAL",
  "COMMENT",
  "RECOMMENDATION",
  "PRAISE",
  "COMPLAINT",
  "GRIEVANCE",
  "SIGNAL",
  "CORRUPTION_SIGNAL",
  "WHISTLEBLOWER_REPORT",
] as const;
export type Kind = (typeof KINDS)[number];

/** Every way a submission reaches the administration (charter, section IV). */
export const CHANNELS = ["WEB", "IN_PERSON", "LETTER", "EMAIL", "FAX", "PHONE", "MEETING", "INFO_BOARD"] as const;
export type Channel = (typeof CHANNELS)[number];

/** Clocks a case may carry (architecture.md, "Clocks"; legal-deadlines.md). */
export const CLOCK_TYPES = ["ACKNOWLEDGE", "DECIDE", "NOTIFY", "FORWARD", "FEEDBACK", "TARGET"] as const;
export type ClockType = (typeof CLOCK_TYPES)[number];

/** Why no written answer is owed (АПК чл. 111(4) and the charter, section IV). */
export const NO_ANSWER_REASONS = [
  "ANONYMOUS",
  "OLDER_THAN_TWO_YEARS",
  "ABUSIVE_LANGUAGE",
  "PERSONAL_DATA_OR_CLASSIFIED",
  "REPEAT_WITHOUT_NEW_FACTS",
] as const;
export type NoAnswerReason = (typeof NO_ANSWER_REASONS)[number];

export const CASE_STATUSES = ["RECEIVED", "IN_PROGRESS", "AWAITING_CITIZEN", "FORWARDED", "ANSWERED", "CLOSED"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const LOCALES = ["bg", "tr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "bg";

/** Kinds whose content and submitter only the integrity officer sees in full. */
export const RESTRICTED_KINDS: ReadonlySet<Kind> = new Set(["CORRUPTION_SIGNAL", "WHISTLEBLOWER_REPORT"]);

export function isKind(value: unknown): value is Kind {
  return typeof value === "string" && (KINDS as readonly string[]).includes(value);
}
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
