// The annual report for a seeded past year: its CSV rows carry the dashboard's figures for
// that year and scope, outcomes add up to the cases received, the PDF is a real PDF with
// the Bulgarian headings, and only those with a dashboard get it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { extractText, getDocumentProxy } from "unpdf";
import { startTestDb, type TestDb } from "@/tests/support/db";
import { complaintInput, corruptionInput, makeOrg, submit, type Org } from "@/tests/support/fixtures";
import { assignCase } from "@/lib/cases/assign-case";
import { saveAnswerDraft } from "@/lib/cases/save-answer-draft";
import { approveAnswer } from "@/lib/cases/approve-answer";
import { sendAnswer } from "@/lib/cases/send-answer";
import { decideNoAnswer } from "@/lib/cases/decide-no-answer";
import { forwardCase } from "@/lib/cases/forward-case";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { createImprovementAction } from "@/lib/improvement/actions";
import { REPORT_TEXT, annualReport, annualReportCsv, annualReportPdf, defaultReportYear } from "@/lib/reports/annual-report";

let t: TestDb;
let org: Org;
// "Now" is early in the next year, as when the report is written (due by 1 March).
const YEAR = 2025;
const now = new Date(Date.UTC(YEAR + 1, 1, 10, 10));
let refs: string[] = [];

beforeAll(async () => {
  t = await startTestDb();
  org = await makeOrg(t.db.prisma);
  const at = (month: number, day: number) => new Date(Date.UTC(YEAR, month, day, 8));
  const a = await submit(t.db.prisma, complaintInput, { receivedAt: at(2, 3) });
  const b = await submit(t.db.prisma, { ...complaintInput, kind: "PROPOSAL", subject: "Нова спирка" }, { receivedAt: at(5, 10) });
  const c = await submit(t.db.prisma, { ...complaintInput, kind: "OPINION", subject: "Мнение за празника" }, { receivedAt: at(8, 1) });
  const d = await submit(t.db.prisma, { ...complaintInput, subject: "Повторно оплакване" }, { receivedAt: at(10, 5) });
  const s = await submit(t.db.prisma, corruptionInput, { receivedAt: at(4, 4) });
  const e = await submit(t.db.prisma, { ...complaintInput, subject: "Въпрос за пътя на областта" }, { receivedAt: at(9, 9) });
  // Another year: not in the report.
  const other = await submit(t.db.prisma, complaintInput, { receivedAt: new Date(Date.UTC(YEAR - 1, 6, 1, 8)) });
  refs = [a.reference, b.reference, c.reference, d.reference, e.reference, s.reference, other.reference];
  await assignCase({ viewer: org.head, caseId: a.id, assigneeId: org.officer.id });
  await saveAnswerDraft({
    viewer: org.officer,
    caseId: a.id,
    input: { findings: "Установихме повредата на място.", decision: "Ремонтът ще бъде извършен.", reasons: "Задължение на общината по закон." },
  });
  await approveAnswer({ viewer: org.head, caseId: a.id });
  await sendAnswer({ viewer: org.head, caseId: a.id });
  await decideNoAnswer({ viewer: org.head, caseId: d.id, reason: "REPEAT_WITHOUT_NEW_FACTS" });
  await forwardCase({ viewer: org.head, caseId: e.id, forwardedTo: "Областно пътно управление Кърджали" });
  await createImprovementAction({
    viewer: org.manager,
    input: { title: "LED осветление в кв. „Изгрев“", description: "Подмяна на лампите по сигналите.", owner: "Отдел „Благоустройство“", departmentCode: "INF" },
    now: new Date(Date.UTC(YEAR, 3, 1, 9)),
  });
});
afterAll(async () => {
  await t?.close();
});

const value = (rows: string[][], section: string, item: string, measure: string) => rows.find((r) => r[0] === section && r[1] === item && r[2] === measure)?.[3];

describe("annual report", () => {
  it("defaults to the past year", () => {
    expect(defaultReportYear(now)).toBe(YEAR);
  });

  it("CSV rows match the dashboard's figures for that year and scope; outcomes add up", async () => {
    const report = await annualReport({ viewer: org.manager, year: YEAR, now });
    const dash = await getDashboard({ viewer: org.manager, filter: { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` }, now });
    expect(report.figures.received.count).toBe(dash.received.count);
    expect(report.figures.received.count).toBe(5); // not the corruption signal, not the other year
    const csv = annualReportCsv(report);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows[0]).toEqual([...REPORT_TEXT.csvHeader]);
    const S = REPORT_TEXT.sections;
    const M = REPORT_TEXT.measures;
    expect(value(rows, S.summary, "Общо", M.received)).toBe(String(dash.received.count));
    expect(value(rows, S.summary, "Общо", M.answered)).toBe(String(dash.answered.count));
    expect(value(rows, S.summary, "Общо", M.onTime)).toBe(String(dash.overall.onTime.count));
    expect(value(rows, S.summary, "Общо", M.late)).toBe(String(dash.overall.late.count));
    for (const k of dash.breakdowns.KIND) {
      const name = REPORT_TEXT.sections.kind;
      const label = (await import("@/lib/i18n/lookup")).message("bg", `kinds.${k.key}.name`);
      expect(value(rows, name, label, M.received)).toBe(String(k.received.count));
    }
    expect(value(rows, S.kind, "Жалба", M.received)).toBe("3");
    expect(value(rows, S.channel, "По интернет", M.received)).toBe("5");
    // Outcomes: one answered; two not owed (a repeat, and an opinion, which owes none by its
    // kind); one forwarded (АПК чл. 112); one open — and they add up to the cases received.
    expect(report.outcomes).toEqual({ ANSWERED: 1, NOT_OWED: 2, FORWARDED: 1, OPEN: 1, CLOSED_OTHER: 0 });
    expect(Object.values(report.outcomes).reduce((a, b) => a + b, 0)).toBe(dash.received.count);
    expect(value(rows, S.notOwed, REPORT_TEXT.notOwed.KIND_POLICY, M.count)).toBe("1");
    expect(value(rows, S.outcome, REPORT_TEXT.outcomes.ANSWERED, M.count)).toBe("1");
    expect(value(rows, S.notOwed, REPORT_TEXT.notOwed.REPEAT_WITHOUT_NEW_FACTS, M.count)).toBe("1");
    expect(value(rows, S.actions, "LED осветление в кв. „Изгрев“", M.status)).toBe("Планирана");
    // No case text, personal data or references.
    for (const secret of [complaintInput.name!, complaintInput.email!, complaintInput.subject, "Нова спирка", ...refs]) expect(csv).not.toContain(secret);
  });

  it("PDF is a valid PDF with the Bulgarian title and headings", async () => {
    const report = await annualReport({ viewer: org.manager, year: YEAR, now });
    const pdf = await annualReportPdf(report);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.subarray(-6).toString("latin1")).toContain("%%EOF");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    for (const heading of [REPORT_TEXT.title(YEAR), ...Object.values(REPORT_TEXT.sections), "Жалба", "LED осветление"]) {
      expect(text.replace(/\s+/g, " ")).toContain(heading);
    }
    for (const secret of [complaintInput.name!, complaintInput.subject, ...refs]) expect(text).not.toContain(secret);
  });

  it("counts in the viewer's scope; refuses those without a dashboard and impossible years", async () => {
    const headOther = await annualReport({ viewer: org.headOther, year: YEAR, now });
    expect(headOther.figures.received.count).toBe(0);
    expect(headOther.actions).toEqual([]);
    const integrity = await annualReport({ viewer: org.integrity, year: YEAR, now });
    expect(integrity.figures.received.count).toBe(1);
    for (const v of [org.officer, org.clerk, org.admin]) await expect(annualReport({ viewer: v, year: YEAR, now })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(annualReport({ viewer: null, year: YEAR, now })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(annualReport({ viewer: org.manager, year: YEAR + 5, now })).rejects.toMatchObject({ code: "BAD_INPUT" });
  });
});
