// The dashboard's contract (issue 5, "The dashboard"): what may be counted for whom
// (DashboardScope), which cases (DashboardFilter), and what comes back
// (DashboardFigures). Pure: no I/O. lib/dashboard/figures.ts computes the figures; the
// dashboard page, the CSV of figures, the public figures page and the annual report all
// read this shape, so fields are only ever ADDED here, never renamed.
//
// Definitions (the same in the SQL of queries.ts, in the case-list filter of every
// drill-down, and in the README section "Dashboard figures"):
// - Days are Europe/Sofia calendar days. A date range [from, to] is inclusive and means
//   receivedAt ∈ [00:00 Sofia of `from`, 24:00 Sofia of `to`).
// - Range figures (everything but `live` and `sinceLastMonth`) count the cases RECEIVED
//   in the range (a cohort): "answered" = of those, the ones with an answer sent.
// - A clock (term) is ON TIME when it was met (state MET) at or before its end
//   (metAt ≤ dueAt); LATE when it was met after its end, or is still open (running,
//   paused, warned, breached) and its end has passed. Stopped terms (no answer owed,
//   forwarded, merged, closed) are neither. Compliance = on time / (on time + late).
// - A case is ON TIME when at least one of its terms was met on time and none is late;
//   LATE when any of its terms is late (for one clock type: that term's outcome).
// - Time to answer = answeredAt − receivedAt, in days (fractional, calendar time).
// - Open = status RECEIVED, IN_PROGRESS or AWAITING_CITIZEN (lib/cases/lifecycle.ts).
//   Overdue = an open term has ended (Case.nextDueAt < now). Due within 7 days = the
//   earliest open term ends in [now, now + 7 days] (overdue ones not included).
// - Satisfaction: rating links are sent with the answer (a Rating row per case);
//   response rate = rated / links sent; average over rated cases.
// - Management and the public never count corruption signals or whistleblower reports
//   (counts by department, week or category could point at a whistleblower — ЗЗЛПСПОИН
//   чл. 31); the integrity officer counts those alone.
import type { Viewer } from "@/lib/auth/viewer";
import { AppError, type FieldError } from "@/lib/errors";
import { CHANNELS, KINDS, RESTRICTED_KINDS, type Channel, type ClockType, type Kind } from "@/lib/domain/kinds";
import { sofiaDate } from "@/lib/domain/deadlines";
import { addDaysIso, addMonthsIso, isIsoDate, type IsoDate } from "@/lib/domain/iso-date";
import type { CaseFilter, NotOwedReason } from "@/lib/cases/list-cases";

export type { NotOwedReason };

// ---------------------------------------------------------------------------------------
// Filter

export interface DashboardFilter {
  /** First day received (ISO date, Sofia), inclusive. */
  from: IsoDate;
  /** Last day received (ISO date, Sofia), inclusive. */
  to: IsoDate;
  departmentCode?: string | null;
  kind?: Kind[] | null;
  channel?: Channel[] | null;
  serviceUnitCode?: string | null;
}

/** A filter as the caller gives it: anything may be missing (defaults fill it in). */
export type DashboardFilterInput = { [K in keyof DashboardFilter]?: DashboardFilter[K] | null };

export const DASHBOARD_LIMITS = {
  /** Longest date range: the 5 years the generator fills, plus a margin. */
  maxRangeYears: 6,
  /** Default range: the last 12 months, ending today. */
  defaultMonths: 12,
  /** Recent satisfaction comments shown. */
  recentComments: 10,
  /** Busiest categories shown. */
  busiestCategories: 5,
  /** "Due within" window of the live block, in days. */
  dueWithinDays: 7,
} as const;

/** The last 12 months up to and including today (Sofia). */
export function defaultDashboardFilter(now: Date): DashboardFilter {
  const to = sofiaDate(now);
  return { from: addDaysIso(addMonthsIso(to, -DASHBOARD_LIMITS.defaultMonths), 1), to };
}

/** Codes the filter may name (from reference data); omitted → codes are not checked. */
export interface KnownCodes {
  departments: readonly string[];
  serviceUnits: readonly string[];
}

/**
 * Checks a filter (and fills in defaults for missing dates); BAD_INPUT naming each bad
 * field otherwise. `scope` limits the choices: a head may only name their department,
 * the integrity officer only restricted kinds, everyone else never restricted kinds.
 */
export function validateDashboardFilter(
  input: DashboardFilterInput | null | undefined,
  options: { now: Date; scope?: DashboardScope; known?: KnownCodes },
): DashboardFilter {
  const defaults = defaultDashboardFilter(options.now);
  const errors: FieldError[] = [];
  const from = input?.from ?? defaults.from;
  const to = input?.to ?? defaults.to;
  if (!isIsoDate(from)) errors.push({ field: "from", code: "INVALID_DATE" });
  if (!isIsoDate(to)) errors.push({ field: "to", code: "INVALID_DATE" });
  if (isIsoDate(from) && isIsoDate(to)) {
    if (from > to) errors.push({ field: "to", code: "RANGE_REVERSED" });
    else if (addMonthsIso(from, DASHBOARD_LIMITS.maxRangeYears * 12) <= to) {
      errors.push({ field: "from", code: "RANGE_TOO_LONG", params: { years: DASHBOARD_LIMITS.maxRangeYears } });
    }
  }
  const scope = options.scope;
  const kind = input?.kind?.length ? [...new Set(input.kind)] : null;
  if (kind && kind.some((k) => !KINDS.includes(k) || (scope && !scope.kinds.includes(k)))) {
    errors.push({ field: "kind", code: "INVALID_CHOICE" });
  }
  const channel = input?.channel?.length ? [...new Set(input.channel)] : null;
  if (channel && channel.some((c) => !CHANNELS.includes(c))) errors.push({ field: "channel", code: "INVALID_CHOICE" });
  const departmentCode = input?.departmentCode?.trim() || null;
  if (departmentCode) {
    const unknown = options.known && !options.known.departments.includes(departmentCode);
    const notTheirs = scope?.departmentCode != null && scope.departmentCode !== departmentCode;
    if (unknown || notTheirs) errors.push({ field: "departmentCode", code: "INVALID_CHOICE" });
  }
  const serviceUnitCode = input?.serviceUnitCode?.trim() || null;
  if (serviceUnitCode && options.known && !options.known.serviceUnits.includes(serviceUnitCode)) {
    errors.push({ field: "serviceUnitCode", code: "INVALID_CHOICE" });
  }
  if (errors.length > 0) throw AppError.badInput(errors);
  return { from, to, departmentCode, kind, channel, serviceUnitCode };
}

// ---------------------------------------------------------------------------------------
// Scope

export type DashboardAudience = "MANAGEMENT" | "DEPARTMENT" | "INTEGRITY" | "PUBLIC";

/** What may be counted: cases of `kinds`, of one department or (null) of all and the unrouted. */
export interface DashboardScope {
  audience: DashboardAudience;
  kinds: readonly Kind[];
  /** A head's department; null: every department and the triage queue. */
  departmentId: string | null;
  /** Its code (for drill-down filters); null with departmentId null. */
  departmentCode: string | null;
}

const RESTRICTED: readonly Kind[] = KINDS.filter((k) => RESTRICTED_KINDS.has(k));
const NON_RESTRICTED: readonly Kind[] = KINDS.filter((k) => !RESTRICTED_KINDS.has(k));

/** Every case but corruption signals and whistleblower reports (management; the public page). */
export const PUBLIC_SCOPE: DashboardScope = Object.freeze({
  audience: "PUBLIC",
  kinds: NON_RESTRICTED,
  departmentId: null,
  departmentCode: null,
});

/**
 * The dashboard a viewer may see: the manager every non-restricted case; a head their
 * department's non-restricted cases; the integrity officer the restricted kinds only;
 * null (FORBIDDEN) for clerks, officers and administrators. `departmentCode` is the
 * viewer's department's code (the caller looks it up; Viewer carries only the id).
 */
export function dashboardScope(viewer: Pick<Viewer, "role" | "departmentId">, departmentCode: string | null = null): DashboardScope | null {
  switch (viewer.role) {
    case "MANAGER":
      return { audience: "MANAGEMENT", kinds: NON_RESTRICTED, departmentId: null, departmentCode: null };
    case "HEAD":
      if (!viewer.departmentId) return null;
      return { audience: "DEPARTMENT", kinds: NON_RESTRICTED, departmentId: viewer.departmentId, departmentCode };
    case "INTEGRITY":
      return { audience: "INTEGRITY", kinds: RESTRICTED, departmentId: null, departmentCode: null };
    case "CLERK":
    case "OFFICER":
    case "ADMIN":
      return null;
  }
}

// ---------------------------------------------------------------------------------------
// Figures. Rates are fractions 0..1 (null when the denominator is 0); the UI formats them.
// Every count carries `drill`: the case-list filter (lib/cases/list-cases.ts) that lists
// exactly the cases counted, for the viewer whose scope produced it.

export interface Count {
  count: number;
  drill: CaseFilter;
}

export interface LiveFigures {
  receivedToday: Count;
  /** Since Monday (Sofia). */
  receivedThisWeek: Count;
  /** Since the 1st of this month (Sofia). */
  receivedThisMonth: Count;
  open: Count;
  dueWithin7Days: Count;
  overdue: Count;
}

export interface ClockTimeliness {
  clock: ClockType;
  onTime: Count;
  late: Count;
  /** onTime / (onTime + late). */
  compliance: number | null;
}

export interface TimeToAnswer {
  answered: Count;
  medianDays: number | null;
  p90Days: number | null;
}


export interface NotOwedRow {
  reason: NotOwedReason;
  cases: Count;
}

export interface Share {
  part: Count;
  of: Count;
  share: number | null;
}

export type BreakdownDimension = "KIND" | "CHANNEL" | "SERVICE_UNIT" | "DEPARTMENT" | "CATEGORY" | "LANGUAGE";

export interface BreakdownRow {
  /** Kind, channel, service unit / department / category code, or locale; null = none (web, unrouted, uncategorised). */
  key: string | null;
  received: Count;
  answered: Count;
  onTime: Count;
  late: Count;
  /** onTime / (onTime + late), case level. */
  onTimeRate: number | null;
  medianDaysToAnswer: number | null;
}

export type Breakdowns = Record<BreakdownDimension, BreakdownRow[]>;

export interface RatingComment {
  reference: string;
  /** Day rated (Sofia). */
  ratedOn: IsoDate;
  score: number;
  comment: string;
}

export interface Satisfaction {
  linksSent: Count;
  rated: Count;
  responseRate: number | null;
  average: number | null;
  /** Scores 1..5, each with its count. */
  distribution: { score: number; cases: Count }[];
  /** Latest comments (never for the public scope): reference, day, score, text — no submitter data. */
  recentComments: RatingComment[];
}

export interface TrendWeek {
  /** Monday of the week (Sofia); the first and last weeks are clipped to the range. */
  weekStart: IsoDate;
  /** Received that week. */
  received: Count;
  /** Answered that week (answeredAt), whenever received. */
  answered: Count;
  /** Of those answered that week, the ones on time. */
  answeredOnTime: Count;
}

export type ChangeMetric = "RECEIVED" | "ANSWERED" | "ANSWERED_ON_TIME";

/**
 * This month so far against the same days of last month (1st → today's day of month,
 * clamped to last month's length), so a half month is never compared with a full one.
 */
export interface MonthChange {
  metric: ChangeMetric;
  current: Count;
  previous: Count;
  /** (current − previous) / previous. */
  change: number | null;
}

export interface DashboardFigures {
  /** The instant "now" figures refer to. */
  asOf: Date;
  audience: DashboardAudience;
  filter: DashboardFilter;
  live: LiveFigures;
  received: Count;
  answered: Count;
  timeliness: ClockTimeliness[];
  /** Case level: on time / late over every clock. */
  overall: { onTime: Count; late: Count; rate: number | null };
  timeToAnswer: TimeToAnswer;
  notOwed: NotOwedRow[];
  anonymous: Share;
  breakdowns: Breakdowns;
  satisfaction: Satisfaction;
  trends: TrendWeek[];
  /** Categories with the most cases received in the range (rows of breakdowns.CATEGORY). */
  busiestCategories: BreakdownRow[];
  sinceLastMonth: MonthChange[];
}

/** A fraction, or null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
