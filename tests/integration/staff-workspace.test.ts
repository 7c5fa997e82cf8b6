// The staff workspace against a real database, through real GraphQL documents, named by
// behaviour: who sees what, how a case moves from receipt to answer, and what each step
// leaves behind (audit record, outbox event, mail).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import sharp from "sharp";
import { startTestDb, type TestDb } from "@/tests/support/db";
import { gql } from "@/tests/support/graphql";
import { complaintInput, corruptionInput, makeOrg, submit, type Org } from "@/tests/support/fixtures";
import type { Viewer } from "@/lib/auth/viewer";
import { addAttachment } from "@/lib/cases/add-attachment";
import { getAttachment } from "@/lib/cases/get-attachment";
import { sofiaDate } from "@/lib/domain/deadlines";
import { addDaysIso, addMonthsIso } from "@/lib/domain/iso-date";
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

type Errors = { errors?: readonly { extensions?: Record<string, unknown>; message: string }[] };
const code = (r: Errors) => r.errors?.[0]?.extensions?.code;

async function ok<T>(document: string, variables: Record<string, unknown>, viewer: Viewer | null): Promise<T> {
  const r = await gql<T>(document, variables, { viewer });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as T;
}

const CASE = /* GraphQL */ `
  query Case($id: ID!) {
    case(id: $id) {
      id reference kind status subject body departmentCode answerOwed noAnswerReason
      assignee { id name }
      submitter { name email }
      submitterHidden
      nextDueDate
      clocks { clock dueDate state metAt }
      timeline { action actor { name } changes { field before after } }
      notes { text author { name } }
      drafts { status findings author { name } approvedBy { name } }
      mergedInto { reference }
      mergedCases { reference }
      answerText
      allowedActions
    }
  }
`;
const ASSIGN = `mutation($caseId: ID!, $assigneeId: ID!) { assignCase(caseId: $caseId, assigneeId: $assigneeId) { id status assigneeId } }`;
const DRAFT = `mutation($caseId: ID!, $input: AnswerDraftInput!) { saveAnswerDraft(caseId: $caseId, input: $input) { id status } }`;
const APPROVE = `mutation($caseId: ID!) { approveAnswer(caseId: $caseId) { id status approvedBy { name } } }`;
const SEND = `mutation($caseId: ID!) { sendAnswer(caseId: $caseId) { case { status nextDueAt } citizenEmailed } }`;
const TRACK = `query($reference: String!, $accessCode: String!) { trackFeedback(reference: $reference, accessCode: $accessCode) { status answer { text sentAt } } }`;

const draftInput = {
  findings: "Проверка на място установи изгорели лампи на три стълба.",
  decision: "Лампите ще бъдат подменени до края на седмицата.",
  reasons: "Поддръжката на уличното осветление е задължение на общината.",
};

describe("handling a case", () => {
  it("head assigns, officer drafts, head approves and sends: the citizen gets the answer mail and the tracking page shows the answer", async () => {
    const c = await submit(t.db.prisma, complaintInput);
    expect((await ok<{ assignCase: { status: string } }>(ASSIGN, { caseId: c.id, assigneeId: org.officer.id }, org.head)).assignCase.status).toBe("IN_PROGRESS");
    await ok(DRAFT, { caseId: c.id, input: draftInput }, org.officer);
    // The officer cannot approve their own draft; the head can.
    expect(code(await gql(APPROVE, { caseId: c.id }, { viewer: org.officer }))).toBe("FORBIDDEN");
    await ok(APPROVE, { caseId: c.id }, org.head);
    const sent = await ok<{ sendAnswer: { case: { status: string; nextDueAt: string | null }; citizenEmailed: boolean } }>(SEND, { caseId: c.id }, org.head);
    expect(sent.sendAnswer).toEqual({ case: { status: "ANSWERED", nextDueAt: null }, citizenEmailed: true });

    const mail = await t.db.prisma.outboundMail.findFirstOrThrow({ where: { caseId: c.id }, orderBy: { createdAt: "desc" } });
    expect(mail.to).toBe(complaintInput.email);
    expect(mail.attachAnswerPdf).toBe(true);
    expect(mail.subject).toContain(c.reference);
    expect(unmarked(mail.text)).toContain(draftInput.decision);
    expect(unmarked(mail.text)).toMatch(/\/bg\/rate\/[A-Za-z0-9_-]{20,}/);

    const tracked = await gql<{ trackFeedback: { status: string; answer: { text: string } } }>(TRACK, { reference: c.reference, accessCode: c.accessCode });
    expect(tracked.data!.trackFeedback.status).toBe("ANSWERED");
    expect(tracked.data!.trackFeedback.answer.text).toContain(c.reference);
    expect(tracked.data!.trackFeedback.answer.text).toContain(draftInput.findings);

    const detail = (await ok<{ case: { clocks: { clock: string; state: string; metAt: string | null }[]; drafts: { status: string }[] } }>(CASE, { id: c.id }, org.head)).case;
    expect(detail.clocks.map((k) => [k.clock, k.state])).toEqual([["DECIDE", "MET"], ["NOTIFY", "MET"]]);
    expect(detail.drafts.map((d) => d.status)).toEqual(["SENT"]);
  });
});

describe("who sees what", () => {
  const LIST = `query($filter: CaseFilter) { cases(filter: $filter, first: 50) { totalCount edges { node { reference } } } }`;

  it("officer of another department cannot see a case", async () => {
    const c = await submit(t.db.prisma, complaintInput);
    expect(code(await gql(CASE, { id: c.id }, { viewer: org.officerOther }))).toBe("NOT_FOUND");
    expect(code(await gql(CASE, { id: c.id }, { viewer: org.headOther }))).toBe("NOT_FOUND");
    // Not forbidden, not found: a stranger learns nothing, even that it exists.
    expect(code(await gql(ASSIGN, { caseId: c.id, assigneeId: org.officerOther.id }, { viewer: org.headOther }))).toBe("NOT_FOUND");
    const theirs = await ok<{ cases: { totalCount: number } }>(LIST, {}, org.officerOther);
    expect(theirs.cases.totalCount).toBe(0);
    const ours = await ok<{ cases: { totalCount: number } }>(LIST, {}, org.officer);
    expect(ours.cases.totalCount).toBe(1);
  });

  it("integrity officer alone sees a corruption signal's submitter", async () => {
    const signal = await submit(t.db.prisma, corruptionInput);
    // Wrongly routed to INF (category LIGHT): still invisible to INF, and to management.
    for (const v of [org.officer, org.head, org.manager, org.admin, org.clerk]) {
      expect(code(await gql(CASE, { id: signal.id }, { viewer: v }))).toBe("NOT_FOUND");
      if (v.role !== "CLERK" && v.role !== "ADMIN") expect((await ok<{ cases: { totalCount: number } }>(LIST, {}, v)).cases.totalCount).toBe(0);
    }
    const seen = await ok<{ case: { submitter: { name: string; email: string } | null; timeline: { action: string; actor: { name: string } | null }[] } }>(
      CASE,
      { id: signal.id },
      org.integrity,
    );
    expect(seen.case.submitter).toEqual({ name: corruptionInput.name, email: corruptionInput.email });
    // Reading a confidential case is itself recorded.
    const reads = await t.db.prisma.auditRecord.findMany({ where: { action: "CASE_READ_CONFIDENTIAL", entityId: signal.id } });
    expect(reads.map((r) => r.actorId)).toEqual([org.integrity.id]);

    // Reclassified as an ordinary complaint, it reaches the department — without its submitter, ever.
    const TRIAGE = `mutation($caseId: ID!, $input: TriageCaseInput!) { triageCase(caseId: $caseId, input: $input) { kind departmentCode } }`;
    await ok(TRIAGE, { caseId: signal.id, input: { kind: "COMPLAINT", reason: "Няма данни за корупция; оплакване от обслужването." } }, org.integrity);
    const asHead = await ok<{ case: { submitter: unknown; submitterHidden: boolean; body: string } }>(CASE, { id: signal.id }, org.head);
    expect(asHead.case.submitter).toBeNull();
    expect(asHead.case.submitterHidden).toBe(true);
    expect(asHead.case.body).toBe(corruptionInput.body);
    expect((await ok<{ case: { submitter: { name: string } } }>(CASE, { id: signal.id }, org.integrity)).case.submitter.name).toBe(corruptionInput.name);
  });

  it("heads and management see the triage queue; officers do not", async () => {
    await submit(t.db.prisma, { ...complaintInput, categoryCode: null });
    const queue = { filter: { unrouted: true } };
    expect((await ok<{ cases: { totalCount: number } }>(LIST, queue, org.head)).cases.totalCount).toBe(1);
    expect((await ok<{ cases: { totalCount: number } }>(LIST, queue, org.headOther)).cases.totalCount).toBe(1);
    expect((await ok<{ cases: { totalCount: number } }>(LIST, queue, org.manager)).cases.totalCount).toBe(1);
    expect((await ok<{ cases: { totalCount: number } }>(LIST, queue, org.officer)).cases.totalCount).toBe(0);
    expect(code(await gql(LIST, queue, { viewer: org.clerk }))).toBe("FORBIDDEN");
    expect(code(await gql(LIST, queue, { viewer: null }))).toBe("UNAUTHENTICATED");
  });

  it("an officer writes only on cases assigned to them", async () => {
    const c = await submit(t.db.prisma, complaintInput);
    const NOTE = `mutation($caseId: ID!, $text: String!) { addNote(caseId: $caseId, text: $text) { text author { name } } }`;
    expect(code(await gql(NOTE, { caseId: c.id, text: "Обадих се на гражданина." }, { viewer: org.officer }))).toBe("FORBIDDEN");
    await ok(ASSIGN, { caseId: c.id, assigneeId: org.officer.id }, org.head);
    await ok(NOTE, { caseId: c.id, text: "Обадих се на гражданина." }, org.officer);
    expect(code(await gql(NOTE, { caseId: c.id, text: "Прочетох." }, { viewer: org.officer2 }))).toBe("FORBIDDEN");
    expect(code(await gql(NOTE, { caseId: c.id, text: "Прочетох." }, { viewer: org.manager }))).toBe("FORBIDDEN");
    // An assignee must belong to the case's department.
    const wrong = await gql(ASSIGN, { caseId: c.id, assigneeId: org.officerOther.id }, { viewer: org.head });
    expect(wrong.errors![0]!.extensions!.fieldErrors).toEqual([expect.objectContaining({ field: "assigneeId", code: "INVALID_CHOICE" })]);
  });
});

describe("registration at the counter", () => {
  const REGISTER = /* GraphQL */ `
    mutation($input: RegisterSubmissionInput!) {
      registerSubmission(input: $input) { caseId reference accessCode receivedAt answerDueDate deadlines { clock dueDate } slipEmailed }
    }
  `;
  const letter = (receivedOn: string) => ({
    ...complaintInput,
    channel: "LETTER",
    receivedOn,
    address: "ул. „Родопи“ 5, Момчилград",
    emailSlip: true,
  });

  it("a clerk registers a letter received last week and the terms count from the stamp date", async () => {
    const today = sofiaDate(new Date());
    const stamp = addDaysIso(today, -7);
    const r = (await ok<{ registerSubmission: { caseId: string; reference: string; receivedAt: string; deadlines: { clock: string; dueDate: string }[]; slipEmailed: boolean; accessCode: string } }>(
      REGISTER,
      { input: letter(stamp) },
      org.clerk,
    )).registerSubmission;
    expect(sofiaDate(new Date(r.receivedAt))).toBe(stamp);
    const decide = r.deadlines.find((d) => d.clock === "DECIDE")!;
    // Two months from the stamp, rolled to a working day (never before the plain date).
    expect(decide.dueDate >= addMonthsIso(stamp, 2)).toBe(true);
    expect(decide.dueDate <= addDaysIso(addMonthsIso(stamp, 2), 5)).toBe(true);
    const preview = await gql<{ deadlinePreview: { clock: string; dueDate: string }[] }>(
      `query($at: DateTime) { deadlinePreview(kind: COMPLAINT, receivedAt: $at) { clock dueDate } }`,
      { at: r.receivedAt },
    );
    expect(r.deadlines).toEqual(preview.data!.deadlinePreview);

    const stored = await t.db.prisma.case.findUniqueOrThrow({ where: { id: r.caseId } });
    expect(stored.channel).toBe("LETTER");
    expect(stored.serviceUnitId).toBe(org.serviceUnit);
    const audit = await t.db.prisma.auditRecord.findFirstOrThrow({ where: { action: "CASE_REGISTERED", entityId: r.caseId } });
    expect(audit.actorId).toBe(org.clerk.id);
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(complaintInput.email!);

    // The slip by e-mail; once sent, the stored copy loses the access code (lib/mail).
    expect(r.slipEmailed).toBe(true);
    const slip = await t.db.prisma.outboundMail.findFirstOrThrow({ where: { caseId: r.caseId }, orderBy: { createdAt: "desc" } });
    expect(unmarked(slip.text)).toContain(r.accessCode);
    expect(slip.text).not.toBe(unmarked(slip.text));

    // At the counter later: status and dates, no text beyond the subject, no identity.
    const STATUS = `query($reference: String!) { caseStatusByReference(reference: $reference) { reference status subject answerDueDate } }`;
    const card = await ok<{ caseStatusByReference: Record<string, unknown> }>(STATUS, { reference: r.reference.toLowerCase() }, org.clerk);
    expect(card.caseStatusByReference).toEqual({ reference: r.reference, status: "RECEIVED", subject: complaintInput.subject, answerDueDate: expect.any(String) });
    // The clerk cannot read the case itself.
    expect(code(await gql(CASE, { id: r.caseId }, { viewer: org.clerk }))).toBe("NOT_FOUND");
  });

  it("refuses a stamp in the future or older than a year, the web channel, and a slip without an address", async () => {
    const today = sofiaDate(new Date());
    const fields = async (input: Record<string, unknown>) =>
      ((await gql(REGISTER, { input }, { viewer: org.clerk })).errors![0]!.extensions!.fieldErrors as { field: string; code: string }[]).map((f) => [f.field, f.code]);
    expect(await fields(letter(addDaysIso(today, 1)))).toEqual([["receivedOn", "DATE_IN_FUTURE"]]);
    expect(await fields(letter(addDaysIso(today, -400)))).toEqual([["receivedOn", "DATE_TOO_OLD"]]);
    expect(await fields({ ...letter(today), channel: "WEB" })).toEqual([["channel", "INVALID_CHOICE"]]);
    expect(await fields({ ...letter(today), email: null })).toEqual([["email", "REQUIRED"]]);
    expect(await t.db.prisma.case.count()).toBe(0);
    expect(code(await gql(REGISTER, { input: letter(today) }, { viewer: org.head }))).toBe("FORBIDDEN");
    expect(code(await gql(REGISTER, { input: letter(today) }, { viewer: null }))).toBe("UNAUTHENTICATED");
  });
});

describe("ending a case", () => {
  const NO_ANSWER = `mutation($caseId: ID!, $reason: NoAnswerReason!) { decideNoAnswer(caseId: $caseId, reason: $reason) { status nextDueAt } }`;
  const MERGE = `mutation($caseId: ID!, $into: String!, $newFacts: Boolean) { mergeCase(caseId: $caseId, intoReference: $into, newFacts: $newFacts) { status } }`;

  it("no answer owed stops the clocks", async () => {
    const c = await submit(t.db.prisma, complaintInput);
    expect(code(await gql(NO_ANSWER, { caseId: c.id, reason: "ANONYMOUS" }, { viewer: org.head }))).toBe("BAD_USER_INPUT");
    expect(code(await gql(NO_ANSWER, { caseId: c.id, reason: "ABUSIVE_LANGUAGE" }, { viewer: org.officer }))).toBe("FORBIDDEN");
    const r = await ok<{ decideNoAnswer: { status: string; nextDueAt: string | null } }>(NO_ANSWER, { caseId: c.id, reason: "ABUSIVE_LANGUAGE" }, org.head);
    expect(r.decideNoAnswer).toEqual({ status: "CLOSED", nextDueAt: null });
    const stored = await t.db.prisma.case.findUniqueOrThrow({ where: { id: c.id }, include: { clocks: true } });
    expect(stored.clocks.map((k) => k.state)).toEqual(["STOPPED", "STOPPED"]);
    expect(stored).toMatchObject({ answerOwed: false, noAnswerReason: "ABUSIVE_LANGUAGE", noAnswerById: org.head.id });
    // The citizen's page says no answer is owed and promises no date.
    const tracked = await gql<{ trackFeedback: { noAnswerReason: string; answerDueDate: string | null; deadlines: unknown[] } }>(
      `query($r: String!, $c: String!) { trackFeedback(reference: $r, accessCode: $c) { noAnswerReason answerDueDate deadlines { clock } } }`,
      { r: c.reference, c: c.accessCode },
    );
    expect(tracked.data!.trackFeedback).toEqual({ noAnswerReason: "ABUSIVE_LANGUAGE", answerDueDate: null, deadlines: [] });
  });

  it("merge closes the repeat", async () => {
    const original = await submit(t.db.prisma, complaintInput);
    const repeat = await submit(t.db.prisma, { ...complaintInput, subject: "Пак няма осветление" });
    await ok(MERGE, { caseId: repeat.id, into: original.reference }, org.head);
    const r = (await ok<{ case: { status: string; noAnswerReason: string; mergedInto: { reference: string }; clocks: { state: string }[] } }>(CASE, { id: repeat.id }, org.head)).case;
    expect(r).toMatchObject({ status: "CLOSED", noAnswerReason: "REPEAT_WITHOUT_NEW_FACTS", mergedInto: { reference: original.reference } });
    expect(r.clocks.every((k) => k.state === "STOPPED")).toBe(true);
    const o = (await ok<{ case: { status: string; mergedCases: { reference: string }[]; timeline: { action: string }[] } }>(CASE, { id: original.id }, org.head)).case;
    expect(o.status).toBe("RECEIVED");
    expect(o.mergedCases).toEqual([{ reference: repeat.reference }]);
    expect(o.timeline.map((e) => e.action)).toContain("CASE_MERGED");

    // With new facts the repeat still closes into the original, but not as "no answer owed".
    const third = await submit(t.db.prisma, { ...complaintInput, subject: "И третият стълб изгасна" });
    await ok(MERGE, { caseId: third.id, into: original.reference, newFacts: true }, org.head);
    expect(await t.db.prisma.case.findUniqueOrThrow({ where: { id: third.id } })).toMatchObject({ status: "CLOSED", noAnswerReason: null });
    // Not into itself, not into a case the head cannot see.
    const other = await submit(t.db.prisma, { ...complaintInput, categoryCode: "WASTE" });
    const fourth = await submit(t.db.prisma, complaintInput);
    for (const into of [fourth.reference, other.reference, "MG-1999-000001"]) {
      expect(code(await gql(MERGE, { caseId: fourth.id, into }, { viewer: org.head }))).toBe("BAD_USER_INPUT");
    }
  });

  it("a closed case can be reopened, and the terms run again from receipt", async () => {
    const c = await submit(t.db.prisma, complaintInput);
    await ok(NO_ANSWER, { caseId: c.id, reason: "PERSONAL_DATA_OR_CLASSIFIED" }, org.head);
    const REOPEN = `mutation($caseId: ID!, $reason: String!) { reopenCase(caseId: $caseId, reason: $reason) { status nextDueDate } }`;
    expect(code(await gql(REOPEN, { caseId: c.id, reason: "" }, { viewer: org.head }))).toBe("BAD_USER_INPUT");
    const r = await ok<{ reopenCase: { status: string; nextDueDate: string } }>(REOPEN, { caseId: c.id, reason: "Грешна преценка." }, org.head);
    expect(r.reopenCase).toEqual({ status: "IN_PROGRESS", nextDueDate: c.clocks[0]!.dueDate });
    expect(await t.db.prisma.case.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ answerOwed: true, noAnswerReason: null });
  });

  it("a case that owes an answer cannot just be closed", async () => {
    const c = await submit(t.db.prisma, complaintInput);
    const CLOSE = `mutation($caseId: ID!) { closeCase(caseId: $caseId) { status } }`;
    expect(code(await gql(CLOSE, { caseId: c.id }, { viewer: org.head }))).toBe("CONFLICT");
    const praise = await submit(t.db.prisma, { ...complaintInput, kind: "PRAISE" });
    expect((await ok<{ closeCase: { status: string } }>(CLOSE, { caseId: praise.id }, org.head)).closeCase.status).toBe("CLOSED");
    expect((await t.db.prisma.caseClock.findMany({ where: { caseId: praise.id } })).map((k) => [k.clock, k.state])).toEqual([["TARGET", "MET"]]);
  });

  it("forwarding meets the forward term, stops the municipality's own and tells the citizen", async () => {
    const c = await submit(t.db.prisma, complaintInput);
    const FORWARD = `mutation($caseId: ID!, $to: String!) { forwardCase(caseId: $caseId, forwardedTo: $to) { case { status nextDueAt } citizenEmailed } }`;
    const r = await ok<{ forwardCase: { case: { status: string; nextDueAt: string | null }; citizenEmailed: boolean } }>(
      FORWARD,
      { caseId: c.id, to: "Областна администрация Кърджали" },
      org.head,
    );
    expect(r.forwardCase).toEqual({ case: { status: "FORWARDED", nextDueAt: null }, citizenEmailed: true });
    const clocks = await t.db.prisma.caseClock.findMany({ where: { caseId: c.id }, orderBy: { clock: "asc" } });
    expect(clocks.map((k) => [k.clock, k.state])).toEqual([["DECIDE", "STOPPED"], ["NOTIFY", "STOPPED"], ["FORWARD", "MET"]]);
    expect(clocks.find((k) => k.clock === "FORWARD")!.basis).toContain("112");
    const mail = await t.db.prisma.outboundMail.findFirstOrThrow({ where: { caseId: c.id }, orderBy: { createdAt: "desc" } });
    expect(unmarked(mail.text)).toContain("Областна администрация Кърджали");
  });
});

describe("triage", () => {
  const TRIAGE = `mutation($caseId: ID!, $input: TriageCaseInput!) { triageCase(caseId: $caseId, input: $input) { kind departmentCode nextDueDate } }`;

  it("changing the kind recomputes the open terms and records why", async () => {
    const c = await submit(t.db.prisma, complaintInput);
    const missing = await gql(TRIAGE, { caseId: c.id, input: { kind: "OPINION" } }, { viewer: org.head });
    expect(missing.errors![0]!.extensions!.fieldErrors).toEqual([expect.objectContaining({ field: "reason", code: "REQUIRED" })]);
    await ok(TRIAGE, { caseId: c.id, input: { kind: "OPINION", reason: "Мнение, не оплакване." } }, org.head);
    const clocks = await t.db.prisma.caseClock.findMany({ where: { caseId: c.id }, orderBy: { clock: "asc" } });
    expect(clocks.map((k) => [k.clock, k.state])).toEqual([["DECIDE", "STOPPED"], ["NOTIFY", "STOPPED"], ["TARGET", "RUNNING"]]);
    expect(await t.db.prisma.case.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ kind: "OPINION", answerOwed: false });
    const audit = await t.db.prisma.auditRecord.findFirstOrThrow({ where: { action: "CASE_TRIAGED", entityId: c.id } });
    expect(audit.after).toMatchObject({ kind: "OPINION", reason: "Мнение, не оплакване." });
    // And back: the legal terms run again from receipt.
    await ok(TRIAGE, { caseId: c.id, input: { kind: "SIGNAL", reason: "Все пак сигнал." } }, org.head);
    const again = await t.db.prisma.caseClock.findMany({ where: { caseId: c.id }, orderBy: { clock: "asc" } });
    expect(again.map((k) => [k.clock, k.state, k.dueDate.toISOString().slice(0, 10)])).toEqual([
      ["DECIDE", "RUNNING", c.clocks[0]!.dueDate],
      ["NOTIFY", "RUNNING", c.clocks[1]!.dueDate],
      ["TARGET", "STOPPED", expect.any(String)],
    ]);
  });

  it("any head routes an unrouted case; transfer moves it and clears the assignee", async () => {
    const c = await submit(t.db.prisma, { ...complaintInput, categoryCode: null });
    expect(code(await gql(TRIAGE, { caseId: c.id, input: { departmentCode: "INF" } }, { viewer: org.officer }))).toBe("NOT_FOUND");
    await ok(TRIAGE, { caseId: c.id, input: { categoryCode: "LIGHT" } }, org.headOther);
    await ok(ASSIGN, { caseId: c.id, assigneeId: org.officer.id }, org.head);
    const TRANSFER = `mutation($caseId: ID!, $code: String!) { transferCase(caseId: $caseId, departmentCode: $code) { departmentCode assigneeId } }`;
    expect((await ok<{ transferCase: unknown }>(TRANSFER, { caseId: c.id, code: "ENV" }, org.head)).transferCase).toEqual({ departmentCode: "ENV", assigneeId: null });
    expect(code(await gql(CASE, { id: c.id }, { viewer: org.officer }))).toBe("NOT_FOUND");
    await ok(CASE, { id: c.id }, org.officerOther);
  });
});

describe("the citizen's side", () => {
  const RATE = `mutation($token: String!, $score: Int!, $comment: String) { rateService(token: $token, score: $score, comment: $comment) { reference score } }`;

  async function answered(): Promise<{ id: string; reference: string; token: string }> {
    const c = await submit(t.db.prisma, complaintInput);
    await ok(ASSIGN, { caseId: c.id, assigneeId: org.head.id }, org.head);
    await ok(DRAFT, { caseId: c.id, input: draftInput }, org.head);
    await ok(APPROVE, { caseId: c.id }, org.head); // a head may approve their own draft
    await ok(SEND, { caseId: c.id }, org.head);
    const mail = await t.db.prisma.outboundMail.findFirstOrThrow({ where: { caseId: c.id }, orderBy: { createdAt: "desc" } });
    const token = /\/rate\/([A-Za-z0-9_-]+)/.exec(unmarked(mail.text))![1]!;
    return { id: c.id, reference: c.reference, token };
  }

  it("rates the service once with the link from the answer", async () => {
    const a = await answered();
    // Only a keyed hash of the token is stored.
    const rating = await t.db.prisma.rating.findUniqueOrThrow({ where: { caseId: a.id } });
    expect(rating.tokenHash).not.toContain(a.token);
    const bad = await gql(RATE, { token: a.token, score: 6, comment: "x".repeat(2001) });
    expect((bad.errors![0]!.extensions!.fieldErrors as { field: string }[]).map((f) => f.field)).toEqual(["score", "comment"]);
    expect((await ok<{ rateService: unknown }>(RATE, { token: a.token, score: 5, comment: "Бързо и ясно." }, null)).rateService).toEqual({ reference: a.reference, score: 5 });
    expect(code(await gql(RATE, { token: a.token, score: 1 }))).toBe("NOT_FOUND");
    expect(code(await gql(RATE, { token: "no-such-token", score: 1 }))).toBe("NOT_FOUND");
    expect(await t.db.prisma.rating.findUniqueOrThrow({ where: { caseId: a.id } })).toMatchObject({ score: 5, comment: "Бързо и ясно." });
  });

  it("asking the citizen for more puts the case on hold and e-mails the question in the case's language", async () => {
    const c = await submit(t.db.prisma, { ...complaintInput, locale: "tr", subject: "Sokak lambası yanmıyor", body: "Hristo Botev sokağındaki lamba iki haftadır yanmıyor." });
    await ok(ASSIGN, { caseId: c.id, assigneeId: org.officer.id }, org.head);
    const ASK = `mutation($caseId: ID!, $q: String!) { requestInformation(caseId: $caseId, question: $q) { case { status } citizenEmailed } }`;
    const r = await ok<{ requestInformation: unknown }>(ASK, { caseId: c.id, q: "Hangi direğin numarası? Lütfen fotoğraf gönderin." }, org.officer);
    expect(r.requestInformation).toEqual({ case: { status: "AWAITING_CITIZEN" }, citizenEmailed: true });
    const mail = await t.db.prisma.outboundMail.findFirstOrThrow({ where: { caseId: c.id }, orderBy: { createdAt: "desc" } });
    expect(mail.text).toContain("Hangi direğin numarası?");
    const bg = await submit(t.db.prisma, complaintInput);
    await ok(ASSIGN, { caseId: bg.id, assigneeId: org.officer.id }, org.head);
    await ok(ASK, { caseId: bg.id, q: "Hangi direğin numarası? Lütfen fotoğraf gönderin." }, org.officer);
    const bgMail = await t.db.prisma.outboundMail.findFirstOrThrow({ where: { caseId: bg.id }, orderBy: { createdAt: "desc" } });
    expect(bgMail.subject).not.toBe(mail.subject.replace(c.reference, bg.reference));
    // A draft puts the case back in hand.
    await ok(DRAFT, { caseId: c.id, input: draftInput }, org.officer);
    expect((await t.db.prisma.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("IN_PROGRESS");
  });

  it("a draft takes blank parts from a template in the case's language", async () => {
    await t.db.prisma.answerTemplate.createMany({
      data: [
        { code: "LIGHT_FIXED", locale: "bg", title: "Осветление", findings: "Установихме повреда в осветлението.", decision: "Повредата е отстранена.", reasons: "Чл. 11 от Наредбата за благоустройство." },
        { code: "LIGHT_FIXED", locale: "en", title: "Lighting", findings: "We found a lighting fault.", decision: "The fault was repaired.", reasons: "Art. 11 of the Ordinance." },
      ],
    });
    const c = await submit(t.db.prisma, complaintInput);
    await ok(ASSIGN, { caseId: c.id, assigneeId: org.officer.id }, org.head);
    const FULL = `mutation($caseId: ID!, $input: AnswerDraftInput!) { saveAnswerDraft(caseId: $caseId, input: $input) { findings decision reasons } }`;
    const d = await ok<{ saveAnswerDraft: unknown }>(FULL, { caseId: c.id, input: { templateCode: "LIGHT_FIXED", decision: "Лампите са подменени на 3 декември." } }, org.officer);
    expect(d.saveAnswerDraft).toEqual({ findings: "Установихме повреда в осветлението.", decision: "Лампите са подменени на 3 декември.", reasons: "Чл. 11 от Наредбата за благоустройство." });
    const tooLong = await gql(FULL, { caseId: c.id, input: { findings: "x".repeat(10_001), decision: "", reasons: "кратко" } }, { viewer: org.officer });
    expect((tooLong.errors![0]!.extensions!.fieldErrors as { field: string; code: string }[]).map((f) => [f.field, f.code])).toEqual([
      ["findings", "TOO_LONG"],
      ["decision", "REQUIRED"],
      ["reasons", "TOO_SHORT"],
    ]);
  });
});

describe("attachments", () => {
  async function photoWithGps(): Promise<Buffer> {
    return sharp({ create: { width: 120, height: 80, channels: 3, background: { r: 180, g: 40, b: 40 } } })
      .jpeg()
      .withExif({
        IFD0: { Make: "PhoneCam", Model: "X1" },
        // 41°31'N 25°24'E: Momchilgrad.
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "41/1 31/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "25/1 24/1 0/1" },
      })
      .toBuffer();
  }

  it("a photo loses its GPS position and camera data; the type is read from the bytes", async () => {
    const c = await submit(t.db.prisma, complaintInput);
    await ok(ASSIGN, { caseId: c.id, assigneeId: org.officer.id }, org.head);
    const photo = await photoWithGps();
    const before = await sharp(photo).metadata();
    expect(before.exif?.toString("latin1")).toContain("PhoneCam");
    // The GPS IFD pointer (tag 0x8825, little-endian) and the latitude 41/1 are in there.
    expect(before.exif!.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    expect(before.exif!.includes(Buffer.from([41, 0, 0, 0, 1, 0, 0, 0]))).toBe(true);

    const meta = await addAttachment({ viewer: org.officer, caseId: c.id, filename: "../../IMG_0001.JPG", bytes: photo });
    expect(meta).toMatchObject({ filename: "IMG_0001.jpg", mimeType: "image/jpeg" });
    const file = await getAttachment({ viewer: org.head, attachmentId: meta.id });
    const after = await sharp(file.data).metadata();
    expect(after.exif).toBeUndefined();
    expect(file.data.includes(Buffer.from("Exif\0\0", "latin1"))).toBe(false);
    expect(file.data.includes(Buffer.from("PhoneCam"))).toBe(false);
    expect([after.width, after.height]).toEqual([120, 80]);

    const notAPdf = Buffer.from("#!/bin/sh\necho hello\n");
    await expect(addAttachment({ viewer: org.officer, caseId: c.id, filename: "invoice.pdf", bytes: notAPdf })).rejects.toMatchObject({
      fieldErrors: [{ field: "file", code: "UNSUPPORTED_FILE_TYPE" }],
    });
    await expect(addAttachment({ viewer: org.officer, caseId: c.id, filename: "big.pdf", bytes: Buffer.alloc(10 * 1024 * 1024 + 1) })).rejects.toMatchObject({
      fieldErrors: [{ field: "file", code: "FILE_TOO_LARGE" }],
    });
  });

  it("the clerk attaches the scan of the letter they registered, and cannot read it back", async () => {
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
    const REGISTER = `mutation($input: RegisterSubmissionInput!) { registerSubmission(input: $input) { caseId } }`;
    const { registerSubmission: r } = await ok<{ registerSubmission: { caseId: string } }>(REGISTER, { input: { ...complaintInput, channel: "LETTER" } }, org.clerk);
    const meta = await addAttachment({ viewer: org.clerk, caseId: r.caseId, filename: "писмо.pdf", bytes: pdf });
    expect(meta.mimeType).toBe("application/pdf");
    await expect(getAttachment({ viewer: org.clerk, attachmentId: meta.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getAttachment({ viewer: org.officerOther, attachmentId: meta.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getAttachment({ viewer: org.officer, attachmentId: meta.id })).data.equals(pdf)).toBe(true);
    // Once the case is in hand, the clerk's window is closed.
    await ok(ASSIGN, { caseId: r.caseId, assigneeId: org.officer.id }, org.head);
    await expect(addAttachment({ viewer: org.clerk, caseId: r.caseId, filename: "2.pdf", bytes: pdf })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
