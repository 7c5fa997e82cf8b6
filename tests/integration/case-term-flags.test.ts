// Case."metOnTime" / "metLate" / "nextDueAt" are kept by the triggers on "CaseClock"
// (migrations case_next_due and dashboard_figures) whoever writes the clocks: the
// dashboard reads them instead of each case's clocks. Checked here through every kind of
// write — insert open, insert met, update (as use cases and the sweeper do), delete —
// against what the clocks themselves say.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestDb, type TestDb } from "@/tests/support/db";
import { submitFeedback } from "@/lib/cases/submit-feedback";

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

async function newComplaint() {
  const r = await submitFeedback({ input: complaint, client: { clientKey: "t" }, trusted: true, receivedAt: new Date("2026-01-05T09:00:00Z") });
  return t.db.prisma.case.findUniqueOrThrow({ where: { reference: r.reference }, include: { clocks: true } });
}

async function flags(caseId: string) {
  return t.db.prisma.case.findUniqueOrThrow({ where: { id: caseId }, select: { metOnTime: true, metLate: true, nextDueAt: true } });
}

/** What the flags must be, from the clocks themselves (the definitions in lib/dashboard/types.ts). */
async function expected(caseId: string) {
  const clocks = await t.db.prisma.caseClock.findMany({ where: { caseId } });
  const open = clocks.filter((k) => ["RUNNING", "PAUSED", "WARNED", "BREACHED"].includes(k.state));
  return {
    metOnTime: clocks.some((k) => k.state === "MET" && k.metAt !== null && k.metAt <= k.dueAt),
    metLate: clocks.some((k) => k.state === "MET" && k.metAt !== null && k.metAt > k.dueAt),
    nextDueAt: open.length ? new Date(Math.min(...open.map((k) => k.dueAt.getTime()))) : null,
  };
}

describe("case term flags kept by the clock triggers", () => {
  it("follow inserts, updates and deletes of clocks", async () => {
    const c = await newComplaint();
    const decide = c.clocks.find((k) => k.clock === "DECIDE")!;
    const notify = c.clocks.find((k) => k.clock === "NOTIFY")!;
    expect(await flags(c.id)).toEqual({ metOnTime: false, metLate: false, nextDueAt: decide.dueAt });

    // Met on time (one statement for both clocks, as meetClocks does).
    const onTime = new Date(decide.dueAt.getTime() - 86_400_000);
    await t.db.prisma.caseClock.updateMany({ where: { caseId: c.id }, data: { state: "MET", metAt: onTime } });
    expect(await flags(c.id)).toEqual({ metOnTime: true, metLate: false, nextDueAt: null });

    // Reopened, then met late: the on-time flag goes as the clocks change.
    await t.db.prisma.caseClock.updateMany({ where: { caseId: c.id }, data: { state: "RUNNING", metAt: null } });
    expect(await flags(c.id)).toEqual({ metOnTime: false, metLate: false, nextDueAt: decide.dueAt });
    await t.db.prisma.caseClock.update({ where: { id: decide.id }, data: { state: "MET", metAt: new Date(decide.dueAt.getTime() + 1000) } });
    expect(await flags(c.id)).toEqual({ metOnTime: false, metLate: true, nextDueAt: notify.dueAt });
    await t.db.prisma.caseClock.update({ where: { id: notify.id }, data: { state: "MET", metAt: new Date(notify.dueAt.getTime() - 1000) } });
    expect(await flags(c.id)).toEqual(await expected(c.id));
    expect(await flags(c.id)).toEqual({ metOnTime: true, metLate: true, nextDueAt: null });

    // A clock inserted already met (as the forwarding term is) sets its flag.
    await t.db.prisma.caseClock.deleteMany({ where: { caseId: c.id } });
    expect(await flags(c.id)).toEqual({ metOnTime: false, metLate: false, nextDueAt: null });
    await t.db.prisma.caseClock.create({
      data: { caseId: c.id, clock: "FORWARD", dueDate: decide.dueDate, dueAt: decide.dueAt, basis: "АПК чл. 112", state: "MET", metAt: new Date(decide.dueAt.getTime() + 1000) },
    });
    expect(await flags(c.id)).toEqual({ metOnTime: false, metLate: true, nextDueAt: null });
    // … and one inserted open brings nextDueAt forward.
    await t.db.prisma.caseClock.create({
      data: { caseId: c.id, clock: "DECIDE", dueDate: decide.dueDate, dueAt: decide.dueAt, basis: decide.basis },
    });
    expect(await flags(c.id)).toEqual(await expected(c.id));
    expect((await flags(c.id)).nextDueAt).toEqual(decide.dueAt);
  });

  it("a stopped term is neither on time nor late", async () => {
    const c = await newComplaint();
    await t.db.prisma.caseClock.updateMany({ where: { caseId: c.id }, data: { state: "STOPPED" } });
    expect(await flags(c.id)).toEqual({ metOnTime: false, metLate: false, nextDueAt: null });
  });
});
