"use server";
// The administrator's actions: check the audit chain, disable or enable an account.
// Server actions are reachable by anyone who can post to the page, so each one checks
// again that the caller is a signed-in administrator (lib/admin/access.ts, and
// lib/auth/users.ts for accounts).
import { redirect } from "next/navigation";
import { getViewer, signInPath } from "@/lib/auth/get-viewer";
import { disableUser, enableUser } from "@/lib/auth/users";
import { checkAuditTrail } from "@/lib/admin/check-audit-trail";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/domain/kinds";
import { isAppError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { AuditCheckState } from "./state";

function pageLocale(fd: FormData): Locale {
  const v = fd.get("locale");
  return isLocale(v) ? v : DEFAULT_LOCALE;
}

const ADMIN_PATH = (locale: Locale) => `/${locale}/staff/admin`;

export async function checkAuditAction(previous: AuditCheckState, formData: FormData): Promise<AuditCheckState> {
  const locale = pageLocale(formData);
  const viewer = await getViewer();
  if (!viewer) redirect(signInPath(locale, ADMIN_PATH(locale)));
  const started = performance.now();
  try {
    const verification = await checkAuditTrail({ viewer });
    return { attempt: previous.attempt + 1, result: { type: "checked", verification, ms: Math.round(performance.now() - started) } };
  } catch (error) {
    if (isAppError(error) && error.code === "UNAUTHENTICATED") redirect(signInPath(locale, ADMIN_PATH(locale)));
    if (!isAppError(error)) log.error({ err: error }, "admin page: audit check failed");
    return { attempt: previous.attempt + 1, result: { type: "error" } };
  }
}

/** Disable or enable one account, then show the list again with what changed. */
export async function setUserDisabledAction(formData: FormData): Promise<void> {
  const locale = pageLocale(formData);
  const viewer = await getViewer();
  if (!viewer) redirect(signInPath(locale, ADMIN_PATH(locale)));
  const userId = String(formData.get("userId") ?? "");
  const disable = formData.get("disable") === "yes";
  let query: string;
  try {
    const user = disable ? await disableUser({ viewer, userId }) : await enableUser({ viewer, userId });
    query = new URLSearchParams({ changed: user.id, now: user.disabled ? "disabled" : "enabled" }).toString();
  } catch (error) {
    if (isAppError(error) && error.code === "UNAUTHENTICATED") redirect(signInPath(locale, ADMIN_PATH(locale)));
    if (!isAppError(error)) log.error({ err: error }, "admin page: account change failed");
    query = new URLSearchParams({ error: isAppError(error) ? error.code : "INTERNAL" }).toString();
  }
  redirect(`${ADMIN_PATH(locale)}?${query}#users`);
}
