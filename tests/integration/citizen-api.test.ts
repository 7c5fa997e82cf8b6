// The citizen's public GraphQL contract, against a real database (embedded PGlite, or
// PostgreSQL with HARTA_TEST_DATABASE_URL).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestDb, type TestDb } from "@/tests/support/db";
import { gql } from "@/tests/support/graphql";

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

const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) {
      reference
      accessCode
      receivedAt
      answerOwed
      noAnswerReason
      answerDueDate
      deadlines { clock dueDate dueAt basis }
    }
  }
`;
const TRACK = /* GraphQL */ `
  query Track($reference: String!, $accessCode: String!) {
    trackFeedback(reference: $reference, accessCode: $accessCode) {
      reference kind status statusText subject receivedAt answerOwed noAnswerReason answerDueDate
      deadlines { clock dueDate }
      timeline { type at text }
      answer { text sentAt }
    }
  }
`;

type Receipt = {
  reference: string;
  accessCode: string;
  receivedAt: string;
  answerOwed: boolean;
  noAnswerReason: string | null;
  answerDueDate: string | null;
  deadlines: { clock: string; dueDate: string; dueAt: string; basis: string }[];
};

const namedComplaint = {
  kind: "COMPLAINT",
  subject: "Şikayet: sokak lambası yanmıyor",
  body: "Hristo Botev sokağındaki sokak lambası iki haftadır yanmıyor.",
  anonymous: false,
  name: "Ayşe Mehmed",
  email: "ayse.mehmed@example.org",
  consent: true,
  locale: "tr",
};

async function submit(input: Record<string, unknown>, clientKey = "client-a") {
  return gql<{ submitFeedback: Receipt }>(SUBMIT, { input }, { clientKey });
}

describe("submitFeedback", () => {
  it("registers a named complaint with a sequential reference, a code and legal deadlines", async () => {
    const first = await submit(namedComplaint);
    expect(first.errors).toBeUndefined();
    const r = first.data!.submitFeedback;
    const year = new Date().getFullYear();
    expect(r.reference).toBe(`MG-${year}-000001`);
    expect(r.accessCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(r.answerOwed).toBe(true);
    expect(r.noAnswerReason).toBeNull();
    expect(r.deadlines.map((d) => d.clock)).toEqual(["DECIDE", "NOTIFY"]);
    expect(r.deadlines[0]!.basis).toContain("121");
    expect(r.answerDueDate).toBe(r.deadlines[1]!.dueDate);

    const second = await submit({ ...namedComplaint, subject: "Another lamp" });
    expect(second.data!.submitFeedback.reference).toBe(`MG-${year}-000002`);
  });

  it("stores the case, the submitter apart, its clocks and a CASE_RECEIVED outbox event in one go", async () => {
    const { data } = await submit(namedComplaint);
    const c = await t.db.prisma.case.findUniqueOrThrow({
      where: { reference: data!.submitFeedback.reference },
      include: { submitter: true, clocks: true, events: true },
    });
    expect(c.kind).toBe("COMPLAINT");
    expect(c.locale).toBe("tr");
    expect(c.submitter?.email).toBe("ayse.mehmed@example.org");
    expect(c.clocks).toHaveLength(2);
    expect(c.events.map((e) => e.type)).toEqual(["CASE_RECEIVED"]);
    // The access code itself is never stored.
    expect(JSON.stringify(c, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))).not.toContain(data!.submitFeedback.accessCode);
  });

  it("tells an anonymous signal that no written answer is owed and starts no legal term", async () => {
    const { data, errors } = await submit({
      kind: "SIGNAL",
      subject: "Незаконен строеж",
      body: "На ул. Петър Берон се строи без разрешение от месеци.",
      anonymous: true,
      locale: "bg",
    });
    expect(errors).toBeUndefined();
    expect(data!.submitFeedback.answerOwed).toBe(false);
    expect(data!.submitFeedback.noAnswerReason).toBe("ANONYMOUS");
    expect(data!.submitFeedback.answerDueDate).toBeNull();
    const c = await t.db.prisma.case.findUniqueOrThrow({ where: { reference: data!.submitFeedback.reference }, include: { submitter: true } });
    expect(c.submitter).toBeNull();
  });

  it("names every bad field in the caller's language and stores nothing", async () => {
    const { data, errors } = await gql(
      SUBMIT,
      { input: { kind: "COMPLAINT", subject: "", body: "short", anonymous: false, email: "not-an-email", locale: "en" } },
    );
    expect(data).toBeNull();
    const ext = errors![0]!.extensions as { code: string; fieldErrors: { field: string; code: string; message: string }[] };
    expect(ext.code).toBe("BAD_USER_INPUT");
    expect(ext.fieldErrors.map((f) => [f.field, f.code])).toEqual([
      ["subject", "REQUIRED"],
      ["body", "TOO_SHORT"],
      ["email", "INVALID_EMAIL"],
      ["name", "REQUIRED"],
      ["consent", "CONSENT_REQUIRED"],
    ]);
    expect(errors![0]!.message).toMatch(/Subject/i);
    expect(await t.db.prisma.case.count()).toBe(0);
    expect(await t.db.prisma.event.count()).toBe(0);
  });

  it("answers bad input in Turkish when the submission is in Turkish", async () => {
    const { errors } = await submit({ ...namedComplaint, email: "x@", phone: null });
    const ext = errors![0]!.extensions as { fieldErrors: { field: string; message: string }[] };
    expect(ext.fieldErrors[0]!.field).toBe("email");
    const en = await submit({ ...namedComplaint, email: "x@", locale: "en" });
    const enMessage = (en.errors![0]!.extensions as { fieldErrors: { message: string }[] }).fieldErrors[0]!.message;
    expect(ext.fieldErrors[0]!.message).not.toBe(enMessage);
  });

  it("refuses contact data on an anonymous submission", async () => {
    const { errors } = await submit({ kind: "OPINION", subject: "Сайтът", body: "Сайтът е труден за ползване.", anonymous: true, email: "a@example.org" });
    expect((errors![0]!.extensions as { fieldErrors: { field: string; code: string }[] }).fieldErrors).toEqual([
      expect.objectContaining({ field: "email", code: "ANONYMOUS_WITH_CONTACT" }),
    ]);
  });

  it("rejects texts over the limit and an unknown category", async () => {
    const tooLong = await submit({ ...namedComplaint, body: "x".repeat(10_001) });
    expect((tooLong.errors![0]!.extensions as { fieldErrors: { field: string; code: string }[] }).fieldErrors[0]).toMatchObject({ field: "body", code: "TOO_LONG" });
    const badCategory = await submit({ ...namedComplaint, categoryCode: "NO_SUCH" });
    expect((badCategory.errors![0]!.extensions as { fieldErrors: { field: string; code: string }[] }).fieldErrors[0]).toMatchObject({ field: "categoryCode", code: "INVALID_CHOICE" });
    expect(await t.db.prisma.case.count()).toBe(0);
  });

  it("refuses a filled honeypot", async () => {
    const { errors } = await submit({ ...namedComplaint, website: "http://spam.example" });
    expect(errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    expect(await t.db.prisma.case.count()).toBe(0);
  });

  it("limits submissions per client and says when to try again", async () => {
    for (let i = 0; i < 20; i++) expect((await submit(namedComplaint, "busy-client")).errors).toBeUndefined();
    const { errors } = await submit(namedComplaint, "busy-client");
    expect(errors![0]!.extensions!.code).toBe("RATE_LIMITED");
    expect(errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    expect((await submit(namedComplaint, "other-client")).errors).toBeUndefined();
  });
});

describe("trackFeedback", () => {
  it("shows status, deadlines and public timeline to the holder of the code", async () => {
    const receipt = (await submit(namedComplaint)).data!.submitFeedback;
    const { data, errors } = await gql<{ trackFeedback: Record<string, unknown> }>(
      TRACK,
      { reference: receipt.reference.toLowerCase().replace(/-/g, " "), accessCode: receipt.accessCode.toLowerCase() },
      { acceptLanguage: "en-GB,en;q=0.9" },
    );
    expect(errors).toBeUndefined();
    expect(data!.trackFeedback).toMatchObject({
      reference: receipt.reference,
      kind: "COMPLAINT",
      status: "RECEIVED",
      answerOwed: true,
      answerDueDate: receipt.answerDueDate,
      answer: null,
    });
    expect((data!.trackFeedback.timeline as { type: string }[]).map((e) => e.type)).toEqual(["CASE_RECEIVED"]);
  });

  it("answers an unknown reference and a wrong code with the same null", async () => {
    const receipt = (await submit(namedComplaint)).data!.submitFeedback;
    const wrongCode = await gql(TRACK, { reference: receipt.reference, accessCode: "AAAA-AAAA-AAAA" });
    const unknown = await gql(TRACK, { reference: "MG-2020-999999", accessCode: receipt.accessCode });
    expect(wrongCode).toEqual({ data: { trackFeedback: null } });
    expect(unknown).toEqual({ data: { trackFeedback: null } });
  });

  it("rate-limits guessing per client", async () => {
    for (let i = 0; i < 10; i++) await gql(TRACK, { reference: "MG-2026-000001", accessCode: `WRONG-${i}` }, { clientKey: "guesser" });
    const blocked = await gql(TRACK, { reference: "MG-2026-000001", accessCode: "WRONG" }, { clientKey: "guesser" });
    expect(blocked.errors![0]!.extensions!.code).toBe("RATE_LIMITED");
  });
});

describe("deadlinePreview", () => {
  it("gives DECIDE for a proposal and a signal, ACKNOWLEDGE and FEEDBACK for a whistleblower report", async () => {
    const q = `query($kind: Kind!, $at: DateTime) { deadlinePreview(kind: $kind, receivedAt: $at) { clock dueDate basis } }`;
    const at = "2026-12-23T10:00:00Z";
    const proposal = await gql<{ deadlinePreview: { clock: string; dueDate: string; basis: string }[] }>(q, { kind: "PROPOSAL", at });
    expect(proposal.data!.deadlinePreview.find((d) => d.clock === "DECIDE")).toMatchObject({ dueDate: "2027-02-23" });
    const signal = await gql<{ deadlinePreview: { clock: string }[] }>(q, { kind: "SIGNAL", at });
    expect(signal.data!.deadlinePreview.map((d) => d.clock)).toContain("DECIDE");
    const wb = await gql<{ deadlinePreview: { clock: string; dueDate: string }[] }>(q, { kind: "WHISTLEBLOWER_REPORT", at });
    // 23 Dec + 7 days = 30 Dec 2026 (a Wednesday, a working day).
    expect(wb.data!.deadlinePreview.map((d) => d.clock)).toEqual(["ACKNOWLEDGE", "FEEDBACK"]);
    expect(wb.data!.deadlinePreview[0]!.dueDate).toBe("2026-12-30");
  });

  it("honours an administrator's declared day off", async () => {
    await t.db.prisma.calendarOverride.create({ data: { date: new Date("2026-12-30T00:00:00Z"), type: "DAY_OFF", note: "test" } });
    const q = `query { deadlinePreview(kind: WHISTLEBLOWER_REPORT, receivedAt: "2026-12-23T10:00:00Z") { clock dueDate } }`;
    const { data } = await gql<{ deadlinePreview: { clock: string; dueDate: string }[] }>(q);
    expect(data!.deadlinePreview[0]!.dueDate).toBe("2026-12-31");
  });
});

describe("reference data", () => {
  it("lists the kinds with help text in the requested language", async () => {
    const { data } = await gql<{ kinds: { kind: string; name: string; answerOwed: boolean }[] }>(`{ kinds(locale: tr) { kind name answerOwed } }`);
    expect(data!.kinds).toHaveLength(10);
    const bg = await gql<{ kinds: { name: string }[] }>(`{ kinds(locale: bg) { name } }`);
    expect(data!.kinds[0]!.name).not.toBe(bg.data!.kinds[0]!.name);
  });

  it("refuses a query deeper or wider than the limits", async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: kinds { kind }`).join(" ");
    const { errors } = await gql(`{ ${aliases} }`);
    expect(errors![0]!.extensions!.code).toBe("QUERY_TOO_LARGE");
  });
});

describe("registration e-mail", () => {
  it("queues the 'registered' e-mail in the citizen's language with the case reference, in the same write", async () => {
    const { data } = await submit(namedComplaint);
    const reference = data!.submitFeedback.reference;
    const mails = await t.db.prisma.outboundMail.findMany();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toBe("ayse.mehmed@example.org");
    expect(mails[0]!.subject).toContain(reference);
    expect(mails[0]!.text).toContain(reference);
    expect(mails[0]!.text).not.toContain("HARTA-REFERENCE-TOKEN");
    expect(mails[0]!.html).toContain(reference);
    // Turkish submission, Turkish e-mail (the Bulgarian and English subjects differ).
    expect(mails[0]!.subject).not.toBe(mails[0]!.subject.replace(/[çğıöşüİ]/g, ""));
  });

  it("sends none when the citizen gave no e-mail or wrote anonymously", async () => {
    await submit({ ...namedComplaint, email: null, phone: "+359 888 123 456" });
    await submit({ kind: "SIGNAL", subject: "Сигнал", body: "Незаконно сметище до реката.", anonymous: true, locale: "bg" });
    expect(await t.db.prisma.outboundMail.count()).toBe(0);
  });
});
