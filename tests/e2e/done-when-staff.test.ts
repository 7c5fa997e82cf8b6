// The staff workspace's "Done when", as one continuous journey in a real browser, each
// person in their own browser context, signed in through the real sign-in form with the
// demo password, each in their own language:
//  1. the clerk of the Centre for services and information (Turkish screens) registers a
//     complaint received by PHONE — named, with the citizen's e-mail, on street lighting
//     (INF), the citizen's language Turkish — and reads reference and access code off
//     the slip;
//  2. the head of INF (Bulgarian screens) finds it in the inbox by its reference and
//     assigns it to the department's officer;
//  3. the officer (Turkish screens) opens it from their inbox and saves a reasoned draft
//     (findings, decision, reasons);
//  4. the head approves it and sends it;
//  5. a real SMTP server (smtp-server on a loopback port; the worker is woken after the
//     send commits) receives the answer e-mail for the citizen: recipient, reference, the
//     three parts of the answer, the PDF letter, the rating link;
//  6. the citizen, in a fresh context, opens the public tracking page, enters reference
//     and access code, and reads "answered" in citizen words and the written answer;
//  7. the citizen opens the rating link from the e-mail, rates 5 with a comment and is
//     thanked; the same link then says it was already used;
//  8. the audit chain verifies, and holds the registration, assignment, draft, approval,
//     sending and rating of this case, each by whom it was done.
// Every step says its name when it fails, with what the pages saw.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import { chromiumAvailable, launchBrowser } from "@/tests/support/browser";
import type { TestApp } from "@/tests/support/app";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import { localeNames } from "@/lib/i18n/config";
import { verifyAuditChain } from "@/lib/audit/verify";
import { ACCESS_CODE_RE, REFERENCE_RE, messages, openContext, t, waitForHydration, type Locale, type RecordingContext } from "./helpers";

const CLERK = { email: "clerk.csi@demo.momchilgrad.bg", locale: "tr" as Locale };
const HEAD = { email: "head.inf@demo.momchilgrad.bg", locale: "bg" as Locale };
const OFFICER = { email: "officer.inf@demo.momchilgrad.bg", locale: "tr" as Locale, name: "Ерол Мустафов" };

/** The citizen on the phone, and what the clerk writes down. */
const CITIZEN = {
  locale: "tr" as Locale,
  name: "Ayşe Mehmed",
  email: "ayse.mehmed.done-when@example.org",
  phone: "0888 123 456",
  subject: "Sokak lambası yanmıyor",
  body: "Vatandaş telefonla bildiriyor: Hristo Botev Sokağı 12 önündeki sokak lambası iki haftadır yanmıyor, akşamları yol karanlık.",
};

/** The officer's reasoned answer, in the citizen's language. */
const ANSWER = {
  findings: "Ekibimiz 3 Haziran’da yerinde kontrol etti: Hristo Botev Sokağı 12 önündeki lambanın ampulü yanmış.",
  decision: "Ampul değiştirildi; lamba o akşamdan beri yanıyor.",
  reasons: "Sokak aydınlatmasının bakımı belediyenin görevidir (Yerel Yönetim ve Yerel İdare Kanunu, md. 17).",
};
const RATING_COMMENT = "Hızlı ve anlaşılır bir cevap, teşekkürler.";

interface Received {
  envelopeTo: string[];
  mail: ParsedMail;
}

let app: TestApp;
let browser: Browser;
let smtp: SMTPServer;
const received: Received[] = [];
const saved = { SMTP_URL: process.env.SMTP_URL, HARTA_PUBLIC_URL: process.env.HARTA_PUBLIC_URL };
const timings: string[] = [];

/** Runs one step of the journey; a failure names the step. */
async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    const result = await fn();
    timings.push(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    e.message = `Step "${name}" failed: ${e.message}`;
    throw e;
  }
}

async function person(locale: Locale): Promise<RecordingContext> {
  const c = await openContext(browser, { locale });
  c.page.setDefaultTimeout(20_000);
  return c;
}

/** Opens a staff page; the workspace sends an unknown visitor to sign in and back. */
async function signInTo(page: Page, who: { email: string; locale: Locale }, path: string): Promise<void> {
  const s = messages(who.locale).staff.signIn;
  await page.goto(`${app.url}/${who.locale}/staff/${path}`);
  await page.waitForURL(new RegExp(`/${who.locale}/staff/sign-in`));
  await waitForHydration(page, "main form");
  await page.getByRole("textbox", { name: s.email }).fill(who.email);
  await page.getByLabel(s.password, { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: s.submit, exact: true }).click();
  await page.waitForURL(new RegExp(`/${who.locale}/staff/${path}$`), { timeout: 30_000 });
}

/** Presses an action's button on the case page and waits for the notice it leads to. */
async function act(page: Page, button: string, notice: string): Promise<void> {
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect
    .poll(() => page.getByTestId("notice").innerText().catch(() => ""), { timeout: 30_000, message: `notice "${notice}" after "${button}"` })
    .toContain(notice);
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The first message the SMTP server got with this subject, waiting for it. */
async function mailWithSubject(subject: string, timeout: number): Promise<Received> {
  await expect
    .poll(() => received.filter((r) => r.mail.subject === subject).length, {
      timeout,
      interval: 250,
      message: `no e-mail "${subject}" at the SMTP server within ${timeout / 1000} s (got: ${JSON.stringify(received.map((r) => r.mail.subject))})`,
    })
    .toBeGreaterThan(0);
  return received.find((r) => r.mail.subject === subject)!;
}

describe.skipIf(!chromiumAvailable)("Done when: staff workspace, from the phone call to the rated answer (browser, SMTP)", () => {
  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
        simpleParser(stream).then(
          (mail) => {
            received.push({ envelopeTo, mail });
            callback();
          },
          (err: Error) => callback(err),
        );
      },
    });
    await new Promise<void>((resolve, reject) => {
      smtp.server.once("error", reject);
      smtp.server.listen(0, "127.0.0.1", () => resolve());
    });
    const address = smtp.server.address();
    if (!address || typeof address === "string") throw new Error("the SMTP server has no port");
    // Before the app starts: its mail worker sends to this server.
    process.env.SMTP_URL = `smtp://127.0.0.1:${address.port}`;

    const { startTestApp } = await import("@/tests/support/app");
    app = await startTestApp({ demo: true });
    // Links in e-mails point at this app (read per message, so setting it now is in time).
    process.env.HARTA_PUBLIC_URL = app.url;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    if (timings.length > 0) console.log(`[done-when-staff] ${timings.join("; ")}`);
  });

  it("a clerk registers a phone complaint; the head assigns it; the officer drafts; the head approves and sends; the citizen gets the e-mail, reads the answer and rates it; the audit chain verifies", async () => {
    const prisma = app.db.db.prisma;
    const contexts: RecordingContext[] = [];
    try {
      // ---------------------------------------------------------------------------------
      // 1. The clerk registers the phone call.
      const slip = await step("1. clerk registers a phone complaint", async () => {
        const clerk = await person(CLERK.locale);
        contexts.push(clerk);
        const page = clerk.page;
        const m = messages(CLERK.locale);
        const label = (field: keyof typeof m.fields) => (m.register.labels as Record<string, string>)[field] ?? m.fields[field];
        await signInTo(page, CLERK, "register");
        await waitForHydration(page, "form.register-form");
        await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(m.register.title);

        await page.getByRole("radio", { name: m.channels.PHONE, exact: true }).check();
        await page.getByRole("radio", { name: m.kinds.COMPLAINT.name, exact: true }).check();
        await page.getByRole("textbox", { name: label("subject"), exact: true }).fill(CITIZEN.subject);
        await page.getByRole("textbox", { name: label("body"), exact: true }).fill(CITIZEN.body);
        await page.getByRole("combobox", { name: label("categoryCode") }).selectOption("LIGHT"); // Street lighting, INF
        await page.getByRole("radio", { name: localeNames[CITIZEN.locale], exact: true }).check();
        await page.getByRole("radio", { name: m.register.namedOption, exact: true }).check();
        await page.getByRole("textbox", { name: label("name"), exact: true }).fill(CITIZEN.name);
        await page.getByRole("textbox", { name: label("email") }).fill(CITIZEN.email);
        await page.getByRole("textbox", { name: label("phone") }).fill(CITIZEN.phone);
        await page.getByRole("checkbox", { name: m.register.consentLabel }).check();
        await page.getByRole("checkbox", { name: m.register.emailSlipLabel }).check();
        await page.getByRole("button", { name: m.register.send, exact: true }).click();

        await page.waitForURL(`**/${CLERK.locale}/staff/register/slip`, { timeout: 30_000 }).catch(async (error: unknown) => {
          const summary = await page.locator(".error-summary").innerText().catch(() => "(no error summary)");
          throw new Error(`no slip after registering (at ${page.url()}): ${summary}`, { cause: error });
        });
        await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(m.register.slip.pageTitle);
        const reference = (await page.getByTestId("slip-reference").innerText()).trim();
        const accessCode = (await page.getByTestId("slip-access-code").innerText()).trim();
        expect(reference).toMatch(REFERENCE_RE);
        expect(accessCode).toMatch(ACCESS_CODE_RE);
        // The slip is in the citizen's language and says how it came in.
        await expect(page.locator("section.slip").getAttribute("lang")).resolves.toBe(CITIZEN.locale);
        await expect(page.locator("section.slip").innerText()).resolves.toContain(messages(CITIZEN.locale).channels.PHONE);
        expect(page.url()).not.toContain(accessCode);

        const stored = await prisma.case.findUniqueOrThrow({ where: { reference }, include: { department: true, submitter: true } });
        expect(stored).toMatchObject({ channel: "PHONE", kind: "COMPLAINT", locale: CITIZEN.locale, status: "RECEIVED", anonymous: false, answerOwed: true });
        expect(stored.department?.code).toBe("INF");
        expect(stored.submitter).toMatchObject({ name: CITIZEN.name, email: CITIZEN.email });
        return { reference, accessCode, caseId: stored.id };
      });

      // The slip e-mail the clerk asked for reaches the citizen (with the code, in Turkish).
      await step("1b. the slip e-mail reaches the citizen", async () => {
        const { envelopeTo, mail } = await mailWithSubject(t(CITIZEN.locale)("mail.slip.subject", { reference: slip.reference }), 20_000);
        expect(envelopeTo).toEqual([CITIZEN.email]);
        expect(mail.text).toContain(slip.accessCode);
      });

      // ---------------------------------------------------------------------------------
      // 2. The head finds it by its reference and assigns it to the officer.
      const head = await step("2. head finds the case in the inbox and assigns it", async () => {
        const c = await person(HEAD.locale);
        contexts.push(c);
        const page = c.page;
        const w = messages(HEAD.locale).workspace;
        await signInTo(page, HEAD, "cases");
        const search = page.getByRole("searchbox", { name: w.inbox.filters.q, exact: true });
        await search.fill(slip.reference);
        await search.press("Enter");
        await page.waitForURL((u) => u.searchParams.get("q") === slip.reference);
        await expect.poll(() => page.locator("table.case-table tbody tr").count(), { message: "rows found by the reference" }).toBe(1);
        await page.getByRole("link", { name: slip.reference, exact: true }).click();
        await page.waitForURL(new RegExp(`/${HEAD.locale}/staff/cases/${slip.caseId}$`));
        await expect(page.getByTestId("case-reference").innerText()).resolves.toBe(slip.reference);
        await expect(page.getByTestId("case-status").innerText()).resolves.toBe(w.statuses.RECEIVED);

        await waitForHydration(page, "form[data-verb=assign]");
        const officerOption = `${OFFICER.name} (${messages(HEAD.locale).staff.roles.OFFICER})`;
        await page.getByRole("combobox", { name: messages(HEAD.locale).fields.assigneeId }).selectOption({ label: officerOption });
        await act(page, w.forms.assign.submit, w.notices.assigned);
        await expect(page.getByTestId("case-assignee").locator("dd").innerText()).resolves.toBe(OFFICER.name);
        await expect(page.getByTestId("case-status").innerText()).resolves.toBe(w.statuses.IN_PROGRESS);
        return c;
      });

      // ---------------------------------------------------------------------------------
      // 3. The officer opens it from their inbox and saves a reasoned draft.
      await step("3. officer opens the case and saves a reasoned draft", async () => {
        const c = await person(OFFICER.locale);
        contexts.push(c);
        const page = c.page;
        const m = messages(OFFICER.locale);
        const w = m.workspace;
        await signInTo(page, OFFICER, "cases");
        await page.getByRole("link", { name: slip.reference, exact: true }).click();
        await page.waitForURL(new RegExp(`/${OFFICER.locale}/staff/cases/${slip.caseId}$`));
        await waitForHydration(page, "form[data-verb=draft]");
        await page.getByRole("textbox", { name: m.fields.findings, exact: true }).fill(ANSWER.findings);
        await page.getByRole("textbox", { name: m.fields.decision, exact: true }).fill(ANSWER.decision);
        await page.getByRole("textbox", { name: m.fields.reasons, exact: true }).fill(ANSWER.reasons);
        await act(page, w.forms.draft.submit, w.notices.draftSaved);
        const draft = page.locator("article.draft").first();
        for (const part of Object.values(ANSWER)) await expect(draft.innerText()).resolves.toContain(part);
        // The officer neither approves nor sends.
        expect(await page.getByRole("button", { name: w.forms.approve.submit, exact: true }).count()).toBe(0);
        expect(await page.getByRole("button", { name: w.forms.send.submit, exact: true }).count()).toBe(0);
      });

      // ---------------------------------------------------------------------------------
      // 4. The head approves and sends.
      await step("4. head approves and sends the answer", async () => {
        const page = head.page;
        const w = messages(HEAD.locale).workspace;
        await page.goto(`${app.url}/${HEAD.locale}/staff/cases/${slip.caseId}`);
        await waitForHydration(page, "form[data-verb=approve]");
        await act(page, w.forms.approve.submit, w.notices.approved);
        await waitForHydration(page, "form[data-verb=send]");
        await act(page, w.forms.send.submit, w.notices.sent);
        await expect(page.getByTestId("case-status").innerText()).resolves.toBe(w.statuses.ANSWERED);
        await expect(page.getByTestId("sent-answer").innerText()).resolves.toContain(ANSWER.decision);
      });

      // ---------------------------------------------------------------------------------
      // 5. The answer e-mail arrives at the SMTP server.
      const ratingLink = await step("5. the citizen receives the answer e-mail", async () => {
        const mt = t(CITIZEN.locale);
        const subject = mt("mail.answerReady.subject", { reference: slip.reference });
        const { envelopeTo, mail } = await mailWithSubject(subject, 25_000);
        expect(envelopeTo).toEqual([CITIZEN.email]);
        expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : null).toEqual([CITIZEN.email]);
        expect(mail.subject).toContain(slip.reference);
        const text = mail.text ?? "";
        const html = typeof mail.html === "string" ? mail.html : "";
        expect(text).toContain(slip.reference);
        expect(text).toContain(mt("mail.greeting", { name: CITIZEN.name }));
        // The three parts of the reasoned answer, in order, each under its heading (the
        // HTML part has the headings as the catalog writes them; the plain-text part
        // capitalises them, see the report about Turkish İ).
        let from = 0;
        for (const [heading, part] of [
          ["findings", ANSWER.findings],
          ["decision", ANSWER.decision],
          ["reasons", ANSWER.reasons],
        ] as const) {
          const inText = text.indexOf(`\n${part}`, from);
          expect(inText, `"${part}" in the text part, after the previous part`).toBeGreaterThan(from);
          from = inText;
          expect(html).toMatch(new RegExp(`<h2[^>]*>${escapeRegExp(mt(`mail.answerReady.${heading}`))}</h2>\\s*<p[^>]*>${escapeRegExp(escapeHtml(part))}</p>`));
        }
        // The PDF letter.
        const pdfs = mail.attachments.filter((a) => a.contentType === "application/pdf");
        expect(pdfs.map((a) => a.filename), "PDF attachments").toHaveLength(1);
        expect(pdfs[0]!.content.subarray(0, 5).toString("latin1")).toBe("%PDF-");
        expect(pdfs[0]!.content.byteLength).toBeGreaterThan(1000);
        // The one-time rating link, absolute, to this app, in the citizen's language.
        const match = new RegExp(`${escapeRegExp(app.url)}/${CITIZEN.locale}/rate/[A-Za-z0-9_%-]{20,}`).exec(text);
        expect(match, `a rating link to ${app.url} in:\n${text}`).not.toBeNull();
        expect(html).toContain(`href="${match![0]}"`);
        // The stored copy has lost the token once sent.
        const stored = await prisma.outboundMail.findFirstOrThrow({ where: { caseId: slip.caseId, attachAnswerPdf: true } });
        expect(stored.status).toBe("SENT");
        expect(stored.text).not.toContain(match![0]);
        return match![0];
      });

      // ---------------------------------------------------------------------------------
      // 6. The citizen reads the answer on the public tracking page.
      const citizen = await step("6. citizen reads the answer on the tracking page", async () => {
        const c = await person(CITIZEN.locale);
        contexts.push(c);
        const page = c.page;
        const m = messages(CITIZEN.locale);
        await page.goto(`${app.url}/${CITIZEN.locale}/track`);
        await waitForHydration(page, "form.track-form");
        await page.getByRole("textbox", { name: m.track.referenceLabel, exact: true }).fill(slip.reference);
        await page.getByRole("textbox", { name: m.track.accessCodeLabel, exact: true }).fill(slip.accessCode);
        await page.getByRole("button", { name: m.track.submit, exact: true }).click();
        const heading = page.getByRole("heading", { name: t(CITIZEN.locale)("track.resultHeading", { reference: slip.reference }) });
        await heading.waitFor().catch(async (error: unknown) => {
          const problem = await page.locator(".error-summary").innerText().catch(() => "(no error shown)");
          throw new Error(`the tracking page found no case: ${problem}`, { cause: error });
        });
        const view = page.locator("section.case-view");
        await expect(view.locator(".status").innerText()).resolves.toBe(m.statuses.ANSWERED);
        await expect(view.innerText()).resolves.toContain(m.statusHelp.ANSWERED);
        await expect(page.getByRole("heading", { name: m.track.answerHeading, exact: true }).count()).resolves.toBe(1);
        const answer = await view.locator(".answer-text").innerText();
        for (const part of Object.values(ANSWER)) expect(answer).toContain(part);
        expect(answer).toContain(slip.reference);
        expect(answer).not.toContain(m.track.noAnswerYet);
        return c;
      });

      // ---------------------------------------------------------------------------------
      // 7. The citizen rates the service with the link from the e-mail, once.
      await step("7. citizen rates the answer with the e-mail's link", async () => {
        const page = citizen.page;
        const r = messages(CITIZEN.locale).rate;
        await page.goto(ratingLink);
        await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(r.title);
        await waitForHydration(page, "form.rate-form");
        await page.getByRole("radio", { name: r.scores["5"], exact: true }).check();
        await page.getByRole("textbox", { name: messages(CITIZEN.locale).fields.comment }).fill(RATING_COMMENT);
        await page.getByRole("button", { name: r.send, exact: true }).click();
        const thanks = page.getByTestId("rate-thanks");
        await thanks.waitFor();
        await expect(thanks.innerText()).resolves.toContain(r.thanksTitle);
        await expect(thanks.innerText()).resolves.toContain(t(CITIZEN.locale)("rate.thanksText", { reference: slip.reference, score: 5 }));
        const rating = await prisma.rating.findUniqueOrThrow({ where: { caseId: slip.caseId } });
        expect(rating).toMatchObject({ score: 5, comment: RATING_COMMENT });
        expect(rating.ratedAt).not.toBeNull();

        // The same link again: politely used, no form.
        await page.goto(ratingLink);
        await expect(page.getByTestId("rate-link-used").innerText()).resolves.toContain(r.usedTitle);
        expect(await page.locator("form.rate-form").count()).toBe(0);
      });

      // ---------------------------------------------------------------------------------
      // 8. The audit chain verifies and tells the case's story, each step by whom.
      await step("8. the audit chain verifies and records every step", async () => {
        const verification = await verifyAuditChain(prisma);
        expect(verification).toEqual({ ok: true, checked: await prisma.auditRecord.count() });

        const users = await prisma.user.findMany({ where: { email: { in: [CLERK.email, HEAD.email, OFFICER.email] } }, select: { id: true, email: true } });
        const id = (email: string) => users.find((u) => u.email === email)!.id;
        const records = await prisma.auditRecord.findMany({ where: { entityType: "Case", entityId: slip.caseId }, orderBy: { id: "asc" } });
        expect(records.map((r) => [r.action, r.actorId])).toEqual([
          ["CASE_REGISTERED", id(CLERK.email)],
          ["CASE_ASSIGNED", id(HEAD.email)],
          ["DRAFT_SAVED", id(OFFICER.email)],
          ["DRAFT_APPROVED", id(HEAD.email)],
          ["ANSWER_SENT", id(HEAD.email)],
          ["RATING_RECEIVED", null],
        ]);
        expect(records.find((r) => r.action === "CASE_ASSIGNED")!.after).toMatchObject({ assigneeId: id(OFFICER.email) });
        expect(records.find((r) => r.action === "ANSWER_SENT")!.after).toMatchObject({ status: "ANSWERED", emailed: true });
        expect(records.find((r) => r.action === "RATING_RECEIVED")!.after).toMatchObject({ score: 5, withComment: true });
        // Nothing the citizen wrote or is called is chained for ever.
        const chained = JSON.stringify(records.map((r) => [r.before, r.after]));
        for (const personal of [CITIZEN.name, CITIZEN.email, CITIZEN.phone, RATING_COMMENT]) expect(chained).not.toContain(personal);
        // Each of the three signed in through the form.
        const signIns = await prisma.auditRecord.findMany({ where: { action: "SIGNED_IN" }, select: { actorId: true } });
        for (const email of [CLERK.email, HEAD.email, OFFICER.email]) expect(signIns.map((s) => s.actorId), email).toContain(id(email));
      });
    } finally {
      for (const c of contexts) await c.context.close();
    }
  });
});
