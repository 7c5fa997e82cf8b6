// CSV of a case list: the inbox's cases and access rules, no personal data or case text,
// formula injection made inert, cut at a cap that the file itself states.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { startTestDb, type TestDb } from "@/tests/support/db";
import { complaintInput, corruptionInput, makeOrg, submit, type Org } from "@/tests/support/fixtures";
import { answerTerm, exportCaseList } from "@/lib/export/case-list";
import { listCases } from "@/lib/cases/list-cases";
import { invalidateReferenceData } from "@/lib/cases/reference-data";
import type { Viewer } from "@/lib/auth/viewer";

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

async function rows(viewer: Viewer, filter = {}, extra: { maxRows?: number; locale?: "bg" | "en" | "tr" } = {}) {
  const out = await exportCaseList({ viewer, filter, locale: extra.locale ?? "en", maxRows: extra.maxRows });
  expect(out.csv.startsWith("\uFEFF")).toBe(true);
  const records = parse(out.csv.slice(1), { relax_column_count: true }) as string[][];
  return { ...out, header: records[0]!, body: records.slice(1) };
}

describe("case list CSV", () => {
  it("has the columns, one row per case the viewer reads, and no citizen data or text", async () => {
    const a = await submit(t.db.prisma, complaintInput);
    const b = await submit(t.db.prisma, { ...complaintInput, kind: "PROPOSAL", subject: "Пейки в парка", body: "Да се поставят пейки в парка." });
    const hidden = await submit(t.db.prisma, corruptionInput);
    const out = await rows(org.manager);
    expect(out.header).toEqual([
      "Reference",
      "Kind",
      "Channel",
      "Status",
      "Received",
      "Department",
      "Service unit",
      "Category",
      "Language",
      "Answer due",
      "Answered at",
      "On time",
      "Assignee",
    ]);
    expect(out.body.map((r) => r[0]).sort()).toEqual([a.reference, b.reference].sort());
    const row = out.body.find((r) => r[0] === a.reference)!;
    expect(row[1]).toBe("Complaint");
    expect(row[2]).toBe("Online");
    expect(row[5]).toBe("Благоустройство");
    expect(row[7]).toBe("Street lighting");
    expect(row[8]).toBe("bg");
    expect(row[9]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(row[4]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    for (const secret of [complaintInput.name!, complaintInput.email!, complaintInput.phone!, complaintInput.subject, complaintInput.body, hidden.reference]) {
      expect(out.csv).not.toContain(secret);
    }
  });

  it("follows the inbox's access rules: the integrity officer alone gets restricted kinds; other departments and clerks nothing", async () => {
    const a = await submit(t.db.prisma, complaintInput);
    const c = await submit(t.db.prisma, corruptionInput);
    expect((await rows(org.integrity)).body.map((r) => r[0])).toEqual([c.reference]);
    // Still without the whistle-blower's name: the file leaves the system's protection.
    expect((await rows(org.integrity)).csv).not.toContain(corruptionInput.name!);
    expect((await rows(org.officer)).body.map((r) => r[0])).toEqual([a.reference]);
    expect((await rows(org.officerOther)).body).toEqual([]);
    await expect(exportCaseList({ viewer: org.clerk, filter: {}, locale: "bg" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportCaseList({ viewer: org.admin, filter: {}, locale: "bg" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportCaseList({ viewer: null, filter: {}, locale: "bg" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("exports exactly the cases the inbox lists for the same filter, and reports bad filters like the inbox", async () => {
    for (let i = 0; i < 3; i++) await submit(t.db.prisma, complaintInput);
    for (let i = 0; i < 2; i++) await submit(t.db.prisma, { ...complaintInput, kind: "PROPOSAL", categoryCode: "WASTE" });
    for (const filter of [{ kind: ["PROPOSAL" as const] }, { departmentCode: "INF" }, { search: "осветление" }, {}]) {
      const listed = await listCases({ viewer: org.manager, filter, first: 100 });
      const out = await rows(org.manager, filter);
      expect(out.body.map((r) => r[0]).sort()).toEqual(listed.items.map((i) => i.node.reference).sort());
      expect(out.rows).toBe(listed.totalCount);
    }
    await expect(exportCaseList({ viewer: org.manager, filter: { kind: ["NOPE" as never] }, locale: "bg" })).rejects.toMatchObject({ code: "BAD_INPUT" });
  });

  it("makes a formula in a name typed by an administrator inert", async () => {
    await t.db.prisma.category.update({ where: { code: "LIGHT" }, data: { name: { bg: "=HYPERLINK(\"http://evil\",\"x\")", tr: "+1", en: "@SUM(A1)" } } });
    invalidateReferenceData();
    await submit(t.db.prisma, complaintInput);
    expect((await rows(org.manager, {}, { locale: "bg" })).body[0]![7]).toBe("'=HYPERLINK(\"http://evil\",\"x\")");
    expect((await rows(org.manager, {}, { locale: "en" })).body[0]![7]).toBe("'@SUM(A1)");
    expect((await rows(org.manager, {}, { locale: "tr" })).body[0]![7]).toBe("'+1");
  });

  it("stops at the cap, in order of reference, and says so in the file", async () => {
    const refs = [];
    for (let i = 0; i < 5; i++) refs.push((await submit(t.db.prisma, complaintInput, { receivedAt: new Date(Date.UTC(2026, 0, 10 + i, 9)) })).reference);
    const out = await rows(org.manager, {}, { maxRows: 3 });
    expect(out.truncated).toBe(true);
    expect(out.rows).toBe(3);
    expect(out.body.slice(0, 3).map((r) => r[0])).toEqual(refs.slice(0, 3));
    expect(out.body[3]![0]).toContain("cut at the first 3 rows");
    // Pages of the internal batch size are followed to the end when there is no cap.
    expect((await rows(org.manager)).rows).toBe(5);
  });

  it("says whether the answer term was kept", () => {
    const now = new Date("2026-05-01T00:00:00Z");
    const clock = (over: object) => ({ clock: "DECIDE", state: "RUNNING", dueDate: new Date("2026-04-10"), dueAt: new Date("2026-04-10T21:00:00Z"), metAt: null, ...over });
    expect(answerTerm([clock({ state: "MET", metAt: new Date("2026-04-09T10:00:00Z") })], now)).toEqual({ dueDate: "2026-04-10", timeliness: "ON_TIME" });
    expect(answerTerm([clock({ state: "MET", metAt: new Date("2026-04-12T10:00:00Z") })], now)?.timeliness).toBe("LATE");
    expect(answerTerm([clock({ state: "BREACHED" })], now)?.timeliness).toBe("OVERDUE");
    expect(answerTerm([clock({})], new Date("2026-04-01T00:00:00Z"))?.timeliness).toBe("OPEN");
    // Forwarded: the decision term stopped, the forwarding term counts.
    expect(answerTerm([clock({ state: "STOPPED" }), clock({ clock: "FORWARD", state: "MET", metAt: new Date("2026-04-01T00:00:00Z") })], now)?.timeliness).toBe("ON_TIME");
    expect(answerTerm([clock({ state: "STOPPED" })], now)).toBeNull();
  });
});
