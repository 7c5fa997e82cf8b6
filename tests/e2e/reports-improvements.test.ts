// Reports, exports, improvement actions and public figures in a real browser (issue 5):
// - the manager keeps the improvement-action register through its forms (an error next to
//   its field, then saved), links a case by reference (a link to the case page), completes
//   the action; axe finds nothing at 360 and 1280 px;
// - the inbox's "Download CSV" gives a UTF-8 CSV with a BOM and one row per listed case,
//   with no case text or citizen data;
// - the annual report downloads as a PDF and as a CSV for a chosen year;
// - the public figures page shows the dashboard's counts for the same range, without
//   personal data, and passes axe;
// - an officer has neither the register nor the reports.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import type { Browser, Page } from "playwright-core";
import { chromiumAvailable, launchBrowser } from "@/tests/support/browser";
import type { TestApp } from "@/tests/support/app";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import type { Viewer } from "@/lib/auth/viewer";
import { axeViolations, messages, openContext } from "./helpers";

let app: TestApp;
let browser: Browser;

const MANAGER = "secretary@demo.momchilgrad.bg";
const OFFICER = "officer.inf@demo.momchilgrad.bg";
const en = messages("en");

async function signIn(page: Page, email: string, path: string): Promise<void> {
  await page.goto(`${app.url}${path}`);
  await page.waitForURL(/\/en\/staff\/sign-in/);
  await page.fill("#s-email", email);
  await page.fill("#s-password", DEMO_PASSWORD);
  await page.click("main form button[type=submit]");
  await page.waitForURL((u) => u.pathname === path, { timeout: 20_000 });
}

async function viewerOf(email: string): Promise<Viewer> {
  const u = await app.db.db.prisma.user.findUniqueOrThrow({ where: { email } });
  return { id: u.id, email: u.email, name: u.name, role: u.role, departmentId: u.departmentId, serviceUnitId: u.serviceUnitId, locale: u.locale, sessionVersion: u.sessionVersion } as Viewer;
}

async function axeAtWidths(page: Page, label: string): Promise<string[]> {
  const problems: string[] = [];
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    problems.push(...(await axeViolations(page, `${label} ${width}px`)));
    if (width === 360) {
      const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
      if (wide) problems.push(`${label} 360px: scrolls sideways`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  return problems;
}

describe.skipIf(!chromiumAvailable)("reports, exports, improvement actions, public figures", () => {
  beforeAll(async () => {
    const { startTestApp } = await import("@/tests/support/app");
    app = await startTestApp({ demo: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("the manager keeps the register, downloads the case list and the annual report", async () => {
    const { context, page } = await openContext(browser);
    const troubles: string[] = [];
    page.on("pageerror", (e) => troubles.push(`page error: ${e.message}`));
    onTestFailed(() => console.log(`page troubles:\n  ${troubles.join("\n  ")}`));
    try {
      const problems: string[] = [];
      await signIn(page, MANAGER, "/en/staff/improvements");
      await expect(page.locator("h1").innerText()).resolves.toBe(en.improvements.title);
      await expect(page.locator(`.staff-nav a[href="/en/staff/improvements"]`).getAttribute("aria-current")).resolves.toBe("page");
      // The demo register is there.
      expect(await page.locator("tbody tr").count()).toBeGreaterThanOrEqual(5);
      problems.push(...(await axeAtWidths(page, "improvements")));

      // Owner left out: refused, the error next to its field, the values kept.
      await page.fill("#new-title", "Bilingual signs at the service centre");
      await page.fill("#new-description", "Citizens asked for signs in Turkish as well as Bulgarian at the counters.");
      await page.fill("#new-dueDate", "2030-03-31");
      await page.click("#new-action button[type=submit]");
      await page.waitForURL(/errors=/);
      await expect(page.locator("#new-owner-error").innerText()).resolves.toContain(en.fieldErrors.REQUIRED);
      await expect(page.locator("#new-owner").getAttribute("aria-invalid")).resolves.toBe("true");
      await expect(page.locator("#new-title").inputValue()).resolves.toBe("Bilingual signs at the service centre");
      problems.push(...(await axeAtWidths(page, "improvements with errors")));

      await page.fill("#new-owner", "Administrative services");
      await page.click("#new-action button[type=submit]");
      await page.waitForURL(/\/en\/staff\/improvements\/[0-9a-f-]{36}\?created=1/);
      await expect(page.locator("h1").innerText()).resolves.toBe("Bilingual signs at the service centre");
      await expect(page.locator("[role=status]").innerText()).resolves.toBe(en.improvements.createdNotice);

      // Link a case by reference: it appears as a link to its page.
      const c = await app.db.db.prisma.case.findFirstOrThrow({ where: { kind: "COMPLAINT", departmentId: { not: null } }, select: { id: true, reference: true } });
      await page.fill("#link-reference", c.reference);
      await page.click("#link-case button[type=submit]");
      await page.waitForURL(/linked=/);
      await expect(page.locator(`#cases a[href="/en/staff/cases/${c.id}"]`).innerText()).resolves.toBe(c.reference);
      // A reference nobody has: "not found", next to the form.
      await page.fill("#link-reference", "MG-2001-999999");
      await page.click("#link-case button[type=submit]");
      await page.waitForURL(/error=NOT_FOUND/);
      await expect(page.locator("#cases [role=alert]").innerText()).resolves.toBe(en.improvements.caseNotFound);
      problems.push(...(await axeAtWidths(page, "improvement action")));

      // Complete it.
      await page.selectOption("#edit-status", "DONE");
      await page.click("#edit button[type=submit]");
      await page.waitForURL(/saved=1/);
      await expect(page.locator(".facts").innerText()).resolves.toContain(en.improvements.statuses.DONE);
      await expect(page.locator(".facts").innerText()).resolves.toContain(en.improvements.completed);

      // --- the inbox's CSV: every listed case, no text, no citizen data
      await page.goto(`${app.url}/en/staff/cases?kind=COMPLAINT`);
      const listed = Number(/(\d+)/.exec(await page.locator("#inbox-count").innerText())![1]);
      const href = await page.locator("a[href^='/api/cases/export']").getAttribute("href");
      expect(href).toContain("kind=COMPLAINT");
      const res = await context.request.get(`${app.url}${href}`);
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="cases-\d{4}-\d{2}-\d{2}\.csv"/);
      const csv = (await res.body()).toString("utf8");
      expect(csv.startsWith("\uFEFF")).toBe(true);
      const lines = csv.slice(1).trimEnd().split("\r\n");
      expect(lines[0]!.split(",")[0]).toBe(en.exports.caseList.columns.reference);
      expect(lines).toHaveLength(listed + 1);
      const citizens = await app.db.db.prisma.case.findMany({ where: { kind: "COMPLAINT" }, select: { subject: true, submitter: { select: { name: true, email: true } } } });
      for (const x of citizens) {
        expect(csv).not.toContain(x.subject);
        if (x.submitter?.email) expect(csv).not.toContain(x.submitter.email);
      }

      // --- the annual report: the page offers the past year; PDF and CSV download
      await page.goto(`${app.url}/en/staff/reports`);
      problems.push(...(await axeAtWidths(page, "reports")));
      const year = new Date().getUTCFullYear();
      await page.selectOption("#report-year", String(year));
      await page.click("form.inline-filter button[type=submit]");
      await page.waitForURL(new RegExp(`year=${year}`));
      const pdf = await context.request.get(`${app.url}${await page.locator("[data-testid=annual-report-pdf]").getAttribute("href")}`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()["content-type"]).toBe("application/pdf");
      expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const reportCsv = await context.request.get(`${app.url}${await page.locator("[data-testid=annual-report-csv]").getAttribute("href")}`);
      expect(reportCsv.status()).toBe(200);
      const reportText = (await reportCsv.body()).toString("utf8");
      expect(reportText.startsWith("\uFEFF")).toBe(true);
      expect(reportText).toContain("Bilingual signs at the service centre");

      expect(problems, `\n${problems.join("\n\n")}\n`).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("the public figures page shows the dashboard's counts without personal data", async () => {
    const { context, page } = await openContext(browser);
    try {
      const res = await page.goto(`${app.url}/en/figures`);
      expect(res?.status()).toBe(200);
      await expect(page.locator("h1").innerText()).resolves.toBe(en.figures.title);
      const { getDashboard } = await import("@/lib/dashboard/get-dashboard");
      const { sofiaDate } = await import("@/lib/domain/deadlines");
      const today = sofiaDate(new Date());
      const dash = await getDashboard({ viewer: await viewerOf(MANAGER), filter: { from: `${today.slice(0, 4)}-01-01`, to: today } });
      const shown = (name: string) => page.locator(`[data-figure=${name}]`).innerText();
      expect(Number((await shown("received")).replace(/\D/g, ""))).toBe(dash.received.count);
      expect(Number((await shown("answered")).replace(/\D/g, ""))).toBe(dash.answered.count);
      const html = await page.content();
      const people = await app.db.db.prisma.case.findMany({ select: { reference: true, subject: true, submitter: { select: { name: true, email: true } } } });
      for (const p of people) {
        expect(html).not.toContain(p.reference);
        expect(html).not.toContain(p.subject);
        if (p.submitter?.name) expect(html).not.toContain(p.submitter.name);
        if (p.submitter?.email) expect(html).not.toContain(p.submitter.email);
      }
      // Last year's figures, by the year link.
      await page.click(`.year-nav a[href$="year=${Number(today.slice(0, 4)) - 1}"]`);
      await page.waitForURL(/year=/);
      const problems = await axeAtWidths(page, "public figures");
      expect(problems, `\n${problems.join("\n\n")}\n`).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("the register's forms work without JavaScript", async () => {
    const { context, page } = await openContext(browser, { javaScriptEnabled: false });
    try {
      await signIn(page, MANAGER, "/en/staff/improvements");
      await page.fill("#new-title", "Ramp at the Zvezdel town hall");
      await page.fill("#new-description", "A wheelchair user could not reach the counter: a ramp at the entrance.");
      await page.fill("#new-owner", "Infrastructure");
      await page.selectOption("#new-departmentCode", "INF");
      await page.click("#new-action button[type=submit]");
      await page.waitForURL(/\/en\/staff\/improvements\/[0-9a-f-]{36}\?created=1/);
      const c = await app.db.db.prisma.case.findFirstOrThrow({ where: { kind: "PROPOSAL", departmentId: { not: null } }, select: { id: true, reference: true } });
      await page.fill("#link-reference", c.reference);
      await page.click("#link-case button[type=submit]");
      await page.waitForURL(/linked=/);
      await expect(page.locator(`#cases a[href="/en/staff/cases/${c.id}"]`).count()).resolves.toBe(1);
      // Unlink it again, then start the work.
      await page.click("#cases li form button[type=submit]");
      await page.waitForURL(/unlinked=/);
      await expect(page.locator(`#cases a[href="/en/staff/cases/${c.id}"]`).count()).resolves.toBe(0);
      await page.selectOption("#edit-status", "IN_PROGRESS");
      await page.click("#edit button[type=submit]");
      await page.waitForURL(/saved=1/);
      await expect(page.locator(".facts").innerText()).resolves.toContain(en.improvements.statuses.IN_PROGRESS);
    } finally {
      await context.close();
    }
  });

  it("an officer has neither the register nor the reports", async () => {
    const { context, page } = await openContext(browser);
    try {
      await signIn(page, OFFICER, "/en/staff/cases");
      expect(await page.locator(`.staff-nav a[href="/en/staff/improvements"]`).count()).toBe(0);
      expect(await page.locator(`.staff-nav a[href="/en/staff/reports"]`).count()).toBe(0);
      expect((await page.goto(`${app.url}/en/staff/improvements`))?.status()).toBe(404);
      expect((await context.request.get(`${app.url}/api/reports/annual?format=csv`)).status()).toBe(403);
    } finally {
      await context.close();
    }
  });
});
