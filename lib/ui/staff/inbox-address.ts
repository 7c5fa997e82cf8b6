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

/** The query-string parameters of `q`'s filters (not its paging). */
export function filterParams(q: Partial<InboxQuery>): URLSearchParams {
  const p = new URLSearchParams();
  if (q.q) p.set("q", q.q);
  for (const s of q.status ?? []) p.append("status", s);
  for (const k of q.kind ?? []) p.append("kind", k);
  for (const c of q.channel ?? []) p.append("channel", c);
  if (q.department) p.set("department", q.department);
  if (q.assignee) p.set("assignee", q.assignee);
  if (q.due) p.set("due", q.due);
  if (q.overdue) p.set("overdue", q.overdue);
  if (q.from) p.set("from", q.from);
  if (q.to) p.set("to", q.to);
  if (q.answeredFrom) p.set("answeredFrom", q.answeredFrom);
  if (q.answeredTo) p.set("answeredTo", q.answeredTo);
  if (q.unit) p.set("unit", q.unit);
  if (q.category) p.set("category", q.category);
  for (const l of q.lang ?? []) p.append("lang", l);
  if (q.anonymous) p.set("anonymous", q.anonymous);
  if (q.answered) p.set("answered", q.answered);
  if (q.notOwed) p.set("notOwed", q.notOwed);
  if (q.clock) p.set("clock", q.clock);
  if (q.timeliness) p.set("timeliness", q.timeliness);
  if (q.linkSent) p.set("linkSent", q.linkSent);
  if (q.rated) p.set("rated", q.rated);
  if (q.score) p.set("score", q.score);
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

