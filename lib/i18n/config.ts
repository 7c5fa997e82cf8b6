// Locales of the public pages and every message catalog. The list itself is domain data
// (lib/domain/kinds: cases remember their language), so it is re-exported, not repeated.
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "@/lib/domain/kinds";

export { isLocale, type Locale };
export const locales = LOCALES;
export const defaultLocale: Locale = DEFAULT_LOCALE;

/** Legal terms are counted in Sofia's calendar (legal-deadlines.md), so dates are shown there. */
export const timeZone = "Europe/Sofia";

/** Each language named in itself, for the language switch. */
export const localeNames: Record<Locale, string> = {
  bg: "Български",
  tr: "Türkçe",
  en: "English",
};

/** Named date formats shared by pages and by translator() (ICU `{date, date, full}`). */
export const formats = {
  dateTime: {
    short: { day: "numeric", month: "numeric", year: "numeric" },
    long: { day: "numeric", month: "long", year: "numeric" },
    full: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
    // 24-hour clock in every language, as on the municipality's notices.
    withTime: { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  },
} as const;
