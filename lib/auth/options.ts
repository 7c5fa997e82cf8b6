// next-auth (v4) configuration: a Credentials provider on top of lib/auth/sign-in.ts, JWT
// sessions that carry only { sub, sv, mfa }, and sign-out that ends every session of the
// user. Served by app/api/auth/[...nextauth]/route.ts:
//   GET  /api/auth/csrf                  → { csrfToken } (and its cookie)
//   POST /api/auth/callback/credentials  ← csrfToken, email, password, [totp], [callbackUrl], [json=true]
//   GET  /api/auth/session               → { user: { id, name, email, role }, expires } or {}
//   POST /api/auth/signout               ← csrfToken
// The staff pages sign in through their own server action (same checks, same cookie):
// it can show errors next to the fields, in the page's language, without JavaScript.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { log } from "@/lib/log";
import { CLIENT_IP_HEADER } from "@/lib/server/client-info";
import { authSecret, sessionMaxAgeSeconds, useSecureCookies } from "@/lib/auth/secret";
import { signInWithPassword, signOut } from "@/lib/auth/sign-in";
import { sessionFromClaims } from "@/lib/auth/session";
import { SIGN_IN_ERROR } from "@/lib/auth/sign-in-errors";

export { SIGN_IN_ERROR };

// next-auth v4 builds absolute redirect addresses from NEXTAUTH_URL, or from the Host
// header when AUTH_TRUST_HOST is set. Harta serves whatever host it is reached at (one
// port, any address), so trust the Host header unless an address is configured.
if (!process.env.NEXTAUTH_URL && !process.env.AUTH_TRUST_HOST) process.env.AUTH_TRUST_HOST = "true";

declare module "next-auth" {
  interface User {
    sv: number;
    mfa: boolean;
  }
}

function header(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== "object") return undefined;
  const h = headers as Record<string, string | string[] | undefined> & { get?: (n: string) => string | null };
  if (typeof h.get === "function") return h.get(name) ?? undefined;
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
}

export function authOptions(): NextAuthOptions {
  const maxAge = sessionMaxAgeSeconds();
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge },
    jwt: { maxAge },
    useSecureCookies: useSecureCookies(),
    // Without a locale: next-intl's proxy sends the visitor to theirs (/bg/staff/sign-in …).
    pages: { signIn: "/staff/sign-in", error: "/staff/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Harta",
        credentials: {
          email: { label: "E-mail", type: "email" },
          password: { label: "Password", type: "password" },
          totp: { label: "Code", type: "text" },
        },
        async authorize(credentials, req) {
          const result = await signInWithPassword({
            email: String(credentials?.email ?? ""),
            password: String(credentials?.password ?? ""),
            totpCode: credentials?.totp ? String(credentials.totp) : null,
            // Stamped by the custom server from the socket (lib/server/client-address.ts).
            clientKey: header(req?.headers, CLIENT_IP_HEADER) ?? "unknown",
          });
          switch (result.status) {
            case "ok":
              return { id: result.viewer.id, name: result.viewer.name, email: result.viewer.email, sv: result.claims.sv, mfa: result.claims.mfa };
            case "invalid":
              return null;
            case "disabled":
              throw new Error(SIGN_IN_ERROR.disabled);
            case "totp-required":
              throw new Error(SIGN_IN_ERROR.totpRequired);
            case "totp-invalid":
              throw new Error(SIGN_IN_ERROR.totpInvalid);
            case "rate-limited":
              throw new Error(`${SIGN_IN_ERROR.rateLimited}-${Math.max(1, Math.ceil(result.retryAfterSeconds / 60))}`);
          }
        },
      }),
    ],
    callbacks: {
      // Only the id, the session version and the second factor go into the cookie.
      jwt({ token, user }) {
        if (user) return { sub: user.id, sv: user.sv, mfa: user.mfa };
        return { sub: token.sub, sv: token.sv, mfa: token.mfa };
      },
      // GET /api/auth/session: checked against the User row like every other request;
      // throwing makes next-auth clear the cookie and answer {}.
      async session({ session, token }) {
        const state =
          typeof token.sub === "string" && typeof token.sv === "number"
            ? await sessionFromClaims({ sub: token.sub, sv: token.sv, mfa: token.mfa === true })
            : { status: "none" as const };
        if (state.status === "none") throw new Error("session ended");
        const v = state.viewer;
        return {
          expires: session.expires,
          user: { id: v.id, name: v.name, email: v.email, role: v.role, totpEnrolmentRequired: state.status === "totp-enrolment-required" },
        };
      },
    },
    events: {
      async signOut({ token }) {
        if (token && typeof token.sub === "string" && typeof token.sv === "number") await signOut({ sub: token.sub, sv: token.sv });
      },
    },
    logger: {
      error: (code, metadata) => log.warn({ code, err: metadata instanceof Error ? metadata : undefined }, "next-auth error"),
      warn: (code) => log.warn({ code }, "next-auth warning"),
      debug: () => undefined,
    },
  };
}
