// Pure parts of the pre-counted dashboard figures: how a date range becomes summary
// periods, percentiles from a histogram of days, and the column list against the schema.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { calendarTiles, mondayOf, weekTiles } from "@/lib/dashboard/periods";
import { histogramPercentile } from "@/lib/dashboard/histogram";
import { DAY_BUCKETS, MEASURE_COLUMNS } from "@/lib/dashboard/summary-columns";
import { addDaysIso, addMonthsIso, addYearsIso, dayOfWeekIso, type IsoDate } from "@/lib/domain/iso-date";

/** Every day of [from, to]. */
function daysOf(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDaysIso(d, 1)) out.push(d);
  return out;
}

describe("calendarTiles", () => {
  const expand = (t: ReturnType<typeof calendarTiles>) =>
    [
      ...t.years.flatMap((y) => daysOf(y, addDaysIso(addYearsIso(y, 1), -1))),
      ...t.months.flatMap((m) => daysOf(m, addDaysIso(addMonthsIso(m, 1), -1))),
      ...t.weeks.flatMap((w) => daysOf(w, addDaysIso(w, 6))),
      ...t.days,
    ].sort();

  it.each([
    ["2025-11-30", "2026-11-29"], // the default: the last 12 months
    ["2021-11-30", "2026-11-29"], // five years
    ["2024-01-01", "2024-12-31"], // one leap year exactly
    ["2024-02-01", "2024-02-29"],
    ["2026-03-05", "2026-03-05"],
    ["2023-12-31", "2024-01-01"],
    ["2020-03-01", "2026-02-28"],
  ])("%s … %s is covered once, by the fewest periods", (from, to) => {
    const t = calendarTiles(from, to);
    expect(expand(t)).toEqual(daysOf(from, to));
    for (const y of t.years) expect(y.endsWith("-01-01")).toBe(true);
    for (const m of t.months) expect(m.endsWith("-01")).toBe(true);
    for (const w of t.weeks) expect(dayOfWeekIso(w)).toBe(1);
    // A day left over is never part of a whole Monday-to-Sunday week of leftovers.
    const left = new Set(t.days);
    for (const d of t.days) {
      const monday = mondayOf(d);
      expect(daysOf(monday, addDaysIso(monday, 6)).every((x) => left.has(x)), `${d} should be in a week`).toBe(false);
    }
    // No whole month left as days, no whole year left as months.
    const monthsAsDays = new Set(t.days.map((d) => d.slice(0, 7)));
    for (const ym of monthsAsDays) {
      const first = `${ym}-01`;
      const last = addDaysIso(addMonthsIso(first as IsoDate, 1), -1);
      expect(first >= from && last <= to, `${ym} should be a month`).toBe(false);
    }
    const yearsAsMonths = new Set(t.months.map((m) => m.slice(0, 4)));
    for (const y of yearsAsMonths) expect(`${y}-01-01` >= from && `${y}-12-31` <= to, `${y} should be a year`).toBe(false);
  });

  it("a year of cases is 11 months, 4 weeks and 2 days; five years 4 years more", () => {
    // 30 Nov 2025 (a Sunday) + December … October + 1 Nov 2026 (a Sunday) + 2–29 November.
    const year = calendarTiles("2025-11-30", "2026-11-29");
    expect(year).toEqual({
      years: [],
      months: ["2025-12-01", "2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01"],
      weeks: ["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"],
      days: ["2025-11-30", "2026-11-01"],
    });
    const five = calendarTiles("2021-11-30", "2026-11-29");
    expect([five.years.length, five.months.length, five.weeks.length, five.days.length]).toEqual([4, 11, 4, 2]);
  });
});

describe("weekTiles", () => {
  it("whole weeks from Monday, the clipped ends as days", () => {
    const t = weekTiles("2026-11-04", "2026-11-29"); // Wednesday … Sunday
    expect(t.weeks).toEqual(["2026-11-09", "2026-11-16", "2026-11-23"]);
    expect(t.days).toEqual(["2026-11-04", "2026-11-05", "2026-11-06", "2026-11-07", "2026-11-08"]);
    for (const w of t.weeks) expect(dayOfWeekIso(w)).toBe(1);
    const all = [...t.weeks.flatMap((w) => daysOf(w, addDaysIso(w, 6))), ...t.days].sort();
    expect(all).toEqual(daysOf("2026-11-04", "2026-11-29"));
    expect(mondayOf("2026-11-29")).toBe("2026-11-23");
    expect(mondayOf("2026-11-23")).toBe("2026-11-23");
  });
});

describe("histogramPercentile", () => {
  const histogram = (values: number[]) => {
    const h = new Array<number>(DAY_BUCKETS).fill(0);
    for (const v of values) h[Math.min(v, DAY_BUCKETS - 1)]! += 1;
    return h;
  };
  /** percentile_cont over the values themselves. */
  const cont = (values: number[], p: number) => {
    const s = [...values].sort((a, b) => a - b);
    const pos = p * (s.length - 1);
    const lo = Math.floor(pos);
    return s[lo]! + (pos - lo) * (s[Math.ceil(pos)]! - s[lo]!);
  };

  it("equals percentile_cont over the day values", () => {
    expect(histogramPercentile(histogram([10, 100]), 0.5)).toBe(55);
    expect(histogramPercentile(histogram([10, 100]), 0.9)).toBeCloseTo(91, 9);
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let run = 0; run < 50; run++) {
      const values = Array.from({ length: 1 + Math.floor(random() * 40) }, () => Math.floor(random() * 120));
      for (const p of [0.5, 0.9, 0.1, 0]) expect(histogramPercentile(histogram(values), p)).toBeCloseTo(cont(values, p), 9);
    }
  });

  it("is null without answers; the last bucket stands for 120 days or more", () => {
    expect(histogramPercentile(histogram([]), 0.5)).toBeNull();
    expect(histogramPercentile([], 0.5)).toBeNull();
    expect(histogramPercentile(histogram([3, 400, 500]), 0.9)).toBe(120);
  });
});

describe("summary columns", () => {
  it("prisma/schema.prisma's CaseFigure has exactly the key and the listed measures, in order", () => {
    const schema = fs.readFileSync("prisma/schema.prisma", "utf8");
    const model = /model CaseFigure \{([\s\S]*?)\n\}/.exec(schema)![1]!;
    const fields = model
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("//") && !l.startsWith("@@"))
      .map((l) => l.split(/\s+/)[0]);
    expect(fields).toEqual(["grain", "period", "kind", "departmentId", "channel", "serviceUnitId", "dim", "value", ...MEASURE_COLUMNS]);
  });

  it("the migration's fold sums every measure", () => {
    const dir = fs.readdirSync("prisma/migrations").find((d) => d.endsWith("_dashboard_summary"))!;
    const sql = fs.readFileSync(`prisma/migrations/${dir}/migration.sql`, "utf8");
    for (const c of MEASURE_COLUMNS) {
      expect(sql, c).toContain(`AS "${c}"`);
      expect(sql, c).toContain(`"${c}" = "CaseFigure"."${c}" + EXCLUDED."${c}"`);
    }
  });
});
