// Staff sessions: a next-auth JWT (encrypted, in an HttpOnly cookie) carrying only the
// user id, the user's session version and whether a second factor was given. A JWT
// alone cannot be revoked, so every request — page, GraphQL over HTTP, each WebSocket
// subscription and each event it delivers — reloads the User row and accepts the
// session only while the account is enabled and its sessionVersion still equals the
// token's. Signing out and disabling bump the version (lib/auth/users.ts), which ends
// every session of that user at once, on every device and instance.
//
// Framework-free on purpose: the custom server (lib/server) calls this outside Next.
// Server components and actions use lib/auth/get-viewer.ts, built on the same code.
import { decode, encode } from "next-auth/jwt";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Role, Viewer } from "@/lib/auth/viewer";
import { SECURE_SESSION_COOKIE, SESSION_COOKIE, authSecret, sessionMaxAgeSeconds } from "@/lib/auth/secret";

/** What the session cookie carries (next-auth adds iat, exp and jti). */
export interface SessionClaims {
  /** User id. */
  sub: string;
  /** User.sessionVersion when the session began. */
  sv: number;
  /** A TOTP code was given at sign-in (or at enrolment). */
  mfa: boolean;
}

/**
 * The roles that may do nothing before enrolling a second factor: they can read every
 * corruption signal (integrity officer) or create accounts (administrator).
 */
export const TOTP_REQUIRED_ROLES: ReadonlySet<Role> = new Set(["ADMIN", "INTEGRITY"]);

export function totpRequiredFor(role: Role): boolean {
  return TOTP_REQUIRED_ROLES.has(role);
}

export type SessionState =
  | { status: "none" }
  /** Password accepted, but the role needs TOTP and none is set up: only enrolment is open. */
  | { status: "totp-enrolment-required"; viewer: Viewer }
  | { status: "active"; viewer: Viewer };

export async function encodeSessionToken(claims: SessionClaims): Promise<string> {
  return encode({ token: { sub: claims.sub, sv: claims.sv, mfa: claims.mfa }, secret: authSecret(), maxAge: sessionMaxAgeSeconds() });
}

/** The claims of a session token; null when it is not ours, was tampered with, or has expired. */
export async function decodeSessionToken(token: string): Promise<SessionClaims | null> {
  try {
    const payload = await decode({ token, secret: authSecret() });
    if (!payload || typeof payload.sub !== "string" || typeof payload.sv !== "number") return null;
    return { sub: payload.sub, sv: payload.sv, mfa: payload.mfa === true };
  } catch {
    return null;
  }
}

/** The session token in a Cookie header (next-auth splits long ones into name.0, name.1 …). */
export function sessionTokenFromCookieHeader(header: string | null | undefined): string | null {
  if (!header) return null;
  const jar = new Map<string, string>();
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (!jar.has(name)) jar.set(name, part.slice(eq + 1).trim());
  }
  for (const name of [SECURE_SESSION_COOKIE, SESSION_COOKIE]) {
    const whole = jar.get(name);
    if (whole) return safeDecode(whole);
    const chunks: string[] = [];
    for (let i = 0; jar.has(`${name}.${i}`); i++) chunks.push(jar.get(`${name}.${i}`)!);
    if (chunks.length > 0) return safeDecode(chunks.join(""));
  }
  return null;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

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
  totpEnabledAt: true,
} as const;

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Viewer["locale"];
  departmentId: string | null;
  serviceUnitId: string | null;
  sessionVersion: number;
  disabled: boolean;
  totpEnabledAt: Date | null;
}

async function loadUser(id: string): Promise<UserRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const db = await prisma();
  return db.user.findUnique({ where: { id }, select: USER_SELECT });
}

export function toViewer(user: UserRow): Viewer {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    departmentId: user.departmentId,
    serviceUnitId: user.serviceUnitId,
    locale: user.locale,
    sessionVersion: user.sessionVersion,
  };
}

/** The state of the session a token stands for, checked against the User row now. */
export async function sessionFromToken(token: string | null): Promise<SessionState> {
  if (!token) return { status: "none" };
  const claims = await decodeSessionToken(token);
  return claims ? sessionFromClaims(claims) : { status: "none" };
}

/** The state of a session with these (already decrypted) claims, checked against the User row now. */
export async function sessionFromClaims(claims: SessionClaims): Promise<SessionState> {
  const user = await loadUser(claims.sub);
  if (!user || user.disabled || user.sessionVersion !== claims.sv) return { status: "none" };
  // A user with TOTP set up signs in with it; a token without it predates the set-up.
  if (user.totpEnabledAt && !claims.mfa) return { status: "none" };
  if (!user.totpEnabledAt && totpRequiredFor(user.role)) return { status: "totp-enrolment-required", viewer: toViewer(user) };
  return { status: "active", viewer: toViewer(user) };
}

export async function sessionFromCookies(cookieHeader: string | null | undefined): Promise<SessionState> {
  return sessionFromToken(sessionTokenFromCookieHeader(cookieHeader));
}

/**
 * The signed-in staff member for a request's Cookie header, or null (citizens, expired
 * or revoked sessions, and administrators who have not yet set up TOTP).
 */
export async function viewerFromCookies(cookieHeader: string | null | undefined): Promise<Viewer | null> {
  const state = await sessionFromCookies(cookieHeader);
  return state.status === "active" ? state.viewer : null;
}

// Concurrent re-checks of one user (several subscriptions receiving one event) share a query.
const inFlight = ((globalThis as { __hartaViewerChecks?: Map<string, Promise<UserRow | null>> }).__hartaViewerChecks ??= new Map());

/**
 * The viewer as the User row says now, or null when their session has ended (signed
 * out, disabled, or TOTP required and not set up). For long-lived connections: call it
 * before delivering each subscription event.
 */
export async function viewerStillValid(viewer: Viewer): Promise<Viewer | null> {
  let pending = inFlight.get(viewer.id);
  if (!pending) {
    pending = loadUser(viewer.id).finally(() => inFlight.delete(viewer.id));
    inFlight.set(viewer.id, pending);
  }
  const user = await pending;
  if (!user || user.disabled || user.sessionVersion !== viewer.sessionVersion) return null;
  if (!user.totpEnabledAt && totpRequiredFor(user.role)) return null;
  return toViewer(user);
}

/** Throws UNAUTHENTICATED when the viewer's session has ended; returns the fresh viewer. */
export async function assertViewerStillValid(viewer: Viewer | null | undefined): Promise<Viewer> {
  const fresh = viewer ? await viewerStillValid(viewer) : null;
  if (!fresh) throw new AppError("UNAUTHENTICATED", "session ended");
  return fresh;
}
