// Per-request next-intl configuration for server components and server actions.
// Wired in next.config.js (createNextIntlPlugin("./lib/i18n/request.ts")).
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, formats, locales, timeZone } from "./config";
import { catalogs } from "./messages";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(locales, requested) ? requested : defaultLocale;
  return { locale, messages: catalogs[locale], timeZone, formats };
});
