// The citizen's journey in a real browser, in each language: send a named complaint and
// an anonymous signal through the form, read the confirmation (reference, access code,
// the legal due date or the АПК чл. 111(4) explanation), then follow both cases on the
// track page. Due dates are checked against the database's clocks, the public
// deadlinePreview query, and a hand count of the legal terms.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { chromiumAvailable, launchBrowser } from "@/tests/support/browser";
import type { TestApp } from "@/tests/support/app";
import { resetRateLimits } from "@/lib/security/rate-limit";
import {
  ACCESS_CODE_RE,
  LOCALES,
  REFERENCE_RE,
  anonymousSignal,
  expectNoCodeInUrls,
  graphql,
  legalTermsOfComplaint,
  localDate,
  messages,
  namedComplaint,
  openContext,
  sofiaDay,
  submitThroughForm,
  t,
  trackCase,
  type Confirmation,
  type Locale,
  type RecordingContext,
} from "./helpers";

let app: TestApp;
let browser: Browser;
/** Every access code shown in this file, and every URL any context requested. */
const codesSeen: string[] = [];
const urlsSeen: string[] = [];

describe.skipIf(!chromiumAvailable)("citizen journey (browser, JavaScript on)", () => {
  beforeAll(async () => {
    process.env.HARTA_SUBMIT_LIMIT_PER_HOUR = "1000";
    const { startTestApp } = await import("@/tests/support/app");
    app = await startTestApp();
    browser = await launchBrowser();
  });
  // Wrong codes count towards the 10 failed look-ups allowed per 15 minutes.
  beforeEach(() => resetRateLimits());
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function withContext<T>(fn: (c: RecordingContext) => Promise<T>): Promise<T> {
    const c = await openContext(browser);
    try {
      return await fn(c);
    } finally {
      urlsSeen.push(...c.urls);
      await c.context.close();
    }
  }

  async function storedCase(reference: string) {
    return app.db.db.prisma.case.findUniqueOrThrow({
      where: { reference },
      include: { clocks: { orderBy: { dueAt: "asc" } }, events: { orderBy: { id: "asc" } } },
    });
  }

  const iso = (d: Date) => d.toISOString().slice(0, 10);

  /** The named complaint's confirmation against the stored clocks, deadlinePreview and the law. */
  async function expectComplaintDueDate(locale: Locale, confirmation: Confirmation) {
    const stored = await storedCase(confirmation.reference);
    expect(stored).toMatchObject({ kind: "COMPLAINT", locale, anonymous: false, answerOwed: true, noAnswerReason: null, status: "RECEIVED" });
    const clocks = Object.fromEntries(stored.clocks.map((c) => [c.clock, iso(c.dueDate)]));
    expect(Object.keys(clocks).sort()).toEqual(["DECIDE", "NOTIFY"]);

    // The public API's preview for the same instant agrees with what was stored …
    const { deadlinePreview } = await graphql<{ deadlinePreview: { clock: string; dueDate: string; basis: string }[] }>(
      app.url,
      `query($at: DateTime) { deadlinePreview(kind: COMPLAINT, receivedAt: $at) { clock dueDate basis } }`,
      { at: stored.receivedAt.toISOString() },
    );
    expect(Object.fromEntries(deadlinePreview.map((d) => [d.clock, d.dueDate]))).toEqual(clocks);
    // … and with the law counted by hand (two months to decide, 7 days to send the answer).
    const legal = legalTermsOfComplaint(stored.receivedAt);
    expect(clocks).toEqual({ DECIDE: legal.decide, NOTIFY: legal.notify });

    // The page says the answer is due on the NOTIFY date, in the citizen's language.
    const expected = t(locale)("done.answerDue", {
      date: `${localDate(locale, legal.notify, "full")} (${localDate(locale, legal.notify, "short")})`,
    });
    expect(confirmation.due).toBe(expected);
    // The page has no machine-readable date yet (see the report); when it gets one, it must agree.
    if (confirmation.dueDateTime !== null) expect(confirmation.dueDateTime).toBe(legal.notify);
    const days = Math.round((Date.parse(`${legal.notify}T00:00:00Z`) - Date.parse(`${sofiaDay(new Date())}T00:00:00Z`)) / 86_400_000);
    expect(confirmation.answerSection).toContain(t(locale)("done.answerDueIn", { days }));
    // Both terms are listed with their legal basis.
    expect(confirmation.terms).toEqual([
      `${t(locale)("done.termItem", { clock: messages(locale).clocks.DECIDE, date: localDate(locale, legal.decide, "long") })} (АПК чл. 121)`,
      `${t(locale)("done.termItem", { clock: messages(locale).clocks.NOTIFY, date: localDate(locale, legal.notify, "long") })} (АПК чл. 123(1))`,
    ]);
    return legal;
  }

  async function expectAnonymousSignalStored(locale: Locale, confirmation: Confirmation) {
    const stored = await storedCase(confirmation.reference);
    expect(stored).toMatchObject({ kind: "SIGNAL", locale, anonymous: true, answerOwed: false, noAnswerReason: "ANONYMOUS", status: "RECEIVED" });
    expect(stored.clocks).toEqual([]); // no proceeding is opened: no term runs
    const submitter = await app.db.db.prisma.submitter.findUnique({ where: { caseId: stored.id } });
    expect([submitter?.name, submitter?.email, submitter?.phone, submitter?.address].filter((v) => v != null)).toEqual([]);
  }

  function expectAnonymousExplanation(locale: Locale, text: string) {
    expect(text).toContain(messages(locale).done.answerNotOwed);
    expect(text).toContain(messages(locale).noAnswerReasons.ANONYMOUS);
    expect(text).toMatch(/111/); // АПК чл. 111(4), in each language's way of citing it
  }

  function expectConfirmationCodes(c: Confirmation) {
    expect(c.reference).toMatch(REFERENCE_RE);
    expect(c.reference.slice(3, 7)).toBe(sofiaDay(new Date()).slice(0, 4));
    expect(c.accessCode).toMatch(ACCESS_CODE_RE);
    codesSeen.push(c.accessCode);
  }

  for (const locale of LOCALES) {
    it(`${locale}: a named complaint and an anonymous signal, confirmed and tracked`, async () => {
      await withContext(async ({ page, urls }) => {
        const m = messages(locale);

        // 1. Named complaint: reference, access code, due date = stored clocks = deadlinePreview = law.
        const complaint = await submitThroughForm(page, app.url, locale, namedComplaint(locale));
        expectConfirmationCodes(complaint);
        expect(await page.locator("html").getAttribute("lang")).toBe(locale);
        expect(await page.locator("h1").innerText()).toBe(m.done.title);
        const legal = await expectComplaintDueDate(locale, complaint);

        // 2. Anonymous signal: no answer owed, and the page says why (АПК чл. 111(4)).
        const signal = await submitThroughForm(page, app.url, locale, anonymousSignal(locale));
        expectConfirmationCodes(signal);
        expect(signal.due).toBeNull();
        expect(signal.terms).toEqual([]);
        expectAnonymousExplanation(locale, signal.answerSection);
        await expectAnonymousSignalStored(locale, signal);
        expect(signal.reference).not.toBe(complaint.reference);

        // 3. Track the complaint: received, on the timeline, due date as confirmed.
        const tc = await trackCase(page, app.url, locale, complaint.reference, complaint.accessCode);
        expect(tc.found).toBe(true);
        expect(tc.heading).toBe(t(locale)("track.resultHeading", { reference: complaint.reference }));
        expect(tc.facts[m.track.statusLabel]).toContain(m.statuses.RECEIVED);
        expect(tc.facts[m.track.kindLabel]).toBe(m.kinds.COMPLAINT.name);
        expect(tc.facts[m.track.subjectLabel]).toBe(namedComplaint(locale).subject);
        expect(tc.facts[m.track.dueLabel]).toBe(localDate(locale, legal.notify, "full"));
        expect(tc.timeline).toEqual([m.events.CASE_RECEIVED]);
        expect(tc.terms).toHaveLength(2);

        // 4. Track the signal: received, no written answer, and why.
        const ts = await trackCase(page, app.url, locale, signal.reference, signal.accessCode);
        expect(ts.found).toBe(true);
        expect(ts.facts[m.track.statusLabel]).toContain(m.statuses.RECEIVED);
        expect(ts.facts[m.track.kindLabel]).toBe(m.kinds.SIGNAL.name);
        expect(ts.facts[m.track.dueLabel]).toBeUndefined();
        expect(ts.facts[m.track.noAnswerLabel]).toBe(m.noAnswerReasons.ANONYMOUS);
        expect(ts.timeline).toEqual([m.events.CASE_RECEIVED]);
        expect(ts.terms).toEqual([]);

        expectNoCodeInUrls(urls, [complaint.accessCode, signal.accessCode]);
      });
    });
  }

  it("done when: a complaint in Turkish and an anonymous signal in Bulgarian, tracked, with the legal due dates", async () => {
    await withContext(async ({ page, urls }) => {
      // A named complaint in Turkish.
      const complaint = await submitThroughForm(page, app.url, "tr", {
        kind: "COMPLAINT",
        subject: "Kaldırımdaki çukur",
        body: "Bulgaristan Bulvarı 5 numaranın önündeki kaldırımda derin bir çukur var; yaşlılar düşüyor.",
        anonymous: false,
        name: "Mehmet Ali",
        email: "mehmet.ali@example.org",
        consent: true,
      });
      expectConfirmationCodes(complaint);
      const stored = await storedCase(complaint.reference);
      const legal = legalTermsOfComplaint(stored.receivedAt);
      // АПК чл. 121: decided within two months; чл. 123(1): answered within 7 days after.
      expect(legal.decide > sofiaDay(stored.receivedAt)).toBe(true);
      await expectComplaintDueDate("tr", complaint);
      expect(complaint.due).toContain(localDate("tr", legal.notify, "full"));

      // An anonymous signal in Bulgarian.
      const signal = await submitThroughForm(page, app.url, "bg", {
        kind: "SIGNAL",
        subject: "Счупена детска площадка",
        body: "Люлката на детската площадка в кв. Изгрев е счупена и е опасна за децата.",
        anonymous: true,
      });
      expectConfirmationCodes(signal);
      expect(signal.due).toBeNull();
      expectAnonymousExplanation("bg", signal.answerSection);
      expect(signal.answerSection).toContain("АПК, чл. 111, ал. 4");
      await expectAnonymousSignalStored("bg", signal);

      // Both tracked, each in its own language.
      const tr = messages("tr");
      const tc = await trackCase(page, app.url, "tr", complaint.reference, complaint.accessCode);
      expect(tc.facts[tr.track.statusLabel]).toContain(tr.statuses.RECEIVED);
      expect(tc.facts[tr.track.dueLabel]).toBe(localDate("tr", legal.notify, "full"));
      expect(tc.timeline).toEqual([tr.events.CASE_RECEIVED]);

      const bg = messages("bg");
      const ts = await trackCase(page, app.url, "bg", signal.reference, signal.accessCode);
      expect(ts.facts[bg.track.statusLabel]).toContain(bg.statuses.RECEIVED);
      expect(ts.facts[bg.track.noAnswerLabel]).toBe(bg.noAnswerReasons.ANONYMOUS);
      expect(ts.timeline).toEqual([bg.events.CASE_RECEIVED]);

      expectNoCodeInUrls(urls, [complaint.accessCode, signal.accessCode]);
    });
  });

  it("a wrong access code and an unknown reference get the same answer", async () => {
    await withContext(async ({ page, urls }) => {
      const c = await submitThroughForm(page, app.url, "en", anonymousSignal("en"));
      codesSeen.push(c.accessCode);
      for (const locale of LOCALES) {
        const wrongCode = await trackCase(page, app.url, locale, c.reference, "AAAA-BBBB-CCCC");
        const unknownRef = await trackCase(page, app.url, locale, "MG-1999-000001", c.accessCode);
        expect(wrongCode.found).toBe(false);
        expect(unknownRef.found).toBe(false);
        expect(wrongCode.problem).toBe(messages(locale).track.notFound);
        expect(unknownRef.problem).toBe(wrongCode.problem);
        // The same page apart from that: no hint which of the two was wrong.
        expect(await page.locator("#t-reference").getAttribute("aria-invalid")).toBeNull();
        expect(await page.locator("#t-accessCode").getAttribute("aria-invalid")).toBeNull();
        expect(await page.locator("#t-accessCode").inputValue()).toBe(c.accessCode);
      }
      // The reference is typed the way people do (lower case, spaces): still found.
      const found = await trackCase(page, app.url, "en", ` ${c.reference.toLowerCase()} `, c.accessCode.toLowerCase());
      expect(found.found).toBe(true);
      expectNoCodeInUrls(urls, [c.accessCode]);
    });
  });

  it("never puts an access code in any URL the browser requested", async () => {
    // One more journey of its own (so this test stands alone), with the "hide the code"
    // button and a look at the expired confirmation …
    await withContext(async ({ page }) => {
      const c = await submitThroughForm(page, app.url, "bg", namedComplaint("bg"));
      codesSeen.push(c.accessCode);
      expect((await trackCase(page, app.url, "bg", c.reference, c.accessCode)).found).toBe(true);
      await page.goto(`${app.url}/bg/submit/done`);
      expect(await page.locator(".codes dd").nth(1).innerText()).toBe(c.accessCode);
      await page.click("section[aria-labelledby=finish-heading] button[type=submit]");
      await page.waitForURL(`${app.url}/bg`);
      await page.goto(`${app.url}/bg/submit/done`);
      expect(await page.locator(".codes").count()).toBe(0);
      expect(await page.locator("h1").innerText()).toBe(messages("bg").done.expiredTitle);
    });
    // … then every request of every context in this file (pages, redirects, server
    // actions, assets) is checked against every access code shown in this file.
    expect(urlsSeen.some((u) => u.endsWith("/submit/done"))).toBe(true);
    expect(urlsSeen.some((u) => u.endsWith("/track"))).toBe(true);
    expectNoCodeInUrls(urlsSeen, codesSeen);
  });
});
