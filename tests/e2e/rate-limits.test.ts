// Per-client limits as the citizen meets them in the browser (every request here comes
// from 127.0.0.1): past the submission limit the form says how long to wait and stores
// nothing; after 10 failed look-ups in 15 minutes the track page says how long to wait,
// even for the right code, in each language.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { chromiumAvailable, launchBrowser } from "@/tests/support/browser";
import type { TestApp } from "@/tests/support/app";
import { resetRateLimits } from "@/lib/security/rate-limit";
import {
  LOCALES,
  anonymousSignal,
  fillSubmission,
  messages,
  openContext,
  openSubmitForm,
  pressSend,
  readConfirmation,
  submitThroughForm,
  t,
  trackCase,
  type Locale,
} from "./helpers";

let app: TestApp;
let browser: Browser;

/** The "too many attempts" text in `locale`, with the minutes the page gave. */
function expectRateLimitedText(locale: Locale, text: string, maxMinutes: number): number {
  const minutes = Number(/\d+/.exec(text)?.[0]);
  expect(minutes).toBeGreaterThanOrEqual(1);
  expect(minutes).toBeLessThanOrEqual(maxMinutes);
  expect(minutes).toBeGreaterThanOrEqual(maxMinutes - 1); // the window has only just begun
  expect(text).toBe(t(locale)("errors.RATE_LIMITED", { minutes, seconds: minutes * 60 }));
  return minutes;
}

describe.skipIf(!chromiumAvailable)("rate limits in the browser", () => {
  beforeAll(async () => {
    process.env.HARTA_SUBMIT_LIMIT_PER_HOUR = "1000";
    const { startTestApp } = await import("@/tests/support/app");
    app = await startTestApp();
    browser = await launchBrowser();
  });
  afterEach(() => {
    process.env.HARTA_SUBMIT_LIMIT_PER_HOUR = "1000";
    resetRateLimits();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("past the submission limit the form says how many minutes to wait, keeps the text, and stores nothing", async () => {
    process.env.HARTA_SUBMIT_LIMIT_PER_HOUR = "2";
    resetRateLimits(); // the limiters read the limit when they are created
    const { context, page } = await openContext(browser);
    try {
      const before = await app.db.db.prisma.case.count();
      for (let i = 0; i < 2; i++) await submitThroughForm(page, app.url, "en", anonymousSignal("en"));
      expect(await app.db.db.prisma.case.count()).toBe(before + 2);

      for (const locale of LOCALES) {
        const m = messages(locale);
        await openSubmitForm(page, app.url, locale);
        await fillSubmission(page, anonymousSignal(locale));
        await pressSend(page);
        const summary = page.locator(".error-summary");
        await summary.waitFor();
        expect(new URL(page.url()).pathname).toBe(`/${locale}/submit`);
        expect(await summary.locator("h2").innerText()).toBe(m.submit.formError);
        expectRateLimitedText(locale, (await summary.locator("p").innerText()).trim(), 60);
        await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
        expect(await page.inputValue("#f-body")).toBe(anonymousSignal(locale).body);
      }
      expect(await app.db.db.prisma.case.count()).toBe(before + 2);

      // Without JavaScript the server renders the same message.
      const noJs = await openContext(browser, { javaScriptEnabled: false });
      try {
        await openSubmitForm(noJs.page, app.url, "bg", { js: false });
        await fillSubmission(noJs.page, anonymousSignal("bg"));
        await pressSend(noJs.page);
        await noJs.page.waitForLoadState("load");
        expectRateLimitedText("bg", (await noJs.page.locator(".error-summary p").innerText()).trim(), 60);
      } finally {
        await noJs.context.close();
      }

      // A new window (here: limits reset) lets the citizen send again.
      resetRateLimits();
      await openSubmitForm(page, app.url, "en");
      await fillSubmission(page, anonymousSignal("en"));
      await pressSend(page);
      await readConfirmation(page, "en");
      expect(await app.db.db.prisma.case.count()).toBe(before + 3);
    } finally {
      await context.close();
    }
  });

  it("after 10 failed look-ups in 15 minutes tracking says how many minutes to wait, even for the right code", async () => {
    resetRateLimits();
    const { context, page } = await openContext(browser, { javaScriptEnabled: false });
    const withJs = await openContext(browser);
    try {
      const c = await submitThroughForm(withJs.page, app.url, "en", anonymousSignal("en"));

      // Ten wrong guesses: each answered "not found".
      for (let i = 0; i < 10; i++) {
        const r = await trackCase(page, app.url, "tr", c.reference, `WRNG-000${i}-ABCD`, { js: false });
        expect(r.problem, `attempt ${i + 1}`).toBe(messages("tr").track.notFound);
      }
      // The eleventh, even with the right code, is refused with the wait in minutes.
      const expectLimited = async (locale: Locale, js: boolean, p: Page) => {
        const r = await trackCase(p, app.url, locale, c.reference, c.accessCode, { js });
        expect(r.found).toBe(false);
        expectRateLimitedText(locale, r.problem ?? "", 15);
      };
      await expectLimited("tr", false, page);
      await expectLimited("bg", false, page);
      await expectLimited("en", true, withJs.page);

      // Only failures count: once the window is over, the right code works again.
      resetRateLimits();
      expect((await trackCase(page, app.url, "bg", c.reference, c.accessCode, { js: false })).found).toBe(true);
    } finally {
      await withJs.context.close();
      await context.close();
    }
  });
});
