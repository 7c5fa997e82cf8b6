// The written answer as a printable A4 letter (PDF) for post, and the attachment of the
// answer e-mail. АПК чл. 123(1) wants a reasoned decision: findings, decision, reasons.
//
// pdfkit lays out and paginates text itself; the document, its fonts (DejaVu Sans, Cyrillic
// and Turkish) and page geometry come from lib/letters/pdf-document.ts.
import { openPdfDocument } from "./pdf-document";
import { formats, timeZone } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/domain/kinds";

export interface AnswerLetterInput {
  locale: Locale;
  reference: string;
  /** Date of the answer (shown as a Sofia calendar date). */
  date: Date;
  recipient: { name: string | null; address: string | null };
  subject: string;
  findings: string;
  decision: string;
  reasons: string;
  /** Who signs (the official who approved the answer). */
  signedBy: string;
  departmentName: string;
}

// The municipality's own letterhead: its official name and postal address, in Bulgarian
// whatever the letter's language (the address is what the post office reads).
const LETTERHEAD = {
  name: "ОБЩИНА МОМЧИЛГРАД",
  address: "6800 Момчилград, ул. „26-ти декември“ 12",
  phones: "тел. 03631/60-51 · факс 03631/78-49",
};

const MARGIN = { top: 56, bottom: 72, left: 70, right: 56 };
const INK = "#111111";
const MUTED = "#555555";

/** Plain text for the page: one kind of line break, no control characters, tabs as spaces. */
function clean(s: string): string {
  return s
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, "    ")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F\uE000\uE001]/g, "")
    .trim();
}

export async function renderAnswerLetter(input: AnswerLetterInput): Promise<Buffer> {
  const t = translator(input.locale);
  const dateText = new Intl.DateTimeFormat(input.locale, { ...formats.dateTime.long, timeZone }).format(input.date);
  const title = t("letter.title", { reference: input.reference });

  const { doc, done, left, width, keep } = openPdfDocument({
    margins: MARGIN,
    lang: input.locale,
    info: { Title: title, Author: t("letter.municipality"), Subject: clean(input.subject) },
  });

  // Letterhead.
  doc.fillColor(INK).font("bold").fontSize(16).text(LETTERHEAD.name, left, MARGIN.top, { width, align: "center", characterSpacing: 1 });
  if (input.locale !== "bg") doc.font("body").fontSize(10).fillColor(MUTED).text(t("letter.municipality"), { width, align: "center" });
  doc.font("body").fontSize(9).fillColor(MUTED).text(LETTERHEAD.address, { width, align: "center" });
  doc.text(LETTERHEAD.phones, { width, align: "center" });
  doc.moveDown(0.4);
  doc.moveTo(left, doc.y).lineTo(left + width, doc.y).lineWidth(0.8).strokeColor(INK).stroke();
  doc.moveDown(1.2);

  // Recipient (left) and reference and date (right), side by side.
  const top = doc.y;
  const rightWidth = 190;
  const rightX = left + width - rightWidth;
  doc.fillColor(INK).font("body").fontSize(10);
  doc.text(`${t("letter.referenceLabel")} ${input.reference}`, rightX, top, { width: rightWidth, align: "right" });
  doc.text(`${t("letter.dateLabel")}: ${dateText}`, rightX, doc.y, { width: rightWidth, align: "right" });
  const rightEnd = doc.y;
  const recipientWidth = width - rightWidth - 20;
  doc.font("body").fontSize(10).fillColor(MUTED).text(t("letter.toLabel"), left, top, { width: recipientWidth });
  doc.fillColor(INK).font("bold").fontSize(11);
  doc.text(clean(input.recipient.name ?? "") || t("letter.recipientUnknown", { reference: input.reference }), { width: recipientWidth });
  const address = clean(input.recipient.address ?? "");
  if (address) doc.font("body").fontSize(11).text(address, { width: recipientWidth });
  doc.x = left;
  doc.y = Math.max(doc.y, rightEnd);
  doc.moveDown(2);

  // Subject, greeting, introduction.
  doc.font("bold").fontSize(11).fillColor(INK).text(`${t("letter.subjectLabel")}: `, left, doc.y, { width, continued: true });
  doc.font("body").text(clean(input.subject));
  doc.moveDown(1.2);
  const name = clean(input.recipient.name ?? "");
  doc.text(name ? t("letter.greeting", { name }) : t("letter.greetingNoName"), { width });
  doc.moveDown(0.6);
  doc.text(t("letter.intro", { reference: input.reference }), { width });
  doc.moveDown(0.8);

  // The three parts of a reasoned answer.
  const sections: [string, string][] = [
    [t("letter.findings"), input.findings],
    [t("letter.decision"), input.decision],
    [t("letter.reasons"), input.reasons],
  ];
  for (const [heading, body] of sections) {
    doc.font("bold").fontSize(12);
    keep(doc.currentLineHeight(true) * 3);
    doc.text(heading, left, doc.y, { width });
    doc.moveDown(0.3);
    // Blank lines between paragraphs become the paragraph gap (no half-empty lines).
    doc.font("body").fontSize(11).text(clean(body).replace(/\n\s*\n/g, "\n"), { width, lineGap: 2, paragraphGap: 6 });
    doc.moveDown(0.8);
  }

  // Closing and signature, kept together on one page.
  doc.font("body").fontSize(11);
  keep(doc.currentLineHeight(true) * 7);
  doc.moveDown(0.6);
  doc.text(t("letter.closing"), left, doc.y, { width });
  doc.moveDown(2.5);
  doc.fillColor(MUTED).text("……………………………", { width });
  doc.fillColor(INK).font("bold").text(clean(input.signedBy), { width });
  doc.font("body").text(clean(input.departmentName), { width });

  // Footer on every page: reference and page numbers (written into the bottom margin, so
  // the margin is lifted first or pdfkit would start yet another page).
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const pageBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("body").fontSize(8).fillColor(MUTED);
    const footer = `${input.reference} · ${t("letter.page", { page: i - range.start + 1, pages: range.count })}`;
    doc.text(footer, left, doc.page.height - 44, { width, align: "center", lineBreak: false });
    doc.page.margins.bottom = pageBottom;
  }
  doc.end();
  return done;
}
