// The same journey with JavaScript switched off: the form is a plain POST to the server
// action, which renders the page again with the typed values and each error next to its
// field, stores nothing until the input is valid, then redirects to the confirmation;
// tracking is a plain POST too.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { chromiumAvailable, launchBrowser } from "@/tests/support/browser";
import type { TestApp } from "@/tests/support/app";
import { resetRateLimits } from "@/lib/security/rate-limit";
import {
  ACCESS_CODE_RE,
  LOCALES,
  REFERENCE_RE,
  expectNoCodeInUrls,
  fillSubmission,
  messages,
  namedComplaint,
  openContext,
  openSubmitForm,
  readConfirmation,
  trackCase,
  type Locale,
} from "./helpers";

let app: TestApp;
let browser: Browser;

describe.skipIf(!chromiumAvailable)("citizen journey without JavaScript", () => {
  beforeAll(async () => {
    process.env.HARTA_SUBMIT_LIMIT_PER_HOUR = "1000";
    const { startTestApp } = await import("@/tests/support/app");
    app = await startTestApp();
    browser = await launchBrowser();
  });
  beforeEach(() => resetRateLimits()); // wrong codes count towards the failed look-up limit
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const caseCount = () => app.db.db.prisma.case.count();

  async function send(page: Page) {
    await page.click("form.submit-form button[type=submit]");
    await page.waitForLoadState("load");
  }

  /** The field's own error, inside the field's box, announced with the input, marked invalid. */
  async function expectFieldError(page: Page, field: string, message: string) {
    const input = page.locator(`#f-${field}`);
    expect(await input.getAttribute("aria-invalid"), `${field} aria-invalid`).toBe("true");
    expect((await input.getAttribute("aria-describedby"))?.split(" ")).toContain(`f-${field}-error`);
    const box = page.locator(".field", { has: input }).last();
    expect(await box.getAttribute("class")).toContain("field--error");
    const error = box.locator(`#f-${field}-error`);
    expect(await error.count(), `${field}: error inside the field's box`).toBe(1);
    expect(await error.innerText()).toContain(message);
    expect(await error.isVisible()).toBe(true);
  }

  for (const locale of LOCALES) {
    it(`${locale}: errors come back next to their fields with the values kept; nothing is stored until it is fixed`, async () => {
      const { context, page, urls } = await openContext(browser, { javaScriptEnabled: false });
      try {
        const m = messages(locale);
        const before = await caseCount();
        const s = namedComplaint(locale);

        // 1. Empty subject, a bad e-mail address, no consent.
        await openSubmitForm(page, app.url, locale, { js: false });
        await fillSubmission(page, { ...s, subject: "", email: "not-an-e-mail", phone: undefined, consent: false });
        await send(page);

        expect(new URL(page.url()).pathname).toBe(`/${locale}/submit`);
        expect(await page.locator(".error-summary").count()).toBe(1);
        expect(await page.locator(".error-summary h2").innerText()).toBe(m.submit.errorSummaryTitle);
        expect(await page.locator(".error-summary li").allInnerTexts()).toEqual([
          `${m.fields.subject}: ${m.fieldErrors.REQUIRED}`,
          `${m.fields.email}: ${m.fieldErrors.INVALID_EMAIL}`,
          `${m.fields.consent}: ${m.fieldErrors.CONSENT_REQUIRED}`,
        ]);
        // Each summary line links to its field.
        expect(await page.locator(".error-summary li a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([
          "#f-subject",
          "#f-email",
          "#f-consent",
        ]);
        await expectFieldError(page, "subject", m.fieldErrors.REQUIRED);
        await expectFieldError(page, "email", m.fieldErrors.INVALID_EMAIL);
        await expectFieldError(page, "consent", m.fieldErrors.CONSENT_REQUIRED);
        for (const ok of ["body", "name", "phone"]) {
          expect(await page.locator(`#f-${ok}`).getAttribute("aria-invalid"), `${ok} is not marked invalid`).toBeNull();
        }
        // What was typed and chosen is still there.
        expect(await page.isChecked(`#f-kind-${s.kind}`)).toBe(true);
        expect(await page.isChecked("#f-anonymous-no")).toBe(true);
        expect(await page.inputValue("#f-subject")).toBe("");
        expect(await page.inputValue("#f-body")).toBe(s.body);
        expect(await page.inputValue("#f-name")).toBe(s.name);
        expect(await page.inputValue("#f-email")).toBe("not-an-e-mail");
        expect(await page.isChecked("#f-consent")).toBe(false);
        expect(await caseCount()).toBe(before);

        // 2. Fixed: sent, stored once, confirmed.
        await page.fill("#f-subject", s.subject);
        await page.fill("#f-email", s.email ?? "");
        await page.check("#f-consent");
        await send(page);
        const confirmation = await readConfirmation(page, locale);
        expect(confirmation.reference).toMatch(REFERENCE_RE);
        expect(confirmation.accessCode).toMatch(ACCESS_CODE_RE);
        expect(confirmation.due).not.toBeNull();
        expect(await page.locator(".print-hint").innerText()).toBe(m.done.printNoJs); // no dead print button
        expect(await caseCount()).toBe(before + 1);
        const stored = await app.db.db.prisma.case.findUniqueOrThrow({ where: { reference: confirmation.reference }, include: { submitter: true } });
        expect(stored).toMatchObject({ kind: "COMPLAINT", subject: s.subject, body: s.body, locale, anonymous: false });
        expect(stored.submitter).toMatchObject({ name: s.name, email: s.email });

        // 3. Reloading the confirmation does not send it again (post/redirect/get).
        await page.reload();
        expect(await page.locator(".codes dd").nth(0).innerText()).toBe(confirmation.reference);
        expect(await caseCount()).toBe(before + 1);

        // 4. Tracked without JavaScript: a wrong code first, then the right one.
        const wrong = await trackCase(page, app.url, locale, confirmation.reference, "AAAA-BBBB-CCCC", { js: false });
        expect(wrong).toMatchObject({ found: false, problem: m.track.notFound });
        const found = await trackCase(page, app.url, locale, confirmation.reference, confirmation.accessCode, { js: false });
        expect(found.found).toBe(true);
        expect(found.facts[m.track.statusLabel]).toContain(m.statuses.RECEIVED);
        expect(found.facts[m.track.subjectLabel]).toBe(s.subject);
        expect(found.timeline).toEqual([m.events.CASE_RECEIVED]);
        // The access code is not echoed back into the page's form.
        expect(await page.inputValue("#t-accessCode")).toBe("");

        expectNoCodeInUrls(urls, [confirmation.accessCode]);
      } finally {
        await context.close();
      }
    });
  }

  it("anonymous with a name typed in: refused next to the name, nothing stored; cleared, it is sent without identity", async () => {
    const locale: Locale = "en";
    const m = messages(locale);
    const { context, page } = await openContext(browser, { javaScriptEnabled: false });
    try {
      const before = await caseCount();
      await openSubmitForm(page, app.url, locale, { js: false });
      // Without JavaScript the identity fields stay visible when "anonymously" is chosen.
      await fillSubmission(page, { kind: "PRAISE", subject: "Thank you", body: "The clerk at the service centre was very helpful.", anonymous: true });
      await page.fill("#f-name", "Ayşe Yılmaz");
      await send(page);
      await expectFieldError(page, "name", m.fieldErrors.ANONYMOUS_WITH_CONTACT);
      expect(await page.isChecked("#f-anonymous-yes")).toBe(true);
      expect(await page.isChecked("#f-kind-PRAISE")).toBe(true);
      expect(await caseCount()).toBe(before);

      await page.fill("#f-name", "");
      await send(page);
      const c = await readConfirmation(page, locale);
      const stored = await app.db.db.prisma.case.findUniqueOrThrow({ where: { reference: c.reference }, include: { submitter: true } });
      expect(stored).toMatchObject({ kind: "PRAISE", anonymous: true });
      expect(stored.submitter?.name ?? null).toBeNull();
    } finally {
      await context.close();
    }
  });
});
