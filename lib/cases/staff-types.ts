// What the staff use cases return, shared by GraphQL (graphql/types/cases.ts …) and the
// staff pages. Ids, codes and names only: the pages localise.
import type { Prisma } from "@/lib/db/generated/client";
import type { CaseAction } from "@/lib/domain/access";
import type { CaseStatus, Channel, ClockType, Kind, Locale, NoAnswerReason } from "@/lib/domain/kinds";
import type { Role } from "@/lib/auth/viewer";
import type { Names } from "@/lib/cases/reference-data";
import { sofiaDate } from "@/lib/domain/deadlines";

export interface NamedRef {
  code: string;
  name: Names;
}

export interface StaffRef {
  id: string;
  name: string;
}

/** What a case-changing use case returns: enough to update a row of the inbox. */
export interface CaseSummary {
  id: string;
  reference: string;
  kind: Kind;
  status: CaseStatus;
  departmentCode: string | null;
  assigneeId: string | null;
  /** End of the earliest open term (24:00 Sofia of its last day). */
  nextDueAt: Date | null;
  /** That last day, a Sofia calendar date. */
  nextDueDate: string | null;
}

export const SUMMARY_SELECT = {
  id: true,
  reference: true,
  kind: true,
  status: true,
  assigneeId: true,
  nextDueAt: true,
  department: { select: { code: true } },
} as const satisfies Prisma.CaseSelect;

export function toSummary(row: Prisma.CaseGetPayload<{ select: typeof SUMMARY_SELECT }>): CaseSummary {
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    status: row.status,
    departmentCode: row.department?.code ?? null,
    assigneeId: row.assigneeId,
    nextDueAt: row.nextDueAt,
    nextDueDate: dueDateOf(row.nextDueAt),
  };
}

/** The last day of a term from the instant it ends (24:00 Sofia = 00:00 of the next day). */
export function dueDateOf(dueAt: Date | null): string | null {
  return dueAt ? sofiaDate(new Date(dueAt.getTime() - 1)) : null;
}

/** One row of the inbox. No body, no identity. */
export interface CaseListItem extends CaseSummary {
  channel: Channel;
  subject: string;
  receivedAt: Date;
  answerOwed: boolean;
  assignee: StaffRef | null;
  /** The open term that ends first, if any. */
  nextClock: ClockType | null;
  overdue: boolean;
}

export interface CaseClockView {
  clock: ClockType;
  dueDate: string;
  dueAt: Date;
  warnAt: Date | null;
  state: "RUNNING" | "PAUSED" | "MET" | "WARNED" | "BREACHED" | "STOPPED";
  basis: string;
  metAt: Date | null;
  /** Every pause of the clock (clocks a policy lets pause only), oldest first. */
  pauses: ClockPauseView[];
}

export interface ClockPauseView {
  reason: string;
  startedAt: Date;
  endedAt: Date | null;
  /** Calendar days the term moved on by when the pause ended. */
  daysAdded: number | null;
}

export interface TimelineChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** One thing that happened to a case: an audit record (with who) or an event without one. */
export interface StaffTimelineEntry {
  at: Date;
  /** Audit action (CASE_ASSIGNED …) or event type (CASE_RECEIVED, SLA_WARNING …). */
  action: string;
  actor: StaffRef | null;
  changes: TimelineChange[];
}

export interface NoteView {
  id: string;
  text: string;
  author: StaffRef;
  createdAt: Date;
}

export interface AttachmentMeta {
  id: string;
  filename: string;
  mimeType: string;
  size: number;
  createdAt: Date;
}

export interface DraftView {
  id: string;
  status: "DRAFT" | "APPROVED" | "SENT";
  findings: string;
  decision: string;
  reasons: string;
  author: StaffRef;
  approvedBy: StaffRef | null;
  approvedAt: Date | null;
  sentAt: Date | null;
  updatedAt: Date;
}

export interface SubmitterView {
  name: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  erased: boolean;
}

/** Everything about a case on one screen (getCase). */
export interface CaseDetail extends CaseListItem {
  locale: Locale;
  body: string;
  place: string | null;
  anonymous: boolean;
  incidentDate: string | null;
  noAnswerReason: NoAnswerReason | null;
  noAnswerDecidedBy: StaffRef | null;
  department: NamedRef | null;
  category: NamedRef | null;
  serviceUnit: NamedRef | null;
  /** Null when anonymous, or hidden from this viewer (restricted kinds: integrity officer only). */
  submitter: SubmitterView | null;
  submitterHidden: boolean;
  clocks: CaseClockView[];
  timeline: StaffTimelineEntry[];
  notes: NoteView[];
  attachments: AttachmentMeta[];
  drafts: DraftView[];
  mergedInto: { id: string; reference: string } | null;
  mergedCases: { id: string; reference: string }[];
  forwardedTo: string | null;
  forwardedAt: Date | null;
  answerText: string | null;
  answeredAt: Date | null;
  closedAt: Date | null;
  rating: { score: number | null; comment: string | null; ratedAt: Date | null } | null;
  /** What this viewer may do to the case now (buttons on the staff page). */
  allowedActions: CaseAction[];
}

export interface StaffUserView {
  id: string;
  name: string;
  email: string;
  role: Role;
  locale: Locale;
  departmentCode: string | null;
  serviceUnitCode: string | null;
}
