// The inbox's address ⇄ its filters. Everything lives in the query string (a GET form
// and plain links), so a filtered, paged inbox can be bookmarked, shared and reloaded,
// and works without JavaScript.
//
// Every field of listCases' CaseFilter has a parameter here, so that each figure of the
// dashboard (lib/dashboard: every count carries the CaseFilter of the cases it counts)
// can link to exactly its cases: caseFilterHref(drill) → the inbox → toCaseFilter(parse)
// gives the same filter back (tests/unit/inbox-query.test.ts checks the round trip).
// The query type and the filter parameters are in lib/ui/staff/inbox-address.ts (no
// server imports: the dashboard's live client builds the same links).
//
// Paging is by cursor (listCases: first/after). "Previous" needs the cursor of the page
// before, which a forward-only cursor cannot give, so the address keeps the trail of
// cursors that led here (`back`, oldest first); the first page has none.
import type { CaseFilter, NotOwedReason, Timeliness } from "@/lib/cases/list-cases";
import { LIST_LIMITS } from "@/lib/cases/list-cases";
import { HANDLED_STATUSES } from "@/lib/cases/lifecycle";
import type { CaseStatus, Channel, ClockType, Kind, Locale } from "@/lib/domain/kinds";
import { filterParams, type InboxQuery, type TriState } from "@/lib/ui/staff/inbox-address";

export { caseFilterHref, caseFilterToQuery, type InboxQuery, type TriState } from "@/lib/ui/staff/inbox-address";

export type SearchParams = Record<string, string | string[] | undefined>;

export const PAGE_SIZE = LIST_LIMITS.defaultFirst;
export const OPEN_STATUSES: readonly CaseStatus[] = HANDLED_STATUSES;

const all = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const one = (v: string | string[] | undefined): string => (all(v)[0] ?? "").trim();
const many = (v: string | string[] | undefined): string[] => [...new Set(all(v).map((s) => s.trim()).filter(Boolean))];
const tri = (v: string | string[] | undefined): TriState => {
  const s = one(v);
  return s === "1" || s === "0" ? s : "";
};
const triToBool = (v: TriState): boolean | null => (v === "1" ? true : v === "0" ? false : null);

export function parseInboxQuery(sp: SearchParams): InboxQuery {
  const first = Number(one(sp.first));
  return {
    q: one(sp.q),
    status: many(sp.status),
    kind: many(sp.kind),
    channel: many(sp.channel),
    department: one(sp.department),
    assignee: one(sp.assignee),
    due: one(sp.due),
    overdue: tri(sp.overdue),
    from: one(sp.from),
    to: one(sp.to),
    answeredFrom: one(sp.answeredFrom),
    answeredTo: one(sp.answeredTo),
    unit: one(sp.unit),
    category: one(sp.category),
    lang: many(sp.lang),
    anonymous: tri(sp.anonymous),
    answered: tri(sp.answered),
    notOwed: one(sp.notOwed),
    clock: one(sp.clock),
    timeliness: one(sp.timeliness),
    linkSent: tri(sp.linkSent),
    rated: tri(sp.rated),
    score: one(sp.score),
    first: Number.isInteger(first) && first >= 1 && first <= LIST_LIMITS.maxFirst ? first : PAGE_SIZE,
    after: one(sp.after) || null,
    back: all(sp.back).filter(Boolean),
  };
}

/** The filters (beyond the search) that are set, by form field name: shown as "active filters". */
export function activeFilters(q: InboxQuery): (keyof InboxQuery)[] {
  const keys: (keyof InboxQuery)[] = [
    "status",
    "kind",
    "channel",
    "department",
    "assignee",
    "due",
    "overdue",
    "from",
    "to",
    "answeredFrom",
    "answeredTo",
    "unit",
    "category",
    "lang",
    "anonymous",
    "answered",
    "notOwed",
    "clock",
    "timeliness",
    "linkSent",
    "rated",
    "score",
  ];
  return keys.filter((k) => {
    const v = q[k];
    return Array.isArray(v) ? v.length > 0 : Boolean(v);
  });
}

/** How many filters (beyond the search) are set: shown on the "Filters" toggle. */
export function activeFilterCount(q: InboxQuery): number {
  return activeFilters(q).length;
}

/** listCases' filter for this query; values are passed on as typed so that listCases reports bad ones. */
export function toCaseFilter(q: InboxQuery, viewerId: string): CaseFilter {
  return {
    search: q.q || null,
    status: q.status.length > 0 ? (q.status as CaseStatus[]) : null,
    kind: q.kind.length > 0 ? (q.kind as Kind[]) : null,
    channel: q.channel.length > 0 ? (q.channel as Channel[]) : null,
    departmentCode: q.department && q.department !== "none" ? q.department : null,
    unrouted: q.department === "none" ? true : null,
    assigneeId: q.assignee === "mine" ? viewerId : q.assignee && q.assignee !== "unassigned" ? q.assignee : null,
    unassigned: q.assignee === "unassigned" ? true : null,
    // Number("") would be 0; Number("x") is NaN, which listCases refuses as INVALID_CHOICE.
    dueWithinDays: q.due === "" ? null : Number(q.due),
    overdue: triToBool(q.overdue),
    receivedFrom: q.from || null,
    receivedTo: q.to || null,
    answeredFrom: q.answeredFrom || null,
    answeredTo: q.answeredTo || null,
    serviceUnitCode: q.unit && q.unit !== "none" ? q.unit : null,
    withoutServiceUnit: q.unit === "none" ? true : null,
    categoryCode: q.category && q.category !== "none" ? q.category : null,
    uncategorised: q.category === "none" ? true : null,
    locale: q.lang.length > 0 ? (q.lang as Locale[]) : null,
    anonymous: triToBool(q.anonymous),
    answered: triToBool(q.answered),
    notOwedReason: (q.notOwed || null) as NotOwedReason | null,
    clock: (q.clock || null) as ClockType | null,
    timeliness: (q.timeliness || null) as Timeliness | null,
    ratingLinkSent: triToBool(q.linkSent),
    rated: triToBool(q.rated),
    ratingScore: q.score === "" ? null : Number(q.score),
  };
}

/** The inbox address for `q` (relative to the locale: next-intl's Link adds it). */
export function inboxHref(q: Partial<InboxQuery>): string {
  const p = filterParams(q);
  if (q.first && q.first !== PAGE_SIZE) p.set("first", String(q.first));
  for (const b of q.back ?? []) p.append("back", b);
  if (q.after) p.set("after", q.after);
  const s = p.toString();
  return s ? `/staff/cases?${s}` : "/staff/cases";
}

/** `q` without one filter (the "remove" link of an active filter), back on the first page. */
export function withoutFilter(q: InboxQuery, key: keyof InboxQuery): InboxQuery {
  const empty = Array.isArray(q[key]) ? [] : "";
  return { ...q, [key]: empty, after: null, back: [] };
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
  receivedFrom: "from",
  receivedTo: "to",
  answeredFrom: "answeredFrom",
  answeredTo: "answeredTo",
  serviceUnitCode: "unit",
  categoryCode: "category",
  locale: "lang",
  notOwedReason: "notOwed",
  clock: "clock",
  timeliness: "timeliness",
  ratingScore: "score",
  after: "after",
  first: "first",
};
