// Terms per kind: the administrator changes them for cases received from then on; the
// terms of running cases stay as they were counted.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestDb, type TestDb } from "@/tests/support/db";
import { gql } from "@/tests/support/graphql";
import { complaintInput, makeOrg, submit, type Org } from "@/tests/support/fixtures";
import type { Viewer } from "@/lib/auth/viewer";
import { startOfSofiaDay } from "@/lib/domain/deadlines";

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

const LIST = `{ kindPolicies { kind answerOwed custom clocks { clock termDays termMonths from basis warnBeforeWorkingDays } } }`;
const UPDATE = `mutation($k: Kind!, $a: Boolean!, $c: [ClockRuleInput!]!) {
  updateKindPolicy(kind: $k, answerOwed: $a, clocks: $c) { kind custom clocks { clock termDays termMonths from } } }`;
const RESET = `mutation($k: Kind!) { resetKindPolicy(kind: $k) { kind custom clocks { clock termMonths } } }`;

const receivedOn = (date: string) => new Date(startOfSofiaDay(date).getTime() + 10 * 3600_000);
const decideDue = async (caseId: string) =>
  (await t.db.prisma.caseClock.findFirstOrThrow({ where: { caseId, clock: "DECIDE" } })).dueDate.toISOString().slice(0, 10);

const shorter = [
  { clock: "DECIDE", termDays: 30, from: "RECEIPT", basis: "Харта на клиента — 30 дни", warnBeforeWorkingDays: 5 },
  { clock: "NOTIFY", termDays: 7, from: "DECIDE", basis: "АПК чл. 123(1)" },
];

describe("terms per kind", () => {
  it("lists every kind with its legal default", async () => {
    const data = await ok<{ kindPolicies: { kind: string; custom: boolean; clocks: { clock: string; termMonths: number | null }[] }[] }>(LIST, {}, org.admin);
    expect(data.kindPolicies).toHaveLength(10);
    const complaint = data.kindPolicies.find((p) => p.kind === "COMPLAINT")!;
    expect(complaint).toMatchObject({ custom: false, answerOwed: true });
    expect(complaint.clocks[0]).toMatchObject({ clock: "DECIDE", termMonths: 2, termDays: null, from: "RECEIPT", basis: "АПК чл. 121" });
  });

  it("changing a kind's terms applies to new cases only, and is audited", async () => {
    const running = await submit(t.db.prisma, complaintInput, { receivedAt: receivedOn("2026-11-12") });
    expect(await decideDue(running.id)).toBe("2027-01-12");

    const data = await ok<{ updateKindPolicy: { custom: boolean; clocks: { clock: string; termDays: number }[] } }>(
      UPDATE,
      { k: "COMPLAINT", a: true, c: shorter },
      org.admin,
    );
    expect(data.updateKindPolicy).toMatchObject({ custom: true, clocks: [{ clock: "DECIDE", termDays: 30 }, { clock: "NOTIFY", termDays: 7 }] });

    // The running case keeps its term; a new one gets the new term (12 Nov + 30 days = Sat 12 Dec → Mon 14 Dec).
    expect(await decideDue(running.id)).toBe("2027-01-12");
    const fresh = await submit(t.db.prisma, complaintInput, { receivedAt: receivedOn("2026-11-12") });
    expect(await decideDue(fresh.id)).toBe("2026-12-14");
    // Other kinds keep theirs.
    const signal = await submit(t.db.prisma, { ...complaintInput, kind: "SIGNAL" }, { receivedAt: receivedOn("2026-11-12") });
    expect(await decideDue(signal.id)).toBe("2027-01-12");

    const audit = await t.db.prisma.auditRecord.findFirstOrThrow({ where: { action: "SETTINGS_CHANGED", entityType: "KindPolicy" } });
    expect(audit).toMatchObject({ actorId: org.admin.id, entityId: "COMPLAINT" });
    expect(audit.before).toMatchObject({ answerOwed: true, clocks: [{ clock: "DECIDE", term: { months: 2 } }, { clock: "NOTIFY" }] });
    expect(audit.after).toMatchObject({ appliesTo: "NEW_CASES", clocks: [{ clock: "DECIDE", term: { days: 30 }, warnBeforeWorkingDays: 5 }, { clock: "NOTIFY" }] });

    // A later calendar change does not count the running case under the new terms.
    await ok(`mutation { setCalendarOverride(date: "2027-01-12", type: DAY_OFF) { recountedCases } }`, {}, org.admin);
    expect(await decideDue(running.id)).toBe("2027-01-13");

    // Back to the legal default.
    const reset = await ok<{ resetKindPolicy: { custom: boolean; clocks: { termMonths: number }[] } }>(RESET, { k: "COMPLAINT" }, org.admin);
    expect(reset.resetKindPolicy).toMatchObject({ custom: false, clocks: [{ clock: "DECIDE", termMonths: 2 }, { clock: "NOTIFY" }] });
    const later = await submit(t.db.prisma, complaintInput, { receivedAt: receivedOn("2026-11-13") });
    expect(await decideDue(later.id)).toBe("2027-01-13");
    expect(await t.db.prisma.auditRecord.count({ where: { action: "SETTINGS_CHANGED", entityType: "KindPolicy" } })).toBe(2);
  });

  it("refuses an inconsistent policy, naming the rule and its field", async () => {
    const cases: [unknown[], string][] = [
      [[{ clock: "DECIDE", termDays: 30, termMonths: 1, from: "RECEIPT", basis: "x" }], "clocks.0.term"],
      [[{ clock: "DECIDE", from: "RECEIPT", basis: "x" }], "clocks.0.term"],
      [[{ clock: "DECIDE", termDays: 0, from: "RECEIPT", basis: "x" }], "clocks.0.term"],
      [[{ clock: "NOTIFY", termDays: 7, from: "DECIDE", basis: "x" }], "clocks.0.from"],
      [[{ clock: "DECIDE", termDays: 7, from: "DECIDE", basis: "x" }], "clocks.0.from"],
      [[{ clock: "DECIDE", termDays: 7, from: "RECEIPT", basis: "  " }], "clocks.0.basis"],
      [
        [
          { clock: "DECIDE", termDays: 7, from: "RECEIPT", basis: "x" },
          { clock: "DECIDE", termDays: 8, from: "RECEIPT", basis: "y" },
        ],
        "clocks.1.clock",
      ],
    ];
    for (const [clocks, field] of cases) {
      const r = await gql(UPDATE, { k: "PROPOSAL", a: true, c: clocks }, { viewer: org.admin });
      expect(code(r), JSON.stringify(clocks)).toBe("BAD_USER_INPUT");
      expect((r.errors![0]!.extensions!.fieldErrors as { field: string }[]).map((e) => e.field)).toContain(field);
    }
    expect(await t.db.prisma.auditRecord.count({ where: { action: "SETTINGS_CHANGED" } })).toBe(0);
  });

  it("non-admins cannot change settings", async () => {
    for (const viewer of [org.clerk, org.officer, org.head, org.manager, org.integrity]) {
      expect(code(await gql(UPDATE, { k: "COMPLAINT", a: true, c: shorter }, { viewer }))).toBe("FORBIDDEN");
      expect(code(await gql(RESET, { k: "COMPLAINT" }, { viewer }))).toBe("FORBIDDEN");
      expect(code(await gql(LIST, {}, { viewer }))).toBe("FORBIDDEN");
    }
    expect(code(await gql(UPDATE, { k: "COMPLAINT", a: true, c: shorter }, { viewer: null }))).toBe("UNAUTHENTICATED");
    expect(await t.db.prisma.auditRecord.count({ where: { action: "SETTINGS_CHANGED" } })).toBe(0);
  });
});
