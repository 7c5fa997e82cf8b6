// loadFigures: every dashboard figure for a scope and a filter, from the five statements
// of queries.ts (plus the cached reference data), each count paired with the case-list
// filter that lists exactly the cases it counts (drill-down). Definitions: types.ts.
import { prisma } from "@/lib/db/client";
import { CHANNELS, CLOCK_TYPES, LOCALES, type ClockType } from "@/lib/domain/kinds";
import { endOfSofiaDay, sofiaDate, startOfSofiaDay } from "@/lib/domain/deadlines";
import { addMonthsIso, type IsoDate } from "@/lib/domain/iso-date";
import { HANDLED_STATUSES } from "@/lib/cases/lifecycle";
import { NOT_OWED_REASONS, type CaseFilter } from "@/lib/cases/list-cases";
import { findDepartment, findServiceUnit, referenceIndex } from "@/lib/cases/reference-data";
import {
  liveStatement,
  pendingStatement,
  PENDING_GROUP_COLUMNS,
  summaryDimsStatement,
  summaryStatement,
  SUMMARY_GROUP_COLUMNS,
  weeklyStatement,
  type CaseSet,
  type PendingGroup,
  type PendingGroupColumn,
  type SummaryRow,
} from "./queries";
import { calendarTiles, mondayOf, weekTiles, weeksOf } from "./periods";
import { histogramPercentile } from "./histogram";
import { clockColumn, notOwedColumn, scoreColumn } from "./summary-columns";
import {
  DASHBOARD_LIMITS,
  rate,
  type BreakdownDimension,
  type BreakdownRow,
  type ClockTimeliness,
  type Count,
  type DashboardFigures,
  type DashboardFilter,
  type DashboardScope,
  type MonthChange,
  type TrendWeek,
} from "./types";

/**
 * Computes the figures. `filter` must have passed validateDashboardFilter for this scope
 * (lib/dashboard/get-dashboard.ts does both); codes it names that do not exist count nothing.
 */
export async function loadFigures(scope: DashboardScope, filter: DashboardFilter, options: { now?: Date } = {}): Promise<DashboardFigures> {
  const now = options.now ?? new Date();
  const db = await prisma();
  const [department, serviceUnit] = await Promise.all([
    filter.departmentCode ? findDepartment(filter.departmentCode) : null,
    filter.serviceUnitCode ? findServiceUnit(filter.serviceUnitCode) : null,
  ]);
  const kinds = filter.kind?.length ? scope.kinds.filter((k) => filter.kind!.includes(k)) : scope.kinds;
  const set: CaseSet = {
    kinds,
    channels: filter.channel?.length ? filter.channel : null,
    // A code that names nothing matches nothing (not "every department").
    departmentId: scope.departmentId ?? (filter.departmentCode ? (department?.id ?? "00000000-0000-0000-0000-000000000000") : null),
    serviceUnitId: filter.serviceUnitCode ? (serviceUnit?.id ?? "00000000-0000-0000-0000-000000000000") : null,
  };
  if (scope.departmentId && department && department.id !== scope.departmentId) set.kinds = [];

  const today = sofiaDate(now);
  const monday = mondayOf(today);
  const firstOfMonth = `${today.slice(0, 8)}01`;
  const previousFirst = addMonthsIso(firstOfMonth, -1);
  // addMonthsIso clamps to the shorter month (31 March → 28/29 February).
  const previousLast = addMonthsIso(today, -1);
  const range = { from: startOfSofiaDay(filter.from), to: endOfSofiaDay(filter.to) };

  const tiles = calendarTiles(filter.from, filter.to);
  const [main, dims, pending, live, weekly, ref] = await Promise.all([
    summaryStatement(db, set, tiles),
    summaryDimsStatement(db, set, tiles),
    pendingStatement(db, set, range, now, { comments: scope.audience === "PUBLIC" ? 0 : DASHBOARD_LIMITS.recentComments }),
    liveStatement(
      db,
      set,
      {
        today: { from: startOfSofiaDay(today), to: endOfSofiaDay(today) },
        week: { from: startOfSofiaDay(monday), to: endOfSofiaDay(today) },
        month: { from: startOfSofiaDay(firstOfMonth), to: endOfSofiaDay(today) },
        previous: { from: startOfSofiaDay(previousFirst), to: endOfSofiaDay(previousLast) },
        dueBy: new Date(now.getTime() + DASHBOARD_LIMITS.dueWithinDays * 86_400_000),
      },
      now,
    ),
    weeklyStatement(db, set, weekTiles(filter.from, filter.to)),
    referenceIndex(),
  ]);

  // Drill-down: the scope and the non-date filters, as a case-list filter.
  const base: CaseFilter = {
    ...(scope.audience === "INTEGRITY" || filter.kind?.length ? { kind: [...kinds] } : {}),
    ...(filter.channel?.length ? { channel: [...filter.channel] } : {}),
    ...(scope.departmentCode || filter.departmentCode ? { departmentCode: scope.departmentCode ?? filter.departmentCode } : {}),
    ...(filter.serviceUnitCode ? { serviceUnitCode: filter.serviceUnitCode } : {}),
  };
  const inRange: CaseFilter = { ...base, receivedFrom: filter.from, receivedTo: filter.to };
  const count = (n: number, drill: CaseFilter): Count => ({ count: n, drill });

  // Settled counts from the summary plus, for late / on time, the cases whose terms still
  // run (pendingStatement): GROUPING SETS rows, the total with every bit set, a breakdown
  // row with one bit clear.
  const maskOf = (columns: readonly string[], column: string | null) => {
    const all = (1 << columns.length) - 1;
    return column === null ? all : all & ~(1 << (columns.length - 1 - columns.indexOf(column)));
  };
  const pendingRows = (column: PendingGroupColumn | null) => pending.groups.filter((g) => g.mask === maskOf(PENDING_GROUP_COLUMNS, column));
  const pendingBy = (column: PendingGroupColumn) => new Map(pendingRows(column).map((g) => [g[column], g]));
  const pendingTotal: Pick<PendingGroup, "late" | "onTime"> = pendingRows(null)[0] ?? { late: 0, onTime: 0 };
  const mainRows = (column: (typeof SUMMARY_GROUP_COLUMNS)[number] | null) =>
    main.filter((g) => g.mask === maskOf(SUMMARY_GROUP_COLUMNS, column));
  const total: SummaryRow | undefined = mainRows(null)[0];
  const measure = (r: SummaryRow | undefined, column: string) => (r ? Number(r[column] ?? 0) : 0);

  /** One breakdown row's counts: summary part + pending part. */
  interface Tally {
    received: number;
    answered: number;
    onTime: number;
    late: number;
    days: number[];
  }
  /** The summary's part `r` (late / on time settled) plus the pending cases' part `p`. */
  const tally = (r: Tally | undefined, p: Pick<PendingGroup, "late" | "onTime"> | undefined): Tally => ({
    received: r?.received ?? 0,
    answered: r?.answered ?? 0,
    onTime: (r?.onTime ?? 0) + (p?.onTime ?? 0),
    late: (r?.late ?? 0) + (p?.late ?? 0),
    days: r?.days ?? [],
  });
  const asTally = (r: SummaryRow | undefined): Tally | undefined =>
    r ? { received: measure(r, "received"), answered: measure(r, "answered"), onTime: measure(r, "onTime"), late: measure(r, "late"), days: r.days } : undefined;

  const row = (key: string | null, t: Tally, drill: CaseFilter): BreakdownRow => ({
    key,
    received: count(t.received, drill),
    answered: count(t.answered, { ...drill, answered: true }),
    onTime: count(t.onTime, { ...drill, timeliness: "ON_TIME" }),
    late: count(t.late, { ...drill, timeliness: "LATE" }),
    onTimeRate: rate(t.onTime, t.onTime + t.late),
    medianDaysToAnswer: round(histogramPercentile(t.days, 0.5)),
  });
  /** Keys of a breakdown: every key the summary or the pending cases have (null = none). */
  const breakdown = (
    summaryRows: Map<string | null, Tally>,
    pendingRows: Map<string | null, Pick<PendingGroup, "late" | "onTime">>,
  ): Map<string | null, Tally> => {
    const keys = new Set([...summaryRows.keys(), ...pendingRows.keys()]);
    return new Map([...keys].map((k) => [k, tally(summaryRows.get(k), pendingRows.get(k))]));
  };
  const mainBy = (column: (typeof SUMMARY_GROUP_COLUMNS)[number]) =>
    new Map(mainRows(column).map((g) => [g[column] as string | null, asTally(g)!] as const));
  const dimBy = (dim: "category" | "locale") => new Map(dims.filter((d) => d.dim === dim).map((d) => [d.value, d] as const));
  const byKey = (column: (typeof SUMMARY_GROUP_COLUMNS)[number]) => breakdown(mainBy(column), pendingBy(column));
  const codeOf = (map: Map<string, { code: string }>, id: string | null) => (id === null ? null : (map.get(id)?.code ?? id));
  const sortRows = (rows: BreakdownRow[]) => rows.sort((a, b) => b.received.count - a.received.count || String(a.key).localeCompare(String(b.key)));
  const empty: Tally = tally(undefined, undefined);

  const kindRows = byKey("kind");
  const channelRows = byKey("channel");
  const localeRows = breakdown(dimBy("locale"), pendingBy("locale"));
  /** Rows of the keys that have cases (a key whose cases all moved elsewhere is left out). */
  const present = (rows: Map<string | null, Tally>) => [...rows].filter(([, t]) => t.received > 0);
  const breakdowns: Record<BreakdownDimension, BreakdownRow[]> = {
    KIND: kinds.map((k) => row(k, kindRows.get(k) ?? empty, { ...inRange, kind: [k] })),
    CHANNEL: (filter.channel?.length ? CHANNELS.filter((c) => filter.channel!.includes(c)) : [...CHANNELS]).map((c) =>
      row(c, channelRows.get(c) ?? empty, { ...inRange, channel: [c] }),
    ),
    LANGUAGE: LOCALES.map((l) => row(l, localeRows.get(l) ?? empty, { ...inRange, locale: [l] })),
    SERVICE_UNIT: sortRows(
      present(byKey("serviceUnitId")).map(([id, t]) => {
        const code = codeOf(ref.serviceUnits, id);
        return row(code, t, code === null ? { ...inRange, withoutServiceUnit: true } : { ...inRange, serviceUnitCode: code });
      }),
    ),
    DEPARTMENT: sortRows(
      present(byKey("departmentId")).map(([id, t]) => {
        const code = codeOf(ref.departments, id);
        return row(code, t, code === null ? { ...inRange, unrouted: true } : { ...inRange, departmentCode: code });
      }),
    ),
    CATEGORY: sortRows(
      present(breakdown(dimBy("category"), pendingBy("categoryId"))).map(([id, t]) => {
        const code = codeOf(ref.categories, id);
        return row(code, t, code === null ? { ...inRange, uncategorised: true } : { ...inRange, categoryCode: code });
      }),
    ),
  };

  // Per term: met on time / met late from the summary; open past its end from pendingStatement.
  const openLate = new Map(pending.clocks.map((c) => [c.clock, c.late]));
  const timeliness: ClockTimeliness[] = CLOCK_TYPES.filter((clock) => measure(total, clockColumn(clock, "cases")) > 0).map((clock: ClockType) => {
    const onTime = measure(total, clockColumn(clock, "onTime"));
    const late = measure(total, clockColumn(clock, "late")) + (openLate.get(clock) ?? 0);
    return {
      clock,
      onTime: count(onTime, { ...inRange, clock, timeliness: "ON_TIME" }),
      late: count(late, { ...inRange, clock, timeliness: "LATE" }),
      compliance: rate(onTime, onTime + late),
    };
  });

  const notOwed = NOT_OWED_REASONS.map((reason) => ({ reason, cases: count(measure(total, notOwedColumn(reason)), { ...inRange, notOwedReason: reason }) }));

  const rated = measure(total, "rated");
  const linksSent = measure(total, "linksSent");
  const satisfaction = {
    linksSent: count(linksSent, { ...inRange, ratingLinkSent: true }),
    rated: count(rated, { ...inRange, rated: true }),
    responseRate: rate(rated, linksSent),
    average: rated > 0 ? round(measure(total, "scoreSum") / rated) : null,
    distribution: [1, 2, 3, 4, 5].map((score) => ({
      score,
      cases: count(measure(total, scoreColumn(score)), { ...inRange, ratingScore: score }),
    })),
    recentComments: scope.audience === "PUBLIC" ? [] : pending.comments,
  };

  const weekOf = (family: "R" | "A") => new Map(weekly.filter((w) => w.family === family).map((w) => [w.week, w]));
  const receivedWeeks = weekOf("R");
  const answeredWeeks = weekOf("A");
  const answeredOnTimeNow = new Map(pending.answered.map((a) => [a.week, a.onTime]));
  const trends: TrendWeek[] = weeksOf(filter.from, filter.to).map(({ weekStart, from, to }) => {
    const answeredIn = { ...base, answeredFrom: from, answeredTo: to };
    return {
      weekStart,
      received: count(receivedWeeks.get(weekStart)?.cases ?? 0, { ...base, receivedFrom: from, receivedTo: to }),
      answered: count(answeredWeeks.get(weekStart)?.cases ?? 0, answeredIn),
      answeredOnTime: count((answeredWeeks.get(weekStart)?.onTime ?? 0) + (answeredOnTimeNow.get(weekStart) ?? 0), { ...answeredIn, timeliness: "ON_TIME" }),
    };
  });
  const all = tally(asTally(total), pendingTotal);

  const current = { from: firstOfMonth, to: today };
  const previous = { from: previousFirst, to: previousLast };
  const change = (metric: MonthChange["metric"], thisMonth: number, before: number, drill: (p: { from: IsoDate; to: IsoDate }) => CaseFilter): MonthChange => ({
    metric,
    current: count(thisMonth, drill(current)),
    previous: count(before, drill(previous)),
    change: before > 0 ? (thisMonth - before) / before : null,
  });
  const receivedIn = (p: { from: IsoDate; to: IsoDate }): CaseFilter => ({ ...base, receivedFrom: p.from, receivedTo: p.to });
  const answeredIn = (p: { from: IsoDate; to: IsoDate }): CaseFilter => ({ ...base, answeredFrom: p.from, answeredTo: p.to });

  return {
    asOf: now,
    audience: scope.audience,
    filter,
    live: {
      receivedToday: count(live.receivedToday, { ...base, receivedFrom: today, receivedTo: today }),
      receivedThisWeek: count(live.receivedThisWeek, { ...base, receivedFrom: monday, receivedTo: today }),
      receivedThisMonth: count(live.receivedThisMonth, { ...base, receivedFrom: firstOfMonth, receivedTo: today }),
      open: count(live.open, { ...base, status: [...HANDLED_STATUSES] }),
      dueWithin7Days: count(live.dueSoon, { ...base, dueWithinDays: DASHBOARD_LIMITS.dueWithinDays, overdue: false }),
      overdue: count(live.overdue, { ...base, overdue: true }),
    },
    received: count(all.received, inRange),
    answered: count(all.answered, { ...inRange, answered: true }),
    timeliness,
    overall: {
      onTime: count(all.onTime, { ...inRange, timeliness: "ON_TIME" }),
      late: count(all.late, { ...inRange, timeliness: "LATE" }),
      rate: rate(all.onTime, all.onTime + all.late),
    },
    timeToAnswer: {
      answered: count(all.answered, { ...inRange, answered: true }),
      medianDays: round(histogramPercentile(all.days, 0.5)),
      p90Days: round(histogramPercentile(all.days, 0.9)),
    },
    notOwed,
    anonymous: {
      part: count(measure(total, "anonymous"), { ...inRange, anonymous: true }),
      of: count(all.received, inRange),
      share: rate(measure(total, "anonymous"), all.received),
    },
    breakdowns,
    satisfaction,
    trends,
    busiestCategories: breakdowns.CATEGORY.filter((r) => r.key !== null && r.received.count > 0).slice(0, DASHBOARD_LIMITS.busiestCategories),
    sinceLastMonth: [
      change("RECEIVED", live.receivedThisMonth, live.receivedPrevious, receivedIn),
      change("ANSWERED", live.answeredCurrent, live.answeredPrevious, answeredIn),
      change("ANSWERED_ON_TIME", live.answeredOnTimeCurrent, live.answeredOnTimePrevious, (p) => ({ ...answeredIn(p), timeliness: "ON_TIME" })),
    ],
  };
}

/** Two decimals: days and averages are shown to a tenth, and CSV keeps a little more. */
function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}
