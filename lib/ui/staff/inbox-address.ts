// The inbox's address, the part the browser needs too: the query type and the filter
// parameters, and the link for a case-list filter (a dashboard figure's drill-down). No
// server imports (types only), so the dashboard's live client can build the same links.
// The server side (parsing, paging, listCases' filter): app/[locale]/staff/(workspace)/
// cases/inbox-query.ts.
import type { CaseFilter } from "@/lib/cases/list-cases";

/** "1" yes, "0" no, "" either. */
export type TriState = "" | "1" | "0";

export interface InboxQuery {
  /** Words of the subject or text, or a reference. */
  q: string;
  status: string[];
  kind: string[];
  channel: string[];
  /** A department code, or "none" for the triage queue (no department yet). */
  department: string;
  /** "mine", "unassigned" or a user id. */
  assignee: string;
  /** Due within this many days (as typed; listCases checks it). */
  due: string;
  overdue: TriState;
  /** Received from / to (ISO dates, Sofia, inclusive), as typed. */
  from: string;
  to: string;
  /** Answer sent from / to (ISO dates, Sofia, inclusive). */
  answeredFrom: string;
  answeredTo: string;
  /** A service unit code, or "none" (reached no front office: the web). */
  unit: string;
  /** A category code, or "none" (no category). */
  category: string;
  /** Languages the citizen wrote in. */
  lang: string[];
  anonymous: TriState;
  answered: TriState;
  /** Why no answer is owed (a NotOwedReason). */
  notOwed: string;
  /** A term (ClockType): with `timeliness` its outcome, alone the cases that carry it. */
  clock: string;
  /** ON_TIME or LATE. */
  timeliness: string;
  /** A rating link was sent. */
  linkSent: TriState;
  rated: TriState;
  /** Rated with this score (1–5), as typed. */
  score: string;
  first: number;
  after: string | null;
  back: string[];
}

const boolToTri = (v: boolean | null | undefined): TriState => (v === true ? "1" : v === false ? "0" : "");

/** The filter parameters in address order (paging is not a filter): lists repeat, the rest appear once when set. */
const FILTER_PARAMS = [
  "q", "status", "kind", "channel", "department", "assignee", "due", "overdue", "from", "to", "answeredFrom", "answeredTo",
  "unit", "category", "lang", "anonymous", "answered", "notOwed", "clock", "timeliness", "linkSent", "rated", "score",
] as const satisfies readonly Exclude<keyof InboxQuery, "first" | "after" | "back">[];

/** The query-string parameters of `q`'s filters (not its paging). */
export function filterParams(q: Partial<InboxQuery>): URLSearchParams {
  const p = new URLSearchParams();
  for (const key of FILTER_PARAMS) {
    const v = q[key];
    if (Array.isArray(v)) for (const item of v) p.append(key, item);
    else if (v) p.set(key, v);
  }
  return p;
}

/**
 * The inbox query that lists exactly the cases of `filter` (a dashboard figure's drill).
 * `assigneeId` is kept as a user id (a figure never names "me").
 */
export function caseFilterToQuery(f: CaseFilter): Partial<InboxQuery> {
  return {
    q: f.search ?? "",
    status: f.status ?? [],
    kind: f.kind ?? [],
    channel: f.channel ?? [],
    department: f.unrouted ? "none" : (f.departmentCode ?? ""),
    assignee: f.unassigned ? "unassigned" : (f.assigneeId ?? ""),
    due: f.dueWithinDays != null ? String(f.dueWithinDays) : "",
    overdue: boolToTri(f.overdue),
    from: f.receivedFrom ?? "",
    to: f.receivedTo ?? "",
    answeredFrom: f.answeredFrom ?? "",
    answeredTo: f.answeredTo ?? "",
    unit: f.withoutServiceUnit ? "none" : (f.serviceUnitCode ?? ""),
    category: f.uncategorised ? "none" : (f.categoryCode ?? ""),
    lang: f.locale ?? [],
    anonymous: boolToTri(f.anonymous),
    answered: boolToTri(f.answered),
    notOwed: f.notOwedReason ?? "",
    clock: f.clock ?? "",
    timeliness: f.timeliness ?? "",
    linkSent: boolToTri(f.ratingLinkSent),
    rated: boolToTri(f.rated),
    score: f.ratingScore != null ? String(f.ratingScore) : "",
  };
}

/** The inbox address listing exactly the cases of `filter`. */
export function caseFilterHref(filter: CaseFilter): string {
  const s = filterParams(caseFilterToQuery(filter)).toString();
  return s ? `/staff/cases?${s}` : "/staff/cases";
}

