// The Bulgarian working-day calendar (legal-deadlines.md, "Working days").
// Every expected value here was worked out from КТ чл. 154 and a printed calendar
// (weekdays cross-checked independently), not taken from the implementation's output.
import { describe, expect, it } from "vitest";
import { orthodoxEaster, overrideProblems, calendarOverridesSchema, WorkingCalendar, type NonWorkingReason } from "@/lib/domain/calendar";
import { addDaysIso, addMonthsIso, addYearsIso, dayOfWeekIso, isIsoDate } from "@/lib/domain/iso-date";

const PH: NonWorkingReason = "PUBLIC_HOLIDAY";
const E: NonWorkingReason = "EASTER";
const T: NonWorkingReason = "TRANSFERRED_HOLIDAY";

/** Weekday computed independently of the code under test (UTC midnight of the date). */
const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe("orthodoxEaster", () => {
  it.each([
    [2016, "2016-05-01"],
    [2018, "2018-04-08"],
    [2019, "2019-04-28"],
    [2020, "2020-04-19"],
    [2021, "2021-05-02"],
    [2022, "2022-04-24"],
    [2023, "2023-04-16"],
    [2024, "2024-05-05"],
    [2025, "2025-04-20"],
    [2026, "2026-04-12"],
    [2027, "2027-05-02"],
    [2028, "2028-04-16"],
    [2029, "2029-04-08"],
    [2030, "2030-04-28"],
    [2031, "2031-04-13"],
    [2034, "2034-04-09"],
  ])("%i → %s", (year, expected) => {
    expect(orthodoxEaster(year)).toBe(expected);
  });

  it("is always a Sunday between 4 April and 8 May (Gregorian) in 1900–2099", () => {
    for (let y = 1900; y <= 2099; y++) {
      const e = orthodoxEaster(y);
      expect(utcDay(e), `${y}: ${e}`).toBe(0);
      expect(e.slice(0, 4)).toBe(String(y));
      expect(e.slice(5) >= "04-04" && e.slice(5) <= "05-08", `${y}: ${e}`).toBe(true);
    }
  });

  it.each([1582, 4100, 2026.5, Number.NaN])("rejects year %s", (y) => {
    expect(() => orthodoxEaster(y)).toThrow(RangeError);
  });
});

// Statutory non-working days other than ordinary weekends, per year: fixed holidays
// (КТ чл. 154(1)), the four Easter days, and transfers (КТ чл. 154(2)): one working day
// off per non-Easter holiday falling on Sat/Sun, on the first Mon–Fri after it that is not
// itself a holiday, an Easter day or another transfer.
const STATUTORY: Record<number, [string, NonWorkingReason][]> = {
  2026: [
    ["2026-01-01", PH], // Thu
    ["2026-03-03", PH], // Tue
    ["2026-04-10", E], // Good Friday
    ["2026-04-11", E], // Holy Saturday
    ["2026-04-12", E], // Easter
    ["2026-04-13", E], // Easter Monday
    ["2026-05-01", PH], // Fri
    ["2026-05-06", PH], // Wed
    ["2026-05-24", PH], // Sun
    ["2026-05-25", T], // … → Mon
    ["2026-09-06", PH], // Sun
    ["2026-09-07", T], // … → Mon
    ["2026-09-22", PH], // Tue
    ["2026-12-24", PH], // Thu
    ["2026-12-25", PH], // Fri
    ["2026-12-26", PH], // Sat
    ["2026-12-28", T], // … → Mon (the worked example)
  ],
  2027: [
    ["2027-01-01", PH], // Fri
    ["2027-03-03", PH], // Wed
    ["2027-04-30", E], // Good Friday
    ["2027-05-01", PH], // Sat, also Holy Saturday
    ["2027-05-02", E], // Easter
    ["2027-05-03", E], // Easter Monday
    ["2027-05-04", T], // 1 May → first working day after Easter Monday (the worked example)
    ["2027-05-06", PH], // Thu
    ["2027-05-24", PH], // Mon
    ["2027-09-06", PH], // Mon
    ["2027-09-22", PH], // Wed
    ["2027-12-24", PH], // Fri
    ["2027-12-25", PH], // Sat
    ["2027-12-26", PH], // Sun
    ["2027-12-27", T], // for 25 Dec
    ["2027-12-28", T], // for 26 Dec
  ],
  2028: [
    ["2028-01-01", PH], // Sat
    ["2028-01-03", T], // … → Mon
    ["2028-03-03", PH], // Fri
    ["2028-04-14", E],
    ["2028-04-15", E],
    ["2028-04-16", E],
    ["2028-04-17", E],
    ["2028-05-01", PH], // Mon
    ["2028-05-06", PH], // Sat
    ["2028-05-08", T], // … → Mon
    ["2028-05-24", PH], // Wed
    ["2028-09-06", PH], // Wed
    ["2028-09-22", PH], // Fri
    ["2028-12-24", PH], // Sun
    ["2028-12-25", PH], // Mon
    ["2028-12-26", PH], // Tue
    ["2028-12-27", T], // 24 Dec → past 25 and 26 Dec → Wed
  ],
  2029: [
    ["2029-01-01", PH], // Mon
    ["2029-03-03", PH], // Sat
    ["2029-03-05", T], // … → Mon
    ["2029-04-06", E],
    ["2029-04-07", E],
    ["2029-04-08", E],
    ["2029-04-09", E],
    ["2029-05-01", PH], // Tue
    ["2029-05-06", PH], // Sun
    ["2029-05-07", T], // … → Mon
    ["2029-05-24", PH], // Thu
    ["2029-09-06", PH], // Thu
    ["2029-09-22", PH], // Sat
    ["2029-09-24", T], // … → Mon
    ["2029-12-24", PH], // Mon
    ["2029-12-25", PH],
    ["2029-12-26", PH],
  ],
  2030: [
    ["2030-01-01", PH], // Tue
    ["2030-03-03", PH], // Sun
    ["2030-03-04", T], // … → Mon
    ["2030-04-26", E],
    ["2030-04-27", E],
    ["2030-04-28", E],
    ["2030-04-29", E],
    ["2030-05-01", PH], // Wed
    ["2030-05-06", PH], // Mon
    ["2030-05-24", PH], // Fri
    ["2030-09-06", PH], // Fri
    ["2030-09-22", PH], // Sun
    ["2030-09-23", T], // … → Mon
    ["2030-12-24", PH], // Tue
    ["2030-12-25", PH],
    ["2030-12-26", PH],
  ],
};

describe("WorkingCalendar: statutory holidays 2026–2030", () => {
  const cal = new WorkingCalendar();

  it.each(Object.keys(STATUTORY).map(Number))("holidays(%i) lists exactly the statutory days", (year) => {
    expect(cal.holidays(year).map((h) => [h.date, h.reason])).toEqual(STATUTORY[year]);
  });

  const all = Object.values(STATUTORY).flat();
  it.each(all)("%s is not a working day (%s)", (date, reason) => {
    expect(cal.nonWorkingReason(date)).toBe(reason);
    expect(cal.isWorkingDay(date)).toBe(false);
  });

  it("every other weekday of 2026–2030 is a working day, every other weekend day is WEEKEND", () => {
    const listed = new Set(all.map(([d]) => d));
    for (let d = "2026-01-01"; d <= "2030-12-31"; d = addDaysIso(d, 1)) {
      if (listed.has(d)) continue;
      const weekend = utcDay(d) === 0 || utcDay(d) === 6;
      expect(cal.nonWorkingReason(d), d).toBe(weekend ? "WEEKEND" : null);
    }
  });

  it("names coinciding holidays together (1 May 2027 is also Holy Saturday)", () => {
    const h = cal.holidays(2027).find((x) => x.date === "2027-05-01");
    expect(h?.name).toContain("Ден на труда");
    expect(h?.name).toContain("Велика събота");
  });

  it("names the holiday a transfer stands for", () => {
    expect(cal.holidays(2026).find((x) => x.date === "2026-12-28")?.name).toContain("2026-12-26");
    expect(cal.holidays(2027).find((x) => x.date === "2027-05-04")?.name).toContain("2027-05-01");
  });
});

describe("WorkingCalendar: the worked examples of legal-deadlines.md", () => {
  const cal = new WorkingCalendar();
  it("2026-12-26 is a Saturday → Monday 2026-12-28 is a day off", () => {
    expect(utcDay("2026-12-26")).toBe(6);
    expect(cal.nonWorkingReason("2026-12-28")).toBe("TRANSFERRED_HOLIDAY");
    expect(cal.isWorkingDay("2026-12-29")).toBe(true);
  });
  it("Easter 2026: Good Friday 10 April … Easter Monday 13 April, Tuesday 14 April works", () => {
    expect(orthodoxEaster(2026)).toBe("2026-04-12");
    expect(["2026-04-10", "2026-04-11", "2026-04-12", "2026-04-13"].map((d) => cal.nonWorkingReason(d))).toEqual([E, E, E, E]);
    expect(cal.isWorkingDay("2026-04-09")).toBe(true);
    expect(cal.isWorkingDay("2026-04-14")).toBe(true);
  });
  it("2027: 1 May (Saturday) = Holy Saturday → the transfer is Tuesday 4 May, after Easter Monday", () => {
    expect(utcDay("2027-05-01")).toBe(6);
    expect(cal.nonWorkingReason("2027-05-03")).toBe("EASTER");
    expect(cal.nonWorkingReason("2027-05-04")).toBe("TRANSFERRED_HOLIDAY");
    expect(cal.isWorkingDay("2027-05-05")).toBe(true); // Wednesday
    expect(cal.nonWorkingReason("2027-05-06")).toBe("PUBLIC_HOLIDAY"); // Thursday, St George's day
    expect(cal.isWorkingDay("2027-05-07")).toBe(true);
  });
});

describe("WorkingCalendar: transfers in past years match the published calendars", () => {
  const cal = new WorkingCalendar();
  const transfers = (y: number) => cal.holidays(y).filter((h) => h.reason === "TRANSFERRED_HOLIDAY").map((h) => h.date);
  it.each([
    // 1 May = Holy Saturday (same layout as 2027); 25/26 Dec on Sat/Sun.
    [2021, ["2021-05-04", "2021-12-27", "2021-12-28"]],
    // 1 Jan Sat; 1 May Sun; 24/25 Dec Sat/Sun with 26 Dec a Monday → Tue and Wed.
    [2022, ["2022-01-03", "2022-05-02", "2022-12-27", "2022-12-28"]],
    // 1 Jan Sun; 6 May Sat; 24 Dec Sun → past 25/26 Dec → Wed 27.
    [2023, ["2023-01-02", "2023-05-08", "2023-12-27"]],
    // 3 Mar Sun; 22 Sep Sun. (6 May = Easter Monday, a weekday: no transfer.)
    [2024, ["2024-03-04", "2024-09-23"]],
    // 24 May Sat; 6 Sep Sat.
    [2025, ["2025-05-26", "2025-09-08"]],
  ])("%i", (year, expected) => {
    expect(transfers(year)).toEqual(expected);
  });
  it("6 May 2024 is both Easter Monday and St George's day: one entry, PUBLIC_HOLIDAY", () => {
    const h = cal.holidays(2024).filter((x) => x.date === "2024-05-06");
    expect(h).toHaveLength(1);
    expect(h[0]?.reason).toBe("PUBLIC_HOLIDAY");
    expect(h[0]?.name).toContain("Гергьовден");
  });
});

describe("WorkingCalendar: ordinary days", () => {
  const cal = new WorkingCalendar();
  it.each([
    ["2026-12-31", null], // Thursday, New Year's Eve is a working day
    ["2027-01-04", null], // Monday after New Year
    ["2027-11-01", null], // Monday; 1 Nov is a holiday for schools only
    ["2026-03-02", null], // Monday before 3 March
    ["2026-12-27", "WEEKEND"], // Sunday between Christmas and the transfer
    ["2026-03-07", "WEEKEND"],
    ["2026-03-08", "WEEKEND"],
  ] as const)("%s → %s", (date, reason) => {
    expect(cal.nonWorkingReason(date)).toBe(reason);
  });

  it.each([
    ["2026-12-24", "2026-12-29"], // Thu hol, Fri hol, Sat hol, Sun, Mon transfer → Tue
    ["2026-12-29", "2026-12-29"], // already a working day
    ["2027-04-30", "2027-05-05"], // Good Friday … transfer Tue → Wed
    ["2027-12-24", "2027-12-29"],
    ["2028-12-23", "2028-12-28"], // Sat, Sun hol, Mon hol, Tue hol, Wed transfer → Thu
    ["2029-12-29", "2029-12-31"], // Saturday → Monday 31 Dec
    ["2029-12-31", "2029-12-31"],
    ["2030-01-01", "2030-01-02"],
    ["2026-05-23", "2026-05-26"], // Sat, Sun hol, Mon transfer → Tue
  ])("nextWorkingDay(%s) = %s", (date, expected) => {
    expect(cal.nextWorkingDay(date)).toBe(expected);
  });

  it.each([
    ["2026-12-28", "2026-12-23"], // transfer, Sun, Sat hol, Fri hol, Thu hol → Wed
    ["2026-04-13", "2026-04-09"], // Easter Monday … Good Friday → Thu
    ["2026-06-07", "2026-06-05"], // Sunday → Friday
    ["2026-06-05", "2026-06-05"], // already a working day
  ])("previousWorkingDay(%s) = %s", (date, expected) => {
    expect(cal.previousWorkingDay(date)).toBe(expected);
  });

  it.each([
    ["2026-12-23", 1, "2026-12-29"],
    ["2026-12-23", 2, "2026-12-30"],
    ["2026-12-29", -1, "2026-12-23"],
    ["2026-12-29", -3, "2026-12-21"],
    ["2026-06-05", 0, "2026-06-05"],
    ["2026-06-06", 0, "2026-06-06"], // 0 never moves, even from a Saturday
    ["2026-06-06", 1, "2026-06-08"],
    ["2026-06-06", -1, "2026-06-05"],
    ["2027-04-29", 1, "2027-05-05"],
  ] as const)("addWorkingDays(%s, %i) = %s", (date, n, expected) => {
    expect(cal.addWorkingDays(date, n)).toBe(expected);
  });

  it.each(["2026-02-30", "2026-13-01", "26-01-01", "2026-1-1", "", "2026-01-01T00:00:00Z"])("rejects %j", (bad) => {
    expect(() => cal.isWorkingDay(bad)).toThrow(RangeError);
  });
});

describe("WorkingCalendar: administrator overrides", () => {
  it("a declared day off is non-working and listed", () => {
    // Hypothetical: the Council of Ministers declares Thursday 31 Dec 2026 a day off.
    const cal = new WorkingCalendar({ daysOff: ["2026-12-31"] });
    expect(cal.nonWorkingReason("2026-12-31")).toBe("DECLARED_DAY_OFF");
    expect(cal.holidays(2026).at(-1)).toMatchObject({ date: "2026-12-31", reason: "DECLARED_DAY_OFF" });
    expect(cal.nextWorkingDay("2026-12-31")).toBe("2027-01-04"); // Fri 1 Jan hol, Sat, Sun
  });

  it("a working Saturday is a working day; other Saturdays are not", () => {
    const cal = new WorkingCalendar({ workingDays: ["2026-12-19"] });
    expect(cal.isWorkingDay("2026-12-19")).toBe(true);
    expect(cal.nonWorkingReason("2026-12-12")).toBe("WEEKEND");
    expect(cal.nonWorkingReason("2026-12-20")).toBe("WEEKEND");
  });

  it("a local holiday is non-working and listed", () => {
    // Hypothetical municipal holiday on Monday 15 June 2026.
    const cal = new WorkingCalendar({ localHolidays: ["2026-06-15"] });
    expect(cal.nonWorkingReason("2026-06-15")).toBe("LOCAL_HOLIDAY");
    expect(cal.holidays(2026).find((h) => h.date === "2026-06-15")?.reason).toBe("LOCAL_HOLIDAY");
    expect(cal.nextWorkingDay("2026-06-13")).toBe("2026-06-16");
  });

  it("a local holiday on a weekend causes no transfer (КТ чл. 154(2) is about official holidays)", () => {
    const cal = new WorkingCalendar({ localHolidays: ["2026-06-13"] }); // Saturday
    expect(cal.nonWorkingReason("2026-06-13")).toBe("LOCAL_HOLIDAY");
    expect(cal.isWorkingDay("2026-06-15")).toBe(true);
  });

  it("an official holiday stays a holiday even if listed as a working day", () => {
    const cal = new WorkingCalendar({ workingDays: ["2026-12-26", "2026-04-11"] });
    expect(cal.nonWorkingReason("2026-12-26")).toBe("PUBLIC_HOLIDAY");
    expect(cal.nonWorkingReason("2026-04-11")).toBe("EASTER");
  });

  it("a working day cancels a computed transfer (escape hatch for a change in the law)", () => {
    const cal = new WorkingCalendar({ workingDays: ["2026-12-28"] });
    expect(cal.isWorkingDay("2026-12-28")).toBe(true);
    expect(cal.holidays(2026).some((h) => h.date === "2026-12-28")).toBe(false);
  });

  it("a declared day off on a holiday keeps the holiday's reason", () => {
    const cal = new WorkingCalendar({ daysOff: ["2026-05-06"] });
    expect(cal.nonWorkingReason("2026-05-06")).toBe("PUBLIC_HOLIDAY");
    expect(cal.holidays(2026).filter((h) => h.date === "2026-05-06")).toHaveLength(1);
  });

  it("overrides do not leak between calendars (per-year caches)", () => {
    const withOverride = new WorkingCalendar({ daysOff: ["2026-06-16"] });
    const plain = new WorkingCalendar();
    expect(withOverride.holidays(2026).some((h) => h.date === "2026-06-16")).toBe(true);
    expect(plain.holidays(2026).some((h) => h.date === "2026-06-16")).toBe(false);
    expect(plain.isWorkingDay("2026-06-16")).toBe(true);
  });

  it("holidays() returns copies the caller cannot use to corrupt the cache", () => {
    const cal = new WorkingCalendar();
    const first = cal.holidays(2026);
    first[0]!.reason = "WEEKEND";
    first.pop();
    expect(cal.holidays(2026)).toHaveLength(STATUTORY[2026]!.length);
    expect(cal.holidays(2026)[0]?.reason).toBe("PUBLIC_HOLIDAY");
  });

  it("rejects malformed override dates", () => {
    expect(() => new WorkingCalendar({ daysOff: ["31.12.2026"] })).toThrow(/daysOff/);
    expect(() => new WorkingCalendar({ workingDays: ["2026-02-29"] })).toThrow(/workingDays/);
    expect(() => new WorkingCalendar({ localHolidays: [""] })).toThrow(/localHolidays/);
  });

  it("exposes its overrides", () => {
    const cal = new WorkingCalendar({ daysOff: ["2026-12-31", "2026-06-16"] });
    expect(cal.overrides).toEqual({ daysOff: ["2026-06-16", "2026-12-31"], workingDays: [], localHolidays: [] });
  });

  it("never finds a working day in a year of days off → a clear error, not a hang", () => {
    const daysOff: string[] = [];
    for (let d = "2026-01-01"; d <= "2027-12-31"; d = addDaysIso(d, 1)) daysOff.push(d);
    expect(() => new WorkingCalendar({ daysOff }).nextWorkingDay("2026-01-01")).toThrow(/no working day/);
  });
});

describe("overrideProblems and calendarOverridesSchema", () => {
  it("accepts a consistent table", () => {
    expect(overrideProblems({ daysOff: ["2026-12-31"], workingDays: ["2026-12-19"], localHolidays: ["2026-06-15"] })).toEqual([]);
  });
  it.each([
    [{ daysOff: ["2026-12-19"], workingDays: ["2026-12-19"] }, /both a declared day off and a working day/],
    [{ localHolidays: ["2026-12-19"], workingDays: ["2026-12-19"] }, /both a local holiday and a working day/],
    [{ workingDays: ["2026-12-25"] }, /official holiday/],
    [{ workingDays: ["2026-12-22"] }, /already a working day/],
    [{ daysOff: ["not-a-date"] }, /not a calendar date/],
  ])("%j → %s", (table, message) => {
    expect(overrideProblems(table).join("\n")).toMatch(message);
  });
  it("parses stored JSON, defaulting missing lists", () => {
    expect(calendarOverridesSchema.parse({ daysOff: ["2026-12-31"] })).toEqual({
      daysOff: ["2026-12-31"],
      workingDays: [],
      localHolidays: [],
    });
    expect(calendarOverridesSchema.safeParse({ daysOff: ["2026-02-30"] }).success).toBe(false);
    expect(calendarOverridesSchema.safeParse({ holidays: [] }).success).toBe(false);
  });
});

describe("iso-date helpers (process time zone never matters)", () => {
  it.each([
    ["2026-01-31", 1, "2026-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2026-12-31", 2, "2027-02-28"],
    ["2027-12-31", 2, "2028-02-29"],
    ["2026-03-31", 2, "2026-05-31"],
    ["2026-08-31", 1, "2026-09-30"],
    ["2026-03-29", 1, "2026-04-29"],
  ])("addMonthsIso(%s, %i) = %s", (d, n, e) => {
    expect(addMonthsIso(d, n)).toBe(e);
  });
  it.each([
    ["2026-03-28", 1, "2026-03-29"], // across the spring DST change
    ["2026-03-29", 1, "2026-03-30"],
    ["2026-10-24", 1, "2026-10-25"], // across the autumn DST change
    ["2026-10-25", 1, "2026-10-26"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2027-02-28", 1, "2027-03-01"],
    ["2026-01-01", -1, "2025-12-31"],
  ])("addDaysIso(%s, %i) = %s", (d, n, e) => {
    expect(addDaysIso(d, n)).toBe(e);
  });
  it("addYearsIso clamps 29 Feb", () => {
    expect(addYearsIso("2028-02-29", 2)).toBe("2030-02-28");
    expect(addYearsIso("2026-03-15", 2)).toBe("2028-03-15");
  });
  it("dayOfWeekIso agrees with UTC weekdays over five years", () => {
    for (let d = "2026-01-01"; d <= "2030-12-31"; d = addDaysIso(d, 1)) expect(dayOfWeekIso(d)).toBe(utcDay(d));
  });
  it.each([
    ["2026-02-28", true],
    ["2028-02-29", true],
    ["2027-02-29", false],
    ["2100-02-29", false],
    ["2000-02-29", true],
    ["2026-04-31", false],
    ["2026-00-10", false],
    [" 2026-01-01", false],
    [20260101, false],
    [null, false],
  ])("isIsoDate(%j) = %s", (v, e) => {
    expect(isIsoDate(v)).toBe(e);
  });
});
