// The e-mails a citizen receives, in the case's language (bg, tr, en). Texts live in the
// catalogs' `mail` namespace; this file only arranges them. Each builder returns the
// subject, a plain-text body and a simple HTML body (one column, real headings, a data
// table for the facts, every value escaped), ready for enqueueMail.
import { config } from "@/lib/config";
import type { Locale, NoAnswerReason } from "@/lib/domain/kinds";
import { calendarDate } from "@/lib/i18n/dates";
import { message } from "@/lib/i18n/lookup";
import { translator } from "@/lib/i18n/translate";
import { escapeHtml } from "@/lib/mail/html";

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

interface Common {
  locale: Locale;
  reference: string;
  /** The submitter's name, for the greeting. */
  name?: string | null;
}

/** A Sofia calendar date ("2026-07-14", as the clocks store it) or an instant. */
type DateLike = string | Date;

export interface RegisteredMailInput extends Common {
  receivedAt: Date;
  answerDueDate?: DateLike | null;
  noAnswerReason?: NoAnswerReason | null;
}

export interface SlipMailInput extends RegisteredMailInput {
  /** Shown once; enqueue with `redactAfterSend: [accessCode]`. */
  accessCode: string;
}

export interface InfoRequestedMailInput extends Common {
  question: string;
  respondBy?: DateLike | null;
}

export interface ForwardedMailInput extends Common {
  /** The competent body it went to (АПК чл. 112). */
  body: string;
  forwardedAt: Date;
}

export interface AnswerReadyMailInput extends Common {
  /** Date of the answer. */
  date: Date;
  findings: string;
  decision: string;
  reasons: string;
  /** One-time rating token (its hash is in Rating); enqueue with `redactAfterSend: [ratingToken]`. */
  ratingToken?: string | null;
  /** Say that the PDF letter is attached (enqueue with attachAnswerPdf). */
  pdfAttached?: boolean;
}

type Fact = { label: string; value: string; code?: boolean };
type Block =
  | { kind: "p"; text: string }
  | { kind: "facts"; facts: Fact[] }
  | { kind: "section"; heading: string; body: string }
  | { kind: "link"; text: string; url: string; label: string };

// Stands for a link inside a catalog sentence until the HTML is built around it.
const URL_SLOT = "\uE002";

function toDate(value: DateLike): Date {
  return typeof value === "string" ? calendarDate(value) : value;
}

export function trackUrl(locale: Locale): string {
  return `${config.publicUrl}/${locale}/track`;
}

export function rateUrl(locale: Locale, token: string): string {
  return `${config.publicUrl}/${locale}/rate/${encodeURIComponent(token)}`;
}

export function registeredMail(input: RegisteredMailInput): MailContent {
  const t = translator(input.locale);
  return compose(input, t("mail.registered.subject", { reference: input.reference }), [
    { kind: "p", text: t("mail.registered.lead", { date: input.receivedAt, reference: input.reference }) },
    ...answerTerm(input),
    { kind: "p", text: t("mail.registered.codeReminder") },
    trackLink(input.locale),
  ]);
}

export function slipMail(input: SlipMailInput): MailContent {
  const t = translator(input.locale);
  const facts: Fact[] = [
    { label: t("mail.referenceLabel"), value: input.reference, code: true },
    { label: t("mail.accessCodeLabel"), value: input.accessCode, code: true },
    { label: t("mail.receivedLabel"), value: t("mail.date", { date: input.receivedAt }) },
  ];
  if (input.answerDueDate) facts.push({ label: t("mail.dueLabel"), value: t("mail.date", { date: toDate(input.answerDueDate) }) });
  return compose(input, t("mail.slip.subject", { reference: input.reference }), [
    { kind: "p", text: t("mail.slip.lead", { date: input.receivedAt }) },
    { kind: "facts", facts },
    ...answerTerm(input),
    { kind: "p", text: t("mail.slip.codeNote") },
    trackLink(input.locale),
  ]);
}

export function infoRequestedMail(input: InfoRequestedMailInput): MailContent {
  const t = translator(input.locale);
  const blocks: Block[] = [
    { kind: "p", text: t("mail.infoRequested.lead", { reference: input.reference }) },
    { kind: "section", heading: "", body: input.question },
  ];
  if (input.respondBy) blocks.push({ kind: "p", text: t("mail.infoRequested.respondBy", { date: toDate(input.respondBy) }) });
  blocks.push({ kind: "p", text: t("mail.infoRequested.how", { reference: input.reference }) }, trackLink(input.locale));
  return compose(input, t("mail.infoRequested.subject", { reference: input.reference }), blocks);
}

export function forwardedMail(input: ForwardedMailInput): MailContent {
  const t = translator(input.locale);
  return compose(input, t("mail.forwarded.subject", { reference: input.reference }), [
    { kind: "p", text: t("mail.forwarded.lead", { reference: input.reference, date: input.forwardedAt, body: input.body }) },
    {
      kind: "facts",
      facts: [
        { label: t("mail.referenceLabel"), value: input.reference, code: true },
        { label: t("mail.forwarded.bodyLabel"), value: input.body },
        { label: t("mail.dateLabel"), value: t("mail.date", { date: input.forwardedAt }) },
      ],
    },
    { kind: "p", text: t("mail.forwarded.law") },
    { kind: "p", text: t("mail.forwarded.next", { body: input.body }) },
    trackLink(input.locale),
  ]);
}

export function answerReadyMail(input: AnswerReadyMailInput): MailContent {
  const t = translator(input.locale);
  const blocks: Block[] = [
    { kind: "p", text: t("mail.answerReady.lead", { reference: input.reference, date: input.date }) },
    {
      kind: "facts",
      facts: [
        { label: t("mail.referenceLabel"), value: input.reference, code: true },
        { label: t("mail.dateLabel"), value: t("mail.date", { date: input.date }) },
      ],
    },
    { kind: "section", heading: t("mail.answerReady.findings"), body: input.findings },
    { kind: "section", heading: t("mail.answerReady.decision"), body: input.decision },
    { kind: "section", heading: t("mail.answerReady.reasons"), body: input.reasons },
  ];
  if (input.pdfAttached) blocks.push({ kind: "p", text: t("mail.answerReady.pdfNote") });
  blocks.push(trackLink(input.locale));
  if (input.ratingToken) {
    blocks.push(
      { kind: "link", text: t("mail.answerReady.rate", { url: URL_SLOT }), url: rateUrl(input.locale, input.ratingToken), label: t("mail.answerReady.rateLinkText") },
      { kind: "p", text: t("mail.answerReady.rateNote") },
    );
  }
  return compose(input, t("mail.answerReady.subject", { reference: input.reference }), blocks);
}

function answerTerm(input: RegisteredMailInput): Block[] {
  const t = translator(input.locale);
  if (input.noAnswerReason) {
    return [
      { kind: "p", text: t("mail.answerNotOwed") },
      { kind: "p", text: message(input.locale, `noAnswerReasons.${input.noAnswerReason}`) },
    ];
  }
  if (input.answerDueDate) return [{ kind: "p", text: t("mail.answerDue", { due: toDate(input.answerDueDate) }) }];
  return [{ kind: "p", text: t("mail.answerNoTerm") }];
}

function trackLink(locale: Locale): Block {
  const url = trackUrl(locale);
  return { kind: "link", text: translator(locale)("mail.track", { url: URL_SLOT }), url, label: url };
}

function compose(input: Common, subject: string, blocks: Block[]): MailContent {
  const t = translator(input.locale);
  const name = input.name?.trim();
  const greeting = name ? t("mail.greeting", { name }) : t("mail.greetingNoName");
  const footer = [t("mail.signature"), t("mail.contact"), t("mail.noReply")];
  return {
    subject: oneLine(subject),
    text: [greeting, ...blocks.map((b) => plain(b, input.locale)), `-- \n${footer.join("\n")}`].join("\n\n") + "\n",
    html: page(input.locale, subject, [
      `<p ${P}>${escapeHtml(greeting)}</p>`,
      ...blocks.map(html),
      `<hr style="border:0;border-top:1px solid #cccccc;margin:32px 0 16px">`,
      `<p style="font-size:14px;color:#444444">${footer.map(escapeHtml).join("<br>")}</p>`,
    ]),
  };
}

/** Subjects are one header line, whatever a name or reference contains. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function plain(block: Block, locale: string): string {
  switch (block.kind) {
    case "p":
      return block.text;
    case "facts":
      return block.facts.map((f) => `${f.label}: ${f.value}`).join("\n");
    case "section":
      return block.heading ? `${block.heading.toLocaleUpperCase(locale)}\n${normalise(block.body)}` : normalise(block.body);
    case "link":
      return block.text.replace(URL_SLOT, block.url);
  }
}

const P = `style="margin:0 0 16px"`;

function html(block: Block): string {
  switch (block.kind) {
    case "p":
      return `<p ${P}>${escapeHtml(block.text)}</p>`;
    case "facts":
      return [
        `<table style="border-collapse:collapse;margin:0 0 16px"><tbody>`,
        ...block.facts.map(
          (f) =>
            `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:4px 16px 4px 0;font-weight:bold">${escapeHtml(f.label)}</th>` +
            `<td style="padding:4px 0">${
              f.code
                ? `<span style="font-family:Consolas,Menlo,monospace;font-size:18px;letter-spacing:1px">${escapeHtml(f.value)}</span>`
                : escapeHtml(f.value)
            }</td></tr>`,
        ),
        `</tbody></table>`,
      ].join("\n");
    case "section": {
      const paragraphs = normalise(block.body)
        .split(/\n{2,}/)
        .map((p) => `<p ${P}>${p.split("\n").map(escapeHtml).join("<br>")}</p>`);
      return block.heading
        ? `<h2 style="font-size:18px;margin:24px 0 8px">${escapeHtml(block.heading)}</h2>\n${paragraphs.join("\n")}`
        : `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #cccccc">${paragraphs.join("\n")}</blockquote>`;
    }
    case "link": {
      const anchor = `<a href="${escapeHtml(block.url)}">${escapeHtml(block.label)}</a>`;
      return `<p ${P}>${escapeHtml(block.text).replace(URL_SLOT, anchor)}</p>`;
    }
  }
}

function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\uE000-\uE002]/g, "")
    .trim();
}

function page(locale: Locale, title: string, body: string[]): string {
  return [
    `<!DOCTYPE html>`,
    `<html lang="${locale}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(oneLine(title))}</title></head>`,
    `<body style="margin:0;padding:0;background:#ffffff">`,
    `<div style="max-width:640px;margin:0 auto;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">`,
    ...body,
    `</div>`,
    `</body>`,
    `</html>`,
    ``,
  ].join("\n");
}
