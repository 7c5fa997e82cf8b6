// The key and cookie settings of staff sessions, shared by next-auth's route handler
// (lib/auth/options.ts), the sign-in page's server action and the custom server that
// reads the cookie for GraphQL over HTTP and WebSocket (lib/auth/session.ts).
import { config } from "@/lib/config";

/** Development-only key: anyone can read it here, so it must never protect real data. */
const DEV_SECRET = "harta-development-session-key-not-for-production-use";

/**
 * NEXTAUTH_SECRET; a fixed development key in demo and development installations.
 * Production (NODE_ENV=production without HARTA_DEMO) refuses to run without one: with a
 * known key anyone could forge an administrator's session cookie.
 *
 * Decided once per process, by the custom server at start (lib/server/main.ts), and kept
 * on globalThis: Next's production bundle has NODE_ENV inlined as "production", so it
 * must not decide again on its own.
 */
export function authSecret(): string {
  const registry = globalThis as { __hartaAuthSecret?: string };
  return (registry.__hartaAuthSecret ??= decideSecret());
}

function decideSecret(): string {
  const secret = config.authSecret;
  if (secret) return secret;
  if (config.isProduction && !config.demo) {
    throw new Error("NEXTAUTH_SECRET must be set in production (it encrypts staff session cookies)");
  }
  return DEV_SECRET;
}

/** Seconds a session lasts from sign-in (HARTA_SESSION_HOURS, 12 by default). */
export function sessionMaxAgeSeconds(): number {
  return config.sessionHours * 3600;
}

/** Secure cookies (and their __Secure- name) when the public address is https. */
export function useSecureCookies(): boolean {
  return config.publicUrl.startsWith("https://");
}

/** next-auth v4's default names for the session cookie (core/lib/cookie.js). */
export const SESSION_COOKIE = "next-auth.session-token";
export const SECURE_SESSION_COOKIE = "__Secure-next-auth.session-token";

export function sessionCookieName(): string {
  return useSecureCookies() ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/** The same attributes next-auth gives the session cookie. */
export function sessionCookieOptions(): { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; maxAge: number } {
  return { httpOnly: true, sameSite: "lax", path: "/", secure: useSecureCookies(), maxAge: sessionMaxAgeSeconds() };
}
