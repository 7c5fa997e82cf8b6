// How a message leaves the building. SMTP_URL set → that SMTP server (nodemailer);
// unset → each message becomes an .eml file in `${dataDir}/mail/`, so a demo without a
// mail server still shows every e-mail (open it with any mail program).
// Callers are the outbox worker (lib/mail/worker.ts) only: use cases enqueue, never send.
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { SendMailOptions, Transporter } from "nodemailer";
import { config } from "@/lib/config";

export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

export interface OutgoingMail {
  /** The outbox row id: becomes the Message-ID, so a retried message keeps its identity. */
  id: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  attachments?: MailAttachment[];
}

export interface Delivery {
  transport: "smtp" | "file";
  messageId: string;
  /** The .eml written (file transport). */
  file?: string;
}

// Timeouts well below the worker's claim lease (lib/mail/worker.ts): a hanging server
// turns into a retry, never into a second instance sending the same row meanwhile.
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

interface Registry {
  smtp?: { url: string; transporter: Transporter };
}
// One transporter per process, shared by Next's bundle and the custom server.
const registry = ((globalThis as { __hartaMailTransport?: Registry }).__hartaMailTransport ??= {});

function smtpTransporter(url: string): Transporter {
  if (registry.smtp?.url !== url) {
    registry.smtp?.transporter.close();
    registry.smtp = { url, transporter: nodemailer.createTransport({ url, ...SMTP_TIMEOUTS }) };
  }
  return registry.smtp.transporter;
}

/** Drop the cached SMTP connection settings (tests switch SMTP_URL; shutdown). */
export function closeMailTransport(): void {
  registry.smtp?.transporter.close();
  registry.smtp = undefined;
}

function senderDomain(from: string): string {
  return /@([^\s>]+)>?\s*$/.exec(from)?.[1] ?? "harta.invalid";
}

function message(mail: OutgoingMail): SendMailOptions {
  return {
    from: config.mailFrom,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html ?? undefined,
    messageId: `<${mail.id}@${senderDomain(config.mailFrom)}>`,
    // RFC 3834: machine-sent, so vacation responders stay quiet.
    headers: { "Auto-Submitted": "auto-generated" },
    attachments: mail.attachments?.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
  };
}

/** Sends one message; throws when the server refuses it or cannot be reached. */
export async function sendMail(mail: OutgoingMail): Promise<Delivery> {
  const url = config.smtpUrl;
  if (url) {
    const info = await smtpTransporter(url).sendMail(message(mail));
    if (info.rejected?.length) throw new Error(`recipient refused: ${info.response}`);
    return { transport: "smtp", messageId: info.messageId };
  }
  return writeEml(mail);
}

async function writeEml(mail: OutgoingMail): Promise<Delivery> {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  const info = await composer.sendMail(message(mail));
  const dir = path.join(config.dataDir, "mail");
  await fs.mkdir(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.join(dir, `${stamp}-${mail.id}.eml`);
  // Write then rename: whoever watches the folder never sees half a message.
  await fs.writeFile(`${file}.tmp`, info.message as Buffer);
  await fs.rename(`${file}.tmp`, file);
  return { transport: "file", messageId: info.messageId, file };
}
