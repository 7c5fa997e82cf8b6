// The staff workspace in a real browser: the head of the INF department finds a new case
// in the inbox by filtering and searching, opens it and assigns it to the department's
// officer; the officer drafts the written answer (first with a mistake, shown next to
// the field) and attaches a photo; the head approves and sends it; the case shows
// ANSWERED and its PDF letter downloads. Also without JavaScript (a note, with and
// without an error; a file; the filters; paging forward and back), and axe (WCAG
// 2.0/2.1/2.2 A and AA) with zero violations on the inbox and the case page (new, with
// errors, answered) at 360 and 1280 px in bg, tr and en, with no sideways scrolling on
// the phone. Signs in through the real sign-in form with the demo password.
//
// HARTA_SCREENSHOT_DIR=/some/dir keeps a screenshot of each page state for a human eye.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { chromiumAvailable, launchBrowser } from "@/tests/support/browser";
import type { TestApp } from "@/tests/support/app";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import { axeViolations, messages, openContext, waitForHydration } from "./helpers";

let app: TestApp;
let browser: Browser;

const HEAD = "head.inf@demo.momchilgrad.bg";
const OFFICER = "officer.inf@demo.momchilgrad.bg";
const OFFICER_NAME = "Ерол Мустафов";
const WIDTHS = [360, 1280] as const;
const en = messages("en").workspace;

/** A word no demo case contains, so that the search finds exactly our case. */
const MARKER = "Zebrafluorescent";
const MARKER2 = "Quasarpothole";

const SHOTS = process.env.HARTA_SCREENSHOT_DIR;
async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

async function signIn(page: Page, email: string, locale = "en"): Promise<void> {
  await page.goto(`${app.url}/${locale}/staff/cases`);
  await page.waitForURL(new RegExp(`/${locale}/staff/sign-in`));
  await page.fill("#s-email", email);
  await page.fill("#s-password", DEMO_PASSWORD);
  await page.click("main form button[type=submit]");
  await page.waitForURL(new RegExp(`/${locale}/staff/cases$`), { timeout: 20_000 });
}

/** Submits one of the case page's action forms and waits for the notice it leads to. */
async function act(page: Page, verb: string, notice: string): Promise<void> {
  await page.click(`form[data-verb=${verb}] button[type=submit]`);
  await expect.poll(() => page.locator("[data-testid=notice]").innerText().catch(() => ""), { timeout: 20_000 }).toContain(notice);
}

async function checkAxe(page: Page, label: string): Promise<string[]> {
  const problems: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const where = `${label} ${width}px (${new URL(page.url()).pathname})`;
    problems.push(...(await axeViolations(page, where)));
    if (width <= 360) {
      const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if (scrollWidth! > clientWidth!) problems.push(`${where}: scrolls sideways (${scrollWidth} > ${clientWidth} px)`);
    }
    await shot(page, `${label.replace(/\W+/g, "-")}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  return problems;
}

describe.skipIf(!chromiumAvailable)("staff workspace: from the inbox to the sent answer", () => {
  let caseId = "";
  let reference = "";
  let overdueReference = "";

  beforeAll(async () => {
    const { startTestApp } = await import("@/tests/support/app");
    app = await startTestApp({ demo: true });
    browser = await launchBrowser();
    // A fresh complaint on street lighting (INF), as the public form would create it.
    const { submitFeedback } = await import("@/lib/cases/submit-feedback");
    const receipt = await submitFeedback({
      input: {
        kind: "COMPLAINT",
        subject: `Street light out (${MARKER})`,
        body: `The street light at 12 Hristo Botev St. has been out for two weeks. ${MARKER}.`,
        categoryCode: "LIGHT",
        anonymous: false,
        name: "Ayshe Mehmed",
        email: "ayshe.mehmed@example.org",
        consent: true,
        locale: "en",
      },
      client: { clientKey: "e2e-staff-case" },
    });
    reference = receipt.reference;
    // And one that stays new (for the head's full set of forms), from someone anonymous.
    await submitFeedback({
      input: {
        kind: "SIGNAL",
        subject: `Deep pothole (${MARKER2})`,
        body: `A deep pothole opposite 7 Vasil Levski St. ${MARKER2}.`,
        categoryCode: "ROADS",
        anonymous: true,
        consent: false,
        locale: "bg",
      },
      client: { clientKey: "e2e-staff-case" },
    });
    // And one whose decision term ended three days ago (as if received long ago).
    const late = await submitFeedback({
      input: {
        kind: "COMPLAINT",
        subject: "Broken bench in the park",
        body: "The bench by the fountain in the town park has been broken since spring.",
        categoryCode: "ROADS",
        anonymous: false,
        name: "Ivan Ivanov",
        phone: "0888 123 456",
        consent: true,
        locale: "bg",
      },
      client: { clientKey: "e2e-staff-case" },
    });
    overdueReference = late.reference;
    const prisma = app.db.db.prisma;
    const row = await prisma.case.findUniqueOrThrow({ where: { reference: late.reference }, select: { id: true } });
    const past = new Date(Date.now() - 3 * 86_400_000);
    await prisma.caseClock.updateMany({
      where: { caseId: row.id, clock: "DECIDE" },
      data: { dueAt: past, dueDate: new Date(`${past.toISOString().slice(0, 10)}T00:00:00Z`), state: "BREACHED" },
    });
    await prisma.case.update({ where: { id: row.id }, data: { nextDueAt: past } });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("head filters, opens and assigns; officer drafts; head approves and sends; the letter downloads", async () => {
    const head = await openContext(browser);
    const officer = await openContext(browser);
    try {
      // --- the head's inbox, filtered
      await signIn(head.page, HEAD);
      const page = head.page;
      await expect(page.locator("[data-testid=staff-who]").innerText()).resolves.toContain("Георги Петров");
      await expect(page.locator("nav.staff-nav a[aria-current=page]").innerText()).resolves.toBe(en.nav.inbox);
      expect(await page.locator("table.case-table tbody tr").count()).toBeGreaterThan(0);
      await shot(page, "inbox-head");

      await page.click("details.filters > summary");
      await page.check("#f-status-RECEIVED");
      await page.selectOption("#f-department", "INF");
      await page.fill("#f-q", MARKER.toLowerCase().slice(0, 9)); // a prefix, in other case
      await page.click("details.filters .filter-actions button[type=submit]");
      await page.waitForURL(/status=RECEIVED/);
      const url = new URL(page.url());
      expect(url.searchParams.get("department")).toBe("INF");
      expect(url.searchParams.get("q")).toBe("zebrafluo");
      const rows = page.locator("table.case-table tbody tr");
      await expect.poll(() => rows.count()).toBe(1);
      await expect(rows.first().locator("th[scope=row]").innerText()).resolves.toBe(reference);
      await expect(page.locator(".inbox-count").innerText()).resolves.toContain("1 case matches.");
      // The due date says how urgent it is in words (a fresh complaint: two months ahead).
      await expect(rows.first().locator(".due-date").count()).resolves.toBe(1);
      await shot(page, "inbox-filtered");

      // --- open it and assign it to the officer
      await rows.first().locator("a.case-link").click();
      await page.waitForURL(/\/en\/staff\/cases\/[0-9a-f-]{36}$/);
      caseId = page.url().split("/").pop()!;
      await expect(page.locator("[data-testid=case-reference]").innerText()).resolves.toBe(reference);
      await expect(page.locator("[data-testid=case-status]").innerText()).resolves.toBe(en.statuses.RECEIVED);
      await expect(page.locator("[data-testid=submitter]").innerText()).resolves.toContain("ayshe.mehmed@example.org");
      await expect(page.locator(".internal-flag").innerText()).resolves.toContain(en.case.internalOnly);
      await waitForHydration(page, "form[data-verb=assign]");
      await shot(page, "case-new-head");
      await page.selectOption("#a-assign-assigneeId", { label: `${OFFICER_NAME} (${messages("en").staff.roles.OFFICER})` });
      await act(page, "assign", en.notices.assigned);
      await expect(page.locator("[data-testid=case-assignee] dd").innerText()).resolves.toBe(OFFICER_NAME);
      await expect(page.locator("[data-testid=case-status]").innerText()).resolves.toBe(en.statuses.IN_PROGRESS);
      // The head has the officer's draft to wait for: no approve or send yet.
      expect(await page.locator("form[data-verb=approve], form[data-verb=send]").count()).toBe(0);

      // --- the officer drafts the answer (first too short: the error sits by the field)
      await signIn(officer.page, OFFICER);
      const op = officer.page;
      await expect(op.locator("table.case-table tbody tr").filter({ hasText: reference }).count()).resolves.toBe(1);
      await op.goto(`${app.url}/en/staff/cases/${caseId}`);
      await waitForHydration(op, "form[data-verb=draft]");
      // An officer neither assigns nor sends.
      expect(await op.locator("form[data-verb=assign], form[data-verb=send], form[data-verb=close]").count()).toBe(0);
      await op.fill("#a-draft-findings", "Too short");
      await op.fill("#a-draft-decision", "The lamp was replaced on the day of the check.");
      await op.fill("#a-draft-reasons", "The street lighting is the municipality's to maintain (Local Self-Government Act).");
      await op.click("form[data-verb=draft] button[type=submit]");
      const findingsError = op.locator("#a-draft-findings-error");
      await findingsError.waitFor({ timeout: 20_000 });
      await expect(findingsError.innerText()).resolves.toContain("at least 10");
      await expect(op.locator("#a-draft-findings").getAttribute("aria-invalid")).resolves.toBe("true");
      await expect.poll(() => op.evaluate(() => document.activeElement?.id)).toBe("a-draft-findings");
      // What was typed in the other fields is still there.
      await expect(op.inputValue("#a-draft-decision")).resolves.toBe("The lamp was replaced on the day of the check.");
      await shot(op, "case-draft-error");
      await op.fill("#a-draft-findings", "On inspection, three lamps on Hristo Botev St. were found burnt out.");
      await act(op, "draft", en.notices.draftSaved);
      await expect(op.locator(".draft").innerText()).resolves.toContain("three lamps");

      // A photo, through the multipart server action; it downloads as an attachment.
      const sharp = (await import("sharp")).default;
      const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#cc0000" } }).png().toBuffer();
      await op.setInputFiles("#a-attach-file", { name: "lamp.png", mimeType: "image/png", buffer: png });
      await act(op, "attach", en.notices.attachmentAdded);
      const fileLink = op.locator(".file-list a").first();
      await expect(fileLink.innerText()).resolves.toBe("lamp.png");
      const file = await op.request.get(`${app.url}${await fileLink.getAttribute("href")}`);
      expect(file.status()).toBe(200);
      expect(file.headers()["content-type"]).toBe("image/png");
      expect(file.headers()["content-disposition"]).toMatch(/^attachment; filename="lamp\.png"/);
      expect(file.headers()["cache-control"]).toContain("no-store");

      // --- the head approves and sends
      await page.goto(`${app.url}/en/staff/cases/${caseId}`);
      await waitForHydration(page, "form[data-verb=approve]");
      await act(page, "approve", en.notices.approved);
      await waitForHydration(page, "form[data-verb=send]");
      await act(page, "send", en.notices.sent);
      await expect(page.locator("[data-testid=case-status]").innerText()).resolves.toBe(en.statuses.ANSWERED);
      await expect(page.locator("[data-testid=sent-answer]").innerText()).resolves.toContain("three lamps");
      await expect(page.locator("[data-testid=timeline]").innerText()).resolves.toContain(en.timeline.ANSWER_SENT);
      await shot(page, "case-answered");

      const letterHref = await page.locator("[data-testid=letter-link]").getAttribute("href");
      const letter = await page.request.get(`${app.url}${letterHref}`);
      expect(letter.status()).toBe(200);
      expect(letter.headers()["content-type"]).toBe("application/pdf");
      expect(letter.headers()["cache-control"]).toContain("no-store");
      const pdf = await letter.body();
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pdf.byteLength).toBeGreaterThan(1000);

      // Two notes in a row (the second back at the very same address), with a mistake
      // between them: the form comes back empty and without the old error.
      await page.fill("#a-note-note", "Checked on site with the officer.");
      await act(page, "note", en.notices.noteAdded);
      await page.click("form[data-verb=note] button[type=submit]"); // empty
      await page.locator("#a-note-note-error").waitFor({ timeout: 20_000 });
      await page.fill("#a-note-note", "The citizen confirmed the lamps work.");
      await page.click("form[data-verb=note] button[type=submit]");
      await expect.poll(() => page.locator(".notes > li").count(), { timeout: 20_000 }).toBe(2);
      await expect.poll(() => page.locator("#a-note-note-error").count()).toBe(0);
      await expect(page.inputValue("#a-note-note")).resolves.toBe("");

      // Signed out, neither the letter nor the file is served.
      const anonymous = await fetch(`${app.url}${letterHref}`);
      expect(anonymous.status).toBe(401);
    } finally {
      await head.context.close();
      await officer.context.close();
    }
  });

  it("asking the citizen pauses only the internal target; recording the reply resumes it", async () => {
    const { submitFeedback } = await import("@/lib/cases/submit-feedback");
    const opinion = await submitFeedback({
      input: {
        kind: "OPINION",
        subject: "More benches in the town park",
        body: "The town park needs more benches in the shade for older people.",
        categoryCode: "ROADS",
        anonymous: false,
        name: "Emine Ali",
        email: "emine.ali@example.org",
        consent: true,
        locale: "en",
      },
      client: { clientKey: "e2e-staff-case-pause" },
    });
    const id = (await app.db.db.prisma.case.findUniqueOrThrow({ where: { reference: opinion.reference }, select: { id: true } })).id;
    const head = await openContext(browser);
    try {
      const page = head.page;
      await signIn(page, HEAD);
      await page.goto(`${app.url}/en/staff/cases/${id}`);
      await waitForHydration(page, "form[data-verb=requestInformation]");
      const question = "Which part of the park do you mean: by the fountain or by the playground?";
      await page.click("details[data-action=requestInformation] > summary");
      await page.fill("#a-requestInformation-question", question);
      await act(page, "requestInformation", en.notices.infoRequested);
      await expect(page.locator("[data-testid=case-status]").innerText()).resolves.toBe(en.statuses.AWAITING_CITIZEN);
      const target = page.locator(".terms-table tbody tr").filter({ hasText: en.clocks.TARGET });
      await expect(target.innerText()).resolves.toContain(en.clockStates.PAUSED);
      await expect(target.locator("[data-testid=clock-pause]").innerText()).resolves.toContain(question);
      // The reply arrived (here: by phone): the form is there instead of a second question.
      expect(await page.locator("form[data-verb=requestInformation]").count()).toBe(0);
      await page.fill("#a-informationReceived-summary", "By phone: by the fountain.");
      await act(page, "informationReceived", en.notices.informationReceived);
      await expect(page.locator("[data-testid=case-status]").innerText()).resolves.toBe(en.statuses.IN_PROGRESS);
      await expect(target.innerText()).resolves.toContain(en.clockStates.RUNNING);
      await expect(target.locator("[data-testid=clock-pause]").innerText()).resolves.toContain("0 days added");
      expect(await axeViolations(page, "case page after a pause")).toEqual([]);
    } finally {
      await head.context.close();
    }
  });

  it("works without JavaScript: a note (first with an error by the field), a file, the filters, paging", async () => {
    const { context, page } = await openContext(browser, { javaScriptEnabled: false });
    try {
      await signIn(page, HEAD);
      await page.goto(`${app.url}/en/staff/cases/${caseId}`);
      await page.click("form[data-verb=note] button[type=submit]"); // empty
      await page.locator("#a-note-note-error").waitFor({ timeout: 20_000 });
      await expect(page.locator("#a-note-note").getAttribute("aria-invalid")).resolves.toBe("true");
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("a-note-note");
      await page.fill("#a-note-note", "Called the citizen: the lamp works again.");
      await page.click("form[data-verb=note] button[type=submit]");
      await page.waitForURL(/notice=noteAdded/);
      await expect(page.locator("[data-testid=notice]").innerText()).resolves.toContain(en.notices.noteAdded);
      await expect(page.locator(".notes").innerText()).resolves.toContain("the lamp works again");

      // A file, as a plain multipart post.
      const sharp = (await import("sharp")).default;
      const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#0000cc" } }).jpeg().toBuffer();
      await page.setInputFiles("#a-attach-file", { name: "Сигнал — снимка.jpg", mimeType: "image/jpeg", buffer: jpeg });
      await page.click("form[data-verb=attach] button[type=submit]");
      await page.waitForURL(/notice=attachmentAdded/);
      const link = page.locator(".file-list a", { hasText: "Сигнал — снимка.jpg" });
      const res = await page.request.get(`${app.url}${await link.getAttribute("href")}`);
      expect(res.headers()["content-type"]).toBe("image/jpeg");
      expect(res.headers()["content-disposition"]).toContain("filename*=UTF-8''%D0%A1%D0%B8%D0%B3%D0%BD%D0%B0%D0%BB");

      // The inbox's filters are a GET form: the address carries them.
      await page.goto(`${app.url}/en/staff/cases`);
      await page.click("details.filters > summary");
      await page.check("#f-overdue");
      await page.click("details.filters .filter-actions button[type=submit]");
      await page.waitForURL(/overdue=1/);
      // The overdue case, said in words (not by colour alone), and only overdue ones.
      const late = page.locator("table.case-table tbody tr");
      await expect(late.locator("th[scope=row]").allInnerTexts()).resolves.toEqual([overdueReference]);
      await expect(late.first().locator(".due-flag").innerText()).resolves.toMatch(/Overdue by \d+ days?/);
      await expect(page.locator(".glance-link").first().innerText()).resolves.toMatch(/^1\s+overdue$/);

      // Paging by cursor, forward and back, with plain links.
      await page.goto(`${app.url}/en/staff/cases?first=2`);
      const firstPage = await page.locator("table.case-table th[scope=row]").allInnerTexts();
      expect(firstPage).toHaveLength(2);
      await page.click("nav.pager a[rel=next]");
      await page.waitForURL(/after=/);
      const secondPage = await page.locator("table.case-table th[scope=row]").allInnerTexts();
      expect(secondPage.length).toBeGreaterThan(0);
      expect(secondPage.filter((r) => firstPage.includes(r))).toEqual([]);
      await expect(page.locator(".pager-position").innerText()).resolves.toMatch(/^Page 2 of \d+$/);
      await page.click("nav.pager a[rel=prev]");
      await page.waitForURL((u) => !u.searchParams.has("after"));
      expect(await page.locator("table.case-table th[scope=row]").allInnerTexts()).toEqual(firstPage);
    } finally {
      await context.close();
    }
  });

  it("inbox and case page: no axe violations at 360 and 1280 px, in every language", async () => {
    const { context, page } = await openContext(browser);
    const problems: string[] = [];
    try {
      await signIn(page, HEAD, "bg");
      for (const locale of ["bg", "tr", "en"] as const) {
        await page.goto(`${app.url}/${locale}/staff/cases`);
        await waitForHydration(page, "nav.staff-nav a");
        problems.push(...(await checkAxe(page, `${locale} inbox`)));

        await page.goto(`${app.url}/${locale}/staff/cases?status=RECEIVED&status=IN_PROGRESS&overdue=1&due=abc`);
        await page.locator(".error-summary").waitFor();
        problems.push(...(await checkAxe(page, `${locale} inbox with a filter error`)));

        await page.goto(`${app.url}/${locale}/staff/cases/${caseId}?notice=noteAdded`);
        await waitForHydration(page, "form[data-verb=note]");
        problems.push(...(await checkAxe(page, `${locale} answered case`)));

        // A case still in hand: every form the head has, one opened, one with an error.
        await page.goto(`${app.url}/${locale}/staff/cases?q=${MARKER2}`);
        await page.locator("table.case-table a.case-link").first().click();
        await page.waitForURL(/\/staff\/cases\/[0-9a-f-]{36}$/);
        await waitForHydration(page, "form[data-verb=assign]");
        await page.click("details[data-action=transfer] > summary");
        await page.click("form[data-verb=assign] button[type=submit]"); // nobody chosen
        await page.locator("#a-assign-assigneeId-error").waitFor({ timeout: 20_000 });
        problems.push(...(await checkAxe(page, `${locale} new case with an error`)));
      }
      expect(problems, `\n${problems.join("\n\n")}\n`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
