// Shared steps of the citizen's browser journeys (tests/e2e/*.test.ts): fill and send the
// submit form, read the confirmation, look a case up, run axe, and the expected texts
// and dates computed independently of the pages (Intl in Europe/Sofia, the catalogs).
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { expect } from "vitest";
import { catalogs } from "@/lib/i18n/messages";
import { translator } from "@/lib/i18n/translate";
import { WorkingCalendar } from "@/lib/domain/calendar";

export const LOCALES = ["bg", "tr", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const REFERENCE_RE = /^MG-\d{4}-\d{6}$/;
/** Three groups of four from the Crockford-style alphabet (no I, L, O, U). */
export const ACCESS_CODE_RE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
export const SOFIA = "Europe/Sofia";

export const messages = (locale: Locale) => catalogs[locale];
export const t = (locale: Locale) => translator(locale);

// ---------------------------------------------------------------------------------------
// Contexts that remember every URL the browser asked for

export interface RecordingContext {
  context: BrowserContext;
  page: Page;
  /** Every request URL (navigations, redirects, server actions, assets), in order. */
  urls: string[];
}

/** What went wrong in a page (failed responses, script errors), shown when a wait times out. */
const troubles = new WeakMap<Page, string[]>();

function watch(page: Page): void {
  const notes: string[] = [];
  troubles.set(page, notes);
  page.on("pageerror", (e) => notes.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") notes.push(`console error: ${m.text()}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) notes.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  page.on("requestfailed", (r) => notes.push(`failed ${r.method()} ${r.url()}: ${r.failure()?.errorText ?? "?"}`));
}

export async function openContext(browser: Browser, options: BrowserContextOptions = {}): Promise<RecordingContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const urls: string[] = [];
  context.on("request", (request) => {
    urls.push(request.url());
  });
  const page = await context.newPage();
  watch(page);
  return { context, page, urls };
}

/** No access code (as shown, or in any spelling a URL could carry it) in any URL. */
export function expectNoCodeInUrls(urls: readonly string[], codes: readonly string[]): void {
  expect(urls.length).toBeGreaterThan(0);
  for (const code of codes) {
    const spellings = [code, code.replace(/-/g, ""), encodeURIComponent(code)].map((s) => s.toUpperCase());
    const leaks = urls.filter((u) => {
      let decoded = u;
      try {
        decoded = decodeURIComponent(u);
      } catch {
        // a malformed escape: check the URL as it is
      }
      return spellings.some((s) => decoded.toUpperCase().includes(s) || u.toUpperCase().includes(s));
    });
    expect(leaks, `access code ${code} appeared in URLs`).toEqual([]);
  }
}

/** True once React has hydrated the element (it carries React's props key). */
export async function waitForHydration(page: Page, selector = "main form"): Promise<void> {
  try {
    await page.waitForFunction(
      (sel) => {
        const el = document.querySelector(sel);
        return !!el && Object.keys(el).some((k) => k.startsWith("__reactProps"));
      },
      selector,
      { timeout: 15_000 },
    );
  } catch (error) {
    // Usually a script that did not load: say which (e.g. .next rebuilt under the server).
    const notes = troubles.get(page) ?? [];
    throw new Error(
      `React never hydrated "${selector}" on ${page.url()} (${(error as Error).message.split("\n")[0]})` +
        (notes.length > 0 ? `; the page saw:\n  ${notes.slice(-15).join("\n  ")}` : ""),
    );
  }
}

// ---------------------------------------------------------------------------------------
// The submit form

export interface Submission {
  kind: "COMPLAINT" | "SIGNAL" | "PRAISE" | "PROPOSAL" | "OPINION";
  subject: string;
  body: string;
  anonymous: boolean;
  name?: string;
  email?: string;
  phone?: string;
  consent?: boolean;
}

export function namedComplaint(locale: Locale): Submission {
  const text = {
    bg: { subject: "Уличното осветление не работи", body: "На ул. „Христо Ботев“ 12 уличното осветление не работи от две седмици.", name: "Айше Мехмед" },
    tr: { subject: "Sokak lambası yanmıyor", body: "Hristo Botev Sokağı 12 önündeki sokak lambası iki haftadır yanmıyor.", name: "Ayşe Mehmet" },
    en: { subject: "Street light is out", body: "The street light at 12 Hristo Botev St. has been out for two weeks.", name: "Ayshe Mehmed" },
  }[locale];
  return { kind: "COMPLAINT", ...text, anonymous: false, email: "ayse.mehmed@example.org", phone: "0888 123 456", consent: true };
}

export function anonymousSignal(locale: Locale): Submission {
  const text = {
    bg: { subject: "Незаконно сметище край реката", body: "Край река Върбица зад бензиностанцията от месец се изхвърлят строителни отпадъци." },
    tr: { subject: "Nehir kenarında kaçak çöplük", body: "Varbitsa nehri kenarında benzinliğin arkasına bir aydır inşaat atığı dökülüyor." },
    en: { subject: "Illegal dump by the river", body: "Building waste has been dumped by the Varbitsa river behind the petrol station for a month." },
  }[locale];
  return { kind: "SIGNAL", ...text, anonymous: true };
}

export async function openSubmitForm(page: Page, baseUrl: string, locale: Locale, options: { js?: boolean } = {}): Promise<void> {
  await page.goto(`${baseUrl}/${locale}/submit`);
  if (options.js !== false) await waitForHydration(page, "form.submit-form");
}

export async function fillSubmission(page: Page, s: Submission): Promise<void> {
  await page.check(`#f-kind-${s.kind}`);
  await page.fill("#f-subject", s.subject);
  await page.fill("#f-body", s.body);
  await page.check(s.anonymous ? "#f-anonymous-yes" : "#f-anonymous-no");
  if (!s.anonymous) {
    if (s.name !== undefined) await page.fill("#f-name", s.name);
    if (s.email !== undefined) await page.fill("#f-email", s.email);
    if (s.phone !== undefined) await page.fill("#f-phone", s.phone);
    if (s.consent) await page.check("#f-consent");
  }
}

export async function pressSend(page: Page): Promise<void> {
  await page.click("form.submit-form button[type=submit]");
}

export interface Confirmation {
  reference: string;
  accessCode: string;
  /** Text of "the written answer is due by …", when the page shows one. */
  due: string | null;
  /** A machine-readable due date (<time datetime>) in that sentence, if the page gives one. */
  dueDateTime: string | null;
  /** The whole "when will you get an answer" section. */
  answerSection: string;
  /** The list of terms (clock: date (basis)). */
  terms: string[];
}

export async function readConfirmation(page: Page, locale: Locale): Promise<Confirmation> {
  await page.waitForURL(`**/${locale}/submit/done`, { timeout: 20_000 });
  const codes = page.locator(".codes dd");
  await expect.poll(() => codes.count()).toBe(2);
  const reference = (await codes.nth(0).innerText()).trim();
  const accessCode = (await codes.nth(1).innerText()).trim();
  const due = (await page.locator(".due").count()) > 0 ? (await page.locator(".due").innerText()).trim() : null;
  const time = page.locator(".due time[datetime]");
  const dueDateTime = (await time.count()) > 0 ? await time.first().getAttribute("datetime") : null;
  const answerSection = (await page.locator("section[aria-labelledby=answer-heading]").innerText()).trim();
  const terms = (await page.locator(".terms li").allInnerTexts()).map((s) => s.trim());
  return { reference, accessCode, due, dueDateTime, answerSection, terms };
}

/** Open the form, fill it, send it, and read the confirmation. */
export async function submitThroughForm(page: Page, baseUrl: string, locale: Locale, s: Submission): Promise<Confirmation> {
  await openSubmitForm(page, baseUrl, locale);
  await fillSubmission(page, s);
  await pressSend(page);
  return readConfirmation(page, locale);
}

// ---------------------------------------------------------------------------------------
// The track page

export interface TrackResult {
  found: boolean;
  /** The error summary's heading when nothing was found. */
  problem: string | null;
  heading: string | null;
  facts: Record<string, string>;
  timeline: string[];
  terms: string[];
}

export async function trackCase(
  page: Page,
  baseUrl: string,
  locale: Locale,
  reference: string,
  accessCode: string,
  options: { js?: boolean } = {},
): Promise<TrackResult> {
  await page.goto(`${baseUrl}/${locale}/track`);
  if (options.js !== false) await waitForHydration(page, "form.track-form");
  await page.fill("#t-reference", reference);
  await page.fill("#t-accessCode", accessCode);
  await page.click("form.track-form button[type=submit]");
  await page.locator(".case-view, .error-summary").first().waitFor({ timeout: 20_000 });
  return readTrackResult(page);
}

export async function readTrackResult(page: Page): Promise<TrackResult> {
  if ((await page.locator(".case-view").count()) === 0) {
    return { found: false, problem: (await page.locator(".error-summary h2").innerText()).trim(), heading: null, facts: {}, timeline: [], terms: [] };
  }
  const facts: Record<string, string> = {};
  for (const row of await page.locator(".facts > div").all()) {
    facts[(await row.locator("dt").innerText()).trim()] = (await row.locator("dd").innerText()).trim();
  }
  return {
    found: true,
    problem: null,
    heading: (await page.locator("#case-heading").innerText()).trim(),
    facts,
    timeline: (await page.locator(".timeline li .timeline-what").allInnerTexts()).map((s) => s.trim()),
    terms: (await page.locator(".case-view .terms li").allInnerTexts()).map((s) => s.trim()),
  };
}

// ---------------------------------------------------------------------------------------
// Dates, computed here rather than read from the product

const DATE_FORMATS = {
  short: { day: "numeric", month: "numeric", year: "numeric" },
  long: { day: "numeric", month: "long", year: "numeric" },
  full: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
} as const;

/** A Sofia calendar date (YYYY-MM-DD) as the pages should print it in `locale`. */
export function localDate(locale: Locale, isoDate: string, style: keyof typeof DATE_FORMATS): string {
  // Noon UTC is the same calendar day in Sofia (UTC+2/+3).
  return new Intl.DateTimeFormat(locale, { ...DATE_FORMATS[style], timeZone: SOFIA }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** The Sofia calendar date of an instant. */
export function sofiaDay(instant: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: SOFIA, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * The legal terms of a named complaint or signal received at `receivedAt`, counted by
 * hand (legal-deadlines.md): decision within two months of the day of receipt (АПК
 * чл. 121; ГПК чл. 60(3): the same date, or the month's last day), the written answer
 * within 7 days of that (АПК чл. 123(1); ГПК чл. 60(2)); a term ending on a day off
 * ends on the next working day (ГПК чл. 60(6)). Only "is this a working day" comes from
 * the product (the Bulgarian holiday table, unit-tested on its own).
 */
export function legalTermsOfComplaint(receivedAt: Date): { decide: string; notify: string } {
  const calendar = new WorkingCalendar();
  const roll = (iso: string) => {
    let d = iso;
    while (!calendar.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  };
  const decide = roll(addMonths(sofiaDay(receivedAt), 2));
  const notify = roll(addDays(decide, 7));
  return { decide, notify };
}

// ---------------------------------------------------------------------------------------
// GraphQL over HTTP

export async function graphql<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${baseUrl}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

// ---------------------------------------------------------------------------------------
// axe

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** axe's violations on the page as readable lines (empty when there are none). */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  // Legacy mode runs axe.run in the page itself instead of gathering partial results in a
  // new blank page per call: 3–5 times faster here, and the only thing it gives up is
  // cross-origin iframes, which these pages do not have (axe's frame-tested rule would
  // report one). resultTypes: only violations are wanted, so passing nodes are not collected.
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ["violations"] }).setLegacyMode().analyze();
  return result.violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 5)
      .map((n) => `      ${n.target.join(" ")}\n        ${n.failureSummary?.replace(/\n/g, "\n        ") ?? ""}`)
      .join("\n");
    const more = v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more` : "";
    return `${label}: ${v.id} (${v.impact ?? "?"}) ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
  });
}
