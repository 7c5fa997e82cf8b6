// What the citizen-facing use cases return. Shared by GraphQL (graphql/*.ts) and the
// server actions behind the pages (app/[locale]/...), so both show the same facts.
import type { CaseStatus, Kind, Locale, NoAnswerReason } from "@/lib/domain/kinds";

import type { ClockDue } from "@/lib/domain/deadlines";

/** One term on a case as the citizen sees it: the last day (Sofia date), the instant it ends, the law. */
export type Deadline = Pick<ClockDue, "clock" | "dueDate" | "dueAt" | "basis">;

export interface SubmitFeedbackResult {
  reference: string;
  /** Shown once; only a keyed hash is stored. */
  accessCode: string;
  receivedAt: Date;
  answerOwed: boolean;
  noAnswerReason: NoAnswerReason | null;
  clocks: Deadline[];
  /** The date by which the citizen should have the written answer (null if none owed). */
  answerDueDate: string | null;
}

export interface TimelineEntry {
  /** Event type, e.g. "CASE_RECEIVED"; the page words it for citizens. */
  type: string;
  at: Date;
}

export interface TrackedCase {
  reference: string;
  kind: Kind;
  status: CaseStatus;
  locale: Locale;
  subject: string;
  receivedAt: Date;
  answerOwed: boolean;
  noAnswerReason: NoAnswerReason | null;
  answerDueDate: string | null;
  clocks: Deadline[];
  timeline: TimelineEntry[];
  answer: { text: string; sentAt: Date } | null;
}

/** Who is calling, for rate limits and logs (never stored with the case). */
export interface ClientInfo {
  /** Per-client key: the remote address as seen by the server (or behind a trusted proxy). */
  clientKey: string;
}

export interface LocalisedKind {
  kind: Kind;
  name: string;
  description: string;
  answerOwed: boolean;
}
export interface LocalisedCategory {
  code: string;
  name: string;
  departmentCode: string;
}
export interface LocalisedDepartment {
  code: string;
  name: string;
}
export interface LocalisedServiceUnit {
  code: string;
  name: string;
  address: string;
  hours: string;
}
