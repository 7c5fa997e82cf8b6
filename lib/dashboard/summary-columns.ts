// The measure columns of "CaseFigure" (migration dashboard_summary, prisma/schema.prisma),
// listed once: the SQL of lib/dashboard/queries.ts sums them by these names, and
// tests/unit/dashboard-summary.test.ts checks the schema and the migration against them.
import { CLOCK_TYPES, type ClockType } from "@/lib/domain/kinds";
import { NOT_OWED_REASONS, type NotOwedReason } from "@/lib/cases/list-cases";

/** Whole Sofia days from receipt to answer, 0..119; the last bucket (120) is "120 days or more". */
export const DAY_BUCKETS = 121;

export const BASE_MEASURES = ["received", "answered", "anonymous", "late", "onTime", "linksSent", "rated", "scoreSum"] as const;
export type BaseMeasure = (typeof BASE_MEASURES)[number];

export const SCORES = [1, 2, 3, 4, 5] as const;

export const CLOCK_MEASURES = ["cases", "onTime", "late"] as const;

export const scoreColumn = (score: number) => `score${score}`;
export const notOwedColumn = (reason: NotOwedReason) => `notOwed_${reason}`;
export const clockColumn = (clock: ClockType, measure: (typeof CLOCK_MEASURES)[number]) => `clock_${clock}_${measure}`;
export const dayColumn = (day: number) => `days_${day}`;
export const DAY_COLUMNS: readonly string[] = Array.from({ length: DAY_BUCKETS }, (_, i) => dayColumn(i));

/** Every measure column, in table order. */
export const MEASURE_COLUMNS: readonly string[] = [
  ...BASE_MEASURES,
  ...SCORES.map(scoreColumn),
  ...NOT_OWED_REASONS.map(notOwedColumn),
  ...CLOCK_TYPES.flatMap((c) => CLOCK_MEASURES.map((m) => clockColumn(c, m))),
  ...DAY_COLUMNS,
];
