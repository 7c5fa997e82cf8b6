// The citizen's e-mails (lib/mail/messages.ts): in the case's language, with the facts the
// citizen needs (reference, access code, dates, links), and HTML that escapes every value.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  answerReadyMail,
  forwardedMail,
  infoRequestedMail,
  registeredMail,
  slipMail,
  type MailContent,
} from "@/lib/mail/messages";
import { LOCALES, type Locale } from "@/lib/domain/kinds";
import { catalogs } from "@/lib/i18n/messages";

const REFERENCE = "MG-2026-000123";
const CODE = "7K2M-QX9D-4RTA";
const RECEIVED = new Date("2026-05-14T21:30:00Z"); // 15 May in Sofia (UTC+3)
const DUE = "2026-07-14";

// Dates as a citizen reads them in each language (Sofia calendar).
const RECEIVED_TEXT: Record<Locale, string> = { bg: "15 май 2026 г.", tr: "15 Mayıs 2026", en: "May 15, 2026" };
const DUE_TEXT: Record<Locale, string> = { bg: "14 юли 2026 г.", tr: "14 Temmuz 2026", en: "July 14, 2026" };
type MailKind = "registered" | "slip" | "infoRequested" | "forwarded" | "answerReady";

const HOSTILE = `<script>alert("x")</script> & 'quotes'`;

beforeEach(() => {
  vi.stubEnv("HARTA_PUBLIC_URL", "https://harta.example.bg/");
});
afterEach(() => {
  vi.unstubAllEnvs();
});

function expectWellFormed(mail: MailContent, locale: Locale, kind: MailKind): void {
  // The subject in the citizen's language, with the reference.
  expect(mail.subject).toBe(catalogs[locale].mail[kind].subject.replace("{reference}", REFERENCE));
  expect(mail.subject).not.toMatch(/[\r\n]/);
  expect(mail.html).toMatch(new RegExp(`^<!DOCTYPE html>\\n<html lang="${locale}">`));
  expect(mail.text).toContain(REFERENCE);
  expect(mail.html).toContain(REFERENCE);
  // Every message says how to follow the case, with a link to the tracking page.
  expect(mail.text).toContain(`https://harta.example.bg/${locale}/track`);
  expect(mail.html).toContain(`<a href="https://harta.example.bg/${locale}/track">`);
  // No catalog key leaked through as text (a missing message falls back to its key).
  expect(mail.text).not.toMatch(/\bmail\.[a-zA-Z]+/);
  // The private-use characters the outbox uses for redaction never come from a builder.
  expect(mail.text + mail.html).not.toMatch(/[\uE000-\uE002]/);
}

describe.each(LOCALES)("e-mails in %s", (locale) => {
  it("registration: reference, date received and the answer's due date", () => {
    const mail = registeredMail({ locale, reference: REFERENCE, name: "Ayşe Юсеин", receivedAt: RECEIVED, answerDueDate: DUE });
    expectWellFormed(mail, locale, "registered");
    expect(mail.text).toContain(RECEIVED_TEXT[locale]);
    expect(mail.text).toContain(DUE_TEXT[locale]);
    expect(mail.text).toContain("Ayşe Юсеин");
    expect(mail.text).not.toContain(CODE);
  });

  it("registration without an answer owed says why", () => {
    const mail = registeredMail({ locale, reference: REFERENCE, receivedAt: RECEIVED, noAnswerReason: "OLDER_THAN_TWO_YEARS" });
    expectWellFormed(mail, locale, "registered");
    expect(mail.text).toContain(catalogs[locale].noAnswerReasons.OLDER_THAN_TWO_YEARS);
    expect(mail.text).toContain(catalogs[locale].mail.answerNotOwed);
  });

  it("slip: reference, access code, due date and how to track", () => {
    const mail = slipMail({ locale, reference: REFERENCE, accessCode: CODE, receivedAt: RECEIVED, answerDueDate: DUE });
    expectWellFormed(mail, locale, "slip");
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain(CODE);
      expect(part).toContain(DUE_TEXT[locale]);
      expect(part).toContain(RECEIVED_TEXT[locale]);
    }
    expect(mail.text).toContain(`${catalogs[locale].mail.accessCodeLabel}: ${CODE}`);
    expect(mail.html).toContain(`<th scope="row"`);
  });

  it("information request: the question and the date to reply by", () => {
    const mail = infoRequestedMail({ locale, reference: REFERENCE, question: "Кой номер?\nHangi sokak?", respondBy: DUE });
    expectWellFormed(mail, locale, "infoRequested");
    expect(mail.text).toContain("Кой номер?\nHangi sokak?");
    expect(mail.html).toContain("Кой номер?<br>Hangi sokak?");
    expect(mail.text).toContain(DUE_TEXT[locale]);
  });

  it("forwarding: the competent body, the date and АПК чл. 112", () => {
    const mail = forwardedMail({ locale, reference: REFERENCE, body: "Областен управител — Кърджали", forwardedAt: RECEIVED });
    expectWellFormed(mail, locale, "forwarded");
    expect(mail.text).toContain("Областен управител — Кърджали");
    expect(mail.text).toContain(RECEIVED_TEXT[locale]);
    expect(mail.text).toMatch(/112/);
  });

  it("answer: the three reasoned parts, the date, the tracking and one-time rating links", () => {
    const mail = answerReadyMail({
      locale,
      reference: REFERENCE,
      date: RECEIVED,
      findings: "Установихме, че лампата не свети.",
      decision: "Ремонт до 31 май.",
      reasons: "Чл. 11 от наредбата.",
      ratingToken: "tok_abc123",
      pdfAttached: true,
    });
    expectWellFormed(mail, locale, "answerReady");
    const m = catalogs[locale].mail.answerReady;
    for (const heading of [m.findings, m.decision, m.reasons]) expect(mail.html).toContain(`>${heading}</h2>`);
    for (const body of ["Установихме, че лампата не свети.", "Ремонт до 31 май.", "Чл. 11 от наредбата."]) {
      expect(mail.text).toContain(body);
      expect(mail.html).toContain(body);
    }
    expect(mail.text).toContain(RECEIVED_TEXT[locale]);
    expect(mail.text).toContain(`https://harta.example.bg/${locale}/rate/tok_abc123`);
    expect(mail.html).toContain(`<a href="https://harta.example.bg/${locale}/rate/tok_abc123">${m.rateLinkText}</a>`);
    expect(mail.text).toContain(m.pdfNote);
  });

  it("answer without a rating token has no rating link", () => {
    const mail = answerReadyMail({ locale, reference: REFERENCE, date: RECEIVED, findings: "a", decision: "b", reasons: "c" });
    expect(mail.text).not.toContain("/rate/");
    expect(mail.text).not.toContain(catalogs[locale].mail.answerReady.pdfNote);
  });
});

describe("HTML escaping", () => {
  it("escapes every value a citizen or an officer typed", () => {
    const mails = [
      registeredMail({ locale: "bg", reference: REFERENCE, name: HOSTILE, receivedAt: RECEIVED }),
      infoRequestedMail({ locale: "en", reference: REFERENCE, name: HOSTILE, question: HOSTILE }),
      forwardedMail({ locale: "tr", reference: REFERENCE, body: HOSTILE, forwardedAt: RECEIVED }),
      answerReadyMail({ locale: "en", reference: REFERENCE, date: RECEIVED, findings: HOSTILE, decision: HOSTILE, reasons: HOSTILE, ratingToken: `"><x` }),
    ];
    for (const mail of mails) {
      expect(mail.html).not.toContain("<script>");
      expect(mail.html).not.toContain(`"><x`);
      expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;");
      // The plain-text part carries the words as typed.
      expect(mail.text).toContain(HOSTILE);
    }
  });

  it("keeps a subject on one header line", () => {
    const mail = forwardedMail({ locale: "en", reference: `${REFERENCE}\r\nBcc: x@example.com`, body: "x", forwardedAt: RECEIVED });
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });
});

describe("plain-text headings", () => {
  it("upper-case Turkish headings the Turkish way (İ, not I)", async () => {
    const mail = answerReadyMail({
      locale: "tr",
      reference: REFERENCE,
      date: RECEIVED,
      findings: "Lamba yanmıyor.",
      decision: "Onarılacak.",
      reasons: "Belediyenin görevi.",
      ratingToken: "t",
    });
    expect(mail.text).toContain("TESPİTLER");
  });
});
