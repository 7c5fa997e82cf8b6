// Calendar dates as ISO strings ("YYYY-MM-DD"), the form every domain rule speaks.
// A calendar date has no time zone; the arithmetic below runs on a TZDate pinned to UTC
// so that the process's own zone (and its DST changes) can never shift a day.
// Pure: no I/O.
import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, addYears, format, getDay } from "date-fns";

/** An ISO calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD (2027-02-29 is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC, so no zone involved).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Throws a RangeError naming `what` unless `value` is a valid ISO calendar date. */
export function assertIsoDate(value: unknown, what = "date"): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`${what} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
}

function toTz(date: IsoDate): TZDate {
  assertIsoDate(date);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, "UTC");
}

function fromTz(date: Date): IsoDate {
  return format(date, "yyyy-MM-dd");
}

/** The ISO date `n` calendar days after `date` (negative n: before). */
export function addDaysIso(date: IsoDate, n: number): IsoDate {
  return fromTz(addDays(toTz(date), n));
}

/**
 * The same day-of-month `n` months later; when that month is shorter, its last day
 * (date-fns clamps exactly like ГПК чл. 60(3): 31 Dec + 2 months → 28/29 Feb).
 */
export function addMonthsIso(date: IsoDate, n: number): IsoDate {
  return fromTz(addMonths(toTz(date), n));
}

/** The same date `n` years later; 29 Feb in a non-leap target year becomes 28 Feb. */
export function addYearsIso(date: IsoDate, n: number): IsoDate {
  return fromTz(addYears(toTz(date), n));
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeekIso(date: IsoDate): number {
  return getDay(toTz(date));
}

export function isWeekendIso(date: IsoDate): boolean {
  const d = dayOfWeekIso(date);
  return d === 0 || d === 6;
}

/** The ISO date for a year, month (1–12) and day. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  const s = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  assertIsoDate(s);
  return s;
}

/** The year of an ISO date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}
