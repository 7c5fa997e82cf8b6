// Demo mode fills a fresh database with Momchilgrad's structure and realistic cases;
// every demo row is marked so one setting (HARTA_DEMO=false) keeps them out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDb, type TestDb } from "@/tests/support/db";
import { seedDemo, DEMO_CASE_COUNT } from "@/lib/db/seed-demo";
import { KINDS, CHANNELS, LOCALES } from "@/lib/domain/kinds";

let t: TestDb;
beforeAll(async () => {
  t = await startTestDb();
});
afterAll(async () => {
  await t?.close();
});

describe("demo data", () => {
  it("seeds departments, three service units, categories, staff for every role and a few hundred cases", async () => {
    const started = Date.now();
    await seedDemo(t.db.prisma);
    console.log(`seeded ${DEMO_CASE_COUNT} demo cases in ${Date.now() - started} ms`);
    const p = t.db.prisma;
    expect(await p.serviceUnit.count()).toBe(3);
    expect(await p.department.count()).toBeGreaterThanOrEqual(8);
    expect(await p.category.count()).toBeGreaterThan(20);
    const roles = new Set((await p.user.findMany()).map((u) => u.role));
    expect([...roles].sort()).toEqual(["ADMIN", "CLERK", "HEAD", "INTEGRITY", "MANAGER", "OFFICER"]);
    const cases = await p.case.findMany({ select: { kind: true, channel: true, locale: true, status: true, isDemo: true, anonymous: true } });
    expect(cases).toHaveLength(DEMO_CASE_COUNT);
    expect(cases.every((c) => c.isDemo)).toBe(true);
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(KINDS));
    expect(new Set(cases.map((c) => c.channel))).toEqual(new Set(CHANNELS));
    expect(new Set(cases.map((c) => c.locale))).toEqual(new Set(LOCALES));
    expect(new Set(cases.map((c) => c.status)).size).toBeGreaterThanOrEqual(5);
    expect(cases.some((c) => c.anonymous)).toBe(true);
    // Every case has its CASE_RECEIVED event in the outbox.
    expect(await p.event.count({ where: { type: "CASE_RECEIVED" } })).toBe(DEMO_CASE_COUNT);
    // Improvement actions, each prompted by demo cases it links (none of a restricted kind).
    const actions = await p.improvementAction.findMany({ include: { cases: { include: { case: { select: { kind: true } } } } } });
    expect(actions.length).toBeGreaterThanOrEqual(5);
    expect(actions.every((a) => a.isDemo)).toBe(true);
    expect(actions.filter((a) => a.cases.length > 0).length).toBeGreaterThanOrEqual(4);
    expect(actions.flatMap((a) => a.cases).some((l) => l.case.kind === "CORRUPTION_SIGNAL" || l.case.kind === "WHISTLEBLOWER_REPORT")).toBe(false);
  });

  it("does nothing the second time", async () => {
    await seedDemo(t.db.prisma);
    expect(await t.db.prisma.case.count()).toBe(DEMO_CASE_COUNT);
  });
});
