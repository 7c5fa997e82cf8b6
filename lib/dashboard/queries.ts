// The dashboard's SQL: five statements, whatever the number of cases, departments or
// categories (issue 5, "At scale": a bounded number of queries per load, each within
// 200 ms at 1,000,000 cases; style.md, Zammad's query budgets). Each is one named function
// so that performance work can change one without touching the figures built on it.
//
//   summaryStatement — the cases RECEIVED in the range, from the pre-counted "CaseFigure"
//                      (migration dashboard_summary): totals, breakdowns by kind, channel,
//                      unit and department, ratings, answers not owed, terms, histograms
//                      of days to answer; summaryDimsStatement: by category and language.
//   pendingStatement — what changes with the clock, which no summary can hold: cases with a
//                      term still open (late once its end passes), open terms past their
//                      end; and the latest rating comments.
//   weeklyStatement  — cases received and answered per week (trends), from "CaseWeekFigure".
//   liveStatement    — current state and this month against last month: index-friendly
//                      scalar subqueries, one round trip.
//
// The definitions (on time, late, open, …) are at the top of lib/dashboard/types.ts and
// must stay identical to the case-list drill-down filters of lib/cases/list-cases.ts.
// Every value is a bound parameter (Prisma.sql tagged templates); column names come from
// lib/dashboard/summary-columns.ts, never from input.
import { Prisma, type PrismaClient } from "@/lib/db/generated/client";
import type { Channel, Kind } from "@/lib/domain/kinds";
import { HANDLED_STATUSES } from "@/lib/cases/lifecycle";
import { OPEN_CLOCK_STATES } from "@/lib/cases/clocks";
import { DAY_COLUMNS, MEASURE_COLUMNS } from "./summary-columns";
import type { CalendarTiles, WeekTiles } from "./periods";

type Db = Pick<PrismaClient, "$queryRaw">;

/** The cases counted: scope and filter with codes turned into ids. */
export interface CaseSet {
  kinds: readonly Kind[];
  channels: readonly Channel[] | null;
  departmentId: string | null;
  serviceUnitId: string | null;
}

/** A half-open instant range [from, to). */
export interface Instants {
  from: Date;
  to: Date;
}

export function caseSetWhere(s: CaseSet): Prisma.Sql {
  const parts = [Prisma.sql`c."kind" = ANY(${[...s.kinds]}::"Kind"[])`];
  if (s.channels) parts.push(Prisma.sql`c."channel" = ANY(${[...s.channels]}::"Channel"[])`);
  if (s.departmentId) parts.push(Prisma.sql`c."departmentId" = ${s.departmentId}::uuid`);
  if (s.serviceUnitId) parts.push(Prisma.sql`c."serviceUnitId" = ${s.serviceUnitId}::uuid`);
  return Prisma.join(parts, " AND ");
}

/**
 * A late term of case c: met after its end, or still open past it. Read from the case row,
 * not its clocks: "metLate" (a term MET after its end) and "nextDueAt" (the earliest end of
 * a term still open) are kept from "CaseClock" by triggers (migrations case_next_due and
 * dashboard_figures), so an open term past its end is exactly nextDueAt < now. At a million
 * cases, visiting every case's clocks was most of the dashboard's time.
 */
export function lateTermExists(now: Date): Prisma.Sql {
  return Prisma.sql`(c."metLate" OR coalesce(c."nextDueAt" < ${now}, false))`;
}

/** Case c is on time: a term was met by its end ("metOnTime", kept like "metLate") and none is late. */
export function onTimeCase(now: Date): Prisma.Sql {
  return Prisma.sql`(c."metOnTime" AND NOT ${lateTermExists(now)})`;
}

// ---------------------------------------------------------------------------------------

/** The case set on a summary table (text keys, "" = none). */
function summarySetWhere(s: CaseSet): Prisma.Sql {
  const parts = [Prisma.sql`"kind" = ANY(${[...s.kinds]}::text[])`];
  if (s.channels) parts.push(Prisma.sql`"channel" = ANY(${[...s.channels]}::text[])`);
  if (s.departmentId) parts.push(Prisma.sql`"departmentId" = ${s.departmentId}`);
  if (s.serviceUnitId) parts.push(Prisma.sql`"serviceUnitId" = ${s.serviceUnitId}`);
  return Prisma.join(parts, " AND ");
}

/** "CaseFigure" rows of the tiles plus the changes not folded into it yet. */
function caseFigures(set: CaseSet, t: CalendarTiles, dim: Prisma.Sql): Prisma.Sql {
  const where = Prisma.sql`((("grain" = 'Y' AND "period" = ANY(${[...t.years]}::date[]))
      OR ("grain" = 'M' AND "period" = ANY(${[...t.months]}::date[]))
      OR ("grain" = 'W' AND "period" = ANY(${[...t.weeks]}::date[]))
      OR ("grain" = 'D' AND "period" = ANY(${[...t.days]}::date[])))
    AND ${summarySetWhere(set)} AND ${dim})`;
  return Prisma.sql`(SELECT * FROM "CaseFigure" WHERE ${where}
    UNION ALL SELECT * FROM harta_case_figure_deltas() WHERE ${where}) f`;
}

const sumOf = (columns: readonly string[]) => Prisma.raw(columns.map((c) => `sum("${c}")::int AS "${c}"`).join(", "));
const histogramOf = () => Prisma.raw(`ARRAY[${DAY_COLUMNS.map((c) => `sum("${c}")::int`).join(", ")}] AS "days"`);
const MAIN_COLUMNS = MEASURE_COLUMNS.filter((c) => !DAY_COLUMNS.includes(c));
const DIM_COLUMNS = ["received", "answered", "late", "onTime"] as const;

/** Main summary columns grouped in summaryStatement, in GROUPING() bit order (first = most significant). */
export const SUMMARY_GROUP_COLUMNS = ["kind", "channel", "serviceUnitId", "departmentId"] as const;

/** Sums of a summary row set; `days` is the histogram of days to answer (lib/dashboard/histogram.ts). */
export interface SummaryRow {
  /** GROUPING(...) bit set: column aggregated away. */
  mask: number;
  kind: string | null;
  channel: string | null;
  serviceUnitId: string | null;
  departmentId: string | null;
  days: number[];
  [measure: string]: number | string | null | number[];
}

export interface DimRow {
  dim: "category" | "locale";
  /** Category id or locale; null: uncategorised. */
  value: string | null;
  received: number;
  answered: number;
  late: number;
  onTime: number;
  days: number[];
}

/**
 * The pre-counted figures of the cases received in the tiles (migration dashboard_summary):
 * totals and the kind / channel / service unit / department breakdowns with every measure.
 * "late" and "onTime" are the settled parts only; pendingStatement adds the rest. Reads a
 * few thousand summary rows, whatever the number of cases.
 */
export async function summaryStatement(db: Db, set: CaseSet, tiles: CalendarTiles): Promise<SummaryRow[]> {
  return db.$queryRaw<SummaryRow[]>`
    SELECT GROUPING("kind", "channel", "serviceUnitId", "departmentId")::int AS "mask", "kind", "channel",
           NULLIF("serviceUnitId", '') AS "serviceUnitId", NULLIF("departmentId", '') AS "departmentId",
           ${sumOf(MAIN_COLUMNS)}, ${histogramOf()}
    FROM ${caseFigures(set, tiles, Prisma.sql`"dim" = ''`)}
    GROUP BY GROUPING SETS ((), ("kind"), ("channel"), ("serviceUnitId"), ("departmentId"))`;
}

/**
 * The category and language breakdowns of the same cases, from their own summary rows. A
 * statement of its own so that it runs beside summaryStatement (two cores).
 */
export async function summaryDimsStatement(db: Db, set: CaseSet, tiles: CalendarTiles): Promise<DimRow[]> {
  return db.$queryRaw<DimRow[]>`
    SELECT "dim", NULLIF("value", '') AS "value", ${sumOf(DIM_COLUMNS)}, ${histogramOf()}
    FROM ${caseFigures(set, tiles, Prisma.sql`"dim" <> ''`)}
    GROUP BY "dim", "value"`;
}

// ---------------------------------------------------------------------------------------

/** Columns grouped in pendingStatement, in GROUPING() bit order (first = most significant). */
export const PENDING_GROUP_COLUMNS = ["kind", "channel", "serviceUnitId", "departmentId", "categoryId", "locale"] as const;
export type PendingGroupColumn = (typeof PENDING_GROUP_COLUMNS)[number];

export interface PendingGroup {
  mask: number;
  kind: string | null;
  channel: string | null;
  serviceUnitId: string | null;
  departmentId: string | null;
  categoryId: string | null;
  locale: string | null;
  late: number;
  onTime: number;
}

export interface CommentRow {
  reference: string;
  ratedOn: string;
  score: number;
  comment: string;
}

export interface PendingResult {
  /** Cases received in the range with a term still open and none met late: late / on time as of now. */
  groups: PendingGroup[];
  /** Of those answered in the range, the ones on time now, per week of the answer (Monday, Sofia). */
  answered: { week: string; onTime: number }[];
  /** Open terms past their end, of cases received in the range. */
  clocks: { clock: string; late: number }[];
  comments: CommentRow[];
}

/**
 * What the summary cannot hold because it changes with the clock (lib/dashboard/types.ts:
 * a term still open is late once its end passes): the cases with an open term and none met
 * late (a few thousand: the ones being handled), read from Case_dashboard_pending_idx; the
 * open terms past their end; and the latest rating comments (Rating.caseReceivedAt).
 */
export async function pendingStatement(
  db: Db,
  set: CaseSet,
  range: Instants,
  now: Date,
  options: { comments: number },
): Promise<PendingResult> {
  const inRange = (column: Prisma.Sql) => Prisma.sql`(${column} >= ${range.from} AND ${column} < ${range.to})`;
  const rows = await db.$queryRaw<{ result: PendingResult }[]>`
    WITH pending AS MATERIALIZED (
      SELECT c."kind"::text AS "kind", c."channel"::text AS "channel", c."serviceUnitId"::text AS "serviceUnitId",
             c."departmentId"::text AS "departmentId", c."categoryId"::text AS "categoryId", c."locale"::text AS "locale",
             ${inRange(Prisma.sql`c."receivedAt"`)} AS "received",
             coalesce(${inRange(Prisma.sql`c."answeredAt"`)}, false) AS "answered",
             to_char(date_trunc('week', c."answeredAt" AT TIME ZONE 'Europe/Sofia'), 'YYYY-MM-DD') AS "answerWeek",
             c."nextDueAt" < ${now} AS "late",
             c."metOnTime" AND c."nextDueAt" >= ${now} AS "onTime"
      FROM "Case" c
      WHERE c."nextDueAt" IS NOT NULL AND NOT c."metLate" AND ${caseSetWhere(set)}
        AND (${inRange(Prisma.sql`c."receivedAt"`)} OR ${inRange(Prisma.sql`c."answeredAt"`)})
    )
    SELECT json_build_object(
      'groups', (SELECT coalesce(json_agg(g), '[]'::json) FROM (
        SELECT GROUPING("kind", "channel", "serviceUnitId", "departmentId", "categoryId", "locale")::int AS "mask",
               "kind", "channel", "serviceUnitId", "departmentId", "categoryId", "locale",
               count(*) FILTER (WHERE "late")::int AS "late", count(*) FILTER (WHERE "onTime")::int AS "onTime"
        FROM pending WHERE "received"
        GROUP BY GROUPING SETS ((), ("kind"), ("channel"), ("serviceUnitId"), ("departmentId"), ("categoryId"), ("locale"))) g),
      'answered', (SELECT coalesce(json_agg(a), '[]'::json) FROM (
        SELECT "answerWeek" AS "week", count(*) FILTER (WHERE "onTime")::int AS "onTime"
        FROM pending WHERE "answered" GROUP BY 1) a),
      'clocks', (SELECT coalesce(json_agg(k), '[]'::json) FROM (
        -- A case with an open term past its end has nextDueAt < now (the earliest open end):
        -- starting from those few cases (Case_dashboard_pending_idx) rather than from the
        -- clocks lets PostgreSQL visit only their terms.
        SELECT k."clock"::text AS "clock", count(*)::int AS "late"
        FROM "Case" c JOIN "CaseClock" k ON k."caseId" = c."id"
        WHERE c."nextDueAt" < ${now} AND ${caseSetWhere(set)} AND ${inRange(Prisma.sql`c."receivedAt"`)}
          AND k."state" = ANY(${[...OPEN_CLOCK_STATES]}::"ClockState"[]) AND k."dueAt" < ${now}
        GROUP BY 1) k),
      'comments', (SELECT coalesce(json_agg(x), '[]'::json) FROM (
        SELECT c."reference", to_char(r."ratedAt" AT TIME ZONE 'Europe/Sofia', 'YYYY-MM-DD') AS "ratedOn", r."score", r."comment"
        FROM "Rating" r JOIN "Case" c ON c."id" = r."caseId"
        WHERE r."ratedAt" IS NOT NULL AND r."score" IS NOT NULL AND btrim(coalesce(r."comment", '')) <> ''
          AND ${inRange(Prisma.sql`r."caseReceivedAt"`)} AND ${caseSetWhere(set)}
        ORDER BY r."ratedAt" DESC, c."reference" DESC
        LIMIT ${options.comments}) x)
    ) AS "result"`;
  return rows[0]!.result;
}

// ---------------------------------------------------------------------------------------

export interface WeekRow {
  /** R: received, A: answered. */
  family: "R" | "A";
  /** Monday (Sofia). */
  week: string;
  cases: number;
  /** Family A: on time for good (pendingStatement adds those on time as of now). */
  onTime: number;
}

/** Cases received and answered per week of the range, from "CaseWeekFigure" and the changes not folded yet. */
export async function weeklyStatement(db: Db, set: CaseSet, tiles: WeekTiles): Promise<WeekRow[]> {
  const where = Prisma.sql`(("grain" = 'W' AND "period" = ANY(${[...tiles.weeks]}::date[]))
      OR ("grain" = 'D' AND "period" = ANY(${[...tiles.days]}::date[])))
    AND ${summarySetWhere(set)}`;
  return db.$queryRaw<WeekRow[]>`
    SELECT "family", to_char(date_trunc('week', "period"), 'YYYY-MM-DD') AS "week", sum("cases")::int AS "cases", sum("onTime")::int AS "onTime"
    FROM (
      SELECT "family", "period", "cases", "onTime" FROM "CaseWeekFigure" WHERE "family" IN ('R', 'A') AND ${where}
      UNION ALL
      SELECT "family", "period", "received", "onTime" FROM "CaseFigureDelta" WHERE "family" <> 'F' AND ${where}
    ) w
    GROUP BY 1, 2`;
}

// ---------------------------------------------------------------------------------------

export interface LiveResult {
  receivedToday: number;
  receivedThisWeek: number;
  receivedThisMonth: number;
  open: number;
  dueSoon: number;
  overdue: number;
  receivedPrevious: number;
  answeredCurrent: number;
  answeredOnTimeCurrent: number;
  answeredPrevious: number;
  answeredOnTimePrevious: number;
}

export interface LivePeriods {
  /** [00:00 today, 24:00 today) Sofia. */
  today: Instants;
  /** Monday 00:00 → 24:00 today. */
  week: Instants;
  /** The 1st 00:00 → 24:00 today. */
  month: Instants;
  /** The same days of last month. */
  previous: Instants;
  /** now + the due-soon window. */
  dueBy: Date;
}

/** Current state and the month comparison, one round trip of independent counts. */
export async function liveStatement(db: Db, set: CaseSet, p: LivePeriods, now: Date): Promise<LiveResult> {
  const where = caseSetWhere(set);
  const count = (condition: Prisma.Sql) => Prisma.sql`(SELECT count(*)::int FROM "Case" c WHERE ${where} AND ${condition})`;
  const received = (r: Instants) => count(Prisma.sql`c."receivedAt" >= ${r.from} AND c."receivedAt" < ${r.to}`);
  const answered = (r: Instants, onTime: boolean) =>
    count(
      onTime
        ? Prisma.sql`c."answeredAt" >= ${r.from} AND c."answeredAt" < ${r.to} AND ${onTimeCase(now)}`
        : Prisma.sql`c."answeredAt" >= ${r.from} AND c."answeredAt" < ${r.to}`,
    );
  const rows = await db.$queryRaw<LiveResult[]>`
    SELECT ${received(p.today)} AS "receivedToday",
           ${received(p.week)} AS "receivedThisWeek",
           ${received(p.month)} AS "receivedThisMonth",
           ${count(Prisma.sql`c."status" = ANY(${[...HANDLED_STATUSES]}::"CaseStatus"[])`)} AS "open",
           ${count(Prisma.sql`c."nextDueAt" >= ${now} AND c."nextDueAt" <= ${p.dueBy}`)} AS "dueSoon",
           ${count(Prisma.sql`c."nextDueAt" < ${now}`)} AS "overdue",
           ${received(p.previous)} AS "receivedPrevious",
           ${answered(p.month, false)} AS "answeredCurrent",
           ${answered(p.month, true)} AS "answeredOnTimeCurrent",
           ${answered(p.previous, false)} AS "answeredPrevious",
           ${answered(p.previous, true)} AS "answeredOnTimePrevious"`;
  return rows[0]!;
}
