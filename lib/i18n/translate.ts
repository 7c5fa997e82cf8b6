// Messages outside React: GraphQL error texts, e-mails, letters. Same catalogs, time
// zone and formats as the pages, so a due date reads the same everywhere.
import { createTranslator } from "next-intl";
import { defaultLocale, formats, isLocale, timeZone, type Locale } from "./config";
import { catalogs } from "./messages";

/**
 * A translator for one locale (unknown locales fall back to Bulgarian):
 * `translator("en")("fieldErrors.TOO_LONG", { max: 200 })`.
 */
export function translator(locale: Locale | string) {
  const l: Locale = isLocale(locale) ? locale : defaultLocale;
  return createTranslator({ locale: l, messages: catalogs[l], timeZone, formats });
}

export type Translator = ReturnType<typeof translator>;
