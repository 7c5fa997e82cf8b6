// The dashboard's SQL: three statements, whatever the number of cases, departments or
// categories (issue 5, "At scale": a bounded number of queries per load; style.md,
// Zammad's query budgets). Each is one named function so that performance work (indexes,
// summary tables) can change one without touching the figures built on it.
//
//   rangeStatement  — the cases RECEIVED in the range (one materialised pass): totals and
//                     every breakdown via GROUPING SETS, per-clock timeliness, ratings,
//                     latest comments.
//   liveStatement   — current state and this month against last month: index-friendly
//                     scalar subqueries, one round trip.
//   answeredWeekly  — cases ANSWERED per week of the range (trends).
//
// The definitions (on time, late, open, …) are at the top of lib/dashboard/types.ts and
// must stay identical to the case-list drill-down filters of lib/cases/list-cases.ts.
// Every value is a bound parameter (Prisma.sql tagged templates); nothing is concatenated.
import { Prisma, type PrismaClient } from "@/lib/db/generated/client";
import type { Channel, Kind } from "@/lib/domain/kinds";
import { HANDLED_STATUSES } from "@/lib/cases/lifecycle";
import { OPEN_CLOCK_STATES } from "@/lib/cases/clocks";

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

/** Columns grouped in rangeStatement, in GROUPING() bit order (first = most significant). */
export const GROUP_COLUMNS = ["kind", "channel", "serviceUnitId", "departmentId", "categoryId", "locale", "noAnswerReason", "week", "score"] as const;
export type GroupColumn = (typeof GROUP_COLUMNS)[number];

export interface GroupRow {
  /** GROUPING(...) of GROUP_COLUMNS: bit set = column aggregated away. */
  mask: number;
  kind: string | null;
  channel: string | null;
  serviceUnitId: string | null;
  departmentId: string | null;
  categoryId: string | null;
  locale: string | null;
  answerOwed: boolean | null;
  noAnswerReason: string | null;
  /** Monday (Sofia) of the week received. */
  week: string | null;
  score: number | null;
  received: number;
  answered: number;
  onTime: number;
  late: number;
  anonymous: number;
  linksSent: number;
  rated: number;
  scoreSum: number | null;
  medianDays: number | null;
  p90Days: number | null;
}

export interface ClockRow {
  clock: string;
  onTime: number;
  late: number;
}

export interface CommentRow {
  reference: string;
  ratedOn: string;
  score: number;
  comment: string;
}

export interface RangeResult {
  groups: GroupRow[];
  clocks: ClockRow[];
  comments: CommentRow[];
}

/**
 * One statement over the cases received in `range`: the cohort is read once
 * (MATERIALIZED) with each case's timeliness and rating, then grouped every way the
 * dashboard breaks it down. Returns JSON so a single row carries all three parts.
 */
export async function rangeStatement(
  db: Db,
  set: CaseSet,
  range: Instants,
  now: Date,
  options: { comments: number },
): Promise<RangeResult> {
  const rows = await db.$queryRaw<{ result: RangeResult }[]>`
    WITH cohort AS MATERIALIZED (
      SELECT c."id", c."kind"::text AS "kind", c."channel"::text AS "channel", c."serviceUnitId", c."departmentId",
             c."categoryId", c."locale"::text AS "locale", c."anonymous", c."answerOwed", c."noAnswerReason"::text AS "noAnswerReason",
             c."answeredAt" IS NOT NULL AS "answered",
             EXTRACT(EPOCH FROM (c."answeredAt" - c."receivedAt")) / 86400.0 AS "days",
             to_char(date_trunc('week', c."receivedAt" AT TIME ZONE 'Europe/Sofia'), 'YYYY-MM-DD') AS "week",
             r."caseId" IS NOT NULL AS "linkSent",
             CASE WHEN r."ratedAt" IS NOT NULL THEN r."score" END AS "score",
             ${lateTermExists(now)} AS "late",
             ${onTimeCase(now)} AS "onTime"
      FROM "Case" c
      LEFT JOIN "Rating" r ON r."caseId" = c."id"
      WHERE ${caseSetWhere(set)} AND c."receivedAt" >= ${range.from} AND c."receivedAt" < ${range.to}
    ),
    groups AS (
      SELECT GROUPING("kind", "channel", "serviceUnitId", "departmentId", "categoryId", "locale", "noAnswerReason", "week", "score") AS "mask",
             "kind", "channel", "serviceUnitId", "departmentId", "categoryId", "locale", "answerOwed", "noAnswerReason", "week", "score",
             count(*)::int AS "received",
             count(*) FILTER (WHERE "answered")::int AS "answered",
             count(*) FILTER (WHERE "onTime")::int AS "onTime",
             count(*) FILTER (WHERE "late")::int AS "late",
             count(*) FILTER (WHERE "anonymous")::int AS "anonymous",
             count(*) FILTER (WHERE "linkSent")::int AS "linksSent",
             count("score")::int AS "rated",
             sum("score")::int AS "scoreSum",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY "days") AS "medianDays",
             percentile_cont(0.9) WITHIN GROUP (ORDER BY "days") AS "p90Days"
      FROM cohort
      GROUP BY GROUPING SETS ((), ("kind"), ("channel"), ("serviceUnitId"), ("departmentId"), ("categoryId"), ("locale"),
                              ("answerOwed", "noAnswerReason"), ("week"), ("score"))
    ),
    clocks AS (
      SELECT k."clock"::text AS "clock",
             count(*) FILTER (WHERE k."state" = 'MET' AND k."metAt" <= k."dueAt")::int AS "onTime",
             count(*) FILTER (WHERE (k."state" = 'MET' AND k."metAt" > k."dueAt")
                                 OR (k."state" = ANY(${[...OPEN_CLOCK_STATES]}::"ClockState"[]) AND k."dueAt" < ${now}))::int AS "late"
      FROM "CaseClock" k JOIN cohort ON cohort."id" = k."caseId"
      GROUP BY k."clock"
    ),
    comments AS (
      SELECT c."reference", to_char(r."ratedAt" AT TIME ZONE 'Europe/Sofia', 'YYYY-MM-DD') AS "ratedOn", r."score", r."comment"
      FROM "Rating" r JOIN cohort ON cohort."id" = r."caseId" JOIN "Case" c ON c."id" = r."caseId"
      WHERE r."ratedAt" IS NOT NULL AND r."score" IS NOT NULL AND btrim(coalesce(r."comment", '')) <> ''
      ORDER BY r."ratedAt" DESC, c."reference" DESC
      LIMIT ${options.comments}
    )
    SELECT json_build_object(
      'groups', (SELECT coalesce(json_agg(groups), '[]'::json) FROM groups),
      'clocks', (SELECT coalesce(json_agg(clocks), '[]'::json) FROM clocks),
      'comments', (SELECT coalesce(json_agg(comments), '[]'::json) FROM comments)
    ) AS "result"`;
  return rows[0]!.result;
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

// ---------------------------------------------------------------------------------------

export interface AnsweredWeekRow {
  week: string;
  answered: number;
  onTime: number;
}

/** Cases answered in each week (Sofia, Monday first) of `range`, and of those the on-time ones. */
export async function answeredWeekly(db: Db, set: CaseSet, range: Instants, now: Date): Promise<AnsweredWeekRow[]> {
  return db.$queryRaw<AnsweredWeekRow[]>`
    SELECT to_char(date_trunc('week', c."answeredAt" AT TIME ZONE 'Europe/Sofia'), 'YYYY-MM-DD') AS "week",
           count(*)::int AS "answered",
           count(*) FILTER (WHERE ${onTimeCase(now)})::int AS "onTime"
    FROM "Case" c
    WHERE ${caseSetWhere(set)} AND c."answeredAt" >= ${range.from} AND c."answeredAt" < ${range.to}
    GROUP BY 1`;
}
