// The pre-counted dashboard figures (migration dashboard_summary, lib/dashboard/summary.ts):
// what the triggers keep incrementally equals a count from scratch, folding the pending
// changes never changes a figure, and folding while citizens submit loses nothing.
// (Every figure against its case list: tests/integration/dashboard.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDb, type TestDb } from "@/tests/support/db";
import { complaintInput, submit } from "@/tests/support/fixtures";
import { seedDemo } from "@/lib/db/seed-demo";
import { sofiaDate } from "@/lib/domain/deadlines";
import { addYearsIso } from "@/lib/domain/iso-date";
import { loadFigures } from "@/lib/dashboard/figures";
import { compactCaseFigures, rebuildCaseFigures } from "@/lib/dashboard/summary";
import { dashboardScope, type DashboardFilter, type DashboardScope } from "@/lib/dashboard/types";

// The manager's scope (with the latest comments) and the integrity officer's (restricted kinds).
const MANAGER = dashboardScope({ role: "MANAGER", departmentId: null }) as DashboardScope;
const INTEGRITY = dashboardScope({ role: "INTEGRITY", departmentId: null }) as DashboardScope;

let t: TestDb;

beforeAll(async () => {
  t = await startTestDb();
  await t.reset();
  await seedDemo(t.db.prisma, { cases: 300 });
});
afterAll(async () => {
  await t?.close();
});

/** Every stored count, as comparable text (rows whose counts are all zero carry nothing). */
async function tables(): Promise<{ figures: string[]; weeks: string[] }> {
  const db = t.db.prisma;
  const figures = await db.$queryRawUnsafe<{ row: string }[]>(
    `SELECT f::text AS "row" FROM "CaseFigure" f WHERE "received" <> 0 ORDER BY "grain", "period", "kind", "departmentId", "channel", "serviceUnitId", "dim", "value"`,
  );
  const weeks = await db.$queryRawUnsafe<{ row: string }[]>(
    `SELECT w::text AS "row" FROM "CaseWeekFigure" w WHERE "cases" <> 0 OR "onTime" <> 0 ORDER BY "family", "grain", "period", "kind", "departmentId", "channel", "serviceUnitId"`,
  );
  return { figures: figures.map((r) => r.row), weeks: weeks.map((r) => r.row) };
}

const deltaRows = async () => Number((await t.db.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS "n" FROM "CaseFigureDelta"`))[0]!.n);

/** The last five years up to today — a Sofia day (after 22:00 UTC it is already tomorrow there). */
const fiveYears = (now: Date): DashboardFilter => {
  const to = sofiaDate(now);
  return { from: addYearsIso(to, -5), to };
};

describe("pre-counted figures", () => {
  it("folding the pending changes changes no figure, and the incremental counts equal a count from scratch", async () => {
    const now = new Date();
    expect(await deltaRows()).toBeGreaterThan(0); // the demo's cases went through the triggers
    const before = await loadFigures(MANAGER, fiveYears(now), { now });
    const restrictedBefore = await loadFigures(INTEGRITY, fiveYears(now), { now });
    expect(before.received.count).toBeGreaterThan(100);

    const folded = await compactCaseFigures(t.db.prisma);
    expect(folded).toBeGreaterThan(0);
    expect(await deltaRows()).toBe(0);
    expect(await loadFigures(MANAGER, fiveYears(now), { now })).toEqual(before);
    expect(await loadFigures(INTEGRITY, fiveYears(now), { now })).toEqual(restrictedBefore);

    const incremental = await tables();
    expect(incremental.figures.length).toBeGreaterThan(100);
    expect(incremental.weeks.length).toBeGreaterThan(100);
    await rebuildCaseFigures(t.db.prisma);
    expect(await tables()).toEqual(incremental);
    expect(await loadFigures(MANAGER, fiveYears(now), { now })).toEqual(before);
  });

  it("folding while citizens submit loses nothing and counts nothing twice", async () => {
    const now = new Date();
    const before = await loadFigures(MANAGER, fiveYears(now), { now });
    const submissions = Array.from({ length: 12 }, (_, i) => submit(t.db.prisma, { ...complaintInput, subject: `Concurrent ${i}` }));
    const folds = Array.from({ length: 4 }, () => compactCaseFigures(t.db.prisma));
    await Promise.all([...submissions, ...folds]);
    const after = new Date();
    const mid = await loadFigures(MANAGER, fiveYears(after), { now: after });
    expect(mid.received.count).toBe(before.received.count + 12);
    await compactCaseFigures(t.db.prisma);
    expect(await deltaRows()).toBe(0);
    expect(await loadFigures(MANAGER, fiveYears(after), { now: after })).toEqual(mid);
    const incremental = await tables();
    await rebuildCaseFigures(t.db.prisma);
    expect(await tables()).toEqual(incremental);
  });
});
