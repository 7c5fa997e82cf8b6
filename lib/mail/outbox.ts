// The e-mail outbox (schema.prisma, OutboundMail). A use case writes the message in the
// same transaction as the change it reports, so a rolled-back change sends nothing and
// a committed one is sent even if the process dies right after; lib/mail/worker.ts
// sends after commit, with retries. Call wakeMailWorker() once the transaction commits.
//
// Redaction without a column of its own: some messages carry a secret the database must
// not keep for ever (the access code on a registration slip: Case stores only its
// HMAC). enqueueMail wraps every occurrence of such a string in two private-use
// characters (U+E000 … U+E001, which never occur in real text and are stripped from
// the input first). The worker removes the marks for sending, and once the row is
// settled (SENT, or FAILED for good) rewrites subject, text and html with each marked
// span replaced by "••••". The row itself says what to redact, so this survives a
// restart between enqueue and send, and several instances sharing the table.
import type { Prisma } from "@/lib/db/generated/client";
import { escapeHtml } from "@/lib/mail/html";

export interface MailToEnqueue {
  caseId?: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** Attach the case's answer as a PDF letter, rendered at send time from its SENT draft. */
  attachAnswerPdf?: boolean;
  /** Strings (an access code, a one-time token) replaced by "••••" in the stored copy once sent. */
  redactAfterSend?: string[];
}

const START = "\uE000";
const END = "\uE001";
const MARKS = /[\uE000\uE001]/g;
const MARKED = /\uE000[^\uE001]*\uE001/g;
export const REDACTED = "••••";

/** Writes a message to the outbox in the caller's transaction; returns its id. */
export async function enqueueMail(tx: Prisma.TransactionClient, mail: MailToEnqueue): Promise<string> {
  const to = mail.to.trim();
  if (!/^[^\s@]+@[^\s@]+$/.test(to)) throw new Error("enqueueMail: `to` must be one e-mail address");
  const secrets = (mail.redactAfterSend ?? []).map((s) => s.replace(MARKS, "")).filter((s) => s.length > 0);
  const row = await tx.outboundMail.create({
    select: { id: true },
    data: {
      caseId: mail.caseId ?? null,
      to,
      subject: mark(mail.subject, secrets),
      text: mark(mail.text, secrets),
      // Builders escape what they put in HTML, so look for the escaped form there too.
      html: mail.html == null ? null : mark(mail.html, [...secrets, ...secrets.map(escapeHtml)]),
      attachAnswerPdf: mail.attachAnswerPdf ?? false,
    },
  });
  return row.id;
}

/** The stored text as it is sent: redaction marks removed, secrets intact. */
export function unmarked(stored: string): string {
  return stored.replace(MARKS, "");
}

/** The stored text with every secret replaced by "••••": what is kept, and what staff may see. */
export function redacted(stored: string): string {
  return stored.replace(MARKED, REDACTED);
}

/** True when the stored text still holds a secret to redact. */
export function hasSecrets(stored: string | null): boolean {
  return stored != null && stored.includes(START);
}

function mark(value: string, secrets: string[]): string {
  const clean = value.replace(MARKS, "");
  if (secrets.length === 0) return clean;
  // One pass with the longest strings first: overlapping secrets never nest marks.
  const unique = [...new Set(secrets)].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(unique.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  return clean.replace(pattern, (m) => `${START}${m}${END}`);
}
