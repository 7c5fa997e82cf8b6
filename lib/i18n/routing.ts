// Locale-prefixed URLs for every page (/bg/…, /tr/…, /en/…); "/" goes to the visitor's
// language from Accept-Language, or Bulgarian. https://next-intl.dev/docs/routing
import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./config";

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
});
