// Messages looked up by a key built at run time (an enum value, an error code), which
// the typed translator cannot check statically. Missing keys fall back to the key.
import type { Locale } from "@/lib/domain/kinds";
import { translator } from "@/lib/i18n/translate";

type Params = Record<string, string | number>;
type Loose = { (key: string, params?: Params): string; has(key: string): boolean };

export function message(locale: Locale, key: string, params?: Params): string {
  const t = translator(locale) as unknown as Loose;
  return t.has(key) ? t(key, params) : key;
}

export function hasMessage(locale: Locale, key: string): boolean {
  return (translator(locale) as unknown as Loose).has(key);
}
