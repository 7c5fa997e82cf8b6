// Keyboard only: from the home page to the confirmation with Tab, arrows, Space and
// Enter — no mouse, no clicks, no filling by selector. Also the skip link, a radio group
// as one tab stop, the error summary taking focus and leading to the field, and the
// hidden honeypot never taking focus.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { chromiumAvailable, launchBrowser } from "@/tests/support/browser";
import type { TestApp } from "@/tests/support/app";
import { messages, namedComplaint, openContext, readConfirmation, waitForHydration } from "./helpers";

let app: TestApp;
let browser: Browser;

/** What has focus, as "tag#id.class|text". */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a) return "(none)";
    const text = (a.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
    return `${a.tagName.toLowerCase()}#${a.id}.${a.className}|${text}`;
  });
}

/** Press Tab until `match` says the focused element is the one wanted; fails after `max`. */
async function tabTo(page: Page, match: (f: string) => boolean, what: string, max = 40): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    seen.push(f);
    if (match(f)) return;
  }
  throw new Error(`Tab never reached ${what}; focus went through:\n  ${seen.join("\n  ")}`);
}

const isId = (id: string) => (f: string) => f.split(".")[0]!.endsWith(`#${id}`);

describe.skipIf(!chromiumAvailable)("keyboard only", () => {
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

  it("reaches the form from the home page, fills it and sends it with the keyboard alone", async () => {
    const locale = "bg";
    const m = messages(locale);
    const s = namedComplaint(locale);
    const { context, page } = await openContext(browser, { viewport: { width: 360, height: 800 } });
    // No mouse: any click would show up here.
    await page.addInitScript(() => {
      (window as unknown as { __clicks: number }).__clicks = 0;
      window.addEventListener("mousedown", () => (window as unknown as { __clicks: number }).__clicks++, true);
    });
    try {
      await page.goto(`${app.url}/${locale}`);
      await waitForHydration(page, "header a");

      // The skip link comes first and leads to the main content.
      await page.keyboard.press("Tab");
      expect(await focused(page)).toContain("skip-link");
      await page.keyboard.press("Enter");
      expect(await focused(page)).toMatch(/^main#main/);

      // On to the big "send" button, and Enter.
      await tabTo(page, (f) => f.includes("button--big") && f.includes(m.home.submitButton), "the send button");
      await page.keyboard.press("Enter");
      await page.waitForURL(`**/${locale}/submit`);
      await waitForHydration(page, "form.submit-form");

      // Into the form: the kind radios (one tab stop), then the subject; Enter there sends
      // the empty form, and the error summary takes focus.
      await tabTo(page, (f) => f.includes("#f-kind-"), "the first kind radio");
      await page.keyboard.press("Tab");
      expect(await focused(page)).toMatch(/#f-subject/);
      await page.keyboard.press("Enter");
      await page.locator(".error-summary").waitFor();
      await expect.poll(() => focused(page)).toMatch(/error-summary/);
      expect(await app.db.db.prisma.case.count()).toBe(0);

      // The summary's first line leads to the kind radios; arrows choose "complaint".
      await page.keyboard.press("Tab");
      expect(await focused(page)).toContain(m.fields.kind);
      await page.keyboard.press("Enter");
      expect(await focused(page)).toMatch(/^input#f-kind-/);
      for (let i = 0; i < 12 && !(await page.isChecked("#f-kind-COMPLAINT")); i++) await page.keyboard.press("ArrowDown");
      expect(await page.isChecked("#f-kind-COMPLAINT")).toBe(true);
      expect(await focused(page)).toMatch(/^input#f-kind-COMPLAINT/);

      // The message.
      await page.keyboard.press("Tab");
      expect(await focused(page)).toMatch(/#f-subject/);
      await page.keyboard.type(s.subject);
      await page.keyboard.press("Tab");
      expect(await focused(page)).toMatch(/#f-body/);
      await page.keyboard.type(s.body);
      await page.keyboard.press("Tab");
      expect(await focused(page)).toMatch(/#f-categoryCode/);
      await page.keyboard.press("Tab");
      expect(await focused(page)).toMatch(/#f-place/);
      await page.keyboard.press("Tab");
      expect(await focused(page)).toMatch(/#f-incidentDate/);

      // Named (the date input may have several stops), then the identity fields.
      await tabTo(page, isId("f-anonymous-no"), "the 'with my name' radio", 5);
      await page.keyboard.press("Space");
      expect(await page.isChecked("#f-anonymous-no")).toBe(true);
      await page.keyboard.press("Tab");
      expect(await focused(page)).toMatch(/#f-name/);
      await page.keyboard.type(s.name ?? "");
      await page.keyboard.press("Tab");
      expect(await focused(page)).toMatch(/#f-email/);
      await page.keyboard.type(s.email ?? "");
      await page.keyboard.press("Tab");
      expect(await focused(page)).toMatch(/#f-phone/);
      await page.keyboard.press("Tab");
      expect(await focused(page)).toMatch(/#f-address/);
      await page.keyboard.press("Tab");
      expect(await focused(page)).toMatch(/#f-consent/);
      await page.keyboard.press("Space");
      expect(await page.isChecked("#f-consent")).toBe(true);
      await page.keyboard.press("Tab");
      expect(await focused(page)).toMatch(/^a#/); // the privacy notice link
      // The honeypot is never a stop: next is the send button.
      await page.keyboard.press("Tab");
      expect(await focused(page)).toMatch(new RegExp(`^button#\\..*\\|${m.submit.send}$`));
      // Every field was checked as it was left: nothing is wrong any more.
      expect(await page.locator(".error-summary").count()).toBe(0);
      expect(await page.locator("[aria-invalid=true]").count()).toBe(0);
      await page.keyboard.press("Enter");

      const c = await readConfirmation(page, locale);
      expect(c.reference).toMatch(/^MG-\d{4}-\d{6}$/);
      expect(c.due).not.toBeNull();
      const stored = await app.db.db.prisma.case.findUniqueOrThrow({ where: { reference: c.reference } });
      expect(stored).toMatchObject({ kind: "COMPLAINT", subject: s.subject, body: s.body, anonymous: false });
      expect(await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(0);
    } finally {
      await context.close();
    }
  });

  it("choosing 'anonymously' with the keyboard hides the identity fields from the tab order", async () => {
    const { context, page } = await openContext(browser);
    try {
      await page.goto(`${app.url}/en/submit`);
      await waitForHydration(page, "form.submit-form");
      await page.focus("#f-anonymous-no");
      await page.keyboard.press("ArrowDown");
      expect(await page.isChecked("#f-anonymous-yes")).toBe(true);
      await page.keyboard.press("Tab");
      expect(await focused(page)).toMatch(/^button/);
      expect(await page.locator("#f-name").isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});
