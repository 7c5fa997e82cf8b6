// Staff sign-in and roles (issue "Staff workspace", "Sign-in and roles"), over real HTTP
// and WebSocket against the whole app: next-auth's credentials endpoint, the session
// re-checked on every request, rate limits, sign-out and disabling ending sessions
// everywhere (open WebSockets included), and TOTP required for administrators.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import pg from "pg";
import WebSocket from "ws";
import { createClient } from "graphql-ws";
import { startTestApp, type TestApp } from "@/tests/support/app";
import { TEST_PG_URL } from "@/tests/support/db";
import { nextTotpCode, signInHttp, signOutHttp, whoAmI } from "@/tests/support/staff-auth";
import { resetSignInLimits } from "@/lib/auth/rate-limit";
import { disableUser, upsertUser } from "@/lib/auth/users";
import { connectionCount, registerConnection, SESSION_ENDED_CLOSE_CODE, SESSIONS_CHANNEL } from "@/lib/auth/connections";
import { currentTotpCode, newTotpSecret } from "@/lib/auth/totp";
import { confirmTotp } from "@/lib/auth/totp-enrolment";
import { encodeSessionToken, viewerFromCookies } from "@/lib/auth/session";
import { toViewer } from "@/lib/auth/session";
import type { Viewer } from "@/lib/auth/viewer";

let app: TestApp;
const PASSWORD = "a long enough password";

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

let n = 0;
async function makeStaff(role: "OFFICER" | "ADMIN" | "MANAGER" | "INTEGRITY", options: { totp?: boolean } = {}) {
  n += 1;
  const prisma = app.db.db.prisma;
  const department = role === "OFFICER" ? "INF" : undefined;
  if (department) await prisma.department.upsert({ where: { code: "INF" }, create: { code: "INF", name: { bg: "Благоустройство", tr: "Altyapı", en: "Infrastructure" } }, update: {} });
  const { user } = await upsertUser({ actor: null, input: { email: `${role.toLowerCase()}${n}@test.momchilgrad.bg`, name: `${role} ${n}`, role, department, password: PASSWORD, locale: "en" } });
  let secret: string | null = null;
  if (options.totp) {
    secret = newTotpSecret();
    await prisma.user.update({ where: { id: user.id }, data: { totpSecret: secret, totpEnabledAt: new Date() } });
  }
  const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
  return { ...user, secret, viewer: toViewer(row) as Viewer };
}

const json = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v));

async function auditOf(action: string) {
  return app.db.db.prisma.auditRecord.findMany({ where: { action }, orderBy: { id: "asc" } });
}

beforeEach(() => resetSignInLimits());

/** A graphql-ws client sending this session cookie, subscribed to the public feed. */
function openSocket(cookie: string) {
  const events: unknown[] = [];
  let dispose = () => {};
  const closed = new Promise<number | undefined>((resolve) => {
    const client = createClient({
      url: `${app.url.replace("http", "ws")}/api/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie } });
        }
      },
      retryAttempts: 0,
      on: { closed: (event) => resolve((event as { code?: number }).code) },
    });
    dispose = () => void client.dispose();
    client.subscribe(
      { query: "subscription { publicEvents { id type } }" },
      { next: (value) => void events.push(value), error: () => undefined, complete: () => undefined },
    );
  });
  return { events, closed, dispose: () => dispose() };
}

async function until(condition: () => boolean, ms = 3000): Promise<void> {
  for (const deadline = Date.now() + ms; !condition() && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 25));
}

describe("signing in", () => {
  it("with e-mail and password through next-auth: the session reaches pages, GraphQL and /api/auth/session", async () => {
    const officer = await makeStaff("OFFICER");
    const res = await signInHttp(app.url, { email: officer.email.toUpperCase(), password: PASSWORD }, { callbackUrl: "/en/staff" });
    expect(res.status).toBe(302);
    expect(res.location).toMatch(/\/en\/staff$/);
    expect(res.sessionCookie).toMatch(/^next-auth\.session-token=/);

    expect(await whoAmI(app.url, res.sessionCookie)).toEqual({ email: officer.email, role: "OFFICER" });
    const session = (await (await fetch(`${app.url}/api/auth/session`, { headers: { cookie: res.sessionCookie! } })).json()) as { user?: { id: string; role: string } };
    expect(session.user).toMatchObject({ id: officer.id, role: "OFFICER" });
    const page = await fetch(`${app.url}/en/staff`, { headers: { cookie: res.sessionCookie! }, redirect: "manual" });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`Signed in as ${officer.name} (officer)`);

    const [signedIn] = (await auditOf("SIGNED_IN")).filter((r) => r.entityId === officer.id);
    expect(signedIn).toMatchObject({ actorId: officer.id, entityType: "User", entityId: officer.id });
    expect(json(signedIn)).not.toContain(officer.email);
  });

  it("a wrong password and an unknown e-mail fail alike, and the audit keeps no e-mail", async () => {
    const officer = await makeStaff("OFFICER");
    const before = (await auditOf("SIGN_IN_FAILED")).length;
    const wrong = await signInHttp(app.url, { email: officer.email, password: "not the password at all" });
    const unknown = await signInHttp(app.url, { email: "nobody@test.momchilgrad.bg", password: PASSWORD });
    for (const res of [wrong, unknown]) {
      expect(res.sessionCookie).toBeNull();
      expect(res.location).toContain("error=CredentialsSignin");
    }
    const failed = (await auditOf("SIGN_IN_FAILED")).slice(before);
    expect(failed.map((r) => r.entityId)).toEqual([officer.id, null]);
    expect(failed.every((r) => r.actorId === null)).toBe(true);
    expect(json(failed)).not.toMatch(/@test\.momchilgrad\.bg/);
  });

  it("an anonymous request, a tampered cookie and a cookie of another key get no viewer", async () => {
    const officer = await makeStaff("OFFICER");
    const { sessionCookie } = await signInHttp(app.url, { email: officer.email, password: PASSWORD });
    expect(await whoAmI(app.url, null)).toBeNull();
    expect(await whoAmI(app.url, `${sessionCookie!.slice(0, -3)}abc`)).toBeNull();
    const { encode } = await import("next-auth/jwt");
    const forged = await encode({ token: { sub: officer.id, sv: 0, mfa: false }, secret: "some other secret" });
    expect(await whoAmI(app.url, `next-auth.session-token=${forged}`)).toBeNull();
    // …while one made with the right key is accepted (the test proves the check, not the key).
    const genuine = await encodeSessionToken({ sub: officer.id, sv: officer.viewer.sessionVersion, mfa: false });
    expect(await viewerFromCookies(`next-auth.session-token=${genuine}`)).toMatchObject({ id: officer.id });
  });
});

describe("rate limits on failed sign-ins", () => {
  it("five failures lock the account for 15 minutes — said in the user's language — and a success clears the count", async () => {
    const officer = await makeStaff("OFFICER");
    for (let i = 0; i < 4; i++) await signInHttp(app.url, { email: officer.email, password: "wrong password here" });
    expect((await signInHttp(app.url, { email: officer.email, password: PASSWORD })).sessionCookie).not.toBeNull();
    // The count starts again: five more failures are needed to lock.
    for (let i = 0; i < 5; i++) {
      expect((await signInHttp(app.url, { email: officer.email, password: "wrong password here" })).location).toContain("CredentialsSignin");
    }
    const locked = await signInHttp(app.url, { email: officer.email, password: PASSWORD });
    expect(locked.sessionCookie).toBeNull();
    expect(locked.location).toMatch(/error=RateLimited-1[45]\b/);

    const page = await fetch(new URL(locked.location!, app.url), { headers: { "accept-language": "en" } });
    expect(page.url).toMatch(/\/en\/staff\/sign-in\?error=RateLimited-1[45]/);
    expect(await page.text()).toMatch(/Too many failed attempts\. Try again in 1[45] minutes\./);
    const bg = await fetch(new URL(locked.location!, app.url), { headers: { "accept-language": "bg" } });
    expect(await bg.text()).toMatch(/Опитайте отново след 1[45] минути/);

    // Another account from the same client is not locked by this one.
    const other = await makeStaff("OFFICER");
    expect((await signInHttp(app.url, { email: other.email, password: PASSWORD })).sessionCookie).not.toBeNull();
  });

  it("a burst of parallel guesses is counted before any password is checked", async () => {
    const officer = await makeStaff("OFFICER");
    const before = (await auditOf("SIGN_IN_FAILED")).length;
    const results = await Promise.all(Array.from({ length: 12 }, () => signInHttp(app.url, { email: officer.email, password: "a parallel wrong guess" })));
    const checked = (await auditOf("SIGN_IN_FAILED")).slice(before).filter((r) => r.entityId === officer.id);
    expect(checked).toHaveLength(5);
    expect(results.filter((r) => r.location?.includes("error=RateLimited-"))).toHaveLength(7);
  });

  it("twenty failures from one client lock that client out of every account", async () => {
    const officer = await makeStaff("OFFICER");
    for (let i = 0; i < 20; i++) await signInHttp(app.url, { email: `guess${i}@test.momchilgrad.bg`, password: "whatever it is" });
    const res = await signInHttp(app.url, { email: officer.email, password: PASSWORD });
    expect(res.sessionCookie).toBeNull();
    expect(res.location).toContain("error=RateLimited-");
  });
});

describe("ending sessions", () => {
  it("signing out ends the session on every device", async () => {
    const officer = await makeStaff("OFFICER");
    const laptop = await signInHttp(app.url, { email: officer.email, password: PASSWORD });
    const phone = await signInHttp(app.url, { email: officer.email, password: PASSWORD });
    expect(await whoAmI(app.url, phone.sessionCookie)).not.toBeNull();
    expect(await signOutHttp(app.url, laptop.sessionCookie!)).toBe(302);
    expect(await whoAmI(app.url, laptop.sessionCookie)).toBeNull();
    expect(await whoAmI(app.url, phone.sessionCookie)).toBeNull();
    const page = await fetch(`${app.url}/en/staff`, { headers: { cookie: phone.sessionCookie! }, redirect: "manual" });
    expect(page.status).toBe(307);
    expect(page.headers.get("location")).toContain("/en/staff/sign-in?callbackUrl=%2Fen%2Fstaff");
    expect((await auditOf("SIGNED_OUT")).some((r) => r.entityId === officer.id && r.actorId === officer.id)).toBe(true);
  });

  it("disabling a user ends their HTTP session and closes their open WebSocket at once", async () => {
    const admin = await makeStaff("ADMIN", { totp: true });
    const officer = await makeStaff("OFFICER");
    const { sessionCookie } = await signInHttp(app.url, { email: officer.email, password: PASSWORD });

    const socket = openSocket(sessionCookie!);
    await until(() => connectionCount(officer.id) === 1);
    expect(connectionCount(officer.id)).toBe(1);

    const started = Date.now();
    await disableUser({ viewer: admin.viewer, userId: officer.id });
    expect(await socket.closed).toBe(SESSION_ENDED_CLOSE_CODE);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(connectionCount(officer.id)).toBe(0);
    expect(await whoAmI(app.url, sessionCookie)).toBeNull();
    expect((await signInHttp(app.url, { email: officer.email, password: PASSWORD })).location).toContain("error=AccountDisabled");
    const [disabled] = (await auditOf("USER_DISABLED")).filter((r) => r.entityId === officer.id);
    expect(disabled).toMatchObject({ actorId: admin.id, before: { disabled: false }, after: { disabled: true } });
  });

  it("a session ended where this process did not see it stops at the next subscription event, which is not delivered", async () => {
    const officer = await makeStaff("OFFICER");
    const { sessionCookie } = await signInHttp(app.url, { email: officer.email, password: PASSWORD });
    const socket = openSocket(sessionCookie!);
    await until(() => connectionCount(officer.id) === 1);
    await new Promise((r) => setTimeout(r, 300)); // let the subscription go live
    // As if another instance had signed the user out and its notification were lost.
    await app.db.db.prisma.$executeRaw`UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE "id" = ${officer.id}::uuid`;
    const submitted = await fetch(`${app.url}/api/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { reference } }",
        variables: { input: { kind: "COMPLAINT", subject: "Дупка на пътя", body: "Голяма дупка на бул. България пред блок 5.", anonymous: true, locale: "bg" } },
      }),
    });
    expect(((await submitted.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(await socket.closed).toBe(SESSION_ENDED_CLOSE_CODE);
    expect(socket.events).toEqual([]);
  });

  it("only an administrator disables accounts", async () => {
    const manager = await makeStaff("MANAGER");
    const officer = await makeStaff("OFFICER");
    await expect(disableUser({ viewer: manager.viewer, userId: officer.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(disableUser({ viewer: null, userId: officer.id })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it.skipIf(!TEST_PG_URL)("on PostgreSQL a revocation announced by another instance closes this instance's sockets", async () => {
    let code: number | undefined;
    const unregister = registerConnection("00000000-0000-4000-8000-000000000001", { close: (c) => (code = c) });
    const other = new pg.Client({ connectionString: app.db.db.url });
    await other.connect();
    await other.query("SELECT pg_notify($1, $2)", [SESSIONS_CHANNEL, "00000000-0000-4000-8000-000000000001"]);
    await other.end();
    for (let i = 0; i < 40 && code === undefined; i++) await new Promise((r) => setTimeout(r, 50));
    unregister();
    expect(code).toBe(SESSION_ENDED_CLOSE_CODE);
  });
});

describe("TOTP", () => {
  it("an administrator without TOTP can use nothing but enrolment; after it, sign-in asks for the code", async () => {
    const admin = await makeStaff("ADMIN");
    const first = await signInHttp(app.url, { email: admin.email, password: PASSWORD });
    expect(first.sessionCookie).not.toBeNull();
    // Signed in with the password, but neither GraphQL nor the staff pages open.
    expect(await whoAmI(app.url, first.sessionCookie)).toBeNull();
    const landing = await fetch(`${app.url}/en/staff`, { headers: { cookie: first.sessionCookie! }, redirect: "manual" });
    expect(landing.status).toBe(307);
    expect(landing.headers.get("location")).toMatch(/\/en\/staff\/account$/);
    const account = await fetch(`${app.url}/en/staff/account`, { headers: { cookie: first.sessionCookie! } });
    const html = await account.text();
    expect(account.status).toBe(200);
    expect(html).toContain("Your role requires two-step verification");
    expect(html).toContain("data:image/svg+xml;base64,");
    const session = (await (await fetch(`${app.url}/api/auth/session`, { headers: { cookie: first.sessionCookie! } })).json()) as { user?: { totpEnrolmentRequired?: boolean } };
    expect(session.user?.totpEnrolmentRequired).toBe(true);

    // Enrol with a code from the app (what the account page's form does).
    const { totpSecret } = await app.db.db.prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(totpSecret).toBeTruthy();
    await expect(confirmTotp({ viewer: admin.viewer, code: "000000" })).rejects.toMatchObject({ code: "BAD_INPUT" });
    await confirmTotp({ viewer: admin.viewer, code: currentTotpCode(totpSecret!) });
    // Sessions opened without the second factor are over.
    expect(await whoAmI(app.url, first.sessionCookie)).toBeNull();

    const noCode = await signInHttp(app.url, { email: admin.email, password: PASSWORD });
    expect(noCode.sessionCookie).toBeNull();
    expect(noCode.location).toContain("error=TotpRequired");
    const badCode = await signInHttp(app.url, { email: admin.email, password: PASSWORD, totp: "123456" });
    expect(badCode.location).toContain("error=TotpInvalid");
    const ok = await signInHttp(app.url, { email: admin.email, password: PASSWORD, totp: nextTotpCode(totpSecret!) });
    expect(await whoAmI(app.url, ok.sessionCookie)).toEqual({ email: admin.email, role: "ADMIN" });
    // The same code again is refused (RFC 6238 §5.2).
    const replay = await signInHttp(app.url, { email: admin.email, password: PASSWORD, totp: nextTotpCode(totpSecret!) });
    expect(replay.location).toContain("error=TotpInvalid");
  });
});
