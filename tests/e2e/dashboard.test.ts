// The management dashboard in a real browser (issue 5, "The dashboard" and its done-when):
// - the manager has the dashboard open; a citizen submits a complaint (GraphQL over HTTP,
//   as any client would) and "received today" goes up by one without a reload, with a
//   polite "figures updated" status; the head of the department then answers it (the
//   real use cases: draft, approve, send) and "answered" goes up by one; the connection
//   drops, a complaint arrives meanwhile, and after the reconnect it is counted — the page
//   never navigates (a mark on the document survives);
// - the drill-down from "received today" opens the inbox filtered to exactly those cases:
//   the inbox's count equals the figure, and it lists the filters in force;
// - filters: a start after the end is refused next to the field, in the page's language;
//   a kind filter narrows the figures and its drill-down matches again;
// - the CSV of every figure downloads with the same number in it (UTF-8 with BOM);
// - the filter form works without JavaScript;
// - axe (WCAG 2.0/2.1/2.2 A and AA): no violations at 360 and 1280 px and at 640 px
//   (1280 px at 200% zoom), and no sideways scrolling at those widths;
// - the integrity officer sees restricted kinds only, a head their department (fixed);
//   an officer has no dashboard (no link, "not found").
//
// HARTA_SCREENSHOT_DIR=/some/dir keeps a screenshot at each width for a human eye.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import type { Browser, Page } from "playwright-core";
import { chromiumAvailable, launchBrowser } from "@/tests/support/browser";
import type { TestApp } from "@/tests/support/app";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import type { Viewer } from "@/lib/auth/viewer";
import { currentTotpCode } from "@/lib/auth/totp";
import { axeViolations, graphql, messages, openContext, waitForHydration } from "./helpers";

let app: TestApp;
let browser: Browser;

const MANAGER = "secretary@demo.momchilgrad.bg";
const HEAD = "head.inf@demo.momchilgrad.bg";
const OFFICER = "officer.inf@demo.momchilgrad.bg";
const en = messages("en");
const LIVE_TIMEOUT = 20_000;

const SHOTS = process.env.HARTA_SCREENSHOT_DIR;
async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `dashboard-${name}.png`), fullPage: true });
}

async function signIn(page: Page, email: string, path = "/en/staff/dashboard"): Promise<void> {
  await page.goto(`${app.url}${path}`);
  await page.waitForURL(/\/en\/staff\/sign-in/);
  await page.fill("#s-email", email);
  await page.fill("#s-password", DEMO_PASSWORD);
  await page.click("main form button[type=submit]");
  await page.waitForURL((u) => u.pathname === path || u.pathname === "/en/staff/account", { timeout: 20_000 });
  if (new URL(page.url()).pathname === "/en/staff/account" && path !== "/en/staff/account") {
    // The integrity officer must set up two-step verification first (lib/auth/session.ts).
    const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s+/g, "");
    await page.fill("#totp-on-code", currentTotpCode(secret));
    await page.click("#totp-on-code >> xpath=ancestor::form//button[@type='submit']");
    await page.waitForURL("**/en/staff/account?notice=enabled");
    await page.goto(`${app.url}${path}`);
  }
}

/** A named street-lighting complaint (routed to INF), in Turkish, as a citizen's client would send it. */
async function submitComplaint(subject: string): Promise<string> {
  const data = await graphql<{ submitFeedback: { reference: string } }>(
    app.url,
    `mutation Submit($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { reference } }`,
    {
      input: {
        kind: "COMPLAINT",
        subject,
        body: `${subject}: Rodopi Sokağı 3 önündeki sokak lambası bir haftadır yanmıyor.`,
        categoryCode: "LIGHT",
        anonymous: false,
        name: "Fatme Ahmed",
        email: "fatme.ahmed@example.org",
        consent: true,
        locale: "tr",
      },
    },
  );
  return data.submitFeedback.reference;
}

async function viewerOf(email: string): Promise<Viewer> {
  const u = await app.db.db.prisma.user.findUniqueOrThrow({ where: { email } });
  return { id: u.id, email: u.email, name: u.name, role: u.role, departmentId: u.departmentId, serviceUnitId: u.serviceUnitId, locale: u.locale, sessionVersion: u.sessionVersion } as Viewer;
}

/** The number a figure shows (its drill-down link carries the count as data). */
async function figure(page: Page, name: string): Promise<number> {
  const link = page.locator(`[data-figure="${name}"] [data-count]`).first();
  if ((await link.count()) === 0) return NaN;
  return Number(await link.getAttribute("data-count"));
}

/** The number of cases the inbox says match. */
async function inboxCount(page: Page): Promise<number> {
  const text = await page.locator("#inbox-count").innerText();
  const m = /(\d[\d\s,.]*)/.exec(text);
  if (!m) return /no cases/i.test(text) ? 0 : NaN;
  return Number(m[1]!.replace(/[\s,.]/g, ""));
}

async function noSidewaysScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);
}

describe.skipIf(!chromiumAvailable)("the management dashboard", () => {
  beforeAll(async () => {
    const { startTestApp } = await import("@/tests/support/app");
    app = await startTestApp({ demo: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("follows a submission and an answer live, drills down, filters, downloads CSV, and passes axe", async () => {
    const { context, page } = await openContext(browser);
    try {
      const troubles: string[] = [];
      page.on("pageerror", (e) => troubles.push(`page error: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() === "error") troubles.push(`console error: ${m.text()}`);
      });
      // What the page said, when a step fails.
      onTestFailed(() => console.log(`dashboard page troubles:\n  ${troubles.join("\n  ")}`));
      await signIn(page, MANAGER);
      await expect(page.locator("h1").innerText()).resolves.toBe(en.dashboard.title);
      await expect(page.locator(`.staff-nav a[href="/en/staff/dashboard"]`).getAttribute("aria-current")).resolves.toBe("page");
      await waitForHydration(page, "[data-testid=live-indicator]");
      await expect.poll(() => page.locator("[data-testid=live-indicator]").getAttribute("data-state"), { timeout: LIVE_TIMEOUT }).toBe("live");
      await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

      const today0 = await figure(page, "receivedToday");
      const received0 = await figure(page, "received");
      const answered0 = await figure(page, "answered");

      // --- a citizen submits: "received today" +1, in place
      const reference = await submitComplaint("Sokak lambası yanmıyor (gösterge)");
      await expect.poll(() => figure(page, "receivedToday"), { timeout: LIVE_TIMEOUT }).toBe(today0 + 1);
      expect(await figure(page, "received")).toBe(received0 + 1);
      await expect(page.locator("[data-testid=figures-status]").innerText()).resolves.toMatch(/Figures updated at/);
      // The Turkish-language row of the equal-access table counts it.
      await expect(page.locator('[data-table="LANGUAGE"] tr[data-row="tr"] th').innerText()).resolves.toBe(en.dashboard.languages.tr);

      // --- the head answers it (the real use cases): "answered" +1, in place
      const head = await viewerOf(HEAD);
      const caseRow = await app.db.db.prisma.case.findUniqueOrThrow({ where: { reference }, select: { id: true } });
      const { saveAnswerDraft } = await import("@/lib/cases/save-answer-draft");
      const { approveAnswer } = await import("@/lib/cases/approve-answer");
      const { sendAnswer } = await import("@/lib/cases/send-answer");
      await saveAnswerDraft({
        viewer: head,
        caseId: caseRow.id,
        input: { findings: "Lamba arızalıydı.", decision: "Lamba değiştirildi.", reasons: "Belediye sokak aydınlatmasından sorumludur." },
      });
      await approveAnswer({ viewer: head, caseId: caseRow.id });
      await sendAnswer({ viewer: head, caseId: caseRow.id });
      await expect.poll(() => figure(page, "answered"), { timeout: LIVE_TIMEOUT }).toBe(answered0 + 1);

      // --- the connection drops; a complaint arrives meanwhile; after the reconnect it is counted
      const indicator = page.locator("[data-testid=live-indicator]");
      await context.setOffline(true);
      await expect.poll(() => indicator.getAttribute("data-state"), { timeout: LIVE_TIMEOUT }).toBe("reconnecting");
      await submitComplaint("Sokak lambası yanmıyor (bağlantı koptuğunda)");
      await context.setOffline(false);
      await expect.poll(() => indicator.getAttribute("data-state"), { timeout: LIVE_TIMEOUT }).toBe("live");
      await expect.poll(() => figure(page, "receivedToday"), { timeout: LIVE_TIMEOUT }).toBe(today0 + 2);
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

      // --- axe with the live figures, at 360 and 1280 px and at 200% zoom (640 px), and no sideways scrolling
      const problems: string[] = [];
      for (const width of [360, 640, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        problems.push(...(await axeViolations(page, `dashboard ${width}px`)));
        await shot(page, `${width}`);
        expect(await noSidewaysScroll(page), `sideways scrolling at ${width}px`).toBe(true);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(problems, problems.join("\n")).toEqual([]);

      // --- CSV of every figure: the same "received today" as the page
      const todayNow = await figure(page, "receivedToday");
      const csvHref = await page.locator("[data-testid=figures-csv]").getAttribute("href");
      const csv = await context.request.get(`${app.url}${csvHref}`);
      expect(csv.status()).toBe(200);
      expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
      const csvText = (await csv.body()).toString("utf8");
      expect(csvText.startsWith("\uFEFF")).toBe(true);
      const lines = csvText.slice(1).split("\r\n");
      expect(lines[0]).toBe([en.dashboard.csvColumns.section, en.dashboard.csvColumns.figure, en.dashboard.csvColumns.key, en.dashboard.csvColumns.value, en.dashboard.csvColumns.unit].join(","));
      expect(lines).toContain([en.dashboard.live.title, en.dashboard.live.receivedToday, "", String(todayNow), en.dashboard.csvUnits.cases].join(","));

      // --- drill-down: "received today" → the inbox lists exactly those cases
      await page.locator('[data-figure="receivedToday"] a').click();
      await page.waitForURL(/\/en\/staff\/cases\?/);
      expect(await inboxCount(page)).toBe(todayNow);
      await expect(page.locator("[data-testid=active-filters]").innerText()).resolves.toContain(en.workspace.inbox.filters.from);
      await expect(page.locator("table.case-table").innerText()).resolves.toContain(reference);
      // The inbox with the filters in force and its further filter fields open: axe again.
      const inboxProblems: string[] = [];
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        inboxProblems.push(...(await axeViolations(page, `drilled-down inbox ${width}px`)));
      }
      expect(inboxProblems, inboxProblems.join("\n")).toEqual([]);

      // --- Bulgarian and Turkish (longer words): axe and no sideways scrolling at 360 px
      await page.setViewportSize({ width: 360, height: 900 });
      for (const locale of ["bg", "tr"] as const) {
        await page.goto(`${app.url}/${locale}/staff/dashboard`);
        await expect(page.locator("h1").innerText()).resolves.toBe(messages(locale).dashboard.title);
        inboxProblems.push(...(await axeViolations(page, `dashboard ${locale} 360px`)));
        expect(await noSidewaysScroll(page), `sideways scrolling in ${locale} at 360px`).toBe(true);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(inboxProblems, inboxProblems.join("\n")).toEqual([]);

      // --- filters: a start after the end is refused at the field, in English
      await page.goto(`${app.url}/en/staff/dashboard?from=2026-06-01&to=2026-05-01`);
      await expect(page.locator("#d-from-error").innerText()).resolves.toContain(en.dashboard.errors.FROM_AFTER_TO);
      await expect(page.locator("#d-from").getAttribute("aria-invalid")).resolves.toBe("true");
      // A kind filter narrows the figures; its drill-down matches again.
      await page.goto(`${app.url}/en/staff/dashboard`);
      await page.selectOption("#d-kind", "COMPLAINT");
      await page.click("form.dash-filters button[type=submit]");
      await page.waitForURL(/kind=COMPLAINT/);
      const complaints = await figure(page, "received");
      expect(complaints).toBeGreaterThan(0);
      expect(complaints).toBeLessThanOrEqual(received0 + 2);
      await page.locator('[data-figure="received"] a').click();
      await page.waitForURL(/\/en\/staff\/cases\?.*kind=COMPLAINT/);
      expect(await inboxCount(page)).toBe(complaints);
      expect(troubles).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("filters without JavaScript, and has no dashboard for an officer", async () => {
    const { context, page } = await openContext(browser, { javaScriptEnabled: false });
    try {
      await signIn(page, MANAGER);
      await page.selectOption("#d-channel", "WEB");
      await page.click("form.dash-filters button[type=submit]");
      await page.waitForURL(/channel=WEB/);
      await expect(page.locator("#d-channel").inputValue()).resolves.toBe("WEB");
      // Only web submissions are counted: the channel table has the web row alone.
      const rows = await page.locator('[data-table="CHANNEL"] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-row")));
      expect(rows.every((r) => r === "WEB")).toBe(true);
      // A day that does not exist is refused at its field; the channel filter still applies.
      await page.goto(`${app.url}/en/staff/dashboard?channel=WEB&to=2026-02-30`);
      await expect(page.locator("#d-to-error").innerText()).resolves.toContain(en.dashboard.errors.INVALID_DATE);
      await expect(page.locator("#d-channel").inputValue()).resolves.toBe("WEB");
    } finally {
      await context.close();
    }
    // The integrity officer: restricted kinds only; a head: their department, fixed.
    for (const [email, scope] of [
      ["integrity@demo.momchilgrad.bg", en.dashboard.scope.INTEGRITY],
      [HEAD, en.dashboard.scope.DEPARTMENT],
    ] as const) {
      const other = await openContext(browser, { javaScriptEnabled: false });
      try {
        await signIn(other.page, email);
        // "Your department: {department}." → "Your department"; the integrity text has no placeholder.
        await expect(other.page.locator("[data-testid=dashboard-scope]").innerText()).resolves.toContain(scope.split(":")[0]!.split("{")[0]!.trim());
        if (email === HEAD) expect(await other.page.locator("#d-department").count()).toBe(0);
        else {
          const kinds = await other.page.locator("#d-kind option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
          expect(kinds.sort()).toEqual(["CORRUPTION_SIGNAL", "WHISTLEBLOWER_REPORT"]);
        }
      } finally {
        await other.context.close();
      }
    }
    const officer = await openContext(browser);
    try {
      await signIn(officer.page, OFFICER, "/en/staff/cases");
      await expect(officer.page.locator(`.staff-nav a[href="/en/staff/dashboard"]`).count()).resolves.toBe(0);
      const res = await officer.page.goto(`${app.url}/en/staff/dashboard`);
      expect(res?.status()).toBe(404);
    } finally {
      await officer.context.close();
    }
  });
});
