// Sessions in server components and server actions (Next's request scope): the same
// checks as the custom server's (lib/auth/session.ts), read from cookies(), once per
// request (React cache).
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { Locale } from "@/lib/domain/kinds";
import { accountPath, signInPath } from "@/lib/auth/paths";
import type { Viewer } from "@/lib/auth/viewer";
import { SECURE_SESSION_COOKIE, SESSION_COOKIE, sessionCookieName, sessionCookieOptions } from "@/lib/auth/secret";
import { encodeSessionToken, sessionFromCookies, sessionTokenFromCookieHeader, type SessionClaims, type SessionState } from "@/lib/auth/session";

/** This request's session state (none, TOTP enrolment required, active). */
export const getSession = cache(async (): Promise<SessionState> => {
  const jar = await cookies();
  return sessionFromCookies(jar.getAll().map((c) => `${c.name}=${c.value}`).join("; "));
});

/** The signed-in staff member, or null (also while a required TOTP is not set up). */
export async function getViewer(): Promise<Viewer | null> {
  const state = await getSession();
  return state.status === "active" ? state.viewer : null;
}

/** The raw session claims of this request's cookie (sign-out needs the version it carries). */
export async function getSessionToken(): Promise<string | null> {
  const jar = await cookies();
  return sessionTokenFromCookieHeader(jar.getAll().map((c) => `${c.name}=${c.value}`).join("; "));
}

/**
 * For staff pages: the viewer, or a redirect — to sign-in (then back to `path`), or to
 * the account page while a required second factor is not set up.
 */
export async function requireViewer(locale: Locale, path: string = `/${locale}/staff`): Promise<Viewer> {
  const state = await getSession();
  if (state.status === "none") redirect(signInPath(locale, path));
  if (state.status === "totp-enrolment-required") redirect(accountPath(locale));
  return state.viewer;
}

/** For the account page: any signed-in staff member, enrolled or not. */
export async function requireSession(locale: Locale): Promise<{ viewer: Viewer; enrolmentRequired: boolean }> {
  const state = await getSession();
  if (state.status === "none") redirect(signInPath(locale, accountPath(locale)));
  return { viewer: state.viewer, enrolmentRequired: state.status === "totp-enrolment-required" };
}

/** Sets the session cookie (server actions): the same token and attributes next-auth uses. */
export async function startSession(claims: SessionClaims): Promise<void> {
  const jar = await cookies();
  jar.set(sessionCookieName(), await encodeSessionToken(claims), sessionCookieOptions());
}

/** Removes the session cookie (server actions). */
export async function clearSessionCookie(): Promise<void> {
  const jar = await cookies();
  const expired = (name: string) => ({ ...sessionCookieOptions(), secure: sessionCookieOptions().secure || name.startsWith("__Secure-"), maxAge: 0 });
  for (const name of [SESSION_COOKIE, SECURE_SESSION_COOKIE]) {
    // A __Secure- cookie is only replaced by a Set-Cookie that is Secure too.
    if (jar.get(name)) jar.set(name, "", expired(name));
    for (let i = 0; jar.get(`${name}.${i}`); i++) jar.set(`${name}.${i}`, "", expired(name));
  }
}

export { accountPath, safeCallbackUrl, signInPath } from "@/lib/auth/paths";
