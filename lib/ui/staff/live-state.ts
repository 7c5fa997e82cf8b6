// What the live inbox remembers between events (app/[locale]/staff/(workspace)/cases/
// live-inbox.tsx): the last event id seen, the notices on screen and the cases it marks.
// Plain functions of plain data, so the rules are unit-tested without a browser:
// - a deadline warning or breach raises a notice and moves its case to the top, newest
//   alert first, with a word ("Deadline warning", "Overdue"), not a colour, saying why;
// - a new case raises a polite notice and is marked where the list puts it;
// - an answered, closed, forwarded or merged case loses its mark (its notice stays);
// - an event is applied once: ids only grow, so anything at or below the last id seen
//   is a replay of what was already applied (e.g. after a reconnect).

/** The event types the inbox listens to: each one can change a row of the list. */
export const LIVE_EVENT_TYPES = [
  "CASE_RECEIVED",
  "CASE_TRIAGED",
  "CASE_ASSIGNED",
  "CASE_TRANSFERRED",
  "CASE_UPDATED",
  "CASE_FORWARDED",
  "CASE_MERGED",
  "INFO_REQUESTED",
  "INFO_RECEIVED",
  "SLA_WARNING",
  "SLA_BREACHED",
  "CASE_ANSWERED",
  "CASE_CLOSED",
  "CASE_REOPENED",
] as const;
export type LiveEventType = (typeof LIVE_EVENT_TYPES)[number];

/** One caseEvents item, as the subscription sends it. */
export interface LiveCaseEvent {
  id: string;
  type: LiveEventType;
  at: string;
  case: {
    id: string;
    reference: string;
    kind: string;
    status: string;
    departmentCode: string | null;
    assigneeId: string | null;
    nextDueAt: string | null;
    nextDueDate: string | null;
  };
}

export type NoticeKind = "received" | "warning" | "breached";

export interface LiveNotice {
  /** The event that raised it (unique). */
  eventId: string;
  kind: NoticeKind;
  caseId: string;
  reference: string;
  /** Last day of the term the notice is about (a Sofia calendar date), if known. */
  dueDate: string | null;
  at: string;
}

export type RowMark = "new" | "warning" | "overdue";

export interface RowPin {
  mark: RowMark;
  /** Event that set the mark: the newest alert goes first. */
  eventId: string;
}

export interface LiveState {
  lastId: string | null;
  notices: LiveNotice[];
  pins: Record<string, RowPin>;
}

export const EMPTY_LIVE_STATE: LiveState = { lastId: null, notices: [], pins: {} };

/** Notices kept on screen per region (alerts, status): older ones are in each case's history. */
export const MAX_NOTICES = 5;

/** Compares two event ids (decimal strings of non-negative integers without leading zeros). */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The larger of two ids (null counts as "none yet"). */
export function maxId(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareIds(a, b) >= 0 ? a : b;
}

export const isEventId = (value: unknown): value is string => typeof value === "string" && /^(0|[1-9]\d{0,18})$/.test(value);

/** Whether the notice goes to the assertive region (role=alert) rather than the polite one. */
export const isAlert = (kind: NoticeKind): boolean => kind === "breached";

/** Events after which a case no longer needs to stand out: the term stopped or moved on. */
const SETTLES: ReadonlySet<LiveEventType> = new Set(["CASE_ANSWERED", "CASE_CLOSED", "CASE_FORWARDED", "CASE_MERGED"]);

/** The state after `event` (the same state for an event at or below the last id seen). */
export function applyLiveEvent(state: LiveState, event: LiveCaseEvent): LiveState {
  if (state.lastId !== null && compareIds(event.id, state.lastId) <= 0) return state;
  const caseId = event.case.id;
  let { notices, pins } = state;
  const notice = (kind: NoticeKind) => {
    const added: LiveNotice = { eventId: event.id, kind, caseId, reference: event.case.reference, dueDate: event.case.nextDueDate, at: event.at };
    const sameRegion = notices.filter((n) => isAlert(n.kind) === isAlert(kind));
    const dropped = new Set(sameRegion.slice(0, Math.max(0, sameRegion.length + 1 - MAX_NOTICES)).map((n) => n.eventId));
    notices = [...notices.filter((n) => !dropped.has(n.eventId)), added];
  };
  const pin = (mark: RowMark) => {
    pins = { ...pins, [caseId]: { mark, eventId: event.id } };
  };
  switch (event.type) {
    case "CASE_RECEIVED":
      notice("received");
      if (!pins[caseId]) pin("new");
      break;
    case "SLA_WARNING":
      notice("warning");
      // A breach outranks a warning of another (later) term of the same case.
      pin(pins[caseId]?.mark === "overdue" ? "overdue" : "warning");
      break;
    case "SLA_BREACHED":
      notice("breached");
      pin("overdue");
      break;
    default:
      if (SETTLES.has(event.type) && pins[caseId]) {
        const rest = { ...pins };
        delete rest[caseId];
        pins = rest;
      }
  }
  return { lastId: event.id, notices, pins };
}

/** Removes one notice (the dismiss button). */
export function dismissNotice(state: LiveState, eventId: string): LiveState {
  return { ...state, notices: state.notices.filter((n) => n.eventId !== eventId) };
}

/** Whether the mark moves the row to the top of the list. */
export const raisesRow = (mark: RowMark | undefined): boolean => mark === "warning" || mark === "overdue";

/**
 * The rows in the order to show: cases with a deadline alert first (newest alert first),
 * then the others in the server's order (the earliest due date first).
 */
export function orderRows<T extends { id: string }>(rows: readonly T[], pins: Readonly<Record<string, RowPin>>): T[] {
  const raised = rows.filter((r) => raisesRow(pins[r.id]?.mark));
  if (raised.length === 0) return [...rows];
  raised.sort((a, b) => compareIds(pins[b.id]!.eventId, pins[a.id]!.eventId));
  return [...raised, ...rows.filter((r) => !raisesRow(pins[r.id]?.mark))];
}
