"use server";
// The staff sign-in form (works without JavaScript). Same checks and the same session
// cookie as next-auth's credentials endpoint (lib/auth/sign-in.ts, lib/auth/options.ts);
// server actions only accept same-origin posts, so no separate CSRF token is needed.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/domain/kinds";
import { log } from "@/lib/log";
import { clientInfoFromHeaders } from "@/lib/server/client-info";
import { signInWithPassword, signInWithTotp, type SignInResult } from "@/lib/auth/sign-in";
import { accountPath, safeCallbackUrl, startSession } from "@/lib/auth/get-viewer";
import type { SignInField, SignInState } from "./state";

export async function signInAction(previous: SignInState, formData: FormData): Promise<SignInState> {
  const field = (key: string) => {
    const v = formData.get(key);
    return typeof v === "string" ? v : "";
  };
  const localeField = field("locale");
  const locale: Locale = isLocale(localeField) ? localeField : DEFAULT_LOCALE;
  const pendingToken = field("pendingToken") || null;
  const email = pendingToken ? previous.email || field("email").trim() : field("email").trim();
  const step = pendingToken ? "code" : "password";
  const answer = (outcome: SignInState["outcome"], next: Partial<SignInState> = {}): SignInState => ({
    attempt: previous.attempt + 1,
    email,
    step,
    pendingToken,
    outcome,
    ...next,
  });

  const missing: SignInField[] = pendingToken
    ? field("code").trim()
      ? []
      : ["code"]
    : [...(email ? [] : (["email"] as const)), ...(field("password") ? [] : (["password"] as const))];
  if (missing.length > 0) return answer({ type: "missing", fields: missing });

  const clientKey = clientInfoFromHeaders(await headers()).clientKey;
  let result: SignInResult;
  try {
    result = pendingToken
      ? await signInWithTotp({ pendingToken, code: field("code"), clientKey })
      : await signInWithPassword({ email, password: field("password"), clientKey });
  } catch (error) {
    log.error({ err: error }, "sign-in form failed");
    return answer({ type: "error" });
  }

  switch (result.status) {
    case "ok":
      await startSession(result.claims);
      // Outside any try: redirect() works by throwing.
      return redirect(result.enrolmentRequired ? accountPath(locale) : safeCallbackUrl(field("callbackUrl"), locale));
    case "totp-required":
      return answer(null, { step: "code", pendingToken: result.pendingToken });
    case "totp-invalid":
      return answer({ type: "codeInvalid" }, { step: "code", pendingToken: result.pendingToken ?? pendingToken });
    case "invalid":
      // A code step that no longer verifies (expired or replayed token) starts over.
      return pendingToken ? answer({ type: "expired" }, { step: "password", pendingToken: null }) : answer({ type: "invalid" });
    case "disabled":
      return answer({ type: "disabled" }, { step: "password", pendingToken: null });
    case "rate-limited":
      return answer({ type: "rateLimited", minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) });
  }
}
