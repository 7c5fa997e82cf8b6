"use server";
// Turning the TOTP second factor on (and off, where the role allows). Both end the
// user's other sessions and give this browser a fresh session cookie.
import { redirect } from "next/navigation";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/domain/kinds";
import { isAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { SessionClaims } from "@/lib/auth/session";
import { confirmTotp, turnOffTotp } from "@/lib/auth/totp-enrolment";
import { accountPath, getSession, signInPath, startSession } from "@/lib/auth/get-viewer";
import type { Viewer } from "@/lib/auth/viewer";
import type { CodeFormState } from "./state";

async function withCode(
  previous: CodeFormState,
  formData: FormData,
  change: (options: { viewer: Viewer; code: string }) => Promise<SessionClaims>,
  notice: "enabled" | "disabled",
): Promise<CodeFormState> {
  const raw = formData.get("locale");
  const locale: Locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const code = String(formData.get("code") ?? "").trim();
  const answer = (outcome: CodeFormState["outcome"]): CodeFormState => ({ attempt: previous.attempt + 1, outcome });
  const session = await getSession();
  if (session.status === "none") redirect(signInPath(locale, accountPath(locale)));
  if (!code) return answer("missing");
  let claims: SessionClaims;
  try {
    claims = await change({ viewer: session.viewer, code });
  } catch (error) {
    if (isAppError(error) && error.code === "BAD_INPUT") return answer("invalid");
    if (isAppError(error) && error.code === "UNAUTHENTICATED") redirect(signInPath(locale, accountPath(locale)));
    log.error({ err: error }, "TOTP change failed");
    return answer("error");
  }
  await startSession(claims);
  redirect(`${accountPath(locale)}?notice=${notice}`);
}

export async function confirmTotpAction(previous: CodeFormState, formData: FormData): Promise<CodeFormState> {
  return withCode(previous, formData, confirmTotp, "enabled");
}

export async function turnOffTotpAction(previous: CodeFormState, formData: FormData): Promise<CodeFormState> {
  return withCode(previous, formData, turnOffTotp, "disabled");
}
