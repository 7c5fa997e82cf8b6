// The public figures: the same counts as management's dashboard for the same range (the
// public scope leaves out the restricted kinds, as management's does), by kind and by
// month adding up, and nothing in them that could name a person or a case.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDb, type TestDb } from "@/tests/support/db";
import { complaintInput, corruptionInput, makeOrg, submit, type Org } from "@/tests/support/fixtures";
import { assignCase } from "@/lib/cases/assign-case";
import { saveAnswerDraft } from "@/lib/cases/save-answer-draft";
import { approveAnswer } from "@/lib/cases/approve-answer";
import { sendAnswer } from "@/lib/cases/send-answer";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { createImprovementAction, linkImprovementActionCase } from "@/lib/improvement/actions";
import { loadPublicFigures, publicYears } from "@/lib/figures/public-figures";

let t: TestDb;
let org: Org;
const now = new Date();
const year = publicYears(now)[0]!;
const refs: string[] = [];

beforeAll(async () => {
  t = await startTestDb();
  org = await makeOrg(t.db.prisma);
  // This year: two complaints (one answered), a proposal, and a corruption signal the public never counts.
  const at = (monthsAgo: number) => new Date(Math.max(Date.UTC(year, 0, 2, 9), now.getTime() - monthsAgo * 31 * 86_400_000));
  const a = await submit(t.db.prisma, complaintInput, { receivedAt: at(2) });
  const b = await submit(t.db.prisma, { ...complaintInput, subject: "Счупена пейка в парка", name: "Мехмед Али", email: "mehmed.ali@example.org" }, { receivedAt: at(1) });
  const c = await submit(t.db.prisma, { ...complaintInput, kind: "PROPOSAL", subject: "Велоалея до гарата" }, { receivedAt: at(0) });
  const s = await submit(t.db.prisma, corruptionInput, { receivedAt: at(1) });
  // Last year: one opinion.
  const d = await submit(t.db.prisma, { ...complaintInput, kind: "OPINION", subject: "Чудесен празник" }, { receivedAt: new Date(Date.UTC(year - 1, 5, 10, 9)) });
  refs.push(a.reference, b.reference, c.reference, s.reference, d.reference);
  await assignCase({ viewer: org.head, caseId: a.id, assigneeId: org.officer.id });
  await saveAnswerDraft({
    viewer: org.officer,
    caseId: a.id,
    input: { findings: "Установихме повредата на място.", decision: "Ремонтът ще бъде извършен.", reasons: "Задължение на общината по закон." },
  });
  await approveAnswer({ viewer: org.head, caseId: a.id });
  await sendAnswer({ viewer: org.head, caseId: a.id });
  const action = await createImprovementAction({
    viewer: org.manager,
    input: { title: "LED осветление", description: "Подмяна на лампите по сигналите.", owner: "Отдел „Благоустройство“", departmentCode: "INF" },
  });
  await linkImprovementActionCase({ viewer: org.manager, actionId: action.id, reference: a.reference });
});
afterAll(async () => {
  await t?.close();
});

describe("public figures", () => {
  it("equal the management dashboard's for the same year, and add up by kind and by month", async () => {
    for (const y of publicYears(now)) {
      const pub = await loadPublicFigures(y, { now });
      const dash = await getDashboard({ viewer: org.manager, filter: { from: pub.from, to: pub.to }, now });
      expect(pub.received).toBe(dash.received.count);
      expect(pub.answered).toBe(dash.answered.count);
      expect(pub.onTime).toBe(dash.overall.onTime.count);
      expect(pub.late).toBe(dash.overall.late.count);
      expect(pub.satisfaction.average).toBe(dash.satisfaction.average);
      type C = { received: number; answered: number; onTime: number; late: number };
      const sum = (rows: C[]) => rows.reduce((s, r) => ({ received: s.received + r.received, answered: s.answered + r.answered, onTime: s.onTime + r.onTime, late: s.late + r.late }), { received: 0, answered: 0, onTime: 0, late: 0 });
      const totals = { received: pub.received, answered: pub.answered, onTime: pub.onTime, late: pub.late };
      expect(sum(pub.byKind)).toEqual(totals);
      // The months come from their own statement: they must add up to the year's figures.
      expect(sum(pub.byMonth)).toEqual(totals);
    }
    const current = await loadPublicFigures(year, { now });
    // The corruption signal is not counted.
    expect(current.received).toBe(3);
    expect(current.answered).toBe(1);
    expect(current.byKind.filter((k) => k.received > 0).map((k) => k.kind).sort()).toEqual(["COMPLAINT", "PROPOSAL"]);
    expect(current.byKind.map((k) => k.kind)).not.toContain("CORRUPTION_SIGNAL");
    expect(current.byMonth[0]!.month).toBe(`${year}-01-01`);
    expect((await loadPublicFigures(year - 1, { now })).received).toBe(1);
  });

  it("hold no personal data, case text, references or comments — only counts and the actions' titles, statuses and dates", async () => {
    const json = JSON.stringify(await loadPublicFigures(year, { now }));
    for (const secret of [
      complaintInput.name!,
      complaintInput.email!,
      complaintInput.phone!,
      complaintInput.subject,
      "Мехмед Али",
      "mehmed.ali@example.org",
      "Велоалея",
      corruptionInput.subject,
      "Подмяна на лампите",
      "Благоустройство",
      ...refs,
    ]) {
      expect(json).not.toContain(secret);
    }
    expect(json).toContain("LED осветление");
  });
});
