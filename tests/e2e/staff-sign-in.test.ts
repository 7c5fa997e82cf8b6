// A staff member's journey in a real browser (Turkish pages): the staff area sends them
// to sign-in, a wrong password is said next to the form, the right one lands on the staff
// page, and signing out ends the session. The same without JavaScript. An administrator
// is sent to set up two-step verification before anything else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { chromiumAvailable, launchBrowser } from "@/tests/support/browser";
import { startTestApp, type TestApp } from "@/tests/support/app";
import { upsertUser } from "@/lib/auth/users";
import { currentTotpCode } from "@/lib/auth/totp";

const PASSWORD = "bir uzun parola 2026";

describe.skipIf(!chromiumAvailable)("staff sign-in in the browser", () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startTestApp();
    await app.db.db.prisma.department.create({ data: { code: "INF", name: { bg: "Благоустройство", tr: "Altyapı", en: "Infrastructure" } } });
    await upsertUser({ actor: null, input: { email: "erol@momchilgrad.bg", name: "Ерол Мустафов", role: "OFFICER", department: "INF", password: PASSWORD, locale: "tr" } });
    await upsertUser({ actor: null, input: { email: "ayhan@momchilgrad.bg", name: "Айхан Садъков", role: "ADMIN", password: PASSWORD, locale: "tr" } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function signIn(page: Page, email: string, password: string) {
    await page.getByLabel("E-posta", { exact: true }).fill(email);
    await page.getByLabel("Parola", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Giriş" }).click();
  }

  it("sign-in → staff page → sign-out, with errors next to the form and no accessibility violations", async () => {
    const context = await browser.newContext({ locale: "tr-TR" });
    const page = await context.newPage();
    await page.goto(`${app.url}/tr/staff`);
    await page.waitForURL(/\/tr\/staff\/sign-in\?callbackUrl=%2Ftr%2Fstaff$/);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Personel girişi");
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    // Nothing typed: both fields say what is missing.
    await page.getByRole("button", { name: "Giriş" }).click();
    await page.getByText("Parolanızı girin.").first().waitFor();
    await expect(page.locator("#s-email").getAttribute("aria-invalid")).resolves.toBe("true");

    await signIn(page, "erol@momchilgrad.bg", "yanlış parola burada");
    await page.getByRole("heading", { name: "E-posta veya parola yanlış." }).waitFor();
    // The summary takes the focus; the e-mail stays typed.
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toContain("error-summary");
    await expect(page.getByLabel("E-posta", { exact: true }).inputValue()).resolves.toBe("erol@momchilgrad.bg");

    await page.getByLabel("Parola", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Giriş" }).click();
    await page.waitForURL(/\/tr\/staff$/);
    await expect(page.getByTestId("signed-in-as").textContent()).resolves.toBe("Ерол Мустафов (uzman) olarak giriş yaptınız.");

    await page.getByRole("button", { name: "Çıkış" }).click();
    await page.waitForURL(/\/tr\/staff\/sign-in\?signedOut=1$/);
    await page.getByText("Çıkış yaptınız. Tüm cihazlarınızdaki oturumlar kapatıldı.").waitFor();
    await page.goto(`${app.url}/tr/staff`);
    await page.waitForURL(/\/tr\/staff\/sign-in/);
    await context.close();
  });

  it("works without JavaScript", async () => {
    const context = await browser.newContext({ locale: "tr-TR", javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.url}/tr/staff/sign-in`);
    await signIn(page, "erol@momchilgrad.bg", PASSWORD);
    await page.waitForURL(/\/tr\/staff$/);
    await expect(page.getByTestId("signed-in-as").textContent()).resolves.toContain("olarak giriş yaptınız");
    await page.getByRole("button", { name: "Çıkış" }).click();
    await page.waitForURL(/\/tr\/staff\/sign-in\?signedOut=1$/);
    await context.close();
  });

  it("an administrator sets up two-step verification first, then signs in with a code", async () => {
    const context = await browser.newContext({ locale: "tr-TR" });
    const page = await context.newPage();
    await page.goto(`${app.url}/tr/staff/sign-in`);
    await signIn(page, "ayhan@momchilgrad.bg", PASSWORD);
    await page.waitForURL(/\/tr\/staff\/account$/);
    await page.getByText("Rolünüz için iki adımlı doğrulama zorunludur").waitFor();
    await page.getByRole("img", { name: "İki adımlı doğrulamayı açmak için QR kodu" }).waitFor();
    const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    await page.getByLabel("Kod", { exact: true }).fill("000000");
    await page.getByRole("button", { name: "Aç" }).click();
    await page.getByText("Kod yanlış veya süresi dolmuş. Güncel kodu girin.").waitFor();
    await page.getByLabel("Kod", { exact: true }).fill(currentTotpCode(secret));
    await page.getByRole("button", { name: "Aç" }).click();
    await page.waitForURL(/\/tr\/staff\/account\?notice=enabled$/);
    await page.getByText("İki adımlı doğrulama açıldı.").waitFor();
    await page.getByRole("link", { name: "Çalışma alanına dön" }).click();
    await page.waitForURL(/\/tr\/staff$/);
    await page.getByRole("button", { name: "Çıkış" }).click();
    await page.waitForURL(/signedOut=1$/);

    // Next sign-in: password, then the code from the app (the next step's code: each is used once).
    await signIn(page, "ayhan@momchilgrad.bg", PASSWORD);
    await page.getByRole("heading", { name: "İki adımlı doğrulama" }).waitFor();
    await page.getByLabel("Kod", { exact: true }).fill(currentTotpCode(secret, Date.now() + 30_000));
    await page.getByRole("button", { name: "Onayla" }).click();
    await page.waitForURL(/\/tr\/staff$/);
    await expect(page.getByTestId("signed-in-as").textContent()).resolves.toBe("Айхан Садъков (sistem yöneticisi) olarak giriş yaptınız.");
    await context.close();
  });
});
