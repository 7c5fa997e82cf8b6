import { timeZone } from "./config";

// Due dates arrive as Sofia calendar dates ("2026-07-14"); formatters need an instant.
// Noon UTC falls on the same calendar day in Sofia (UTC+2/+3), so the date never shifts.
export function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

/** Today's date in Sofia as YYYY-MM-DD (for the date picker's max). */
export function todayInSofia(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Whole calendar days from today (Sofia) to a Sofia calendar date; negative when past. */
export function daysUntil(isoDate: string, now: Date = new Date()): number {
  const today = Date.parse(`${todayInSofia(now)}T00:00:00Z`);
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - today) / 86_400_000);
}
