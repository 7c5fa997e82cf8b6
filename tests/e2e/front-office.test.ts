// The front office, the citizen's rating and the admin page in a real browser, signed in
// through the real sign-in page as the demo staff (DEMO_PASSWORD):
// - a clerk registers a LETTER received five days ago (named, with an e-mail and a
//   generated PDF scan; wrong and too large files refused next to the field first): the
//   slip shows the reference, the access code and a due date counted from the stamp
//   date, in the citizen's language — checked against the case's clocks in the database
//   and a hand count of the law; then a PHONE complaint, whose status the clerk looks up;
// - the same registration without JavaScript (errors next to the fields, then the slip);
// - the letter is answered through the use cases (assign → draft → approve → send); the
//   rating link from the answer e-mail rates the service once, and a second use of the
//   same link is refused politely;
// - the administrator (TOTP enrolled through the account page) checks the audit chain
//   ("OK: N records", N as in the database) and disables and enables an account; a clerk
//   gets 404 there, the administrator gets 404 on the clerk's pages.
// axe (WCAG 2.0/2.1 A and AA, 2.2 AA) finds nothing on any page state at 360 and 1280 px.
// HARTA_E2E_SHOTS=<dir> keeps screenshots of each state (look at them).
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import PDFDocument from "pdfkit";
import { simpleParser } from "mailparser";
import { chromiumAvailable, launchBrowser } from "@/tests/support/browser";
import type { TestApp } from "@/tests/support/app";
import type { Viewer } from "@/lib/auth/viewer";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import { currentTotpCode } from "@/lib/auth/totp";
import { ACCESS_CODE_RE, REFERENCE_RE, axeViolations, legalTermsOfComplaint, localDate, messages, openContext, sofiaDay, t, waitForHydration } from "./helpers";

let app: TestApp;
let browser: Browser;
let dataDir: string;
const SHOTS = process.env.HARTA_E2E_SHOTS;
const WIDTHS = [360, 1280] as const;
const CLERK = "clerk.csi@demo.momchilgrad.bg";
const ADMIN = "admin@demo.momchilgrad.bg";

/** Every axe finding (and sideways scrolling at 360 px) on every page state checked. */
const problems: string[] = [];
const checked: string[] = [];

async function check(page: Page, label: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const where = `${width}px ${label} (${new URL(page.url()).pathname})`;
    checked.push(where);
    problems.push(...(await axeViolations(page, where)));
    if (width <= 360) {
      const [scrollWidth, clientWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if (scrollWidth! > clientWidth!) problems.push(`${where}: scrolls sideways (${scrollWidth} > ${clientWidth} px)`);
    }
    if (SHOTS) await screenshot(page, `${label.replace(/\W+/g, "-")}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The whole page, in slices short enough to read at a glance. */
async function screenshot(page: Page, name: string): Promise<void> {
  const { width } = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const slice = width <= 360 ? 1100 : 2400;
  for (let y = 0, i = 1; y < height && i <= 8; y += slice, i++) {
    await page.screenshot({ path: path.join(SHOTS!, `${name}-${i}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(slice, height - y) } });
  }
}

async function signIn(page: Page, email: string, locale = "en"): Promise<void> {
  await page.goto(`${app.url}/${locale}/staff/sign-in`);
  await waitForHydration(page, "main form");
  await page.fill("#s-email", email);
  await page.fill("#s-password", DEMO_PASSWORD);
  await page.click("main form button[type=submit]");
  await page.waitForURL((u) => !u.pathname.endsWith("/sign-in"), { timeout: 20_000 });
}

async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
  const { page } = await openContext(browser, options);
  page.setDefaultTimeout(20_000);
  return page;
}

/** A small real PDF, as a scanner would give it. */
function scannedLetter(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4" });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.fontSize(14).text("Municipality of Momchilgrad — incoming letter", { align: "center" });
    doc.moveDown().fontSize(11).text("The street light at 12 Hristo Botev St. has been out for two weeks.");
    doc.end();
  });
}

const db = () => app.db.db.prisma;

async function viewerOf(where: { email?: string; role?: "HEAD" | "OFFICER"; departmentId?: string }): Promise<Viewer> {
  const u = await db().user.findFirstOrThrow({
    where: { email: where.email, role: where.role, departmentId: where.departmentId, disabled: false },
    orderBy: { email: "asc" },
  });
  return { id: u.id, email: u.email, name: u.name, role: u.role, departmentId: u.departmentId, serviceUnitId: u.serviceUnitId, locale: u.locale, sessionVersion: u.sessionVersion };
}

async function fillRegistration(
  page: Page,
  r: { channel: string; receivedOn?: string; kind: string; subject: string; body: string; category?: string; citizenLocale?: string; name?: string; email?: string; phone?: string; emailSlip?: boolean },
): Promise<void> {
  await page.check(`#f-channel-${r.channel}`);
  if (r.receivedOn) await page.fill("#f-receivedOn", r.receivedOn);
  await page.check(`#f-kind-${r.kind}`);
  await page.fill("#f-subject", r.subject);
  await page.fill("#f-body", r.body);
  if (r.category) await page.selectOption("#f-categoryCode", r.category);
  if (r.citizenLocale) await page.check(`#f-locale-${r.citizenLocale}`);
  await page.check("#f-anonymous-no");
  if (r.name) await page.fill("#f-name", r.name);
  if (r.email) await page.fill("#f-email", r.email);
  if (r.phone) await page.fill("#f-phone", r.phone);
  await page.check("#f-consent");
  if (r.emailSlip) await page.check("#f-emailSlip");
}

interface SlipView {
  reference: string;
  accessCode: string;
  due: string | null;
  received: string;
  lang: string | null;
  text: string;
}

async function readSlip(page: Page, locale: string): Promise<SlipView> {
  await page.waitForURL(`**/${locale}/staff/register/slip`, { timeout: 30_000 }).catch(async (error: unknown) => {
    const summary = await page.locator(".error-summary").innerText().catch(() => "(no error summary)");
    throw new Error(`no slip: ${page.url()}\n${summary}`, { cause: error });
  });
  const slip = page.locator("section.slip");
  return {
    reference: (await page.getByTestId("slip-reference").innerText()).trim(),
    accessCode: (await page.getByTestId("slip-access-code").innerText()).trim(),
    due: (await page.getByTestId("slip-due").count()) > 0 ? (await page.getByTestId("slip-due").innerText()).trim() : null,
    received: (await page.getByTestId("slip-received").innerText()).trim(),
    lang: await slip.getAttribute("lang"),
    text: await slip.innerText(),
  };
}

/** The rating link of the answer e-mail: from the stored message, or (once the worker
 *  has sent it and redacted the stored copy) from the .eml it wrote. */
async function ratingTokenOf(caseId: string): Promise<string> {
  const { unmarked } = await import("@/lib/mail/outbox");
  const deadline = Date.now() + 30_000;
  for (;;) {
    const mail = await db().outboundMail.findFirstOrThrow({ where: { caseId, attachAnswerPdf: true } });
    const stored = /\/rate\/([A-Za-z0-9_-]{20,})/.exec(unmarked(mail.text));
    if (stored) return stored[1]!;
    const files = await fs.readdir(path.join(dataDir, "mail")).catch(() => [] as string[]);
    const eml = files.find((f) => f.endsWith(`-${mail.id}.eml`));
    if (eml) {
      const parsed = await simpleParser(await fs.readFile(path.join(dataDir, "mail", eml)));
      const sent = /\/rate\/([A-Za-z0-9_-]{20,})/.exec(parsed.text ?? "");
      if (sent) return sent[1]!;
    }
    if (Date.now() > deadline) throw new Error(`no rating link in the answer e-mail of case ${caseId}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(!chromiumAvailable)("front office, rating and administration (browser)", () => {
  const letter = { reference: "", caseId: "" };

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "harta-front-office-"));
    process.env.HARTA_DATA_DIR = dataDir; // the answer e-mail is written here as .eml
    delete process.env.SMTP_URL;
    if (SHOTS) await fs.mkdir(SHOTS, { recursive: true });
    const { startTestApp } = await import("@/tests/support/app");
    app = await startTestApp({ demo: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it("a clerk registers a letter stamped five days ago, with a PDF scan: the slip counts the terms from the stamp", async () => {
    const page = await newPage();
    await signIn(page, CLERK, "bg");
    await page.goto(`${app.url}/bg/staff/register`);
    await waitForHydration(page, "form.register-form");
    await check(page, "register-form");

    // Nothing filled in: every problem at once, next to its field, and a summary that has focus.
    await page.fill("#f-receivedOn", "");
    await page.click("form.register-form button[type=submit]");
    await page.locator(".error-summary").waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
    for (const field of ["channel", "kind", "subject", "body", "anonymous"]) {
      await expect(page.locator(`#f-${field}-error`).count(), field).resolves.toBe(1);
    }
    expect(await page.locator("#f-channel-error").innerText()).toContain(messages("bg").fieldErrors.INVALID_CHOICE);
    expect(await page.locator("#f-subject-error").innerText()).toContain(messages("bg").fieldErrors.REQUIRED);
    await check(page, "register-form-errors");

    const stampDay = sofiaDay(new Date(Date.now() - 5 * 86_400_000));
    await fillRegistration(page, {
      channel: "LETTER",
      receivedOn: stampDay,
      kind: "COMPLAINT",
      subject: "Уличното осветление не работи",
      body: "На ул. „Христо Ботев“ 12 уличното осветление не работи от две седмици. Писмото е получено по пощата.",
      category: "LIGHT",
      citizenLocale: "tr",
      name: "Айше Мехмед",
      email: "ayse.mehmed@example.org",
      emailSlip: true,
    });

    // A file too large is refused in the browser, before anything is sent …
    await page.setInputFiles("#f-files", { name: "huge-scan.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x25) });
    const tooLarge = t("bg")("fieldErrors.FILE_TOO_LARGE", { max: 10 });
    await expect.poll(() => page.locator("#f-files-error").innerText()).toContain(`huge-scan.pdf: ${tooLarge}`);
    const before = await db().case.count();
    await page.click("form.register-form button[type=submit]");
    await expect.poll(() => page.locator(".error-summary").innerText()).toContain(tooLarge);
    expect(await db().case.count()).toBe(before);

    // … a "PDF" that is not one by its bytes is refused by the server, and no case is created.
    await page.setInputFiles("#f-files", [
      { name: "letter.pdf", mimeType: "application/pdf", buffer: await scannedLetter() },
      { name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("just some text, not a PDF at all") },
    ]);
    await page.click("form.register-form button[type=submit]");
    const wrongType = t("bg")("fieldErrors.UNSUPPORTED_FILE_TYPE");
    await expect.poll(() => page.locator("#f-files-error").innerText().catch(() => "")).toContain(`notes.pdf: ${wrongType}`);
    expect(await page.locator("#f-files-error").innerText()).not.toContain("letter.pdf");
    expect(await db().case.count()).toBe(before);
    await check(page, "register-form-file-errors");

    // The real scan alone: registered, then the slip.
    await page.setInputFiles("#f-files", { name: "letter.pdf", mimeType: "application/pdf", buffer: await scannedLetter() });
    await page.click("form.register-form button[type=submit]");
    const slip = await readSlip(page, "bg");
    expect(slip.reference).toMatch(REFERENCE_RE);
    expect(slip.accessCode).toMatch(ACCESS_CODE_RE);
    expect(slip.lang).toBe("tr");

    // The case: a letter from the service unit, received on the stamp day, terms from that day.
    const stored = await db().case.findUniqueOrThrow({
      where: { reference: slip.reference },
      include: { clocks: { orderBy: { dueAt: "asc" } }, attachments: true, serviceUnit: true },
    });
    letter.reference = stored.reference;
    letter.caseId = stored.id;
    expect(stored).toMatchObject({ channel: "LETTER", kind: "COMPLAINT", locale: "tr", status: "RECEIVED", answerOwed: true });
    expect(stored.serviceUnit?.code).toBe("CSI");
    expect(sofiaDay(stored.receivedAt)).toBe(stampDay);
    const legal = legalTermsOfComplaint(stored.receivedAt);
    expect(Object.fromEntries(stored.clocks.map((c) => [c.clock, c.dueDate.toISOString().slice(0, 10)]))).toEqual({ DECIDE: legal.decide, NOTIFY: legal.notify });
    // The slip, in Turkish: received on the stamp day, the answer due on the NOTIFY date.
    expect(slip.received).toBe(localDate("tr", stampDay, "long"));
    expect(slip.due).toBe(t("tr")("done.answerDue", { date: `${localDate("tr", legal.notify, "full")} (${localDate("tr", legal.notify, "short")})` }));
    expect(slip.text).toContain(messages("tr").register.slip.title);
    expect(slip.text).toContain(messages("tr").channels.LETTER);
    expect(slip.text).toContain(`/tr/track`);
    // The scan is attached (as a PDF), the slip is on its way by e-mail.
    expect(stored.attachments.map((a) => [a.filename, a.mimeType])).toEqual([["letter.pdf", "application/pdf"]]);
    expect(await page.locator(".attachment-results").innerText()).toContain(t("bg")("register.slip.attachmentOk", { filename: "letter.pdf" }));
    const slipMail = await db().outboundMail.findFirstOrThrow({ where: { caseId: stored.id, attachAnswerPdf: false } });
    expect(slipMail.to).toBe("ayse.mehmed@example.org");
    // The access code was never in a URL.
    expect(page.url()).not.toContain(slip.accessCode);
    await check(page, "slip");

    // Printed: the slip alone (no site header, no buttons).
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.locator("section.slip").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: messages("bg").register.slip.printButton }).isVisible()).toBe(false);
    if (SHOTS) {
      await page.screenshot({ path: path.join(SHOTS, "slip-print.png"), fullPage: true });
      await page.pdf({ path: path.join(SHOTS, "slip-a5.pdf"), format: "A5" });
    }
    await page.emulateMedia({ media: "screen" });

    // "Done" forgets the slip: back to an empty form, and the slip's address shows no code.
    await page.getByRole("button", { name: messages("bg").register.slip.finishButton }).click();
    await page.waitForURL("**/bg/staff/register");
    await page.goto(`${app.url}/bg/staff/register/slip`);
    expect(await page.locator("main h1").innerText()).toBe(messages("bg").register.slip.expiredTitle);
    expect(await page.locator("main").innerText()).not.toContain(slip.accessCode);
  });

  it("a clerk registers a phone complaint and looks its status up at the counter", async () => {
    const page = await newPage();
    await signIn(page, CLERK, "en");
    await page.goto(`${app.url}/en/staff/register`);
    await waitForHydration(page, "form.register-form");
    await fillRegistration(page, {
      channel: "PHONE",
      kind: "COMPLAINT",
      subject: "Water leak on the main road",
      body: "A caller reports that water has been leaking from a pipe on the main road for three days.",
      name: "Mehmed Ali",
      phone: "0888 765 432",
    });
    await page.click("form.register-form button[type=submit]");
    const slip = await readSlip(page, "en");
    expect(slip.lang).toBe("en");
    const stored = await db().case.findUniqueOrThrow({ where: { reference: slip.reference }, include: { clocks: true } });
    expect(stored).toMatchObject({ channel: "PHONE", kind: "COMPLAINT", status: "RECEIVED" });
    expect(sofiaDay(stored.receivedAt)).toBe(sofiaDay(new Date())); // no date given: today
    expect(slip.due).toContain(localDate("en", legalTermsOfComplaint(stored.receivedAt).notify, "full"));

    // The counter's look-up: status, subject and terms — not the text, not the caller.
    await page.goto(`${app.url}/en/staff/lookup`);
    await check(page, "lookup-form");
    await page.fill("#l-reference", slip.reference.toLowerCase());
    await page.click("form.lookup-form button[type=submit]");
    const result = page.getByTestId("lookup-result");
    await result.waitFor();
    const text = await result.innerText();
    expect(text).toContain(messages("en").lookup.resultHeading.replace("{reference}", slip.reference));
    expect(text).toContain(messages("en").statuses.RECEIVED);
    expect(text).toContain("Water leak on the main road");
    expect(text).toContain(localDate("en", legalTermsOfComplaint(stored.receivedAt).notify, "full"));
    expect(text).not.toContain("leaking from a pipe");
    expect(text).not.toContain("Mehmed Ali");
    expect(text).not.toContain("0888");
    await check(page, "lookup-result");

    await page.fill("#l-reference", "MG-2020-999999");
    await page.click("form.lookup-form button[type=submit]");
    await page.locator(".error-summary").waitFor();
    expect(await page.locator(".error-summary").innerText()).toContain(messages("en").lookup.notFound);
    await check(page, "lookup-not-found");
  });

  it("works without JavaScript: errors next to the fields, then the slip", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    // Sign in without JavaScript too (the form posts to its server action).
    await page.goto(`${app.url}/tr/staff/sign-in`);
    await page.fill("#s-email", CLERK);
    await page.fill("#s-password", DEMO_PASSWORD);
    await page.click("main form button[type=submit]");
    await page.waitForURL((u) => !u.pathname.endsWith("/sign-in"));
    await page.goto(`${app.url}/tr/staff/register`);
    await page.check("#f-channel-IN_PERSON");
    await page.check("#f-kind-PROPOSAL");
    await page.fill("#f-subject", "Ok");
    await page.setInputFiles("#f-files", { name: "letter.pdf", mimeType: "application/pdf", buffer: await scannedLetter() });
    await page.click("form.register-form button[type=submit]");
    await page.locator(".error-summary").waitFor();
    expect(await page.locator("#f-subject-error").innerText()).toContain(t("tr")("fieldErrors.TOO_SHORT", { min: 3 }));
    expect(await page.locator("#f-body-error").innerText()).toContain(messages("tr").fieldErrors.REQUIRED);
    // What was typed is kept; the files must be chosen again, and the form says so.
    expect(await page.inputValue("#f-subject")).toBe("Ok");
    expect(await page.isChecked("#f-kind-PROPOSAL")).toBe(true);
    expect(await page.locator("main").innerText()).toContain(messages("tr").register.files.chooseAgain);
    // (axe needs JavaScript in the page; the same states are checked with it above.)
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, "register-no-js-errors.png"), fullPage: true });

    await page.fill("#f-subject", "Yeni bir park önerisi");
    await page.fill("#f-body", "Vatandaş, Momchilgrad merkezinde çocuklar için yeni bir park yapılmasını öneriyor.");
    await page.check("#f-anonymous-yes");
    await page.setInputFiles("#f-files", { name: "öneri.pdf", mimeType: "application/pdf", buffer: await scannedLetter() });
    await page.click("form.register-form button[type=submit]");
    const slip = await readSlip(page, "tr");
    expect(slip.reference).toMatch(REFERENCE_RE);
    // Anonymous: registered, no answer owed, and the slip says why.
    expect(slip.due).toBeNull();
    expect(slip.text).toContain(messages("tr").noAnswerReasons.ANONYMOUS);
    const stored = await db().case.findUniqueOrThrow({ where: { reference: slip.reference }, include: { attachments: true } });
    expect(stored).toMatchObject({ channel: "IN_PERSON", kind: "PROPOSAL", anonymous: true, answerOwed: false, noAnswerReason: "ANONYMOUS" });
    expect(stored.attachments).toHaveLength(1);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, "slip-no-js.png"), fullPage: true });
  });

  it("the citizen rates the answered case once; the link then says politely that it was used", async () => {
    expect(letter.caseId, "the letter of the first test").not.toBe("");
    const { assignCase } = await import("@/lib/cases/assign-case");
    const { saveAnswerDraft } = await import("@/lib/cases/save-answer-draft");
    const { approveAnswer } = await import("@/lib/cases/approve-answer");
    const { sendAnswer } = await import("@/lib/cases/send-answer");
    const c = await db().case.findUniqueOrThrow({ where: { id: letter.caseId } });
    const head = await viewerOf({ role: "HEAD", departmentId: c.departmentId! });
    const officer = await viewerOf({ role: "OFFICER", departmentId: c.departmentId! });
    await assignCase({ viewer: head, caseId: c.id, assigneeId: officer.id });
    await saveAnswerDraft({
      viewer: officer,
      caseId: c.id,
      input: { findings: "Arıza yerinde tespit edildi.", decision: "Lamba bu hafta onarılacak.", reasons: "Sokak aydınlatması belediyenin görevidir." },
    });
    await approveAnswer({ viewer: head, caseId: c.id });
    await sendAnswer({ viewer: head, caseId: c.id });
    const token = await ratingTokenOf(c.id);

    // Two tabs on the same link: both show the form.
    const page = await newPage();
    const other = await newPage();
    for (const p of [page, other]) {
      await p.goto(`${app.url}/tr/rate/${token}`);
      await waitForHydration(p, "form.rate-form");
    }
    await check(page, "rate-form");

    // No score chosen: said next to the group (a radio group with words, not stars).
    await page.click("form.rate-form button[type=submit]");
    await page.locator("#r-score-error").waitFor();
    await check(page, "rate-form-error");
    expect(await page.getByRole("radio", { name: messages("tr").rate.scores["4"] }).count()).toBe(1);

    await page.getByRole("radio", { name: messages("tr").rate.scores["4"] }).check();
    await page.fill("#r-comment", "Hızlı ve nazik bir yanıt, teşekkürler.");
    await page.click("form.rate-form button[type=submit]");
    await page.getByTestId("rate-thanks").waitFor();
    expect(await page.getByTestId("rate-thanks").innerText()).toContain(letter.reference);
    const rating = await db().rating.findUniqueOrThrow({ where: { caseId: c.id } });
    expect(rating).toMatchObject({ score: 4, comment: "Hızlı ve nazik bir yanıt, teşekkürler." });
    expect(rating.ratedAt).not.toBeNull();
    await check(page, "rate-thanks");

    // The second tab sends another rating with the same link: refused, politely.
    await other.getByRole("radio", { name: messages("tr").rate.scores["1"] }).check();
    await other.click("form.rate-form button[type=submit]");
    await other.getByTestId("rate-link-used").waitFor();
    expect(await other.getByTestId("rate-link-used").innerText()).toContain(messages("tr").rate.usedTitle);
    expect((await db().rating.findUniqueOrThrow({ where: { caseId: c.id } })).score).toBe(4);

    // Opening the used link again, or a made-up one: the same polite words, no form.
    for (const link of [token, "not-a-real-token-at-all-0123456789abcdef"]) {
      await page.goto(`${app.url}/tr/rate/${link}`);
      expect(await page.locator("main").innerText()).toContain(messages("tr").rate.usedTitle);
      expect(await page.locator("form.rate-form").count()).toBe(0);
    }
    await check(page, "rate-link-used");
  });

  it("the administrator checks the audit chain and disables and enables an account; others get 404", async () => {
    // Administrators must set up two-step verification first: done on the account page.
    const page = await newPage();
    await signIn(page, ADMIN, "en");
    await page.waitForURL("**/en/staff/account");
    const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s+/g, "");
    await page.fill("#totp-on-code", currentTotpCode(secret));
    await page.click("#totp-on-code >> xpath=ancestor::form//button[@type='submit']");
    await page.waitForURL("**/en/staff/account?notice=enabled");

    await page.goto(`${app.url}/en/staff/admin`);
    await waitForHydration(page, "main form");
    await check(page, "admin");
    await page.getByRole("button", { name: messages("en").admin.auditButton }).click();
    const result = page.getByTestId("audit-result");
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toMatch(/^OK: /);
    const records = await db().auditRecord.count();
    expect(records).toBeGreaterThan(1);
    expect(await result.innerText()).toContain(t("en")("admin.auditOk", { count: records }));
    await check(page, "admin-audit-ok");

    // Disable an account (its sessions end), then enable it again.
    const row = page.getByTestId("user-clerk.tax@demo.momchilgrad.bg");
    await row.getByRole("button", { name: /^Disable/ }).click();
    await page.waitForURL(/changed=/);
    const tax = await db().user.findUniqueOrThrow({ where: { email: "clerk.tax@demo.momchilgrad.bg" } });
    expect(tax.disabled).toBe(true);
    expect(await page.locator("#users .callout").innerText()).toBe(t("en")("admin.disabledNotice", { name: tax.name }));
    expect(await row.innerText()).toContain(messages("en").admin.statusDisabled);
    await check(page, "admin-user-disabled");
    await row.getByRole("button", { name: /^Enable/ }).click();
    await page.waitForURL(/now=enabled/);
    expect((await db().user.findUniqueOrThrow({ where: { id: tax.id } })).disabled).toBe(false);
    // Their own account cannot be disabled from here.
    expect(await page.getByTestId(`user-${ADMIN}`).getByRole("button").count()).toBe(0);
    // The chain still holds after these changes.
    await page.getByRole("button", { name: messages("en").admin.auditButton }).click();
    await expect.poll(() => result.innerText()).toContain(t("en")("admin.auditOk", { count: await db().auditRecord.count() }));

    // The settings pages render without accessibility problems, and a declared day off
    // is saved through the form (calendar changes recount open terms: integration tests).
    for (const p of ["calendar", "policies", "templates", "organisation"]) {
      const res = await page.goto(`${app.url}/en/staff/admin/${p}`);
      expect(res?.status(), p).toBe(200);
      await check(page, `admin-${p}`);
    }
    await page.goto(`${app.url}/en/staff/admin/calendar`);
    await page.fill("#o-date", "2031-03-04");
    await page.selectOption("#o-type", "DAY_OFF");
    await page.fill("#o-note", "e2e");
    await page.locator("#override-form button[type='submit']").click();
    await expect.poll(async () => (await db().calendarOverride.findMany()).map((o) => o.date.toISOString().slice(0, 10))).toContain("2031-03-04");
    await expect.poll(() => page.locator("#overrides").innerText()).toContain("2031");

    // The administrator has no counter; a clerk has no admin page.
    for (const p of ["register", "lookup"]) {
      const res = await page.goto(`${app.url}/en/staff/${p}`);
      expect(res?.status(), p).toBe(404);
    }
    const clerk = await newPage();
    await signIn(clerk, CLERK, "en");
    const res = await clerk.goto(`${app.url}/en/staff/admin`);
    expect(res?.status()).toBe(404);
  });

  it("axe: no violations on any page state at 360 and 1280 px", () => {
    expect(checked.length).toBeGreaterThan(20);
    expect(problems, problems.join("\n\n")).toEqual([]);
  });
});
