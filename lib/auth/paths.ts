// Addresses of the staff sign-in and account pages, and the one rule for where a sign-in
// may return to (no open redirect).
import type { Locale } from "@/lib/domain/kinds";

/**
 * An address inside the staff area to return to after signing in; anything else
 * (other sites, "//evil", other areas) becomes the staff home of `locale`.
 */
export function safeCallbackUrl(raw: unknown, locale: Locale): string {
  if (typeof raw === "string" && /^\/(bg|tr|en)\/staff(?:[/?#][^\\]*)?$/.test(raw) && !raw.includes("//")) return raw;
  return `/${locale}/staff`;
}

export function signInPath(locale: Locale, callbackUrl?: string): string {
  const query = callbackUrl ? `?${new URLSearchParams({ callbackUrl })}` : "";
  return `/${locale}/staff/sign-in${query}`;
}

export function accountPath(locale: Locale): string {
  return `/${locale}/staff/account`;
}
