// The inbox's address ⇄ its filters. Everything lives in the query string (a GET form
// and plain links), so a filtered, paged inbox can be bookmarked, shared and reloaded,
// and works without JavaScript.
//
// Paging is by cursor (listCases: first/after). "Previous" needs the cursor of the page
// before, which a forward-only cursor cannot give, so the address keeps the trail of
// cursors that led here (`back`, oldest first); the first page has none.
import type { CaseFilter } from "@/lib/cases/list-cases";
import { LIST_LIMITS } from "@/lib/cases/list-cases";
import { HANDLED_STATUSES } from "@/lib/cases/lifecycle";
import type { CaseStatus, Channel, Kind } from "@/lib/domain/kinds";

export type SearchParams = Record<string, string | string[] | undefined>;

export interface InboxQuery {
  /** Words of the subject or text, or a reference. */
  q: string;
  status: string[];
  kind: string;
  channel: string;
  /** A department code, or "none" for the triage queue (no department yet). */
  department: string;
  /** "mine", "unassigned" or a user id. */
  assignee: string;
  /** Due within this many days (as typed; listCases checks it). */
  due: string;
  overdue: boolean;
  first: number;
  after: string | null;
  back: string[];
}

export const PAGE_SIZE = LIST_LIMITS.defaultFirst;
export const OPEN_STATUSES: readonly CaseStatus[] = HANDLED_STATUSES;

const all = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const one = (v: string | string[] | undefined): string => (all(v)[0] ?? "").trim();

export function parseInboxQuery(sp: SearchParams): InboxQuery {
  const first = Number(one(sp.first));
  return {
    q: one(sp.q),
    status: [...new Set(all(sp.status).map((s) => s.trim()).filter(Boolean))],
    kind: one(sp.kind),
    channel: one(sp.channel),
    department: one(sp.department),
    assignee: one(sp.assignee),
    due: one(sp.due),
    overdue: one(sp.overdue) === "1",
    first: Number.isInteger(first) && first >= 1 && first <= LIST_LIMITS.maxFirst ? first : PAGE_SIZE,
    after: one(sp.after) || null,
    back: all(sp.back).filter(Boolean),
  };
}

/** How many filters (beyond the search) are set: shown on the "Filters" toggle. */
export function activeFilterCount(q: InboxQuery): number {
  return [q.status.length > 0, q.kind, q.channel, q.department, q.assignee, q.due, q.overdue].filter(Boolean).length;
}

/** listCases' filter for this query; values are passed on as typed so that listCases reports bad ones. */
export function toCaseFilter(q: InboxQuery, viewerId: string): CaseFilter {
  return {
    search: q.q || null,
    status: q.status.length > 0 ? (q.status as CaseStatus[]) : null,
    kind: q.kind ? [q.kind as Kind] : null,
    channel: q.channel ? [q.channel as Channel] : null,
    departmentCode: q.department && q.department !== "none" ? q.department : null,
    unrouted: q.department === "none" ? true : null,
    assigneeId: q.assignee === "mine" ? viewerId : q.assignee && q.assignee !== "unassigned" ? q.assignee : null,
    unassigned: q.assignee === "unassigned" ? true : null,
    // Number("") would be 0; Number("x") is NaN, which listCases refuses as INVALID_CHOICE.
    dueWithinDays: q.due === "" ? null : Number(q.due),
    overdue: q.overdue ? true : null,
  };
}

/** The inbox address for `q` (relative to the locale: next-intl's Link adds it). */
export function inboxHref(q: Partial<InboxQuery>): string {
  const p = new URLSearchParams();
  if (q.q) p.set("q", q.q);
  for (const s of q.status ?? []) p.append("status", s);
  if (q.kind) p.set("kind", q.kind);
  if (q.channel) p.set("channel", q.channel);
  if (q.department) p.set("department", q.department);
  if (q.assignee) p.set("assignee", q.assignee);
  if (q.due) p.set("due", q.due);
  if (q.overdue) p.set("overdue", "1");
  if (q.first && q.first !== PAGE_SIZE) p.set("first", String(q.first));
  for (const b of q.back ?? []) p.append("back", b);
  if (q.after) p.set("after", q.after);
  const s = p.toString();
  return s ? `/staff/cases?${s}` : "/staff/cases";
}

/** The query of the page before, or null on the first page. */
export function previousPage(q: InboxQuery): InboxQuery | null {
  if (!q.after) return null;
  return { ...q, after: q.back.at(-1) ?? null, back: q.back.slice(0, -1) };
}

/** The query of the page after this one, which ended at `endCursor`. */
export function nextPage(q: InboxQuery, endCursor: string): InboxQuery {
  return { ...q, after: endCursor, back: q.after ? [...q.back, q.after] : q.back };
}

/** 1 for the first page, 2 for the next … */
export function pageNumber(q: InboxQuery): number {
  return q.after ? q.back.length + 2 : 1;
}

/** Form field of each listCases input, for showing its errors next to the field. */
export const FILTER_FIELD: Record<string, string> = {
  search: "q",
  status: "status",
  kind: "kind",
  channel: "channel",
  departmentCode: "department",
  assigneeId: "assignee",
  dueWithinDays: "due",
  after: "after",
  first: "first",
};
