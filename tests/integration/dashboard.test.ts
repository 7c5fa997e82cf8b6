// The dashboard's figures (issue 5): a small municipality whose cases are brought to known
// states by the real use cases (submit, register, assign, draft, approve, send, decide
// that no answer is owed, rate), then exact figures per scope, filters, validation, the
// drill-down of EVERY figure (the case list behind it has exactly as many cases), and the
// bounded number of SQL statements a first load issues, counted on the wire.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDb, type TestDb } from "@/tests/support/db";
import { gql } from "@/tests/support/graphql";
import { complaintInput, corruptionInput, makeOrg, submit, type Org } from "@/tests/support/fixtures";
import type { Viewer } from "@/lib/auth/viewer";
import { assignCase } from "@/lib/cases/assign-case";
import { saveAnswerDraft } from "@/lib/cases/save-answer-draft";
import { approveAnswer } from "@/lib/cases/approve-answer";
import { sendAnswer } from "@/lib/cases/send-answer";
import { decideNoAnswer } from "@/lib/cases/decide-no-answer";
import { rateService } from "@/lib/cases/rate-service";
import { registerSubmission } from "@/lib/cases/register-submission";
import { listCases, type CaseFilter } from "@/lib/cases/list-cases";
import { forwardCase } from "@/lib/cases/forward-case";
import { mergeCase } from "@/lib/cases/merge-case";
import { reopenCase } from "@/lib/cases/reopen-case";
import { closeCase } from "@/lib/cases/close-case";
import { requestInformation } from "@/lib/cases/request-information";
import { recordInformationReceived } from "@/lib/cases/record-information-received";
import { triageCase } from "@/lib/cases/triage-case";
import { transferCase } from "@/lib/cases/transfer-case";
import { invalidateReferenceData } from "@/lib/cases/reference-data";
import { unmarked } from "@/lib/mail/outbox";
import { resetRateLimits } from "@/lib/security/rate-limit";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { loadFigures } from "@/lib/dashboard/figures";
import { weeksOf } from "@/lib/dashboard/periods";
import { PUBLIC_SCOPE, defaultDashboardFilter, type Count, type DashboardFigures } from "@/lib/dashboard/types";
import { isAppError } from "@/lib/errors";
import { seedDemo } from "@/lib/db/seed-demo";
import { sofiaDate } from "@/lib/domain/deadlines";

const DAY = 86_400_000;
let t: TestDb;
let org: Org;
/** The instant the data set is built around: "N days ago" means base − N days. */
let base: Date;
const refs: Record<string, string> = {};

const draft = { findings: "Проверихме на място.", decision: "Ремонтът е извършен.", reasons: "Задължение на общината по закон." };

/** Answer a case the way staff do it; rate it if `score` is given. */
async function answer(caseId: string, head: Viewer, officer: Viewer, rating?: { score: number; comment?: string }) {
  await assignCase({ viewer: head, caseId, assigneeId: officer.id });
  await saveAnswerDraft({ viewer: officer, caseId, input: draft });
  await approveAnswer({ viewer: head, caseId });
  await sendAnswer({ viewer: head, caseId });
  if (!rating) return;
  const mail = await t.db.prisma.outboundMail.findFirstOrThrow({ where: { caseId, attachAnswerPdf: true } });
  const token = /\/rate\/([A-Za-z0-9_-]+)/.exec(unmarked(mail.text))![1]!;
  resetRateLimits();
  await rateService({ token, score: rating.score, comment: rating.comment ?? null, client: { clientKey: "rating-test" } });
}

const daysAgo = (n: number) => new Date(base.getTime() - n * DAY);

/** Time to answer as the dashboard counts it: Sofia calendar days from receipt to answer. */
async function sofiaDaysToAnswer(reference: string): Promise<number> {
  const c = await t.db.prisma.case.findUniqueOrThrow({ where: { reference } });
  return (Date.parse(sofiaDate(c.answeredAt!)) - Date.parse(sofiaDate(c.receivedAt))) / DAY;
}

/**
 * The data set (manager's view; E is a corruption signal, G is older than the range):
 *   A complaint LIGHT/INF bg, 10 days ago, answered on time, rated 5 with a comment
 *   B complaint ROADS/INF tr, 100 days ago, answered late (terms ended ~60 days ago), rated 2
 *   C complaint WASTE/ENV en, anonymous, 3 days ago — no answer owed (ANONYMOUS), open
 *   D opinion LIGHT/INF bg, by letter at the CSI counter today — no answer owed (kind)
 *   E corruption signal routed to INF, 2 days ago — the integrity officer's only
 *   F complaint WASTE/ENV bg, 30 days ago — head decides: repeat without new facts
 *   G complaint ROADS/INF bg, 400 days ago, still open (overdue; outside the range)
 *   H complaint LIGHT/INF bg, 20 days ago, open, assigned
 *   I praise WASTE/ENV tr, today (web)
 *   J complaint with no category bg, 5 days ago (unrouted)
 */
async function buildDataSet() {
  const db = t.db.prisma;
  const named = complaintInput;
  const a = await submit(db, { ...named, categoryCode: "LIGHT", locale: "bg" }, { receivedAt: daysAgo(10) });
  const b = await submit(db, { ...named, categoryCode: "ROADS", locale: "tr" }, { receivedAt: daysAgo(100) });
  const c = await submit(
    db,
    { ...named, categoryCode: "WASTE", locale: "en", anonymous: true, name: null, email: null, phone: null, consent: false },
    { receivedAt: daysAgo(3) },
  );
  const d = await registerSubmission({
    viewer: org.clerk,
    input: { ...named, kind: "OPINION", categoryCode: "LIGHT", channel: "LETTER", locale: "bg" },
  });
  const e = await submit(db, corruptionInput, { receivedAt: daysAgo(2) });
  const f = await submit(db, { ...named, categoryCode: "WASTE", locale: "bg" }, { receivedAt: daysAgo(30) });
  const g = await submit(db, { ...named, categoryCode: "ROADS", locale: "bg" }, { receivedAt: daysAgo(400) });
  const h = await submit(db, { ...named, categoryCode: "LIGHT", locale: "bg" }, { receivedAt: daysAgo(20) });
  const i = await submit(db, { ...named, kind: "PRAISE", categoryCode: "WASTE", locale: "tr" });
  const j = await submit(db, { ...named, categoryCode: null, locale: "bg" }, { receivedAt: daysAgo(5) });
  Object.assign(refs, { A: a.reference, B: b.reference, C: c.reference, D: d.reference, E: e.reference, F: f.reference, G: g.reference });
  Object.assign(refs, { H: h.reference, I: i.reference, J: j.reference });

  await answer(a.id, org.head, org.officer, { score: 5, comment: "Бързо и точно, благодаря." });
  await answer(b.id, org.head, org.officer, { score: 2 });
  await decideNoAnswer({ viewer: org.headOther, caseId: f.id, reason: "REPEAT_WITHOUT_NEW_FACTS" });
  await assignCase({ viewer: org.head, caseId: h.id, assigneeId: org.officer.id });
  await assignCase({ viewer: org.integrity, caseId: e.id, assigneeId: org.integrity.id });
}

/** Every Count in the figures, with where it sits. */
function countsOf(value: unknown, path = "figures"): { path: string; count: Count }[] {
  if (value === null || typeof value !== "object" || value instanceof Date) return [];
  if ("count" in value && "drill" in value) return [{ path, count: value as Count }];
  if (Array.isArray(value)) return value.flatMap((v, i) => countsOf(v, `${path}[${i}]`));
  return Object.entries(value).flatMap(([k, v]) => countsOf(v, `${path}.${k}`));
}

async function listed(viewer: Viewer, filter: CaseFilter, now: Date): Promise<string[]> {
  const refsOut: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await listCases({ viewer, filter, first: 100, after, now });
    refsOut.push(...page.items.map((i) => i.node.reference));
    if (!page.hasNextPage) return refsOut.sort();
    after = page.endCursor;
  }
}

const names = (references: string[]) =>
  references
    .map((r) => Object.entries(refs).find(([, v]) => v === r)?.[0] ?? r)
    .sort()
    .join("");

/** Counts SQL statements sent to the database (every pg client in this process). */
async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const statements: string[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0];
    statements.push(typeof first === "string" ? first : String((first as { text?: unknown } | null)?.text ?? "?"));
    return original.apply(this, args);
  };
  try {
    return { result: await fn(), statements };
  } finally {
    proto.query = original;
  }
}

beforeAll(async () => {
  t = await startTestDb();
  org = await makeOrg(t.db.prisma);
  base = new Date();
  await buildDataSet();
});
afterAll(async () => {
  await t?.close();
});

describe("figures", () => {
  it("the manager's figures count every case of the range but restricted kinds, exactly", async () => {
    const now = new Date();
    const f = await getDashboard({ viewer: org.manager, now });
    expect(f.audience).toBe("MANAGEMENT");
    expect(f.filter).toEqual({ ...defaultDashboardFilter(now), departmentCode: null, kind: null, channel: null, serviceUnitCode: null });
    expect(f.received.count).toBe(8); // A B C D F H I J
    expect(f.answered.count).toBe(2); // A B
    expect(f.overall.onTime.count).toBe(1); // A
    expect(f.overall.late.count).toBe(1); // B
    expect(f.overall.rate).toBe(0.5);
    const decide = f.timeliness.find((c) => c.clock === "DECIDE")!;
    expect([decide.onTime.count, decide.late.count, decide.compliance]).toEqual([1, 1, 0.5]);
    // A and B were answered 10 and 100 days (of 24 h) after receipt: 10 and 99–101 Sofia
    // calendar days, depending on the time of day and summer time. Median = their mean,
    // 90th percentile = a + 0.9 × (b − a) (percentile_cont).
    const [daysA, daysB] = [await sofiaDaysToAnswer(refs.A!), await sofiaDaysToAnswer(refs.B!)];
    expect(daysA).toBeGreaterThanOrEqual(9);
    expect(daysB).toBeGreaterThanOrEqual(99);
    expect(f.timeToAnswer.medianDays).toBeCloseTo((daysA + daysB) / 2, 5);
    expect(f.timeToAnswer.p90Days).toBeCloseTo(daysA + 0.9 * (daysB - daysA), 5);
    expect(Object.fromEntries(f.notOwed.map((r) => [r.reason, r.cases.count]))).toEqual({
      ANONYMOUS: 1,
      OLDER_THAN_TWO_YEARS: 0,
      ABUSIVE_LANGUAGE: 0,
      PERSONAL_DATA_OR_CLASSIFIED: 0,
      REPEAT_WITHOUT_NEW_FACTS: 1,
      KIND_POLICY: 2,
    });
    expect([f.anonymous.part.count, f.anonymous.of.count, f.anonymous.share]).toEqual([1, 8, 1 / 8]);

    const rows = (d: keyof DashboardFigures["breakdowns"]) =>
      Object.fromEntries(f.breakdowns[d].filter((r) => r.received.count > 0).map((r) => [String(r.key), r.received.count]));
    expect(rows("KIND")).toEqual({ COMPLAINT: 6, OPINION: 1, PRAISE: 1 }); // A B C F H J; D; I
    expect(f.breakdowns.KIND.map((r) => r.key)).not.toContain("CORRUPTION_SIGNAL");
    expect(rows("CHANNEL")).toEqual({ WEB: 7, LETTER: 1 });
    expect(rows("LANGUAGE")).toEqual({ bg: 5, tr: 2, en: 1 });
    expect(rows("SERVICE_UNIT")).toEqual({ null: 7, CSI: 1 });
    expect(rows("DEPARTMENT")).toEqual({ INF: 4, ENV: 3, null: 1 });
    expect(rows("CATEGORY")).toEqual({ LIGHT: 3, WASTE: 3, ROADS: 1, null: 1 });
    // Equal access: Turkish speakers waited 100 days here, Bulgarian speakers 10.
    const lang = Object.fromEntries(f.breakdowns.LANGUAGE.map((r) => [r.key, r]));
    expect(lang.tr!.medianDaysToAnswer).toBe(daysB);
    expect(lang.bg!.medianDaysToAnswer).toBe(daysA);
    expect([lang.tr!.onTimeRate, lang.bg!.onTimeRate, lang.en!.onTimeRate]).toEqual([0, 1, null]);
    expect(f.busiestCategories.map((r) => [r.key, r.received.count])).toEqual([
      ["LIGHT", 3],
      ["WASTE", 3],
      ["ROADS", 1],
    ]);

    expect(f.satisfaction.linksSent.count).toBe(2);
    expect(f.satisfaction.rated.count).toBe(2);
    expect(f.satisfaction.responseRate).toBe(1);
    expect(f.satisfaction.average).toBe(3.5);
    expect(f.satisfaction.distribution.map((d) => d.cases.count)).toEqual([0, 1, 0, 0, 1]);
    expect(f.satisfaction.recentComments).toEqual([
      { reference: refs.A, ratedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), score: 5, comment: "Бързо и точно, благодаря." },
    ]);

    expect(f.live.receivedToday.count).toBe(2); // D I
    expect(f.live.open.count).toBe(6); // C D G H I J
    expect(f.live.overdue.count).toBeGreaterThanOrEqual(1); // G at least

    expect(f.trends.map((w) => w.weekStart)).toEqual(weeksOf(f.filter.from, f.filter.to).map((w) => w.weekStart));
    expect(f.trends.reduce((s, w) => s + w.received.count, 0)).toBe(8);
    expect(f.trends.reduce((s, w) => s + w.answered.count, 0)).toBe(2);
    expect(f.trends.reduce((s, w) => s + w.answeredOnTime.count, 0)).toBe(1);
    expect(f.sinceLastMonth.map((m) => m.metric)).toEqual(["RECEIVED", "ANSWERED", "ANSWERED_ON_TIME"]);
    expect(f.sinceLastMonth[1]!.current.count).toBe(2); // both answers were sent today
  });

  it("a head counts only their department; the integrity officer only restricted kinds", async () => {
    const now = new Date();
    const head = await getDashboard({ viewer: org.head, now });
    expect(head.audience).toBe("DEPARTMENT");
    expect(head.received.count).toBe(4); // A B D H — never E (restricted), never J (unrouted)
    expect(head.breakdowns.DEPARTMENT.map((r) => [r.key, r.received.count])).toEqual([["INF", 4]]);
    expect(head.live.open.count).toBe(3); // D G H

    const other = await getDashboard({ viewer: org.headOther, now });
    expect(other.received.count).toBe(3); // C F I

    const integrity = await getDashboard({ viewer: org.integrity, now });
    expect(integrity.audience).toBe("INTEGRITY");
    expect(integrity.received.count).toBe(1); // E
    expect(integrity.breakdowns.KIND.map((r) => [r.key, r.received.count])).toEqual([
      ["CORRUPTION_SIGNAL", 1],
      ["WHISTLEBLOWER_REPORT", 0],
    ]);
    expect(integrity.breakdowns.DEPARTMENT.map((r) => [r.key, r.received.count])).toEqual([["INF", 1]]);

    // The public figures: the management count, no comments.
    const publicFigures = await loadFigures(PUBLIC_SCOPE, defaultDashboardFilter(now), { now });
    expect(publicFigures.received.count).toBe(8);
    expect(publicFigures.satisfaction.average).toBe(3.5);
    expect(publicFigures.satisfaction.recentComments).toEqual([]);
  });

  it("clerks, officers and administrators have no dashboard", async () => {
    for (const viewer of [org.clerk, org.officer, org.admin]) {
      await expect(getDashboard({ viewer })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(getDashboard({ viewer: null })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("filters narrow every range figure", async () => {
    const now = new Date();
    const get = (filter: Parameters<typeof getDashboard>[0]["filter"]) => getDashboard({ viewer: org.manager, filter, now });
    expect((await get({ kind: ["COMPLAINT"] })).received.count).toBe(6);
    expect((await get({ channel: ["LETTER"] })).received.count).toBe(1);
    expect((await get({ serviceUnitCode: "CSI" })).received.count).toBe(1);
    expect((await get({ departmentCode: "ENV" })).received.count).toBe(3);
    const recent = await get({ from: defaultDashboardFilter(now).to.slice(0, 4) + "-01-01", to: defaultDashboardFilter(now).to });
    expect(recent.filter.from.endsWith("-01-01")).toBe(true);
    // A range of the last 50 days leaves out B (100 days ago); G is never in the range.
    const from = new Date(now.getTime() - 50 * DAY).toISOString().slice(0, 10);
    const last50 = await get({ from, to: defaultDashboardFilter(now).to });
    expect(last50.received.count).toBe(7);
    expect(last50.timeToAnswer.medianDays).toBe(await sofiaDaysToAnswer(refs.A!));
    // The live block is about now, whatever the range; the other filters still apply.
    expect(last50.live.open.count).toBe(6);
    expect((await get({ departmentCode: "INF" })).live.open.count).toBe(3);
  });

  it("a bad filter names the field", async () => {
    const now = new Date();
    const fields = async (filter: Parameters<typeof getDashboard>[0]["filter"], viewer: Viewer = org.manager) => {
      try {
        await getDashboard({ viewer, filter, now });
        return [];
      } catch (error) {
        if (!isAppError(error)) throw error;
        return error.fieldErrors.map((e) => `${e.field}:${e.code}`);
      }
    };
    expect(await fields({ from: "2026-02-30" })).toEqual(["from:INVALID_DATE"]);
    expect(await fields({ from: "2026-05-02", to: "2026-05-01" })).toEqual(["to:RANGE_REVERSED"]);
    expect(await fields({ from: "2019-01-01", to: "2026-01-01" })).toEqual(["from:RANGE_TOO_LONG"]);
    expect(await fields({ from: "2020-01-02", to: "2026-01-01" })).toEqual([]);
    expect(await fields({ departmentCode: "NOPE", serviceUnitCode: "NOPE" })).toEqual(["departmentCode:INVALID_CHOICE", "serviceUnitCode:INVALID_CHOICE"]);
    expect(await fields({ kind: ["CORRUPTION_SIGNAL"] })).toEqual(["kind:INVALID_CHOICE"]);
    expect(await fields({ kind: ["COMPLAINT"] }, org.integrity)).toEqual(["kind:INVALID_CHOICE"]);
    expect(await fields({ departmentCode: "ENV" }, org.head)).toEqual(["departmentCode:INVALID_CHOICE"]);
    expect(await fields({ departmentCode: "INF" }, org.head)).toEqual([]);
  });
});

describe("drill-down", () => {
  for (const who of ["manager", "head", "integrity"] as const) {
    it(`every figure of the ${who}'s dashboard lists exactly the cases it counts`, async () => {
      const now = new Date();
      const viewer = org[who];
      const f = await getDashboard({ viewer, now });
      const counts = countsOf(f);
      expect(counts.length).toBeGreaterThan(150); // live, totals, clocks, breakdowns, ratings, 53 weeks, months
      const wrong: string[] = [];
      for (const { path, count } of counts) {
        const { totalCount } = await listCases({ viewer, filter: count.drill, first: 1, now });
        if (totalCount !== count.count) wrong.push(`${path}: counted ${count.count}, listed ${totalCount} (${JSON.stringify(count.drill)})`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it("the lists are the very cases (not just as many)", async () => {
    const now = new Date();
    const f = await getDashboard({ viewer: org.manager, now });
    const of = async (c: Count) => names(await listed(org.manager, c.drill, now));
    expect(await of(f.received)).toBe("ABCDFHIJ");
    expect(await of(f.overall.late)).toBe("B");
    expect(await of(f.overall.onTime)).toBe("A");
    expect(await of(f.notOwed.find((r) => r.reason === "KIND_POLICY")!.cases)).toBe("DI");
    expect(await of(f.breakdowns.DEPARTMENT.find((r) => r.key === null)!.received)).toBe("J");
    expect(await of(f.breakdowns.SERVICE_UNIT.find((r) => r.key === "CSI")!.received)).toBe("D");
    expect(await of(f.breakdowns.LANGUAGE.find((r) => r.key === "tr")!.received)).toBe("BI");
    expect(await of(f.satisfaction.distribution[1]!.cases)).toBe("B");
    expect(await of(f.live.receivedToday)).toBe("DI");
    expect(await of(f.live.open)).toBe("CDGHIJ");
    expect((await listed(org.manager, f.live.overdue.drill, now)).includes(refs.G!)).toBe(true);
  });

  it("over GraphQL, a figure's drill is a cases(filter:) argument as it stands", async () => {
    const r = await gql<{ dashboard: { overall: { late: { count: number; drill: Record<string, unknown> } } } }>(
      `{ dashboard { overall { late { count drill { receivedFrom receivedTo timeliness kind departmentCode locale } } } } }`,
      {},
      { viewer: org.manager },
    );
    expect(r.errors).toBeUndefined();
    const late = r.data!.dashboard.overall.late;
    const filter = Object.fromEntries(Object.entries(late.drill).filter(([, v]) => v !== null));
    const list = await gql<{ cases: { totalCount: number; edges: { node: { reference: string } }[] } }>(
      `query($f: CaseFilter) { cases(filter: $f, first: 10) { totalCount edges { node { reference } } } }`,
      { f: filter },
      { viewer: org.manager },
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.cases.totalCount).toBe(late.count);
    expect(list.data!.cases.edges.map((e) => e.node.reference)).toEqual([refs.B]);
  });
});

// Every field of the dashboard, each count with its drill-down as JSON.
const FULL = /* GraphQL */ `
  fragment C on DashboardCount { count drillJson }
  fragment R on DashboardBreakdownRow { key received { ...C } answered { ...C } onTime { ...C } late { ...C } onTimeRate medianDaysToAnswer }
  query($filter: DashboardFilterInput) {
    dashboard(filter: $filter) {
      asOf audience
      filter { from to departmentCode kind channel serviceUnitCode }
      live { receivedToday { ...C } receivedThisWeek { ...C } receivedThisMonth { ...C } open { ...C } dueWithin7Days { ...C } overdue { ...C } }
      received { ...C } answered { ...C }
      timeliness { clock onTime { ...C } late { ...C } compliance }
      overall { onTime { ...C } late { ...C } rate }
      timeToAnswer { answered { ...C } medianDays p90Days }
      notOwed { reason cases { ...C } }
      anonymous { part { ...C } of { ...C } share }
      breakdowns { kind { ...R } channel { ...R } serviceUnit { ...R } department { ...R } category { ...R } language { ...R } }
      satisfaction { linksSent { ...C } rated { ...C } responseRate average distribution { score cases { ...C } } recentComments { reference ratedOn score comment } }
      trends { weekStart received { ...C } answered { ...C } answeredOnTime { ...C } }
      busiestCategories { ...R }
      sinceLastMonth { metric current { ...C } previous { ...C } change }
    }
  }
`;

describe("over GraphQL", () => {
  it("the whole dashboard fits the query limits, and each drillJson is a cases(filter:) variable", async () => {
    const r = await gql<{ dashboard: Record<string, unknown> }>(FULL, { filter: { departmentCode: "INF" } }, { viewer: org.head });
    expect(r.errors).toBeUndefined();
    const d = r.data!.dashboard as { received: { count: number; drillJson: string }; breakdowns: { language: { key: string; received: { count: number; drillJson: string } }[] } };
    expect(d.received.count).toBe(4);
    for (const c of [d.received, ...d.breakdowns.language.map((l) => l.received)]) {
      const list = await gql<{ cases: { totalCount: number } }>(`query($f: CaseFilter) { cases(filter: $f) { totalCount } }`, { f: JSON.parse(c.drillJson) }, { viewer: org.head });
      expect(list.errors).toBeUndefined();
      expect(list.data!.cases.totalCount).toBe(c.count);
    }
    const bad = await gql(FULL, { filter: { from: "2026-02-30" } }, { viewer: org.head });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fieldErrors: [{ field: "from", code: "INVALID_DATE" }] });
    const clerk = await gql(FULL, {}, { viewer: org.clerk });
    expect(clerk.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("SQL statements per load", () => {
  // Reference data (departments, categories and their departments' codes, service units:
  // 4 statements when its 60-second cache is cold, lib/cases/reference-data.ts) + the
  // five dashboard statements (lib/dashboard/queries.ts).
  const BUDGET = 9;

  it(`a first load issues at most ${BUDGET} statements, however many cases, departments and categories`, async () => {
    invalidateReferenceData();
    const small = await countStatements(() => getDashboard({ viewer: org.manager }));
    expect(small.statements.length, small.statements.join("\n---\n")).toBeLessThanOrEqual(BUDGET);
    expect(small.statements.length).toBeGreaterThanOrEqual(6); // really counted: 5 dashboard statements + reference data

    // More of everything: 3 departments with 2 categories each, 30 more cases.
    const db = t.db.prisma;
    for (const code of ["TAX", "EDU", "SOC"]) {
      const d = await db.department.create({ data: { code, name: { bg: code, tr: code, en: code } } });
      await db.category.createMany({
        data: [1, 2].map((n) => ({ code: `${code}${n}`, name: { bg: `${code}${n}`, tr: `${code}${n}`, en: `${code}${n}` }, departmentId: d.id })),
      });
    }
    invalidateReferenceData();
    const categories = ["TAX1", "TAX2", "EDU1", "EDU2", "SOC1", "SOC2"];
    for (let n = 0; n < 30; n++) {
      await submit(db, { ...complaintInput, categoryCode: categories[n % categories.length]!, locale: (["bg", "tr", "en"] as const)[n % 3] }, {
        receivedAt: daysAgo(n * 7),
      });
    }
    invalidateReferenceData();
    const large = await countStatements(() => getDashboard({ viewer: org.manager }));
    expect(large.result.received.count).toBe(8 + 30);
    expect(large.result.breakdowns.DEPARTMENT.length).toBe(6);
    expect(large.statements.length).toBe(small.statements.length);

    // A warm load (reference data cached) is the five dashboard statements alone.
    const warm = await countStatements(() => getDashboard({ viewer: org.manager }));
    expect(warm.statements.length).toBe(5);
    // Over GraphQL the resolver adds nothing.
    const viaGraphql = await countStatements(() => gql(`{ dashboard { received { count } } }`, {}, { viewer: org.manager }));
    expect(viaGraphql.statements.length).toBe(5);
  });
});

describe("drill-down across the whole lifecycle", () => {
  it("forwarded, merged, reopened and re-answered, paused and resumed, reclassified, transferred and closed cases are counted as they are listed", async () => {
    const db = t.db.prisma;
    const input = { ...complaintInput, categoryCode: "LIGHT" };
    // Forwarded under АПК чл. 112, on time and late.
    const fwd = await submit(db, input, { receivedAt: daysAgo(3) });
    await forwardCase({ viewer: org.head, caseId: fwd.id, forwardedTo: "Областна администрация Кърджали" });
    const fwdLate = await submit(db, input, { receivedAt: daysAgo(40) });
    await forwardCase({ viewer: org.head, caseId: fwdLate.id, forwardedTo: "РИОСВ Хасково" });
    // A repeat merged into its original.
    const original = await submit(db, input, { receivedAt: daysAgo(12) });
    const repeat = await submit(db, input, { receivedAt: daysAgo(11) });
    await mergeCase({ viewer: org.head, caseId: repeat.id, intoReference: original.reference });
    // Answered, reopened, answered again late.
    const again = await submit(db, input, { receivedAt: daysAgo(70) });
    await answer(again.id, org.head, org.officer, { score: 4, comment: "Добре." });
    await reopenCase({ viewer: org.head, caseId: again.id, reason: "Гражданинът се върна с нови факти." });
    await saveAnswerDraft({ viewer: org.officer, caseId: again.id, input: draft });
    await approveAnswer({ viewer: org.head, caseId: again.id });
    await sendAnswer({ viewer: org.head, caseId: again.id });
    // Waiting for the citizen (paused internal target), and waited then resumed.
    const waiting = await submit(db, input, { receivedAt: daysAgo(6) });
    await assignCase({ viewer: org.head, caseId: waiting.id, assigneeId: org.officer.id });
    await requestInformation({ viewer: org.officer, caseId: waiting.id, question: "Кой е номерът на стълба?" });
    const resumed = await submit(db, input, { receivedAt: daysAgo(9) });
    await assignCase({ viewer: org.head, caseId: resumed.id, assigneeId: org.officer.id });
    await requestInformation({ viewer: org.officer, caseId: resumed.id, question: "Кой е номерът на стълба?" });
    await recordInformationReceived({ viewer: org.officer, caseId: resumed.id, summary: "Номерът дойде по телефона." });
    // Reclassified from complaint to proposal, transferred to another department, closed.
    const proposal = await submit(db, input, { receivedAt: daysAgo(15) });
    await triageCase({ viewer: org.head, caseId: proposal.id, input: { kind: "PROPOSAL", reason: "Предложение е, не жалба." } });
    const moved = await submit(db, input, { receivedAt: daysAgo(8) });
    await transferCase({ viewer: org.head, caseId: moved.id, departmentCode: "ENV", reason: "Отпадъци, не осветление." });
    const closed = await submit(db, { ...input, kind: "OPINION" }, { receivedAt: daysAgo(4) });
    await closeCase({ viewer: org.head, caseId: closed.id });

    const now = new Date();
    for (const viewer of [org.manager, org.head, org.headOther]) {
      const f = await getDashboard({ viewer, now });
      const wrong: string[] = [];
      for (const { path, count } of countsOf(f)) {
        const { totalCount } = await listCases({ viewer, filter: count.drill, first: 1, now });
        if (totalCount !== count.count) wrong.push(`${viewer.role} ${path}: counted ${count.count}, listed ${totalCount} (${JSON.stringify(count.drill)})`);
      }
      expect(wrong).toEqual([]);
    }
    const f = await getDashboard({ viewer: org.manager, now });
    const forward = f.timeliness.find((c) => c.clock === "FORWARD");
    expect(forward && forward.onTime.count + forward.late.count).toBeGreaterThanOrEqual(1);
  });
});

describe("on the demo data", () => {
  it("every figure of the manager's, a head's and the integrity officer's dashboard lists exactly its cases", async () => {
    await t.reset();
    await seedDemo(t.db.prisma, { cases: 300 });
    const users = await t.db.prisma.user.findMany({ where: { role: { in: ["MANAGER", "HEAD", "INTEGRITY"] } }, orderBy: { email: "asc" } });
    const pick = (role: string) => users.find((u) => u.role === role)!;
    const now = new Date();
    let figures = 0;
    for (const u of [pick("MANAGER"), pick("HEAD"), pick("INTEGRITY")]) {
      const viewer: Viewer = { ...u, role: u.role, locale: u.locale };
      const f = await getDashboard({ viewer, now });
      expect(f.received.count).toBeGreaterThan(0);
      const wrong: string[] = [];
      for (const { path, count } of countsOf(f)) {
        if (count.count === 0 && path.startsWith("figures.trends")) continue; // empty weeks: nothing to list
        const { totalCount } = await listCases({ viewer, filter: count.drill, first: 1, now });
        figures += 1;
        if (totalCount !== count.count) wrong.push(`${u.role} ${path}: counted ${count.count}, listed ${totalCount} (${JSON.stringify(count.drill)})`);
      }
      expect(wrong).toEqual([]);
    }
    expect(figures).toBeGreaterThan(200);
  });
});
