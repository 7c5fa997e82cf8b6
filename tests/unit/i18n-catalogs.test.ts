// The three catalogs say the same things: same keys, every enum value of the domain has
// its words, and every message parses and formats (ICU) in its own language.
import { describe, expect, it } from "vitest";
import { APP_ERROR_CODES, FIELD_ERROR_CODES } from "@/lib/errors";
import { CASE_STATUSES, CHANNELS, CLOCK_TYPES, KINDS, NO_ANSWER_REASONS } from "@/lib/domain/kinds";
import { locales } from "@/lib/i18n/config";
import { catalogs } from "@/lib/i18n/messages";
import { translator } from "@/lib/i18n/translate";

type Tree = { [key: string]: string | string[] | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string | string[]> {
  const out = new Map<string, string | string[]>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string" || Array.isArray(value)) out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const byLocale = Object.fromEntries(locales.map((l) => [l, leaves(catalogs[l] as unknown as Tree)]));

describe("message catalogs", () => {
  it("bg, tr and en have exactly the same keys (and lists of the same length)", () => {
    const shape = (l: string) =>
      [...byLocale[l]!.entries()].map(([k, v]) => (Array.isArray(v) ? `${k}[${v.length}]` : k)).sort();
    expect(shape("tr")).toEqual(shape("bg"));
    expect(shape("en")).toEqual(shape("bg"));
  });

  it.each(locales)("%s words every kind, status, clock, reason, channel and error code", (locale) => {
    const keys = byLocale[locale]!;
    const expected = [
      ...KINDS.flatMap((k) => [`kinds.${k}.name`, `kinds.${k}.description`]),
      ...CASE_STATUSES.map((s) => `statuses.${s}`),
      ...CLOCK_TYPES.map((c) => `clocks.${c}`),
      ...NO_ANSWER_REASONS.map((r) => `noAnswerReasons.${r}`),
      ...CHANNELS.map((c) => `channels.${c}`),
      ...FIELD_ERROR_CODES.map((c) => `fieldErrors.${c}`),
      ...APP_ERROR_CODES.map((c) => `errors.${c}`),
      ...["CASE_RECEIVED", "CASE_ASSIGNED", "CASE_FORWARDED", "INFO_REQUESTED", "CASE_ANSWERED", "CASE_CLOSED"].map(
        (e) => `events.${e}`,
      ),
    ];
    expect(expected.filter((k) => !keys.has(k))).toEqual([]);
  });

  it.each(locales)("%s: every message formats without error", (locale) => {
    const t = translator(locale) as unknown as (key: string, values?: Record<string, unknown>) => string;
    for (const [key, value] of byLocale[locale]!) {
      if (Array.isArray(value)) continue;
      // Values by the argument's ICU type: {x, date…} a Date, {x, number|plural…} a number,
      // <tag>…</tag> a function, {x} a string.
      const values: Record<string, unknown> = {};
      for (const [, name, type] of value.matchAll(/\{\s*(\w+)\s*(?:,\s*(\w+))?/g)) {
        values[name!] = type === "date" || type === "time" ? new Date("2026-07-14T10:00:00Z") : type ? 2 : "x";
      }
      for (const [, tag] of value.matchAll(/<(\w+)>/g)) values[tag!] = (chunks: unknown) => chunks;
      expect(t(key, values), key).not.toBe(key);
    }
  });

  it("rate-limit messages say how many minutes", () => {
    expect(translator("en")("errors.RATE_LIMITED", { minutes: 1, seconds: 60 })).toContain("1 minute");
    expect(translator("bg")("errors.RATE_LIMITED", { minutes: 15, seconds: 900 })).toContain("15 минути");
    expect(translator("tr")("errors.RATE_LIMITED", { minutes: 15, seconds: 900 })).toContain("15 dakika");
  });
});
