// axe (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) on every public page, in each language, on a
// phone (360 px) and a desktop (1280 px): home, the form, the form with errors, the
// confirmation, tracking, a tracked case, "not found" on tracking, privacy, the public figures and the 404
// page. Zero violations; each one is printed with its rule, help link and elements.
// At 360 px no page may scroll sideways (WCAG 1.4.10 Reflow, which axe does not check).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { chromiumAvailable, launchBrowser } from "@/tests/support/browser";
import type { TestApp } from "@/tests/support/app";
import {
  LOCALES,
  anonymousSignal,
  axeViolations,
  fillSubmission,
  openContext,
  openSubmitForm,
  pressSend,
  readConfirmation,
  waitForHydration,
} from "./helpers";

let app: TestApp;
let browser: Browser;

const WIDTHS = [360, 1280] as const;

describe.skipIf(!chromiumAvailable)("accessibility (axe) of the public pages", () => {
  beforeAll(async () => {
    process.env.HARTA_SUBMIT_LIMIT_PER_HOUR = "1000";
    const { startTestApp } = await import("@/tests/support/app");
    app = await startTestApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("the axe runner does report violations (a planted one)", async () => {
    const { context, page } = await openContext(browser);
    try {
      await page.goto(`${app.url}/en/privacy`);
      await page.evaluate(() => {
        const img = document.createElement("img");
        img.src = "/icon.svg"; // no alt text
        const input = document.createElement("input"); // no label
        document.body.append(img, input);
      });
      const found = (await axeViolations(page, "planted")).join("\n");
      expect(found).toContain("image-alt");
      expect(found).toContain("label");
    } finally {
      await context.close();
    }
  });

  // The languages run side by side (each in its own browser context); each page state is
  // checked at both widths by resizing, so it is reached (and a case sent) only once.
  describe.concurrent("each language", () => {
    for (const locale of LOCALES) {
      it(`${locale}: no axe violations on any page at ${WIDTHS.join(" or ")} px`, async ({ expect }) => {
        const { context, page } = await openContext(browser, { viewport: { width: WIDTHS[0], height: 900 } });
        const problems: string[] = [];
        const checked: string[] = [];
        const check = async (label: string) => {
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 900 });
            const where = `${locale} ${width}px ${label} (${new URL(page.url()).pathname})`;
            checked.push(where);
            problems.push(...(await axeViolations(page, where)));
            if (width <= 360) {
              const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
              if (scrollWidth! > clientWidth!) problems.push(`${where}: scrolls sideways (${scrollWidth} > ${clientWidth} px)`);
            }
          }
          await page.setViewportSize({ width: WIDTHS[0], height: 900 });
        };
        try {
          await page.goto(`${app.url}/${locale}`);
          await waitForHydration(page, "header a");
          await check("home");

          await openSubmitForm(page, app.url, locale);
          await check("submit");

          await pressSend(page); // empty: every required field in error
          await page.locator(".error-summary").waitFor();
          expect(await page.locator("[aria-invalid=true]").count()).toBeGreaterThan(0);
          await check("submit with errors");

          await fillSubmission(page, anonymousSignal(locale));
          await pressSend(page);
          const c = await readConfirmation(page, locale);
          await waitForHydration(page, "main form");
          await check("confirmation");

          await page.goto(`${app.url}/${locale}/track`);
          await waitForHydration(page, "form.track-form");
          await check("track");

          await page.fill("#t-reference", c.reference);
          await page.fill("#t-accessCode", "AAAA-BBBB-CCCC");
          await page.click("form.track-form button[type=submit]");
          await page.locator(".error-summary").waitFor();
          await check("track, not found");

          await page.fill("#t-accessCode", c.accessCode);
          await page.click("form.track-form button[type=submit]");
          await page.locator(".case-view").waitFor();
          await check("track result");

          await page.goto(`${app.url}/${locale}/privacy`);
          await check("privacy");

          // Public figures: tables of counts; the case just sent is counted, never named.
          await page.goto(`${app.url}/${locale}/figures`);
          await page.locator("[data-testid=figures-summary]").waitFor();
          expect(await page.content()).not.toContain(c.reference);
          await check("figures");

          const res = await page.goto(`${app.url}/${locale}/no-such-page`);
          expect(res?.status()).toBe(404);
          await check("404");

          expect(checked).toHaveLength(10 * WIDTHS.length);
          expect(problems, `\n${problems.join("\n\n")}\n`).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  });
});
