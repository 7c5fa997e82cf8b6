// The staff inbox: search in three languages, stable pagination by the earliest term,
// what every action leaves behind, and how fast the inbox answers on the demo data.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestDb, type TestDb } from "@/tests/support/db";
import { gql } from "@/tests/support/graphql";
import { complaintInput, corruptionInput, makeOrg, submit, type Org } from "@/tests/support/fixtures";
import type { Viewer } from "@/lib/auth/viewer";
import { verifyAuditChain } from "@/lib/audit/verify";
import { seedDemo } from "@/lib/db/seed-demo";
import { listCases } from "@/lib/cases/list-cases";
import { addAttachment } from "@/lib/cases/add-attachment";
import { unmarked } from "@/lib/mail/outbox";

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

async function ok<T>(document: string, variables: Record<string, unknown>, viewer: Viewer | null): Promise<T> {
  const r = await gql<T>(document, variables, { viewer });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as T;
}

const LIST = /* GraphQL */ `
  query($filter: CaseFilter, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id reference subject nextDueAt overdue } }
    }
  }
`;
type Page = {
  cases: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; reference: string; subject: string; nextDueAt: string | null } }[];
  };
};

describe("search", () => {
  it("search finds Bulgarian, Turkish and English words", async () => {
    const bg = await submit(t.db.prisma, complaintInput);
    const tr = await submit(t.db.prisma, {
      ...complaintInput,
      locale: "tr",
      subject: "Sokak lambası yanmıyor",
      body: "Hristo Botev sokağındaki lamba iki haftadır yanmıyor, geceleri hiç IŞIK yok.",
    });
    const en = await submit(t.db.prisma, {
      ...complaintInput,
      categoryCode: "ROADS",
      locale: "en",
      subject: "Pothole on Bulgaria Boulevard",
      body: "A deep pothole on the boulevard damaged my car's tyre yesterday evening.",
    });
    const find = async (search: string, viewer: Viewer = org.manager) =>
      (await ok<Page>(LIST, { filter: { search } }, viewer)).cases.edges.map((e) => e.node.reference).sort();

    expect(await find("осветлени")).toEqual([bg.reference]); // prefix of „осветлението“
    expect(await find("УЛИЧНОТО")).toEqual([bg.reference]); // any case
    expect(await find("lamba yanmıyor")).toEqual([tr.reference]); // every word
    expect(await find("ışık")).toEqual([tr.reference]); // Turkish I/ı folded both ways
    expect(await find("Potho TYRE")).toEqual([en.reference]);
    expect(await find("лампа sokak")).toEqual([]);
    expect(await find(en.reference.toLowerCase())).toEqual([en.reference]); // a reference finds its case
    expect(await find("!!! ***")).toEqual([]);
    // Search never widens what the viewer may see.
    expect(await find("sokak", org.officerOther)).toEqual([]);
    const signal = await submit(t.db.prisma, corruptionInput);
    expect(await find("подкуп")).toEqual([]);
    expect(await find("подкуп", org.integrity)).toEqual([signal.reference]);
  });
});

describe("pagination", () => {
  it("pagination is stable", async () => {
    const day = 86_400_000;
    const now = Date.now();
    // Received on different days (different due dates), two on the same day (a tie broken
    // by id), a praise (internal target) and an answered one (no open term: last).
    for (const daysAgo of [3, 10, 10, 20, 1, 40, 7, 15]) await submit(t.db.prisma, complaintInput, { receivedAt: new Date(now - daysAgo * day) });
    await submit(t.db.prisma, { ...complaintInput, kind: "PRAISE" });
    const closed = await submit(t.db.prisma, complaintInput);
    await t.db.prisma.caseClock.updateMany({ where: { caseId: closed.id }, data: { state: "MET", metAt: new Date() } });
    const total = await t.db.prisma.case.count();

    const seen: Page["cases"]["edges"] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page = await ok<Page>(LIST, { first: 3, after }, org.head);
      expect(page.cases.totalCount).toBe(total + (pages > 0 ? 1 : 0));
      seen.push(...page.cases.edges);
      pages += 1;
      // After the first page, a new case arrives that sorts before everything read so far.
      if (pages === 1) await submit(t.db.prisma, complaintInput, { receivedAt: new Date(now - 50 * day) });
      if (!page.cases.pageInfo.hasNextPage) break;
      after = page.cases.pageInfo.endCursor;
      expect(after).toBe(page.cases.edges.at(-1)!.cursor);
    }
    // Every case that existed at the start is seen exactly once, in due order, open terms first.
    const ids = seen.map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(total);
    const dues = seen.map((e) => e.node.nextDueAt);
    expect(dues.at(-1)).toBeNull();
    expect(ids.at(-1)).toBe(closed.id);
    const open = dues.filter((d): d is string => d !== null);
    expect(open).toEqual([...open].sort());
    expect((await gql(LIST, { after: "not-a-cursor" }, { viewer: org.head })).errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
  });

  it("filters by status, kind, assignee and terms", async () => {
    const a = await submit(t.db.prisma, complaintInput);
    const old = await submit(t.db.prisma, complaintInput, { receivedAt: new Date(Date.now() - 80 * 86_400_000) });
    await submit(t.db.prisma, { ...complaintInput, kind: "PROPOSAL" });
    await ok(`mutation($c: ID!, $u: ID!) { assignCase(caseId: $c, assigneeId: $u) { id } }`, { c: a.id, u: org.officer.id }, org.head);
    const refs = async (filter: Record<string, unknown>) => (await ok<Page>(LIST, { filter }, org.head)).cases.edges.map((e) => e.node.reference);
    expect(await refs({ assigneeId: org.officer.id })).toEqual([a.reference]);
    expect(await refs({ status: ["IN_PROGRESS"] })).toEqual([a.reference]);
    expect(await refs({ kind: ["PROPOSAL"] })).toHaveLength(1);
    expect(await refs({ overdue: true })).toEqual([old.reference]);
    expect(await refs({ dueWithinDays: 3 })).toEqual([old.reference]);
    expect(await refs({ overdue: false, unassigned: true })).toHaveLength(1);
    expect(await refs({ departmentCode: "ENV" })).toEqual([]);
  });
});

describe("the record", () => {
  it("every action writes an audit record and an outbox event", async () => {
    const REGISTER = `mutation($input: RegisterSubmissionInput!) { registerSubmission(input: $input) { caseId reference } }`;
    const reg = (await ok<{ registerSubmission: { caseId: string; reference: string } }>(REGISTER, { input: { ...complaintInput, categoryCode: null, channel: "IN_PERSON" } }, org.clerk)).registerSubmission;
    const id = reg.caseId;
    const m = (doc: string, vars: Record<string, unknown>, v: Viewer) => ok(doc, { c: id, ...vars }, v);
    await m(`mutation($c: ID!) { triageCase(caseId: $c, input: { categoryCode: "LIGHT" }) { id } }`, {}, org.head);
    await m(`mutation($c: ID!, $u: ID!) { assignCase(caseId: $c, assigneeId: $u) { id } }`, { u: org.officer.id }, org.head);
    await m(`mutation($c: ID!) { addNote(caseId: $c, text: "Обаждане от гражданина.") { id } }`, {}, org.officer);
    await addAttachment({ viewer: org.officer, caseId: id, filename: "a.pdf", bytes: Buffer.from("%PDF-1.4\n%%EOF\n") });
    await m(`mutation($c: ID!) { requestInformation(caseId: $c, question: "Кой е номерът на стълба?") { citizenEmailed } }`, {}, org.officer);
    const draft = { findings: "Установихме повредата.", decision: "Ремонтът е извършен.", reasons: "Задължение на общината." };
    await m(`mutation($c: ID!, $i: AnswerDraftInput!) { saveAnswerDraft(caseId: $c, input: $i) { id } }`, { i: draft }, org.officer);
    await m(`mutation($c: ID!) { approveAnswer(caseId: $c) { id } }`, {}, org.head);
    await m(`mutation($c: ID!) { sendAnswer(caseId: $c) { citizenEmailed } }`, {}, org.head);
    const answerMail = await t.db.prisma.outboundMail.findFirstOrThrow({ where: { caseId: id, attachAnswerPdf: true } });
    const token = /\/rate\/([A-Za-z0-9_-]+)/.exec(unmarked(answerMail.text))![1]!;
    await ok(`mutation($t: String!) { rateService(token: $t, score: 4) { score } }`, { t: token }, null);
    await m(`mutation($c: ID!) { reopenCase(caseId: $c, reason: "Гражданинът се оплака отново.") { id } }`, {}, org.head);
    await m(`mutation($c: ID!) { transferCase(caseId: $c, departmentCode: "ENV") { id } }`, {}, org.head);
    await m(`mutation($c: ID!) { forwardCase(caseId: $c, forwardedTo: "РИОСВ Хасково") { citizenEmailed } }`, {}, org.headOther);
    await m(`mutation($c: ID!) { closeCase(caseId: $c) { id } }`, {}, org.headOther);
    const other = await submit(t.db.prisma, complaintInput);
    const repeat = await submit(t.db.prisma, complaintInput);
    await ok(`mutation($c: ID!) { decideNoAnswer(caseId: $c, reason: ABUSIVE_LANGUAGE) { id } }`, { c: other.id }, org.head);
    await ok(`mutation($c: ID!, $r: String!) { mergeCase(caseId: $c, intoReference: $r) { id } }`, { c: repeat.id, r: other.reference }, org.head);
    const signal = await submit(t.db.prisma, corruptionInput);
    await ok(`query($id: ID!) { case(id: $id) { id } }`, { id: signal.id }, org.integrity);

    const audits = await t.db.prisma.auditRecord.findMany({ orderBy: { id: "asc" } });
    const events = await t.db.prisma.event.findMany({ orderBy: { id: "asc" } });
    const byAudit = new Map(events.map((e) => [(e.data as { auditId?: string }).auditId, e]));
    const expected: [string, string | null, string][] = [
      ["CASE_REGISTERED", org.clerk.id, "CASE_RECEIVED"],
      ["CASE_TRIAGED", org.head.id, "CASE_TRIAGED"],
      ["CASE_ASSIGNED", org.head.id, "CASE_ASSIGNED"],
      ["NOTE_ADDED", org.officer.id, "NOTE_ADDED"],
      ["ATTACHMENT_ADDED", org.officer.id, "ATTACHMENT_ADDED"],
      ["INFO_REQUESTED", org.officer.id, "INFO_REQUESTED"],
      ["DRAFT_SAVED", org.officer.id, "DRAFT_SAVED"],
      ["DRAFT_APPROVED", org.head.id, "DRAFT_APPROVED"],
      ["ANSWER_SENT", org.head.id, "CASE_ANSWERED"],
      ["RATING_RECEIVED", null, "RATING_RECEIVED"],
      ["CASE_REOPENED", org.head.id, "CASE_REOPENED"],
      ["CASE_TRANSFERRED", org.head.id, "CASE_TRANSFERRED"],
      ["CASE_FORWARDED", org.headOther.id, "CASE_FORWARDED"],
      ["CASE_CLOSED", org.headOther.id, "CASE_CLOSED"],
      ["NO_ANSWER_DECIDED", org.head.id, "CASE_CLOSED"],
      ["CASE_MERGED", org.head.id, "CASE_CLOSED"], // the repeat, closed
      ["CASE_MERGED", org.head.id, "CASE_MERGED"], // the original, linked
      ["CASE_READ_CONFIDENTIAL", org.integrity.id, "-"], // a read: audited, no event
    ];
    expect(audits.map((a) => [a.action, a.actorId, a.action === "CASE_READ_CONFIDENTIAL" ? "-" : byAudit.get(a.id.toString())?.type])).toEqual(expected);
    // Each event names its case, and the audit record names the same one.
    for (const a of audits.filter((x) => x.action !== "CASE_READ_CONFIDENTIAL")) expect(byAudit.get(a.id.toString())!.caseId).toBe(a.entityId);
    expect(await verifyAuditChain(t.db.prisma)).toEqual({ ok: true, checked: audits.length });
    // No personal data in the chain.
    const chained = JSON.stringify(audits.map((a) => [a.before, a.after]));
    for (const pd of [complaintInput.name!, complaintInput.email!, complaintInput.phone!, corruptionInput.name!]) expect(chained).not.toContain(pd);

    // The staff timeline shows each change once, with who made it.
    const timeline = (await ok<{ case: { timeline: { action: string; actor: { name: string } | null }[] } }>(
      `query($id: ID!) { case(id: $id) { timeline { action actor { name } } } }`,
      { id },
      org.manager,
    )).case.timeline;
    expect(timeline.map((e) => e.action)).toEqual(expected.slice(0, 14).map(([action]) => action));
    expect(timeline[0]!.actor!.name).toBe(org.clerk.name);
  });
});

describe("speed", () => {
  it("answers the inbox quickly on the demo data", async () => {
    await t.reset();
    await seedDemo(t.db.prisma, { cases: 300 });
    const manager = await t.db.prisma.user.findFirstOrThrow({ where: { role: "MANAGER" } });
    const viewer: Viewer = { ...manager, departmentId: null, serviceUnitId: null, sessionVersion: 0 };
    const time = async (label: string, run: () => Promise<unknown>) => {
      await run(); // warm: query plans, reference data
      const runs = 10;
      const started = performance.now();
      for (let i = 0; i < runs; i++) await run();
      const ms = (performance.now() - started) / runs;
      console.log(`${label}: ${ms.toFixed(1)} ms (${t.db.mode})`);
      return ms;
    };
    const first = await listCases({ viewer, first: 25 });
    expect(first.totalCount).toBeGreaterThan(200);
    const page = await time("inbox, first 25 of 300 demo cases", () => listCases({ viewer, first: 25 }));
    const search = await time("inbox search 'осветление'", () => listCases({ viewer, first: 25, filter: { search: "осветление" } }));
    const filtered = await time("inbox overdue, open", () => listCases({ viewer, first: 25, filter: { overdue: true, status: ["RECEIVED", "IN_PROGRESS"] } }));
    // Generous bounds: they catch a missing index or an N+1, not a slow machine.
    for (const ms of [page, search, filtered]) expect(ms).toBeLessThan(500);
  });
});
