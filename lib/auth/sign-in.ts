// Signing in and out (issue "Staff workspace", "Sign-in and roles"). One implementation
// for both ways in: next-auth's Credentials provider (POST /api/auth/callback/credentials,
// lib/auth/options.ts) and the sign-in page's server action (app/[locale]/staff/sign-in).
//
// - Failed attempts are limited per account and per client before the password is even
//   checked (lib/auth/rate-limit.ts); success clears the account's count.
// - Unknown e-mail and wrong password answer alike, in the same time.
// - Users with TOTP set up give a code: in the same request (API), or in a second step
//   that carries a short-lived encrypted "password accepted" token (the page).
// - Every outcome but a rate-limited one is in the audit trail, by user id only.
import { decode, encode } from "next-auth/jwt";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { log } from "@/lib/log";
import type { Viewer } from "@/lib/auth/viewer";
import { authSecret } from "@/lib/auth/secret";
import { burnVerification, verifyPassword } from "@/lib/auth/password";
import { verifyTotp } from "@/lib/auth/totp-once";
import { accountKey, clearAccountFailures, refundAttempt, reserveAttempt } from "@/lib/auth/rate-limit";
import { toViewer, totpRequiredFor, type SessionClaims } from "@/lib/auth/session";
import { closeUserConnections } from "@/lib/auth/connections";
import { revokeSessionsInTx } from "@/lib/auth/users";

export type SignInResult =
  | {
      status: "ok";
      viewer: Viewer;
      /** What the session cookie must carry. */
      claims: SessionClaims;
      /** The role needs TOTP and none is set up: only the enrolment page is open. */
      enrolmentRequired: boolean;
    }
  /** Unknown e-mail or wrong password (never said which). */
  | { status: "invalid" }
  /** Right password, disabled account. */
  | { status: "disabled" }
  /** Right password; now the code from the authenticator app. */
  | { status: "totp-required"; pendingToken: string }
  | { status: "totp-invalid"; pendingToken?: string }
  | { status: "rate-limited"; retryAfterSeconds: number };

const USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  departmentId: true,
  serviceUnitId: true,
  sessionVersion: true,
  disabled: true,
  passwordHash: true,
  totpSecret: true,
  totpEnabledAt: true,
} as const;

type Reason = "unknown" | "password" | "disabled" | "totp";

async function audit(action: "SIGNED_IN" | "SIGN_IN_FAILED" | "SIGNED_OUT", userId: string | null, after: Record<string, unknown>): Promise<void> {
  const db = await prisma();
  await db.$transaction((tx) =>
    recordAudit(tx, { actorId: action === "SIGN_IN_FAILED" ? null : userId, action, entityType: "User", entityId: userId, after }),
  );
}

/** The attempt was already counted (reserveAttempt); this records why it failed. */
async function failed(reason: Reason, userId: string | null): Promise<void> {
  await audit("SIGN_IN_FAILED", userId, { reason });
  log.info({ reason, userId }, "sign-in failed");
}

const PENDING_SALT = "harta.totp-step";
const PENDING_SECONDS = 5 * 60;

async function pendingToken(user: { id: string; sessionVersion: number }): Promise<string> {
  // Its own salt: a different key from session cookies, so it can never pass for one.
  return encode({ token: { sub: user.id, sv: user.sessionVersion, step: "totp" }, secret: authSecret(), salt: PENDING_SALT, maxAge: PENDING_SECONDS });
}

async function readPendingToken(token: string): Promise<{ sub: string; sv: number } | null> {
  try {
    const p = await decode({ token, secret: authSecret(), salt: PENDING_SALT });
    return p && p.step === "totp" && typeof p.sub === "string" && typeof p.sv === "number" ? { sub: p.sub, sv: p.sv } : null;
  } catch {
    return null;
  }
}

async function succeeded(
  user: { id: string; email: string; role: Viewer["role"]; sessionVersion: number; totpEnabledAt: Date | null } & Parameters<typeof toViewer>[0],
  mfa: boolean,
  clientKey: string,
): Promise<SignInResult> {
  await clearAccountFailures(user.email, clientKey);
  const enrolmentRequired = !user.totpEnabledAt && totpRequiredFor(user.role);
  await audit("SIGNED_IN", user.id, { secondFactor: mfa, ...(enrolmentRequired ? { totpEnrolmentRequired: true } : {}) });
  return { status: "ok", viewer: toViewer(user), claims: { sub: user.id, sv: user.sessionVersion, mfa }, enrolmentRequired };
}

/**
 * Step one (or the whole sign-in when `totpCode` is given): e-mail and password.
 * `clientKey`: the client's address, as the custom server stamps it.
 */
export async function signInWithPassword(options: { email: string; password: string; totpCode?: string | null; clientKey: string }): Promise<SignInResult> {
  const email = accountKey(options.email);
  const key = { email, clientKey: options.clientKey };
  const wait = await reserveAttempt(key);
  if (wait > 0) {
    log.warn({ clientKey: options.clientKey }, "sign-in refused: too many failed attempts");
    return { status: "rate-limited", retryAfterSeconds: wait };
  }
  const db = await prisma();
  const user = email ? await db.user.findUnique({ where: { email }, select: USER_SELECT }) : null;
  if (!user?.passwordHash) {
    await burnVerification(options.password);
    await failed("unknown", user?.id ?? null);
    return { status: "invalid" };
  }
  if (!(await verifyPassword(user.passwordHash, options.password))) {
    await failed("password", user.id);
    return { status: "invalid" };
  }
  if (user.disabled) {
    await failed("disabled", user.id);
    return { status: "disabled" };
  }
  if (user.totpEnabledAt && user.totpSecret) {
    const code = options.totpCode?.trim();
    if (!code) {
      await refundAttempt(key); // not a failure: the password was right
      return { status: "totp-required", pendingToken: await pendingToken(user) };
    }
    if (!(await verifyTotp(user.totpSecret, code, { userId: user.id }))) {
      await failed("totp", user.id);
      return { status: "totp-invalid", pendingToken: await pendingToken(user) };
    }
    return succeeded(user, true, options.clientKey);
  }
  return succeeded(user, false, options.clientKey);
}

/** Step two on the page: the code, with the token step one handed out. */
export async function signInWithTotp(options: { pendingToken: string; code: string; clientKey: string }): Promise<SignInResult> {
  const pending = await readPendingToken(options.pendingToken);
  if (!pending) return { status: "invalid" };
  const db = await prisma();
  const user = await db.user.findUnique({ where: { id: pending.sub }, select: USER_SELECT });
  if (!user || user.sessionVersion !== pending.sv || !user.totpSecret || !user.totpEnabledAt) return { status: "invalid" };
  const key = { email: user.email, clientKey: options.clientKey };
  const wait = await reserveAttempt(key);
  if (wait > 0) return { status: "rate-limited", retryAfterSeconds: wait };
  if (user.disabled) {
    await failed("disabled", user.id);
    return { status: "disabled" };
  }
  if (!(await verifyTotp(user.totpSecret, options.code, { userId: user.id }))) {
    await failed("totp", user.id);
    return { status: "totp-invalid", pendingToken: options.pendingToken };
  }
  return succeeded(user, true, options.clientKey);
}

/**
 * Signing out ends every session of this user, everywhere (all devices, all open
 * WebSockets): the session version moves on. Only a current session may do it, so an
 * old stolen cookie cannot sign its owner out.
 */
export async function signOut(claims: Pick<SessionClaims, "sub" | "sv">): Promise<boolean> {
  const db = await prisma();
  const done = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: claims.sub }, select: { sessionVersion: true } });
    if (!user || user.sessionVersion !== claims.sv) return false;
    await revokeSessionsInTx(tx, claims.sub);
    await recordAudit(tx, { actorId: claims.sub, action: "SIGNED_OUT", entityType: "User", entityId: claims.sub });
    return true;
  });
  if (done) closeUserConnections(claims.sub);
  return done;
}
