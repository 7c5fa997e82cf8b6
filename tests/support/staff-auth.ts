// Staff sign-in over HTTP the way any client of next-auth does it: fetch the CSRF token
// (and its cookie), post the credentials, keep the session cookie.
import { currentTotpCode } from "@/lib/auth/totp";

export interface SignInResponse {
  status: number;
  /** Where next-auth sends the browser (the callback address, or the page with ?error=). */
  location: string | null;
  /** "next-auth.session-token=…" when a session began. */
  sessionCookie: string | null;
}

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

export async function signInHttp(
  baseUrl: string,
  credentials: { email: string; password: string; totp?: string },
  options: { callbackUrl?: string } = {},
): Promise<SignInResponse> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const body = new URLSearchParams({ csrfToken, email: credentials.email, password: credentials.password, callbackUrl: options.callbackUrl ?? "/en/staff" });
  if (credentials.totp) body.set("totp", credentials.totp);
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body,
    redirect: "manual",
  });
  const session = cookiesOf(res).find((c) => /^(__Secure-)?next-auth\.session-token=./.test(c)) ?? null;
  return { status: res.status, location: res.headers.get("location"), sessionCookie: session };
}

/** Signs out through next-auth's endpoint with this session cookie. */
export async function signOutHttp(baseUrl: string, sessionCookie: string): Promise<number> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers: { cookie: sessionCookie } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/signout`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: [sessionCookie, ...cookiesOf(csrf)].join("; ") },
    body: new URLSearchParams({ csrfToken }),
    redirect: "manual",
  });
  return res.status;
}

/** `me` over GraphQL HTTP with this cookie: the viewer the server resolved, or null. */
export async function whoAmI(baseUrl: string, cookie: string | null): Promise<{ email: string; role: string } | null> {
  const res = await fetch(`${baseUrl}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query: "{ me { email role } }" }),
  });
  const body = (await res.json()) as { data?: { me: { email: string; role: string } | null }; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.me;
}

/** A TOTP code the next time step shows: accepted once after the current one was used. */
export function nextTotpCode(secret: string): string {
  return currentTotpCode(secret, Date.now() + 30_000);
}
