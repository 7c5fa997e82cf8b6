// Clocks that may pause do, with the reason, while the case waits for the citizen; legal
// terms do not (issue "Live": "record every pause with its reason; legal terms that may
// not pause do not"). And test policies with terms in minutes, for watching a breach.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestDb, type TestDb } from "@/tests/support/db";
import { gql } from "@/tests/support/graphql";
import { complaintInput, makeOrg, submit, type Org } from "@/tests/support/fixtures";
import { assignCase } from "@/lib/cases/assign-case";
import { requestInformation } from "@/lib/cases/request-information";
import { recordInformationReceived } from "@/lib/cases/record-information-received";
import { saveAnswerDraft } from "@/lib/cases/save-answer-draft";
import { sendAnswer } from "@/lib/cases/send-answer";
import { approveAnswer } from "@/lib/cases/approve-answer";
import { invalidateSettings } from "@/lib/cases/settings";
import { sweepClocks } from "@/lib/clocks/sweeper";
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
  invalidateSettings();
  org = await makeOrg(t.db.prisma);
});
afterEach(() => {
  delete process.env.HARTA_ALLOW_MINUTE_TERMS;
  invalidateSettings();
});

const opinion = { ...complaintInput, kind: "OPINION", subject: "Мнение за парка", body: "Паркът в центъра има нужда от повече пейки и сянка." };
const QUESTION = "Моля, посочете в коя част на парка.";

async function clocksOf(caseId: string) {
  return t.db.prisma.caseClock.findMany({ where: { caseId }, include: { pauses: true }, orderBy: { clock: "asc" } });
}

describe("clock pauses", () => {
  it("the internal target pauses with the question as its reason and resumes moved on by the days waited", async () => {
    // Received Monday 2 March 2026; TARGET: 30 days → 1 April (a Wednesday).
    const c = await submit(t.db.prisma, opinion, { receivedAt: new Date("2026-03-02T08:00:00Z") });
    await assignCase({ viewer: org.head, caseId: c.id, assigneeId: org.officer.id });
    const [before] = await clocksOf(c.id);
    expect(before!.clock).toBe("TARGET");
    expect(before!.dueDate.toISOString().slice(0, 10)).toBe("2026-04-01");

    await requestInformation({ viewer: org.officer, caseId: c.id, question: QUESTION, now: new Date("2026-03-10T09:00:00Z") });
    const [paused] = await clocksOf(c.id);
    expect(paused!.state).toBe("PAUSED");
    expect(paused!.pauses).toHaveLength(1);
    expect(paused!.pauses[0]!.reason).toBe(QUESTION);
    expect(paused!.pauses[0]!.endedAt).toBeNull();

    // A paused clock is neither warned nor breached, whatever the time.
    expect(await sweepClocks(t.db.prisma, new Date("2026-06-01T00:00:00Z"))).toEqual({ warned: 0, breached: 0 });

    // The reply arrives 10 March → 20 March: 10 days; 1 April + 10 = 11 April, a Saturday
    // (and Orthodox Easter weekend: 10–13 April 2026 are days off) → Tuesday 14 April.
    const r = await recordInformationReceived({ viewer: org.officer, caseId: c.id, summary: "По телефона: северната част.", now: new Date("2026-03-20T10:00:00Z") });
    expect(r.status).toBe("IN_PROGRESS");
    const [resumed] = await clocksOf(c.id);
    expect(resumed!.state).toBe("RUNNING");
    expect(resumed!.dueDate.toISOString().slice(0, 10)).toBe("2026-04-14");
    expect(resumed!.pauses[0]!.daysAdded).toBe(10);
    expect(resumed!.pauses[0]!.endedAt).toEqual(new Date("2026-03-20T10:00:00Z"));
    expect(resumed!.warnAt!.getTime()).toBeLessThan(resumed!.dueAt.getTime());

    // The citizen's timeline says their information arrived; the audit chain holds.
    const events = await t.db.prisma.event.findMany({ where: { caseId: c.id, public: true }, orderBy: { id: "asc" }, select: { type: true } });
    expect(events.map((e) => e.type).slice(-2)).toEqual(["INFO_REQUESTED", "INFO_RECEIVED"]);
    expect((await verifyAuditChain(t.db.prisma)).ok).toBe(true);

    // Staff read the pause on the case, with its reason and the days it added.
    const { data, errors } = await gql<{ case: { clocks: { clock: string; state: string; pauses: { reason: string; daysAdded: number | null; endedAt: string | null }[] }[] } }>(
      `query($id: ID!) { case(id: $id) { clocks { clock state pauses { reason daysAdded endedAt } } } }`,
      { id: c.id },
      { viewer: org.officer },
    );
    expect(errors).toBeUndefined();
    expect(data!.case.clocks[0]!.pauses).toEqual([{ reason: QUESTION, daysAdded: 10, endedAt: "2026-03-20T10:00:00.000Z" }]);
  });

  it("legal terms keep running while the case waits: no pause is recorded for them", async () => {
    const c = await submit(t.db.prisma, complaintInput, { receivedAt: new Date("2026-03-02T08:00:00Z") });
    await assignCase({ viewer: org.head, caseId: c.id, assigneeId: org.officer.id });
    const before = await clocksOf(c.id);
    await requestInformation({ viewer: org.officer, caseId: c.id, question: QUESTION, now: new Date("2026-03-10T09:00:00Z") });
    const after = await clocksOf(c.id);
    expect(after.map((k) => [k.clock, k.state, k.pauses.length])).toEqual([
      ["DECIDE", "RUNNING", 0],
      ["NOTIFY", "RUNNING", 0],
    ]);
    await recordInformationReceived({ viewer: org.officer, caseId: c.id, now: new Date("2026-03-30T09:00:00Z") });
    expect((await clocksOf(c.id)).map((k) => k.dueAt.getTime())).toEqual(before.map((k) => k.dueAt.getTime()));
    // The audit record says which clocks paused and which ran on.
    const audit = await t.db.prisma.auditRecord.findFirstOrThrow({ where: { action: "INFO_REQUESTED" } });
    expect(audit.after).toMatchObject({ clocksPaused: [], clocksRunning: expect.arrayContaining(["DECIDE", "NOTIFY"]) });
  });

  it("a draft also ends the wait; an answer sent while paused closes the pause", async () => {
    const c = await submit(t.db.prisma, opinion);
    await assignCase({ viewer: org.head, caseId: c.id, assigneeId: org.officer.id });
    await requestInformation({ viewer: org.officer, caseId: c.id, question: QUESTION });
    await saveAnswerDraft({ viewer: org.officer, caseId: c.id, input: { findings: "Огледахме парка.", decision: "Ще поставим пейки.", reasons: "Предложението е основателно." } });
    let [k] = await clocksOf(c.id);
    expect(k!.state).toBe("RUNNING");
    expect(k!.pauses[0]!.endedAt).not.toBeNull();

    await requestInformation({ viewer: org.officer, caseId: c.id, question: QUESTION });
    await saveAnswerDraft({ viewer: org.officer, caseId: c.id, input: { findings: "Огледахме парка.", decision: "Ще поставим пейки.", reasons: "Предложението е основателно." } });
    await approveAnswer({ viewer: org.head, caseId: c.id });
    await sendAnswer({ viewer: org.head, caseId: c.id });
    [k] = await clocksOf(c.id);
    expect(k!.state).toBe("MET");
    expect(k!.pauses).toHaveLength(2);
    expect(k!.pauses.every((p) => p.endedAt !== null)).toBe(true);
  });

  it("recording information received on a case that is not waiting is a conflict; others get not found", async () => {
    const c = await submit(t.db.prisma, opinion);
    await assignCase({ viewer: org.head, caseId: c.id, assigneeId: org.officer.id });
    const doc = `mutation($c: ID!) { recordInformationReceived(caseId: $c) { id } }`;
    const r1 = await gql(doc, { c: c.id }, { viewer: org.officer });
    expect(r1.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    await requestInformation({ viewer: org.officer, caseId: c.id, question: QUESTION });
    const r2 = await gql(doc, { c: c.id }, { viewer: org.officerOther });
    expect(r2.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const r3 = await gql<{ recordInformationReceived: { id: string } }>(doc, { c: c.id }, { viewer: org.officer });
    expect(r3.errors).toBeUndefined();
  });
});

describe("test policies with terms in minutes", () => {
  const minutePolicy = { answerOwed: true, clocks: [{ clock: "DECIDE", term: { minutes: 2 }, from: "RECEIPT", basis: "тестов срок" }] };

  it("are ignored unless HARTA_ALLOW_MINUTE_TERMS is set, so they never shorten a real term", async () => {
    await t.db.prisma.kindPolicy.upsert({ where: { kind: "COMPLAINT" }, create: { kind: "COMPLAINT", ...minutePolicy }, update: minutePolicy });
    const receivedAt = new Date("2026-03-02T08:00:00Z");
    const c = await submit(t.db.prisma, complaintInput, { receivedAt });
    const decide = (await clocksOf(c.id)).find((k) => k.clock === "DECIDE")!;
    expect(decide.dueDate.toISOString().slice(0, 10)).toBe("2026-05-04"); // 2 months, legal default
  });

  it("with the setting, the term ends minutes after receipt, warns halfway, and the sweeper breaches it", async () => {
    process.env.HARTA_ALLOW_MINUTE_TERMS = "1";
    await t.db.prisma.kindPolicy.upsert({ where: { kind: "COMPLAINT" }, create: { kind: "COMPLAINT", ...minutePolicy }, update: minutePolicy });
    const receivedAt = new Date(Date.now() - 1000);
    const c = await submit(t.db.prisma, complaintInput, { receivedAt });
    const clocks = await clocksOf(c.id);
    expect(clocks.map((k) => k.clock)).toEqual(["DECIDE"]);
    expect(clocks[0]!.dueAt.getTime()).toBe(receivedAt.getTime() + 120_000);
    expect(clocks[0]!.warnAt!.getTime()).toBe(receivedAt.getTime() + 60_000);
    expect(await sweepClocks(t.db.prisma, new Date(receivedAt.getTime() + 61_000))).toEqual({ warned: 1, breached: 0 });
    expect(await sweepClocks(t.db.prisma, new Date(receivedAt.getTime() + 121_000))).toEqual({ warned: 0, breached: 1 });
  });
});
