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
  // One per language for the process: building a translator parses nothing up front,
  // but each new one starts with an empty message-format cache, which the submission
  // path (the "registered" e-mail) would pay for on every request.
  return (cache[l] ??= createLocaleTranslator(l));
}

function createLocaleTranslator(l: Locale) {
  return createTranslator({ locale: l, messages: catalogs[l], timeZone, formats });
}

export type Translator = ReturnType<typeof createLocaleTranslator>;
const cache: Partial<Record<Locale, Translator>> = {};
