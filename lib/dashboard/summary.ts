// Upkeep of the pre-counted dashboard figures (migration dashboard_summary; the readers are
// in lib/dashboard/queries.ts). Triggers append every change of a case or rating as +1/-1
// rows to "CaseFigureDelta", so the submission path never waits on a shared counter row;
// compactCaseFigures folds those rows into "CaseFigure" / "CaseWeekFigure" — every few
// seconds, on the clock sweeper's tick (lib/clocks/sweeper.ts). Readers add the rows not
// folded yet, so a figure is exact whether or not the fold has run.
import type { PrismaClient } from "@/lib/db/generated/client";

/**
 * Folds the pending changes; returns how many delta rows it folded (-1: another instance
 * was folding at that moment). REPEATABLE READ: the rows summed and the rows deleted are
 * the same snapshot while submissions keep appending (harta_compact_case_figures).
 */
export async function compactCaseFigures(db: PrismaClient): Promise<number> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ folded: number }[]>`SELECT harta_compact_case_figures() AS "folded"`;
      return rows[0]!.folded;
    },
    // A bulk change (a calendar recount over every open case, say) can leave millions of rows
    // at once: ~4 s per million here (bench/results/dashboard.md). Prisma's default 5 s
    // would roll such a fold back on every tick for ever.
    { isolationLevel: "RepeatableRead", timeout: 600_000, maxWait: 30_000 },
  );
}

/** Counts every figure again from "Case" and "Rating" (after a bulk load with the triggers off). */
export async function rebuildCaseFigures(db: Pick<PrismaClient, "$executeRaw">): Promise<void> {
  await db.$executeRaw`SELECT harta_rebuild_case_figures()`;
}
