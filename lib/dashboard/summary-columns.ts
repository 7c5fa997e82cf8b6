// The measure columns of "CaseFigure" (migration dashboard_summary, prisma/schema.prisma),
// listed once: the SQL of lib/dashboard/queries.ts sums them by these names, and
// tests/unit/summary-columns.test.ts checks the schema against this list. Pure.
import { CLOCK_TYPES, NO_ANSWER_REASONS, type ClockType } from "@/lib/domain/kinds";
import type { NotOwedReason } from "@/lib/cases/list-cases";

/** Whole Sofia days from receipt to answer, 0..119; the last bucket (120) is "120 days or more". */
export const DAY_BUCKETS = 121;

export const BASE_MEASURES = ["received", "answered", "anonymous", "late", "onTime", "linksSent", "rated", "scoreSum"] as const;
export type BaseMeasure = (typeof BASE_MEASURES)[number];

export const SCORES = [1, 2, 3, 4, 5] as const;

/** Same order as NOT_OWED_REASONS in lib/cases/list-cases.ts (kept apart: that module reads the database). */
const REASONS: readonly NotOwedReason[] = [...NO_ANSWER_REASONS, "KIND_POLICY"];
export const CLOCK_MEASURES = ["cases", "onTime", "late"] as const;

export const scoreColumn = (score: number) => `score${score}`;
export const notOwedColumn = (reason: NotOwedReason) => `notOwed_${reason}`;
export const clockColumn = (clock: ClockType, measure: (typeof CLOCK_MEASURES)[number]) => `clock_${clock}_${measure}`;
export const dayColumn = (day: number) => `days_${day}`;

/** Every measure column, in table order. */
export const MEASURE_COLUMNS: readonly string[] = [
  ...BASE_MEASURES,
  ...SCORES.map(scoreColumn),
  ...REASONS.map(notOwedColumn),
  ...CLOCK_TYPES.flatMap((c) => CLOCK_MEASURES.map((m) => clockColumn(c, m))),
  ...Array.from({ length: DAY_BUCKETS }, (_, i) => dayColumn(i)),
];

export const NOT_OWED_COLUMN_REASONS = REASONS;
