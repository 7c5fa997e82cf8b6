// The live inbox in a real browser (issue "Live", "In the UI"). The INF head has the
// inbox open; a citizen submits a street-lighting complaint (GraphQL over HTTP, as any
// client would) and its row appears without a reload. The complaint's decision term is
// then moved in the database: its warning instant into the past → the sweeper's
// SLA_WARNING raises a polite notice (role=status) naming the case and its term, and the
// case moves to the top, marked "Deadline warning" in words; its due instant into the
// past → SLA_BREACHED raises an alert (role=alert) and the mark says "Overdue". Then the
// connection drops (the browser goes offline): the indicator says "Reconnecting…", a
// second complaint arrives meanwhile, and when the browser is back online the indicator
// says "Live" again and the missed complaint appears exactly once — the client resumed
// with `after` = the last event id it had seen (checked on the subscribe messages it
// sent). axe (WCAG 2.0/2.1/2.2 A and AA): no violations with the notices shown, at 360
// and 1280 px.
//
// HARTA_SCREENSHOT_DIR=/some/dir keeps a screenshot of each state for a human eye.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { chromiumAvailable, launchBrowser } from "@/tests/support/browser";
import type { TestApp } from "@/tests/support/app";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import { axeViolations, graphql, messages, openContext, type RecordingContext } from "./helpers";

let app: TestApp;
let browser: Browser;

const HEAD = "head.inf@demo.momchilgrad.bg";
const live = messages("en").live;
/** The sweeper runs every 2 s; the page refreshes its data ~0.3 s after an event. */
const LIVE_TIMEOUT = 20_000;

const SHOTS = process.env.HARTA_SCREENSHOT_DIR;
async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `live-${name}.png`), fullPage: true });
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${app.url}/en/staff/cases`);
  await page.waitForURL(/\/en\/staff\/sign-in/);
  await page.fill("#s-email", email);
  await page.fill("#s-password", DEMO_PASSWORD);
  await page.click("main form button[type=submit]");
  await page.waitForURL(/\/en\/staff\/cases$/, { timeout: 20_000 });
}

/** A named street-lighting complaint (routed to INF), as a citizen's client would send it. */
async function submitComplaint(subject: string): Promise<string> {
  const data = await graphql<{ submitFeedback: { reference: string } }>(
    app.url,
    `mutation Submit($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { reference } }`,
    {
      input: {
        kind: "COMPLAINT",
        subject,
        body: `${subject}: the street light in front of 3 Rodopi St. has been out for a week.`,
        categoryCode: "LIGHT",
        anonymous: false,
        name: "Fatme Ahmed",
        email: "fatme.ahmed@example.org",
        consent: true,
        locale: "en",
      },
    },
  );
  return data.submitFeedback.reference;
}

async function caseIdOf(reference: string): Promise<string> {
  const row = await app.db.db.prisma.case.findUniqueOrThrow({ where: { reference }, select: { id: true } });
  return row.id;
}

/** The subscribe messages the page sent over its WebSockets, in order. */
function recordSubscribes(page: Page): { after: string | null }[] {
  const sent: { after: string | null }[] = [];
  page.on("websocket", (ws) => {
    ws.on("framesent", (frame) => {
      const text = typeof frame.payload === "string" ? frame.payload : frame.payload.toString("utf8");
      const message = JSON.parse(text) as { type?: string; payload?: { variables?: { after?: string | null } } };
      if (message.type === "subscribe") sent.push({ after: message.payload?.variables?.after ?? null });
    });
  });
  return sent;
}

const rowsOf = (page: Page, reference: string) => page.locator("table.case-table tbody tr").filter({ has: page.locator(`th[scope=row] a:text-is("${reference}")`) });
const indicator = (page: Page) => page.locator("[data-testid=live-indicator]");

async function checkAxe(page: Page, label: string): Promise<string[]> {
  const problems: string[] = [];
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    problems.push(...(await axeViolations(page, `${label} ${width}px`)));
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  return problems;
}

describe.skipIf(!chromiumAvailable)("the live inbox", () => {
  beforeAll(async () => {
    const { startTestApp } = await import("@/tests/support/app");
    app = await startTestApp({ demo: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("shows a new complaint, raises deadline notices, and resumes after the connection drops", async () => {
    const head: RecordingContext = await openContext(browser);
    try {
      const page = head.page;
      const subscribes = recordSubscribes(page);
      const troubles: string[] = [];
      page.on("pageerror", (e) => troubles.push(`page error: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() === "error" || m.type() === "warning") troubles.push(`console ${m.type()}: ${m.text()}`);
      });
      await signIn(page, HEAD);
      await expect.poll(() => indicator(page).getAttribute("data-state"), { timeout: LIVE_TIMEOUT }).toBe("live");
      await expect(indicator(page).innerText()).resolves.toContain(live.state.live);
      await expect(indicator(page).getAttribute("aria-live")).resolves.toBe("polite");
      // It started exactly where the server-rendered list ended: the newest event then.
      const newest = await app.db.db.prisma.event.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
      expect(subscribes).toEqual([{ after: String(newest?.id ?? 0n) }]);
      const rowsBefore = await page.locator("table.case-table tbody tr").count();
      // Everything below must happen without a navigation: mark the document.
      await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

      // --- a new complaint appears without a reload
      const first = await submitComplaint("Street light out (live 1)");
      await expect.poll(() => rowsOf(page, first).count(), { timeout: LIVE_TIMEOUT }).toBe(1);
      expect(await page.locator("table.case-table tbody tr").count()).toBe(rowsBefore + 1);
      await expect(rowsOf(page, first).innerText()).resolves.toContain("Street light out (live 1)");
      await expect(rowsOf(page, first).locator(".live-flag").innerText()).resolves.toContain(live.flag.new);
      const receivedNotice = page.locator("[role=status] .live-notice", { hasText: first });
      await expect.poll(() => receivedNotice.count(), { timeout: LIVE_TIMEOUT }).toBe(1);
      expect(await receivedNotice.locator(`a[href$="/staff/cases/${await caseIdOf(first)}"]`).innerText()).toBe(first);

      // --- its deadline warning: a polite notice, and the case at the top, marked in words
      const caseId = await caseIdOf(first);
      const prisma = app.db.db.prisma;
      const decide = await prisma.caseClock.findFirstOrThrow({ where: { caseId, clock: "DECIDE" } });
      await prisma.caseClock.update({ where: { id: decide.id }, data: { warnAt: new Date(Date.now() - 60_000) } });
      const warning = page.locator("[role=status] .live-notice--warning", { hasText: first });
      await expect.poll(() => warning.count(), { timeout: LIVE_TIMEOUT }).toBe(1);
      const warningText = await warning.innerText();
      expect(warningText).toContain("Deadline warning");
      // The term: the last day of the decision term, as the page writes dates.
      const dueDay = decide.dueDate.toISOString().slice(0, 10);
      const longDate = new Intl.DateTimeFormat("en", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Sofia" }).format(new Date(`${dueDay}T12:00:00Z`));
      expect(warningText).toContain(longDate);
      const topRow = page.locator("table.case-table tbody tr").first();
      await expect.poll(() => topRow.locator("th[scope=row] a").innerText(), { timeout: LIVE_TIMEOUT }).toBe(first);
      await expect(topRow.locator(".live-flag").innerText()).resolves.toContain(live.flag.warning);
      await expect(page.locator("table.case-table caption").innerText()).resolves.toContain(live.alertsFirst);
      await shot(page, "warning");
      const problems = await checkAxe(page, "inbox with a deadline warning");

      // --- its breach: an alert, and the mark says "Overdue"
      // (The case first: the event carries the case as it is when delivered.)
      const past = new Date(Date.now() - 60_000);
      await prisma.case.update({ where: { id: caseId }, data: { nextDueAt: past } });
      await prisma.caseClock.update({ where: { id: decide.id }, data: { dueAt: past, dueDate: new Date(`${past.toISOString().slice(0, 10)}T00:00:00Z`) } });
      const breach = page.locator("[role=alert] .live-notice--breached", { hasText: first });
      await expect.poll(() => breach.count(), { timeout: LIVE_TIMEOUT }).toBe(1);
      expect(await breach.innerText()).toContain("overdue");
      await expect.poll(() => topRow.locator(".live-flag").innerText(), { timeout: LIVE_TIMEOUT }).toContain(live.flag.overdue);
      expect(await topRow.locator("th[scope=row] a").innerText()).toBe(first);
      await shot(page, "breach");
      problems.push(...(await checkAxe(page, "inbox with a breach alert")));
      await page.setViewportSize({ width: 360, height: 900 });
      await shot(page, "breach-phone");
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(problems, problems.join("\n\n")).toEqual([]);

      // Dismissing a notice removes it and keeps the focus in the notices.
      await breach.locator("button.live-notice-dismiss").click();
      await expect.poll(() => breach.count()).toBe(0);
      // (The focus moves on the next animation frame, after React has removed the button.)
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest("section.live") !== null)).toBe(true);

      // --- the connection drops; a complaint arrives meanwhile; back online, it appears once
      const seenBeforeDrop = (await prisma.event.findFirstOrThrow({ where: { caseId, type: "SLA_BREACHED" }, select: { id: true } })).id;
      await head.context.setOffline(true);
      await expect.poll(() => indicator(page).getAttribute("data-state"), { timeout: LIVE_TIMEOUT }).toBe("reconnecting");
      await expect(indicator(page).innerText()).resolves.toContain(live.state.reconnecting);
      await shot(page, "reconnecting");
      const missed = await submitComplaint("Street light out (live 2)");
      await new Promise((r) => setTimeout(r, 2_500));
      expect(await rowsOf(page, missed).count()).toBe(0); // not while offline
      await head.context.setOffline(false);
      await expect.poll(() => indicator(page).getAttribute("data-state"), { timeout: LIVE_TIMEOUT }).toBe("live");
      await expect(indicator(page).innerText()).resolves.toContain(live.state.live);
      await expect.poll(() => rowsOf(page, missed).count(), { timeout: LIVE_TIMEOUT }).toBe(1);
      await expect.poll(() => page.locator("[role=status] .live-notice--received", { hasText: missed }).count()).toBe(1);
      // Resumed with the last id seen (the breach, the newest event before the drop).
      expect(subscribes.length).toBeGreaterThanOrEqual(2);
      expect(subscribes.at(-1)).toEqual({ after: String(seenBeforeDrop) });
      // Each case once; and all of it in the same document (no reload).
      const references = await page.locator("table.case-table tbody th[scope=row] a").allInnerTexts();
      expect(references.length).toBe(new Set(references).size);
      expect(references.filter((r) => r === missed || r === first)).toHaveLength(2);
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
      await shot(page, "resumed");
      expect(troubles, troubles.join("\n")).toEqual([]);

      // --- the session ends elsewhere (signing out ends them all): the feed stops, and says so
      const other = await openContext(browser);
      try {
        await signIn(other.page, HEAD);
        await other.page.click(".staff-who form button[type=submit]");
        await other.page.waitForURL(/\/en\/staff\/sign-in/, { timeout: 20_000 });
      } finally {
        await other.context.close();
      }
      await expect.poll(() => indicator(page).getAttribute("data-state"), { timeout: LIVE_TIMEOUT }).toBe("offline");
      await expect(indicator(page).innerText()).resolves.toContain(live.state.offline);
      await expect(page.locator("section.live button", { hasText: live.reconnect }).count()).resolves.toBe(1);
    } finally {
      await head.context.close();
    }
  });
});
