// The Bulgarian working-day calendar (legal-deadlines.md, "Working days").
// Pure: no I/O. Dates are ISO calendar dates ("YYYY-MM-DD").
//
// Hand-written rather than taken from the npm package `date-holidays`: its BG data has
// no Holy Saturday, marks 26 Dec as a mere observance, and models neither the transfer
// rule of КТ чл. 154(2) nor the administrator's overrides (declared days off, working
// Saturdays, local holidays), so it would give wrong deadlines.
import { z } from "zod";
import { addDaysIso, assertIsoDate, isIsoDate, isoDate, isWeekendIso, yearOf, type IsoDate } from "./iso-date";

export type NonWorkingReason =
  | "WEEKEND"
  | "PUBLIC_HOLIDAY"
  | "EASTER"
  | "TRANSFERRED_HOLIDAY"
  | "DECLARED_DAY_OFF"
  | "LOCAL_HOLIDAY";

export interface CalendarOverrides {
  /** Days off declared by the Council of Ministers (КТ чл. 154(3)). */
  daysOff: string[];
  /** Saturdays (or Sundays) declared working days in exchange. */
  workingDays: string[];
  /** Local holidays declared by the municipal council (ЗМСМА чл. 21(1) т.23). */
  localHolidays: string[];
}

export interface Holiday {
  date: string;
  reason: NonWorkingReason;
  /** Bulgarian name; names of coinciding holidays are joined with " / ". */
  name: string;
}

// ---------------------------------------------------------------------------------------
// Orthodox Easter

/** Earliest and latest years for which the Julian→Gregorian offset below is right. */
const EASTER_MIN_YEAR = 1583;
const EASTER_MAX_YEAR = 4099;

/**
 * Orthodox Easter Sunday as a Gregorian ISO date. Meeus's Julian algorithm gives the
 * Julian-calendar date; the Julian→Gregorian offset is then added (13 days for
 * 1900–2099; in general ⌊Y/100⌋ − ⌊Y/400⌋ − 2, which holds for every date after
 * Julian 29 February of year Y, and Easter always is).
 */
export function orthodoxEaster(year: number): string {
  if (!Number.isInteger(year) || year < EASTER_MIN_YEAR || year > EASTER_MAX_YEAR) {
    throw new RangeError(`orthodoxEaster: year must be an integer in ${EASTER_MIN_YEAR}–${EASTER_MAX_YEAR}, got ${year}`);
  }
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31); // 3 = March, 4 = April (Julian)
  const day = ((d + e + 114) % 31) + 1;
  const offset = Math.floor(year / 100) - Math.floor(year / 400) - 2; // 13 in 1900–2099
  return addDaysIso(isoDate(year, month, day), offset);
}

// ---------------------------------------------------------------------------------------
// Statutory holidays (КТ чл. 154(1)) and transfers (КТ чл. 154(2))

/** Fixed-date official holidays, КТ чл. 154(1). 1 Nov is a holiday for schools only. */
export const FIXED_HOLIDAYS: ReadonlyArray<{ month: number; day: number; name: string }> = [
  { month: 1, day: 1, name: "Нова година" },
  { month: 3, day: 3, name: "Ден на Освобождението на България" },
  { month: 5, day: 1, name: "Ден на труда" },
  { month: 5, day: 6, name: "Гергьовден, Ден на храбростта и Българската армия" },
  { month: 5, day: 24, name: "Ден на светите братя Кирил и Методий, на българската азбука, просвета и култура" },
  { month: 9, day: 6, name: "Ден на Съединението" },
  { month: 9, day: 22, name: "Ден на Независимостта на България" },
  { month: 12, day: 24, name: "Бъдни вечер" },
  { month: 12, day: 25, name: "Рождество Христово" },
  { month: 12, day: 26, name: "Рождество Христово" },
];

/** The Easter holidays, offsets from Easter Sunday (КТ чл. 154(1)). */
const EASTER_DAYS: ReadonlyArray<{ offset: number; name: string }> = [
  { offset: -2, name: "Велики петък" },
  { offset: -1, name: "Велика събота" },
  { offset: 0, name: "Великден" },
  { offset: 1, name: "Великден (понеделник)" },
];

type StatutoryReason = "PUBLIC_HOLIDAY" | "EASTER" | "TRANSFERRED_HOLIDAY";
interface StatutoryDay {
  reason: StatutoryReason;
  names: string[];
}

/** Fixed holidays and Easter days of one year (no transfers), by date. */
function holidaysWithoutTransfers(year: number): Map<IsoDate, StatutoryDay> {
  const days = new Map<IsoDate, StatutoryDay>();
  for (const h of FIXED_HOLIDAYS) {
    days.set(isoDate(year, h.month, h.day), { reason: "PUBLIC_HOLIDAY", names: [h.name] });
  }
  const easter = orthodoxEaster(year);
  for (const e of EASTER_DAYS) {
    const date = addDaysIso(easter, e.offset);
    const existing = days.get(date);
    // A fixed holiday that is also an Easter day (1 May 2027 = Holy Saturday) keeps the
    // reason PUBLIC_HOLIDAY: it is the one that triggers a transfer.
    if (existing) existing.names.push(e.name);
    else days.set(date, { reason: "EASTER", names: [e.name] });
  }
  return days;
}

const baseCache = new Map<number, Map<IsoDate, StatutoryDay>>();
function baseHolidays(year: number): Map<IsoDate, StatutoryDay> {
  let days = baseCache.get(year);
  if (!days) {
    days = holidaysWithoutTransfers(year);
    baseCache.set(year, days);
  }
  return days;
}

function isBaseHoliday(date: IsoDate): boolean {
  return baseHolidays(yearOf(date)).has(date);
}

/**
 * The days off that КТ чл. 154(2) adds, computed for the holidays of `year`:
 * "when the official holidays under para 1, except the Easter holidays, fall on a
 * Saturday and/or Sunday, the first one or two working days after them are days off".
 * One transferred day per such holiday, in date order; each lands on the first
 * Monday–Friday after the holiday that is neither an official holiday, an Easter day,
 * nor already a transferred day (so 24–26 Dec on Fri/Sat/Sun give Mon + Tue, and
 * 1 May 2027 — a Saturday that is also Holy Saturday — gives Tue 4 May, after Easter
 * Monday). Statutory only: the administrator's overrides do not move a transfer.
 */
function transfersFor(year: number): Map<IsoDate, string> {
  const taken = new Map<IsoDate, string>();
  const fixed = FIXED_HOLIDAYS.map((h) => ({ date: isoDate(year, h.month, h.day), name: h.name }));
  for (const h of fixed) {
    if (!isWeekendIso(h.date)) continue;
    let d = addDaysIso(h.date, 1);
    while (isWeekendIso(d) || isBaseHoliday(d) || taken.has(d)) d = addDaysIso(d, 1);
    taken.set(d, `Почивен ден вместо ${h.name} (${h.date}), КТ чл. 154(2)`);
  }
  return taken;
}

const statutoryCache = new Map<number, Map<IsoDate, StatutoryDay>>();

/** Every statutory non-working day (other than ordinary weekends) dated in `year`. */
function statutoryDays(year: number): Map<IsoDate, StatutoryDay> {
  let days = statutoryCache.get(year);
  if (days) return days;
  days = new Map(Array.from(baseHolidays(year), ([k, v]) => [k, { reason: v.reason, names: [...v.names] }]));
  // A transfer may in principle cross into the next year, so look at the previous
  // year's holidays too (with today's list it never does: 26 Dec → 28 Dec at the latest).
  for (const source of [year - 1, year]) {
    for (const [date, name] of transfersFor(source)) {
      if (yearOf(date) === year && !days.has(date)) days.set(date, { reason: "TRANSFERRED_HOLIDAY", names: [name] });
    }
  }
  statutoryCache.set(year, days);
  return days;
}

// ---------------------------------------------------------------------------------------
// Overrides

const isoDateSchema = z.string().refine(isIsoDate, { message: "must be a calendar date YYYY-MM-DD" });

/** Validates the administrator's override table (as stored in JSON). */
export const calendarOverridesSchema = z.strictObject({
  daysOff: z.array(isoDateSchema).default([]),
  workingDays: z.array(isoDateSchema).default([]),
  localHolidays: z.array(isoDateSchema).default([]),
});

/**
 * Contradictions in an override table, as sentences for the administrator (empty when
 * consistent). The calendar still works with such a table, by the precedence documented
 * on `WorkingCalendar.nonWorkingReason`; the admin UI should refuse to save it.
 */
export function overrideProblems(overrides: Partial<CalendarOverrides>): string[] {
  const problems: string[] = [];
  const daysOff = new Set(overrides.daysOff ?? []);
  const local = new Set(overrides.localHolidays ?? []);
  for (const d of overrides.workingDays ?? []) {
    if (!isIsoDate(d)) continue;
    if (daysOff.has(d)) problems.push(`${d} is both a declared day off and a working day`);
    if (local.has(d)) problems.push(`${d} is both a local holiday and a working day`);
    const s = statutoryDays(yearOf(d)).get(d);
    if (s && s.reason !== "TRANSFERRED_HOLIDAY") problems.push(`${d} is an official holiday (КТ чл. 154(1)) and cannot be a working day`);
    if (!s && !isWeekendIso(d)) problems.push(`${d} is a weekday that is already a working day`);
  }
  for (const list of [overrides.daysOff, overrides.workingDays, overrides.localHolidays]) {
    for (const d of list ?? []) if (!isIsoDate(d)) problems.push(`${JSON.stringify(d)} is not a calendar date YYYY-MM-DD`);
  }
  return problems;
}

/** A walk over the calendar that finds no working day within this many days is a bug or a broken table. */
const MAX_SCAN_DAYS = 366;

export class WorkingCalendar {
  private readonly daysOff: ReadonlySet<string>;
  private readonly workingDays: ReadonlySet<string>;
  private readonly localHolidays: ReadonlySet<string>;
  private readonly holidayCache = new Map<number, Holiday[]>();

  constructor(overrides: Partial<CalendarOverrides> = {}) {
    const check = (list: string[] | undefined, what: string): ReadonlySet<string> => {
      for (const d of list ?? []) assertIsoDate(d, `calendar override (${what})`);
      return new Set(list ?? []);
    };
    this.daysOff = check(overrides.daysOff, "daysOff");
    this.workingDays = check(overrides.workingDays, "workingDays");
    this.localHolidays = check(overrides.localHolidays, "localHolidays");
  }

  /** The overrides this calendar was built with (copies). */
  get overrides(): CalendarOverrides {
    return {
      daysOff: [...this.daysOff].sort(),
      workingDays: [...this.workingDays].sort(),
      localHolidays: [...this.localHolidays].sort(),
    };
  }

  /**
   * Why `date` is not a working day, or null if it is one. Precedence (first match):
   * 1. official holiday / Easter day (КТ чл. 154(1)) — never made a working day;
   * 2. day off declared by the Council of Ministers;
   * 3. local holiday;
   * 4. declared working day — overrides a weekend and a computed transfer (the latter
   *    is the administrator's escape hatch should the law's transfer rule change);
   * 5. transferred holiday (КТ чл. 154(2));
   * 6. Saturday or Sunday.
   */
  nonWorkingReason(date: string): NonWorkingReason | null {
    assertIsoDate(date);
    const statutory = statutoryDays(yearOf(date)).get(date);
    if (statutory && statutory.reason !== "TRANSFERRED_HOLIDAY") return statutory.reason;
    if (this.daysOff.has(date)) return "DECLARED_DAY_OFF";
    if (this.localHolidays.has(date)) return "LOCAL_HOLIDAY";
    if (this.workingDays.has(date)) return null;
    if (statutory) return statutory.reason;
    if (isWeekendIso(date)) return "WEEKEND";
    return null;
  }

  isWorkingDay(date: string): boolean {
    return this.nonWorkingReason(date) === null;
  }

  /** The first working day on or after `date`. */
  nextWorkingDay(date: string): string {
    let d = date;
    for (let i = 0; i <= MAX_SCAN_DAYS; i++) {
      if (this.isWorkingDay(d)) return d;
      d = addDaysIso(d, 1);
    }
    throw new Error(`no working day within ${MAX_SCAN_DAYS} days from ${date}; check the calendar overrides`);
  }

  /** The last working day on or before `date`. */
  previousWorkingDay(date: string): string {
    let d = date;
    for (let i = 0; i <= MAX_SCAN_DAYS; i++) {
      if (this.isWorkingDay(d)) return d;
      d = addDaysIso(d, -1);
    }
    throw new Error(`no working day within ${MAX_SCAN_DAYS} days before ${date}; check the calendar overrides`);
  }

  /**
   * Moves `n` working days from `date` (n < 0: backwards), counting only working days
   * and not `date` itself; n = 0 returns `date` unchanged.
   */
  addWorkingDays(date: string, n: number): string {
    assertIsoDate(date);
    if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`);
    const step = n < 0 ? -1 : 1;
    let d = date;
    for (let left = Math.abs(n); left > 0; left--) {
      d = addDaysIso(d, step);
      d = step > 0 ? this.nextWorkingDay(d) : this.previousWorkingDay(d);
    }
    return d;
  }

  /**
   * Every non-working day of `year` other than ordinary weekends: official holidays,
   * Easter days, transfers, declared days off and local holidays (minus any a declared
   * working day cancels), one entry per date, sorted by date.
   */
  holidays(year: number): Holiday[] {
    const cached = this.holidayCache.get(year);
    if (cached) return cached.map((h) => ({ ...h }));
    const names = new Map<string, string[]>();
    const add = (date: string, name: string) => {
      const list = names.get(date);
      if (list) list.push(name);
      else names.set(date, [name]);
    };
    for (const [date, s] of statutoryDays(year)) for (const n of s.names) add(date, n);
    for (const d of this.daysOff) if (yearOf(d) === year) add(d, "Почивен ден, обявен от Министерския съвет");
    for (const d of this.localHolidays) if (yearOf(d) === year) add(d, "Местен празник (решение на Общинския съвет)");
    const list: Holiday[] = [];
    for (const [date, n] of names) {
      const reason = this.nonWorkingReason(date);
      if (reason !== null) list.push({ date, reason, name: n.join(" / ") });
    }
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    this.holidayCache.set(year, list);
    return list.map((h) => ({ ...h }));
  }
}
