"use server";
// Sign-out from the staff pages (a plain form post; no JavaScript needed): ends every
// session of the user everywhere (lib/auth/sign-in.ts signOut), clears the cookie and
// returns to the sign-in page.
import { redirect } from "next/navigation";
import { DEFAULT_LOCALE, isLocale } from "@/lib/domain/kinds";
import { signOut } from "@/lib/auth/sign-in";
import { decodeSessionToken } from "@/lib/auth/session";
import { clearSessionCookie, getSessionToken } from "@/lib/auth/get-viewer";

export async function signOutAction(formData: FormData): Promise<void> {
  const raw = formData.get("locale");
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const token = await getSessionToken();
  const claims = token ? await decodeSessionToken(token) : null;
  if (claims) await signOut(claims);
  await clearSessionCookie();
  redirect(`/${locale}/staff/sign-in?signedOut=1`);
}
