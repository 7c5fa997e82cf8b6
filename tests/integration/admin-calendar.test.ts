// The administrator's calendar overrides: declared days off, working Saturdays and local
// holidays move the open legal terms they touch, and every move says why.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestDb, type TestDb } from "@/tests/support/db";
import { gql } from "@/tests/support/graphql";
import { complaintInput, makeOrg, makeUser, submit, type Org } from "@/tests/support/fixtures";
import type { Viewer } from "@/lib/auth/viewer";
import { sweepClocks } from "@/lib/clocks/sweeper";
import { setCalendarOverride } from "@/lib/admin/calendar";
import { computeClocks, sofiaDate, startOfSofiaDay } from "@/lib/domain/deadlines";
import { WorkingCalendar } from "@/lib/domain/calendar";
import { DEFAULT_POLICIES } from "@/lib/domain/policy";
import { addDaysIso, addMonthsIso } from "@/lib/domain/iso-date";
import { verifyAuditChain } from "@/lib/audit/verify";

let t: TestDb;
let org: Org;
beforeAll(async () => {
  t = await startTestDb();
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.reset();
  org = await makeOrg(t.db.prisma);
});

type Errors = { errors?: readonly { extensions?: Record<string, unknown>; message: string }[] };
const code = (r: Errors) => r.errors?.[0]?.extensions?.code;

async function ok<T>(document: string, variables: Record<string, unknown>, viewer: Viewer | null): Promise<T> {
  const r = await gql<T>(document, variables, { viewer });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as T;
}

const SET = `mutation($d: Date!, $t: CalendarOverrideType!, $n: String) {
  setCalendarOverride(date: $d, type: $t, note: $n) { override { date type note } recountedCases recountedClocks } }`;
const REMOVE = `mutation($d: Date!) { removeCalendarOverride(date: $d) { override { date } recountedCases recountedClocks } }`;
const LIST = `{ calendarOverrides { date type note } }`;

async function clocksOf(caseId: string) {
  const rows = await t.db.prisma.caseClock.findMany({ where: { caseId }, orderBy: { dueAt: "asc" } });
  return Object.fromEntries(rows.map((k) => [k.clock, { dueDate: k.dueDate.toISOString().slice(0, 10), state: k.state, warnAt: k.warnAt, dueAt: k.dueAt }]));
}

/** A complaint received at 10:00 Sofia time on `date`. */
const receivedOn = (date: string) => new Date(startOfSofiaDay(date).getTime() + 10 * 3600_000);

describe("calendar overrides", () => {
  it("declaring a day off moves the due date of an open complaint whose last day it was, and records why", async () => {
    // Received Thu 12 Nov 2026: two months end on Tue 12 Jan 2027, a working day.
    const c = await submit(t.db.prisma, complaintInput, { receivedAt: receivedOn("2026-11-12") });
    expect((await clocksOf(c.id)).DECIDE!.dueDate).toBe("2027-01-12");
    expect((await clocksOf(c.id)).NOTIFY!.dueDate).toBe("2027-01-19");
    // A complaint whose term ended before that day is not touched.
    const earlier = await submit(t.db.prisma, complaintInput, { receivedAt: receivedOn("2026-10-01") });
    const earlierBefore = await clocksOf(earlier.id);

    const data = await ok<{ setCalendarOverride: { recountedCases: number; recountedClocks: number } }>(
      SET,
      { d: "2027-01-12", t: "DAY_OFF", n: "Решение на Министерския съвет" },
      org.admin,
    );
    expect(data.setCalendarOverride).toEqual({
      override: { date: "2027-01-12", type: "DAY_OFF", note: "Решение на Министерския съвет" },
      recountedCases: 1,
      recountedClocks: 2,
    });

    const after = await clocksOf(c.id);
    expect(after.DECIDE!.dueDate).toBe("2027-01-13");
    // NOTIFY counts from the end of the DECIDE term, so it moves along.
    expect(after.NOTIFY!.dueDate).toBe("2027-01-20");
    expect(await clocksOf(earlier.id)).toEqual(earlierBefore);
    const row = await t.db.prisma.case.findUniqueOrThrow({ where: { id: c.id }, select: { nextDueAt: true } });
    expect(row.nextDueAt).toEqual(after.DECIDE!.dueAt);

    // Why: one CASE_UPDATED on the case, one audit record of the settings change.
    const events = await t.db.prisma.event.findMany({ where: { caseId: c.id, type: "CASE_UPDATED" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({
      reason: "CALENDAR_CHANGED",
      date: "2027-01-12",
      kind: "COMPLAINT",
      clocks: expect.arrayContaining([{ clock: "DECIDE", before: "2027-01-12", after: "2027-01-13", state: "RUNNING" }]),
    });
    const audit = await t.db.prisma.auditRecord.findFirstOrThrow({ where: { action: "SETTINGS_CHANGED" } });
    expect(audit).toMatchObject({ actorId: org.admin.id, entityType: "CalendarOverride", entityId: "2027-01-12", before: null });
    expect(audit.after).toMatchObject({ type: "DAY_OFF", recountedCases: 1, recountedClocks: 2 });
    expect((await verifyAuditChain(t.db.prisma)).ok).toBe(true);

    // The case's timeline shows the move.
    const tl = await ok<{ case: { timeline: { action: string }[] } }>(`query($id: ID!) { case(id: $id) { timeline { action } } }`, { id: c.id }, org.head);
    expect(tl.case.timeline.map((e) => e.action)).toContain("CASE_UPDATED");

    // Removing the override moves the terms back, and says so again.
    const removed = await ok<{ removeCalendarOverride: { override: null; recountedCases: number } }>(REMOVE, { d: "2027-01-12" }, org.admin);
    expect(removed.removeCalendarOverride).toEqual({ override: null, recountedCases: 1, recountedClocks: 2 });
    expect((await clocksOf(c.id)).DECIDE!.dueDate).toBe("2027-01-12");
    expect(await t.db.prisma.event.count({ where: { caseId: c.id, type: "CASE_UPDATED" } })).toBe(2);
    expect(await ok(LIST, {}, org.admin)).toEqual({ calendarOverrides: [] });
  });

  it("a working Saturday can pull a due date back", async () => {
    // Received Mon 16 Nov 2026: two months end on Sat 16 Jan 2027, rolled to Mon 18 Jan.
    const c = await submit(t.db.prisma, complaintInput, { receivedAt: receivedOn("2026-11-16") });
    expect((await clocksOf(c.id)).DECIDE!.dueDate).toBe("2027-01-18");

    const data = await ok<{ setCalendarOverride: { recountedCases: number } }>(SET, { d: "2027-01-16", t: "WORKING_DAY" }, org.admin);
    expect(data.setCalendarOverride.recountedCases).toBe(1);
    const after = await clocksOf(c.id);
    expect(after.DECIDE!.dueDate).toBe("2027-01-16");
    expect(after.NOTIFY!.dueDate).toBe("2027-01-25"); // 16 Jan + 7 = Sat 23 Jan → Mon 25 Jan
    expect(await ok(LIST, {}, org.admin)).toEqual({ calendarOverrides: [{ date: "2027-01-16", type: "WORKING_DAY", note: "" }] });
  });

  it("a breached term that a day off moves past today runs again, warned", async () => {
    const calendar = new WorkingCalendar();
    const today = sofiaDate(new Date());
    // The last working day before today, and a complaint whose decision was due then.
    const due = calendar.previousWorkingDay(addDaysIso(today, -1));
    let receipt: string | null = null;
    for (let k = -3; k <= 3 && !receipt; k++) {
      const candidate = addDaysIso(addMonthsIso(due, -2), k);
      const decide = computeClocks(DEFAULT_POLICIES.COMPLAINT, receivedOn(candidate), calendar).find((x) => x.clock === "DECIDE")!;
      if (decide.dueDate === due) receipt = candidate;
    }
    expect(receipt).not.toBeNull();
    const c = await submit(t.db.prisma, complaintInput, { receivedAt: receivedOn(receipt!) });
    await sweepClocks(t.db.prisma);
    expect((await clocksOf(c.id)).DECIDE!.state).toBe("BREACHED");

    await ok(SET, { d: due, t: "DAY_OFF" }, org.admin);
    const decide = (await clocksOf(c.id)).DECIDE!;
    expect(decide.dueDate > due).toBe(true);
    expect(decide.dueAt.getTime()).toBeGreaterThan(Date.now());
    expect(decide.state).toBe(decide.warnAt!.getTime() <= Date.now() ? "WARNED" : "RUNNING");
    // And the sweeper does not breach it again before its new due instant.
    await sweepClocks(t.db.prisma);
    expect((await clocksOf(c.id)).DECIDE!.state).toBe(decide.state);
  });

  it("met and stopped terms do not move", async () => {
    const c = await submit(t.db.prisma, complaintInput, { receivedAt: receivedOn("2026-11-12") });
    await t.db.prisma.caseClock.updateMany({ where: { caseId: c.id }, data: { state: "STOPPED" } });
    const data = await ok<{ setCalendarOverride: { recountedCases: number } }>(SET, { d: "2027-01-12", t: "LOCAL_HOLIDAY" }, org.admin);
    expect(data.setCalendarOverride.recountedCases).toBe(0);
    expect((await clocksOf(c.id)).DECIDE!.dueDate).toBe("2027-01-12");
  });

  it("refuses a working day on a weekday or an official holiday, naming the field", async () => {
    for (const d of ["2027-01-13", "2026-12-24"]) {
      const r = await gql(SET, { d, t: "WORKING_DAY" }, { viewer: org.admin });
      expect(code(r)).toBe("BAD_USER_INPUT");
      expect(r.errors![0]!.extensions!.fieldErrors).toEqual([expect.objectContaining({ field: "type", code: "CALENDAR_CONFLICT" })]);
    }
    await expect(setCalendarOverride({ viewer: org.admin, date: "2027-02-30", type: "DAY_OFF" })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fieldErrors: [{ field: "date", code: "INVALID_DATE" }],
    });
    await expect(setCalendarOverride({ viewer: org.admin, date: "2027-02-03", type: "HOLIDAY", note: "x".repeat(201) })).rejects.toMatchObject({
      fieldErrors: [
        { field: "type", code: "INVALID_CHOICE" },
        { field: "note", code: "TOO_LONG", params: { max: 200 } },
      ],
    });
    expect(await t.db.prisma.calendarOverride.count()).toBe(0);
  });

  it("non-admins cannot change settings", async () => {
    const c = await submit(t.db.prisma, complaintInput, { receivedAt: receivedOn("2026-11-12") });
    for (const viewer of [org.clerk, org.officer, org.head, org.manager, org.integrity]) {
      expect(code(await gql(SET, { d: "2027-01-12", t: "DAY_OFF" }, { viewer }))).toBe("FORBIDDEN");
      expect(code(await gql(REMOVE, { d: "2027-01-12" }, { viewer }))).toBe("FORBIDDEN");
      expect(code(await gql(LIST, {}, { viewer }))).toBe("FORBIDDEN");
    }
    expect(code(await gql(SET, { d: "2027-01-12", t: "DAY_OFF" }, { viewer: null }))).toBe("UNAUTHENTICATED");
    // The use case refuses on its own too (server actions call it directly).
    await expect(setCalendarOverride({ viewer: org.head, date: "2027-01-12", type: "DAY_OFF" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await t.db.prisma.calendarOverride.count()).toBe(0);
    expect((await clocksOf(c.id)).DECIDE!.dueDate).toBe("2027-01-12");
    expect(await t.db.prisma.auditRecord.count({ where: { action: "SETTINGS_CHANGED" } })).toBe(0);
  });
});

describe("calendar overrides on the demo data", () => {
  it("recounts every open term a day off moves, in one transaction, and says so per case", async () => {
    const { seedDemo } = await import("@/lib/db/seed-demo");
    await t.reset(); // the demo brings its own organisation
    await seedDemo(t.db.prisma);
    const admin = await makeUser(t.db.prisma, "ADMIN");
    const calendar = new WorkingCalendar();
    // A working day a few weeks ahead: the last day of some open terms, before many others.
    const day = calendar.nextWorkingDay(addDaysIso(sofiaDate(new Date()), 20));
    const open = await t.db.prisma.caseClock.count({ where: { state: { in: ["RUNNING", "WARNED", "BREACHED", "PAUSED"] } } });
    const started = Date.now();
    const r = await setCalendarOverride({ viewer: admin, date: day, type: "DAY_OFF" });
    expect(r.recountedCases).toBeGreaterThan(0);
    console.log(`day off ${day}: ${open} open clocks, recounted ${r.recountedCases} cases / ${r.recountedClocks} clocks in ${Date.now() - started} ms`);
    expect(await t.db.prisma.event.count({ where: { type: "CASE_UPDATED" } })).toBe(r.recountedCases);
    // No open term still ends on the day that is now a day off.
    expect(await t.db.prisma.caseClock.count({ where: { state: { in: ["RUNNING", "WARNED", "BREACHED", "PAUSED"] }, dueDate: new Date(`${day}T00:00:00Z`) } })).toBe(0);
    expect((await verifyAuditChain(t.db.prisma)).ok).toBe(true);
  });
});
