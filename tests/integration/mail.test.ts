// The e-mail outbox end to end: enqueued in the caller's transaction, delivered after
// commit to a real SMTP server (smtp-server, on a loopback port) with retries, or written
// as .eml files when no SMTP server is configured; answer letters attached as PDF.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import { startTestDb, type TestDb } from "@/tests/support/db";
import { enqueueMail, REDACTED } from "@/lib/mail/outbox";
import { closeMailTransport } from "@/lib/mail/transport";
import { deliverPendingMail, MAX_ATTEMPTS, RETRY_DELAYS_MS, startMailWorker, wakeMailWorker } from "@/lib/mail/worker";
import { answerReadyMail, registeredMail, slipMail } from "@/lib/mail/messages";
import { renderAnswerLetter } from "@/lib/letters/answer-letter";

interface Received {
  envelopeTo: string[];
  mail: ParsedMail;
}

// A real SMTP server. `refuse` makes it answer the next N messages with a temporary error.
const smtp = {
  received: [] as Received[],
  refuse: 0,
  server: null as SMTPServer | null,
  url: "",
};

let t: TestDb;
let dataDir: string;
const saved = { SMTP_URL: process.env.SMTP_URL, HARTA_DATA_DIR: process.env.HARTA_DATA_DIR };

beforeAll(async () => {
  t = await startTestDb();
  smtp.server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
      simpleParser(stream).then(
        (mail) => {
          if (smtp.refuse > 0) {
            smtp.refuse -= 1;
            const err = Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 });
            callback(err);
            return;
          }
          smtp.received.push({ envelopeTo, mail });
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.server!.once("error", reject);
    smtp.server!.listen(0, "127.0.0.1", () => resolve());
  });
  const address = smtp.server.server.address();
  if (!address || typeof address === "string") throw new Error("no SMTP port");
  smtp.url = `smtp://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  closeMailTransport();
  await new Promise<void>((resolve) => (smtp.server ? smtp.server.close(() => resolve()) : resolve()));
  await t?.close();
  restoreEnv();
});

function restoreEnv(): void {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

beforeEach(async () => {
  await t.reset();
  smtp.received = [];
  smtp.refuse = 0;
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "harta-mail-"));
  process.env.HARTA_DATA_DIR = dataDir;
  process.env.SMTP_URL = smtp.url;
});
afterEach(async () => {
  restoreEnv();
  await fs.rm(dataDir, { recursive: true, force: true });
});

const RECEIVED_AT = new Date("2026-05-14T09:00:00Z");

/** A case with a named submitter and a sent, reasoned answer. */
async function answeredCase(reference = "MG-2026-000042"): Promise<string> {
  const p = t.db.prisma;
  const department = await p.department.create({ data: { code: `MAIL-${reference}`, name: { bg: "Дирекция „Устройство на територията“", tr: "İmar Müdürlüğü", en: "Spatial Planning" } } });
  const head = await p.user.create({ data: { email: `head-${reference}@example.org`, name: "инж. Георги Петров", role: "HEAD", departmentId: department.id } });
  const c = await p.case.create({
    data: {
      reference,
      kind: "COMPLAINT",
      channel: "WEB",
      locale: "tr",
      subject: "Sokak lambası yanmıyor — ул. „Христо Ботев“",
      body: "İki haftadır yanmıyor.",
      anonymous: false,
      answerOwed: true,
      receivedAt: RECEIVED_AT,
      accessCodeHash: "x",
      departmentId: department.id,
      status: "ANSWERED",
      answeredAt: new Date("2026-06-01T08:00:00Z"),
      submitter: { create: { name: "Ayşe Mehmed", email: "ayse@example.org", address: "ул. „Родопи“ 5\n6800 Момчилград" } },
    },
  });
  await p.answerDraft.create({
    data: {
      caseId: c.id,
      findings: "Lamba arızalı; İşçiler 20 Mayıs’ta kontrol etti.",
      decision: "Lamba 31 Mayıs’a kadar değiştirilecek.",
      reasons: "Belediye sokak aydınlatmasının bakımından sorumludur (ЗМСМА чл. 17).",
      status: "SENT",
      authorId: head.id,
      approvedById: head.id,
      approvedAt: new Date("2026-06-01T07:00:00Z"),
      sentAt: new Date("2026-06-01T08:00:00Z"),
    },
  });
  return c.id;
}

async function enqueueRegistered(to = "citizen@example.org"): Promise<string> {
  const content = registeredMail({ locale: "bg", reference: "MG-2026-000001", name: "Иван Иванов", receivedAt: RECEIVED_AT, answerDueDate: "2026-07-14" });
  return t.db.prisma.$transaction((tx) => enqueueMail(tx, { to, ...content }));
}

describe("mail outbox over SMTP", () => {
  it("delivers a queued e-mail to the recipient with its subject and body", async () => {
    const id = await enqueueRegistered("ivan@example.org");
    const report = await deliverPendingMail();
    expect(report).toEqual({ sent: 1, failed: 0, retried: 0 });

    expect(smtp.received).toHaveLength(1);
    const { envelopeTo, mail } = smtp.received[0]!;
    expect(envelopeTo).toEqual(["ivan@example.org"]);
    expect(mail.subject).toBe("Писмото ви е регистрирано — MG-2026-000001");
    expect(mail.from?.value[0]).toMatchObject({ address: "no-reply@momchilgrad.bg", name: "Община Момчилград" });
    expect(mail.messageId).toBe(`<${id}@momchilgrad.bg>`);
    expect(mail.headers.get("auto-submitted")).toBe("auto-generated");
    expect(mail.text).toContain("MG-2026-000001");
    expect(mail.text).toContain("14 юли 2026 г.");
    expect(mail.html).toContain('<html lang="bg">');

    const row = await t.db.prisma.outboundMail.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    // Nothing left to send.
    expect(await deliverPendingMail()).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it("attaches the answer as a PDF letter rendered from the case's sent answer", async () => {
    const caseId = await answeredCase();
    const content = answerReadyMail({
      locale: "tr",
      reference: "MG-2026-000042",
      name: "Ayşe Mehmed",
      date: new Date("2026-06-01T08:00:00Z"),
      findings: "Lamba arızalı.",
      decision: "Değiştirilecek.",
      reasons: "ЗМСМА чл. 17.",
      pdfAttached: true,
    });
    await t.db.prisma.$transaction((tx) => enqueueMail(tx, { caseId, to: "ayse@example.org", attachAnswerPdf: true, ...content }));
    expect(await deliverPendingMail()).toEqual({ sent: 1, failed: 0, retried: 0 });

    const { mail } = smtp.received[0]!;
    expect(mail.subject).toBe("Başvurunuza cevap — MG-2026-000042");
    expect(mail.attachments).toHaveLength(1);
    const pdf = mail.attachments[0]!;
    expect(pdf.contentType).toBe("application/pdf");
    expect(pdf.filename).toBe("MG-2026-000042.pdf");
    expect(pdf.content.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.content.subarray(-6).toString("latin1")).toContain("%%EOF");
  });

  it("retries a refused message later, with exponential backoff, and then sends it", async () => {
    const id = await enqueueRegistered();
    smtp.refuse = 1;
    const t0 = new Date(Date.now() + 1000);
    expect(await deliverPendingMail({ now: t0 })).toEqual({ sent: 0, failed: 0, retried: 1 });
    let row = await t.db.prisma.outboundMail.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.lastError).toMatch(/451|try again/i);
    expect(row.nextAttemptAt.getTime()).toBe(t0.getTime() + RETRY_DELAYS_MS[0]);

    // Not due yet: nothing is claimed, nothing counted.
    expect(await deliverPendingMail({ now: new Date(t0.getTime() + 30_000) })).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect((await t.db.prisma.outboundMail.findUniqueOrThrow({ where: { id } })).attempts).toBe(1);

    expect(await deliverPendingMail({ now: new Date(t0.getTime() + RETRY_DELAYS_MS[0] + 1) })).toEqual({ sent: 1, failed: 0, retried: 0 });
    row = await t.db.prisma.outboundMail.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    expect(smtp.received).toHaveLength(1);
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts (1 min, 5 min, 30 min, 2 h, 12 h apart) and keeps the last error`, async () => {
    const id = await enqueueRegistered();
    smtp.refuse = 100;
    let now = new Date(Date.now() + 1000);
    const waits: number[] = [];
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      expect(await deliverPendingMail({ now })).toEqual({ sent: 0, failed: 0, retried: 1 });
      const row = await t.db.prisma.outboundMail.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ status: "PENDING", attempts: attempt });
      waits.push(row.nextAttemptAt.getTime() - now.getTime());
      now = row.nextAttemptAt;
    }
    expect(waits).toEqual([60_000, 300_000, 1_800_000, 7_200_000, 43_200_000]);
    expect(await deliverPendingMail({ now })).toEqual({ sent: 0, failed: 1, retried: 0 });
    const row = await t.db.prisma.outboundMail.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS, sentAt: null });
    expect(row.lastError).toMatch(/451|try again/i);
    // A failed message is never tried again.
    expect(await deliverPendingMail({ now: new Date(now.getTime() + 86_400_000) })).toEqual({ sent: 0, failed: 0, retried: 0 });
  });

  it("enqueues nothing when the caller's transaction rolls back", async () => {
    const content = registeredMail({ locale: "en", reference: "MG-2026-000009", receivedAt: RECEIVED_AT });
    await expect(
      t.db.prisma.$transaction(async (tx) => {
        await enqueueMail(tx, { to: "rollback@example.org", ...content });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await t.db.prisma.outboundMail.count()).toBe(0);
    expect(await deliverPendingMail()).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(smtp.received).toHaveLength(0);
  });

  it("sends a slip's access code in full but keeps only a redacted copy", async () => {
    const code = "7K2M-QX9D-4RTA";
    const content = slipMail({ locale: "tr", reference: "MG-2026-000077", accessCode: code, receivedAt: RECEIVED_AT, answerDueDate: "2026-07-14" });
    const id = await t.db.prisma.$transaction((tx) => enqueueMail(tx, { to: "slip@example.org", redactAfterSend: [code], ...content }));

    // Until it is sent, the row holds the code (it has to: the hash cannot be reversed).
    const pending = await t.db.prisma.outboundMail.findUniqueOrThrow({ where: { id } });
    expect(pending.text.replace(/[\uE000\uE001]/g, "")).toContain(code);

    expect(await deliverPendingMail()).toEqual({ sent: 1, failed: 0, retried: 0 });
    const { mail } = smtp.received[0]!;
    expect(mail.text).toContain(`Erişim kodu: ${code}`);
    expect(mail.html).toContain(code);
    expect(`${mail.text}${mail.html}${mail.subject}`).not.toMatch(/[\uE000-\uE002]/);

    const sent = await t.db.prisma.outboundMail.findUniqueOrThrow({ where: { id } });
    for (const stored of [sent.text, sent.html ?? "", sent.subject]) {
      expect(stored).not.toContain(code);
      expect(stored).not.toMatch(/[\uE000\uE001]/);
    }
    expect(sent.text).toContain(`Erişim kodu: ${REDACTED}`);
    expect(sent.html).toContain(REDACTED);
    // Everything else is kept as sent.
    expect(sent.text).toContain("MG-2026-000077");
  });

  it("sends each message once when two workers run at the same time", async () => {
    for (let i = 0; i < 6; i++) await enqueueRegistered(`c${i}@example.org`);
    const reports = await Promise.all([deliverPendingMail({ limit: 4 }), deliverPendingMail({ limit: 4 })]);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(6);
    expect(smtp.received.map((r) => r.envelopeTo[0]).sort()).toEqual([0, 1, 2, 3, 4, 5].map((i) => `c${i}@example.org`));
  });

  it("the background worker sends soon after it is woken", async () => {
    const stop = startMailWorker();
    try {
      // Let the first run (at start) find the outbox empty; the next timed run is 10 s away.
      await new Promise((r) => setTimeout(r, 300));
      await enqueueRegistered("woken@example.org");
      wakeMailWorker();
      const deadline = Date.now() + 3_000;
      while (smtp.received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(smtp.received.map((r) => r.envelopeTo[0])).toEqual(["woken@example.org"]);
    } finally {
      await stop();
    }
  });
});

describe("mail without SMTP settings", () => {
  it("writes each message as an .eml file in the data folder", async () => {
    delete process.env.SMTP_URL;
    const id = await enqueueRegistered("demo@example.org");
    expect(await deliverPendingMail()).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(smtp.received).toHaveLength(0);

    const dir = path.join(dataDir, "mail");
    const files = await fs.readdir(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2}T[\\d-]+Z-${id}\\.eml$`));
    const mail = await simpleParser(await fs.readFile(path.join(dir, files[0]!)));
    expect(mail.subject).toBe("Писмото ви е регистрирано — MG-2026-000001");
    expect((Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address).toBe("demo@example.org");
    expect(mail.text).toContain("MG-2026-000001");
    expect((await t.db.prisma.outboundMail.findUniqueOrThrow({ where: { id } })).status).toBe("SENT");
  });
});

describe("answer letter", () => {
  it("wraps and paginates a long answer into a multi-page A4 PDF", async () => {
    const paragraph = "Установихме при проверка на място, че уличното осветление не работи; Türkçe: ğ ş ı İ ç ö ü. ";
    const pdf = await renderAnswerLetter({
      locale: "bg",
      reference: "MG-2026-000123",
      date: new Date("2026-05-14T21:30:00Z"),
      recipient: { name: null, address: null },
      subject: "Улично осветление",
      findings: Array.from({ length: 40 }, () => paragraph.repeat(3)).join("\n\n"),
      decision: "Ремонт.",
      reasons: "Чл. 17 ЗМСМА.",
      signedBy: "Кмет",
      departmentName: "Община Момчилград",
    });
    const raw = pdf.toString("latin1");
    expect(raw.startsWith("%PDF-")).toBe(true);
    const pages = raw.match(/\/Type \/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(2);
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    // The Cyrillic and Turkish font is embedded, and no standard (Latin-1) font is used.
    expect(raw).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans/);
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
  });
});
