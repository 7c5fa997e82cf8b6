// A result carried from a POST to the page it redirects to (post/redirect/get) in a
// short-lived httpOnly cookie, never in the URL: an access code must not reach browser
// history, logs or Referer headers. Used by the citizen's confirmation
// (app/[locale]/submit/receipt.ts) and the clerk's registration slip
// (app/[locale]/staff/register/slip-cookie.ts). Server actions and server components only.
import { cookies, headers } from "next/headers";
import type { z } from "zod";

export interface FlashCookie<T> {
  store(value: T): Promise<void>;
  /** The value, or null when absent, expired, or not what `schema` accepts. */
  read(): Promise<T | null>;
  clear(): Promise<void>;
}

export function flashCookie<S extends z.ZodType>(name: string, schema: S, maxAgeSeconds: number): FlashCookie<z.infer<S>> {
  return {
    async store(value) {
      // Secure when the page was reached over HTTPS (directly or behind a TLS proxy); a
      // plain HTTP install on a local network must still work.
      const h = await headers();
      const secure = h.get("x-forwarded-proto") === "https" || (h.get("origin") ?? "").startsWith("https:");
      (await cookies()).set(name, Buffer.from(JSON.stringify(value)).toString("base64url"), {
        httpOnly: true,
        sameSite: "strict",
        secure,
        path: "/",
        maxAge: maxAgeSeconds,
      });
    },
    async read() {
      const raw = (await cookies()).get(name)?.value;
      if (!raw) return null;
      try {
        const parsed = schema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
        return parsed.success ? (parsed.data as z.infer<S>) : null;
      } catch {
        return null;
      }
    },
    async clear() {
      (await cookies()).delete(name);
    },
  };
}
