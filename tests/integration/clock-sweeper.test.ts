// The sweeper turns crossed warning and due instants into SLA_WARNING / SLA_BREACHED
// exactly once, however often and however many sweepers run.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestDb, type TestDb } from "@/tests/support/db";
import { submitFeedback } from "@/lib/cases/submit-feedback";
import { sweepClocks } from "@/lib/clocks/sweeper";
import { verifyAuditChain } from "@/lib/audit/verify";

let t: TestDb;
beforeAll(async () => {
  t = await startTestDb();
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.reset();
});

const complaint = {
  kind: "COMPLAINT",
  subject: "Неизвозен боклук",
  body: "Контейнерите на ул. Христо Ботев не са извозвани от две седмици.",
  anonymous: false,
  name: "Мария Иванова",
  phone: "+359 888 111 222",
  consent: true,
  locale: "bg",
};

async function newComplaint(receivedAt: Date) {
  const r = await submitFeedback({ input: complaint, client: { clientKey: "t" }, trusted: true, receivedAt });
  return t.db.prisma.case.findUniqueOrThrow({ where: { reference: r.reference }, include: { clocks: true } });
}

describe("clock sweeper", () => {
  it("warns at the warning instant, breaches at the due instant, once each", async () => {
    const c = await newComplaint(new Date("2026-01-05T09:00:00Z"));
    const decide = c.clocks.find((k) => k.clock === "DECIDE")!;
    expect(decide.warnAt!.getTime()).toBeLessThan(decide.dueAt.getTime());

    const beforeWarning = new Date(decide.warnAt!.getTime() - 1000);
    expect(await sweepClocks(t.db.prisma, beforeWarning)).toEqual({ warned: 0, breached: 0 });

    const atWarning = new Date(decide.warnAt!.getTime() + 1000);
    expect(await sweepClocks(t.db.prisma, atWarning)).toEqual({ warned: 1, breached: 0 });
    expect(await sweepClocks(t.db.prisma, atWarning)).toEqual({ warned: 0, breached: 0 });

    const afterDue = new Date(decide.dueAt.getTime() + 1000);
    // NOTIFY counts 7 days from DECIDE's last day, so it is not even warned yet.
    expect(await sweepClocks(t.db.prisma, afterDue)).toEqual({ warned: 0, breached: 1 });
    expect(await sweepClocks(t.db.prisma, afterDue)).toEqual({ warned: 0, breached: 0 });

    const events = await t.db.prisma.event.findMany({ where: { caseId: c.id, type: { in: ["SLA_WARNING", "SLA_BREACHED"] } }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.type, (e.data as { clock: string }).clock])).toEqual([
      ["SLA_WARNING", "DECIDE"],
      ["SLA_BREACHED", "DECIDE"],
    ]);
    expect((await t.db.prisma.caseClock.findUniqueOrThrow({ where: { id: decide.id } })).state).toBe("BREACHED");
    expect((await verifyAuditChain(t.db.prisma)).ok).toBe(true);
  });

  it("reports a term that fell due while no server ran as breached, not warned, in the first sweep", async () => {
    const c = await newComplaint(new Date("2025-01-06T09:00:00Z"));
    const result = await sweepClocks(t.db.prisma, new Date("2026-11-29T12:00:00Z"));
    expect(result).toEqual({ warned: 0, breached: 2 });
    const types = (await t.db.prisma.event.findMany({ where: { caseId: c.id, type: { startsWith: "SLA_" } } })).map((e) => e.type);
    expect(types).toEqual(["SLA_BREACHED", "SLA_BREACHED"]);
  });

  it("never touches met, stopped or paused terms", async () => {
    const c = await newComplaint(new Date("2025-01-06T09:00:00Z"));
    await t.db.prisma.caseClock.updateMany({ where: { caseId: c.id, clock: "DECIDE" }, data: { state: "MET", metAt: new Date("2025-02-01T10:00:00Z") } });
    await t.db.prisma.caseClock.updateMany({ where: { caseId: c.id, clock: "NOTIFY" }, data: { state: "PAUSED" } });
    expect(await sweepClocks(t.db.prisma, new Date("2026-11-29T12:00:00Z"))).toEqual({ warned: 0, breached: 0 });
  });

  it("reports each crossing once when several sweepers run at the same time", async () => {
    for (let i = 0; i < 5; i++) await newComplaint(new Date("2025-01-06T09:00:00Z"));
    const now = new Date("2026-11-29T12:00:00Z");
    const results = await Promise.all([sweepClocks(t.db.prisma, now), sweepClocks(t.db.prisma, now), sweepClocks(t.db.prisma, now)]);
    expect(results.reduce((n, r) => n + r.breached, 0)).toBe(10);
    expect(await t.db.prisma.event.count({ where: { type: "SLA_BREACHED" } })).toBe(10);
  });
});
