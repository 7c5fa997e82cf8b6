// loadFigures: every dashboard figure for a scope and a filter, from the three statements
// of queries.ts (plus the cached reference data), each count paired with the case-list
// filter that lists exactly the cases it counts (drill-down). Definitions: types.ts.
import { prisma } from "@/lib/db/client";
import { CHANNELS, CLOCK_TYPES, LOCALES, type ClockType } from "@/lib/domain/kinds";
import { endOfSofiaDay, sofiaDate, startOfSofiaDay } from "@/lib/domain/deadlines";
import { addDaysIso, addMonthsIso, dayOfWeekIso, type IsoDate } from "@/lib/domain/iso-date";
import { HANDLED_STATUSES } from "@/lib/cases/lifecycle";
import { NOT_OWED_REASONS, type CaseFilter } from "@/lib/cases/list-cases";
import { findDepartment, findServiceUnit, referenceIndex } from "@/lib/cases/reference-data";
import { answeredWeekly, GROUP_COLUMNS, liveStatement, rangeStatement, type CaseSet, type GroupColumn, type GroupRow } from "./queries";
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
  const monday = addDaysIso(today, -((dayOfWeekIso(today) + 6) % 7));
  const firstOfMonth = `${today.slice(0, 8)}01`;
  const previousFirst = addMonthsIso(firstOfMonth, -1);
  // addMonthsIso clamps to the shorter month (31 March → 28/29 February).
  const previousLast = addMonthsIso(today, -1);
  const range = { from: startOfSofiaDay(filter.from), to: endOfSofiaDay(filter.to) };

  const [ranged, live, weekly, ref] = await Promise.all([
    rangeStatement(db, set, range, now, { comments: scope.audience === "PUBLIC" ? 0 : DASHBOARD_LIMITS.recentComments }),
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
    answeredWeekly(db, set, range, now),
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

  // GROUPING SETS rows: the total row has every bit set; a breakdown row has one bit clear.
  const all = (1 << GROUP_COLUMNS.length) - 1;
  const rowsOf = (column: GroupColumn) => ranged.groups.filter((g) => g.mask === (all & ~(1 << (GROUP_COLUMNS.length - 1 - GROUP_COLUMNS.indexOf(column)))));
  const total = ranged.groups.find((g) => g.mask === all) ?? emptyGroup(all);

  const row = (key: string | null, g: GroupRow | undefined, drill: CaseFilter): BreakdownRow => {
    const r = g ?? emptyGroup(0);
    return {
      key,
      received: count(r.received, drill),
      answered: count(r.answered, { ...drill, answered: true }),
      onTime: count(r.onTime, { ...drill, timeliness: "ON_TIME" }),
      late: count(r.late, { ...drill, timeliness: "LATE" }),
      onTimeRate: rate(r.onTime, r.onTime + r.late),
      medianDaysToAnswer: round(r.medianDays),
    };
  };
  const byKey = (column: GroupColumn) => new Map(rowsOf(column).map((g) => [g[column] as string | null, g]));
  const codeOf = (map: Map<string, { code: string }>, id: string | null) => (id === null ? null : (map.get(id)?.code ?? id));
  const sortRows = (rows: BreakdownRow[]) => rows.sort((a, b) => b.received.count - a.received.count || String(a.key).localeCompare(String(b.key)));

  const kindRows = byKey("kind");
  const channelRows = byKey("channel");
  const localeRows = byKey("locale");
  const breakdowns: Record<BreakdownDimension, BreakdownRow[]> = {
    KIND: kinds.map((k) => row(k, kindRows.get(k), { ...inRange, kind: [k] })),
    CHANNEL: (filter.channel?.length ? CHANNELS.filter((c) => filter.channel!.includes(c)) : [...CHANNELS]).map((c) =>
      row(c, channelRows.get(c), { ...inRange, channel: [c] }),
    ),
    LANGUAGE: LOCALES.map((l) => row(l, localeRows.get(l), { ...inRange, locale: [l] })),
    SERVICE_UNIT: sortRows(
      rowsOf("serviceUnitId").map((g) => {
        const code = codeOf(ref.serviceUnits, g.serviceUnitId);
        return row(code, g, code === null ? { ...inRange, withoutServiceUnit: true } : { ...inRange, serviceUnitCode: code });
      }),
    ),
    DEPARTMENT: sortRows(
      rowsOf("departmentId").map((g) => {
        const code = codeOf(ref.departments, g.departmentId);
        return row(code, g, code === null ? { ...inRange, unrouted: true } : { ...inRange, departmentCode: code });
      }),
    ),
    CATEGORY: sortRows(
      rowsOf("categoryId").map((g) => {
        const code = codeOf(ref.categories, g.categoryId);
        return row(code, g, code === null ? { ...inRange, uncategorised: true } : { ...inRange, categoryCode: code });
      }),
    ),
  };

  const clockRows = new Map(ranged.clocks.map((c) => [c.clock, c]));
  const timeliness: ClockTimeliness[] = CLOCK_TYPES.filter((c) => clockRows.has(c)).map((clock: ClockType) => {
    const c = clockRows.get(clock)!;
    return {
      clock,
      onTime: count(c.onTime, { ...inRange, clock, timeliness: "ON_TIME" }),
      late: count(c.late, { ...inRange, clock, timeliness: "LATE" }),
      compliance: rate(c.onTime, c.onTime + c.late),
    };
  });

  const notOwedRows = rowsOf("noAnswerReason").filter((g) => g.answerOwed === false);
  const notOwed = NOT_OWED_REASONS.map((reason) => {
    const g = notOwedRows.find((r) => (r.noAnswerReason ?? "KIND_POLICY") === reason);
    return { reason, cases: count(g?.received ?? 0, { ...inRange, notOwedReason: reason }) };
  });

  const scoreRows = rowsOf("score");
  const rated = total.rated;
  const satisfaction = {
    linksSent: count(total.linksSent, { ...inRange, ratingLinkSent: true }),
    rated: count(rated, { ...inRange, rated: true }),
    responseRate: rate(rated, total.linksSent),
    average: rated > 0 ? round((total.scoreSum ?? 0) / rated) : null,
    distribution: [1, 2, 3, 4, 5].map((score) => ({
      score,
      cases: count(scoreRows.find((g) => g.score === score)?.received ?? 0, { ...inRange, ratingScore: score }),
    })),
    recentComments: scope.audience === "PUBLIC" ? [] : ranged.comments,
  };

  const receivedWeeks = byKey("week");
  const answeredWeeks = new Map(weekly.map((w) => [w.week, w]));
  const trends: TrendWeek[] = weeksOf(filter.from, filter.to).map(({ weekStart, from, to }) => {
    const r = receivedWeeks.get(weekStart);
    const a = answeredWeeks.get(weekStart);
    const answeredIn = { ...base, answeredFrom: from, answeredTo: to };
    return {
      weekStart,
      received: count(r?.received ?? 0, { ...base, receivedFrom: from, receivedTo: to }),
      answered: count(a?.answered ?? 0, answeredIn),
      answeredOnTime: count(a?.onTime ?? 0, { ...answeredIn, timeliness: "ON_TIME" }),
    };
  });

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
    received: count(total.received, inRange),
    answered: count(total.answered, { ...inRange, answered: true }),
    timeliness,
    overall: {
      onTime: count(total.onTime, { ...inRange, timeliness: "ON_TIME" }),
      late: count(total.late, { ...inRange, timeliness: "LATE" }),
      rate: rate(total.onTime, total.onTime + total.late),
    },
    timeToAnswer: {
      answered: count(total.answered, { ...inRange, answered: true }),
      medianDays: round(total.medianDays),
      p90Days: round(total.p90Days),
    },
    notOwed,
    anonymous: {
      part: count(total.anonymous, { ...inRange, anonymous: true }),
      of: count(total.received, inRange),
      share: rate(total.anonymous, total.received),
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

function emptyGroup(mask: number): GroupRow {
  return {
    mask,
    kind: null,
    channel: null,
    serviceUnitId: null,
    departmentId: null,
    categoryId: null,
    locale: null,
    answerOwed: null,
    noAnswerReason: null,
    week: null,
    score: null,
    received: 0,
    answered: 0,
    onTime: 0,
    late: 0,
    anonymous: 0,
    linksSent: 0,
    rated: 0,
    scoreSum: null,
    medianDays: null,
    p90Days: null,
  };
}

/** Two decimals: days and averages are shown to a tenth, and CSV keeps a little more. */
function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}

/** Weeks (Monday first) overlapping [from, to], each clipped to the range. */
export function weeksOf(from: IsoDate, to: IsoDate): { weekStart: IsoDate; from: IsoDate; to: IsoDate }[] {
  const weeks: { weekStart: IsoDate; from: IsoDate; to: IsoDate }[] = [];
  let monday = addDaysIso(from, -((dayOfWeekIso(from) + 6) % 7));
  while (monday <= to) {
    const sunday = addDaysIso(monday, 6);
    weeks.push({ weekStart: monday, from: monday < from ? from : monday, to: sunday > to ? to : sunday });
    monday = addDaysIso(monday, 7);
  }
  return weeks;
}
