// Sends the e-mail outbox (lib/mail/outbox.ts). Any number of instances may run this
// against one PostgreSQL: rows are claimed with FOR UPDATE SKIP LOCKED, and the claim
// itself counts the attempt and pushes nextAttemptAt out by a lease, so a process that
// dies mid-send leaves a row that is simply tried again once the lease runs out.
// Delivery is therefore at least once; the Message-ID is the row id, so a duplicate
// after such a crash is recognisable as the same message.
import { prisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { log } from "@/lib/log";
import { hasSecrets, redacted, unmarked } from "@/lib/mail/outbox";
import { closeMailTransport, sendMail, type MailAttachment } from "@/lib/mail/transport";
import { mailWorkerRegistry as registry } from "@/lib/mail/wake";

export { wakeMailWorker } from "@/lib/mail/wake";

export const MAX_ATTEMPTS = 6;
/** Wait after failed attempt 1, 2, … 5; attempt 6 failing is final. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 12 * 3_600_000] as const;
/** A claimed row is not claimed again for this long (longer than any send may take). */
const LEASE_MS = 10 * 60_000;
const INTERVAL_MS = 10_000;
const BATCH = 20;

interface Claimed {
  id: string;
  caseId: string | null;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  attachAnswerPdf: boolean;
  attempts: number;
  createdAt: Date;
}

export interface DeliveryReport {
  sent: number;
  /** Given up for good (FAILED). */
  failed: number;
  /** Failed this time, scheduled again. */
  retried: number;
}

/**
 * Sends what is due: at most `limit` PENDING rows whose nextAttemptAt has come (by
 * `now`, default the database clock), oldest first.
 */
export async function deliverPendingMail(options: { limit?: number; now?: Date } = {}): Promise<DeliveryReport> {
  const db = await prisma();
  const now = options.now ?? null;
  const limit = options.limit ?? BATCH;
  const rows = await db.$queryRaw<Claimed[]>`
    UPDATE "OutboundMail"
    SET "attempts" = "attempts" + 1,
        "nextAttemptAt" = COALESCE(${now}::timestamptz, now()) + ${LEASE_MS}::double precision * interval '1 millisecond'
    WHERE "id" IN (
      SELECT "id" FROM "OutboundMail"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= COALESCE(${now}::timestamptz, now())
      ORDER BY "createdAt"
      LIMIT ${limit}::int
      FOR UPDATE SKIP LOCKED)
    RETURNING "id", "caseId", "to", "subject", "text", "html", "attachAnswerPdf", "attempts", "createdAt"`;
  rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());

  const report: DeliveryReport = { sent: 0, failed: 0, retried: 0 };
  for (const row of rows) {
    // A claim whose send never finished (the process died) still counted as an attempt.
    if (row.attempts > MAX_ATTEMPTS) {
      await settle(db, row, { status: "FAILED", lastError: `gave up after ${MAX_ATTEMPTS} attempts` });
      report.failed += 1;
      continue;
    }
    try {
      const attachments = row.attachAnswerPdf ? await answerAttachment(db, row.caseId) : [];
      await sendMail({
        id: row.id,
        to: row.to,
        subject: unmarked(row.subject),
        text: unmarked(row.text),
        html: row.html == null ? null : unmarked(row.html),
        attachments,
      });
    } catch (err) {
      const lastError = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
      if (row.attempts >= MAX_ATTEMPTS) {
        await settle(db, row, { status: "FAILED", lastError });
        log.error({ mailId: row.id, attempts: row.attempts, error: lastError }, "mail delivery failed for good");
        report.failed += 1;
      } else {
        const delay = RETRY_DELAYS_MS[row.attempts - 1] ?? RETRY_DELAYS_MS[RETRY_DELAYS_MS.length - 1];
        await db.$executeRaw`
          UPDATE "OutboundMail"
          SET "lastError" = ${lastError},
              "nextAttemptAt" = COALESCE(${now}::timestamptz, now()) + ${delay}::double precision * interval '1 millisecond'
          WHERE "id" = ${row.id}::uuid`;
        log.warn({ mailId: row.id, attempts: row.attempts, error: lastError }, "mail delivery failed; will retry");
        report.retried += 1;
      }
      continue;
    }
    await settle(db, row, { status: "SENT", sentAt: options.now ?? new Date() });
    report.sent += 1;
  }
  return report;
}

/** Final state of a row; secrets marked at enqueue are redacted now that it is settled. */
async function settle(
  db: PrismaClient,
  row: Claimed,
  outcome: { status: "SENT"; sentAt: Date } | { status: "FAILED"; lastError: string },
): Promise<void> {
  const redaction =
    hasSecrets(row.subject) || hasSecrets(row.text) || hasSecrets(row.html)
      ? { subject: redacted(row.subject), text: redacted(row.text), html: row.html == null ? null : redacted(row.html) }
      : {};
  await db.outboundMail.update({
    where: { id: row.id },
    data: outcome.status === "SENT" ? { status: "SENT", sentAt: outcome.sentAt, lastError: null, ...redaction } : { ...outcome, ...redaction },
  });
}

async function answerAttachment(db: PrismaClient, caseId: string | null): Promise<MailAttachment[]> {
  if (!caseId) throw new Error("the case of this answer no longer exists");
  // Loaded on first use: the PDF library stays out of the server's start-up path.
  const { caseAnswerLetter } = await import("@/lib/letters/case-answer-letter");
  const letter = await caseAnswerLetter(db, caseId);
  // The answer is marked SENT in the transaction that enqueues its e-mail, so a missing
  // one is a bug upstream: fail (and retry) rather than send an answer e-mail without it.
  if (!letter) throw new Error("no sent answer to attach");
  return [{ filename: letter.filename, content: letter.pdf, contentType: "application/pdf" }];
}

/**
 * Runs deliverPendingMail every 10 s and whenever wakeMailWorker() is called; returns
 * the stop function (await it to let a delivery in progress finish).
 */
export function startMailWorker(): () => Promise<void> {
  if (registry.stop) return registry.stop;
  let stopped = false;
  let again = false;
  let running: Promise<void> | null = null;

  const run = async (): Promise<void> => {
    do {
      again = false;
      try {
        const report = await deliverPendingMail({ limit: BATCH });
        // A full batch means more may be waiting.
        if (report.sent + report.failed + report.retried >= BATCH) again = true;
      } catch (err) {
        log.error({ err }, "mail worker run failed");
      }
    } while (again && !stopped);
  };
  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = run().finally(() => (running = null));
  };

  const timer = setInterval(tick, INTERVAL_MS);
  timer.unref();
  const stop = async () => {
    stopped = true;
    clearInterval(timer);
    if (registry.stop === stop) {
      registry.stop = undefined;
      registry.wake = undefined;
    }
    await running;
    closeMailTransport();
  };
  registry.wake = tick;
  registry.stop = stop;
  tick();
  return stop;
}
