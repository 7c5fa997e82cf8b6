// A date range as the periods the pre-counted figures are kept by (migration
// dashboard_summary): whole years, months, weeks and single days for the figures of the
// cases received in the range; whole weeks and single days for the weekly trends. Fewer
// periods = fewer summary rows read: a year of cases is ~11 months + ~4 weeks + a few
// days, five years ~4 years more. Pure.
import { addDaysIso, addMonthsIso, addYearsIso, dayOfWeekIso, type IsoDate } from "@/lib/domain/iso-date";

export interface CalendarTiles {
  /** 1 January of each whole year in the range. */
  years: IsoDate[];
  /** The 1st of each whole month not in a whole year. */
  months: IsoDate[];
  /** Mondays of the whole weeks in what is left (a week may straddle two months). */
  weeks: IsoDate[];
  /** Every other day. */
  days: IsoDate[];
}

/**
 * [from, to] (inclusive) as whole years, then whole months, then whole weeks of what is
 * left at either end, then days — each day in exactly one period.
 */
export function calendarTiles(from: IsoDate, to: IsoDate): CalendarTiles {
  const tiles: CalendarTiles = { years: [], months: [], weeks: [], days: [] };
  let leftover: IsoDate[] = [];
  const flush = () => {
    if (leftover.length > 0) {
      const w = weekTiles(leftover[0]!, leftover[leftover.length - 1]!);
      tiles.weeks.push(...w.weeks);
      tiles.days.push(...w.days);
      leftover = [];
    }
  };
  let d = from;
  while (d <= to) {
    const yearEnd = addDaysIso(addYearsIso(d, 1), -1);
    const monthEnd = addDaysIso(addMonthsIso(d, 1), -1);
    if (d.endsWith("-01-01") && yearEnd <= to) {
      flush();
      tiles.years.push(d);
      d = addYearsIso(d, 1);
    } else if (d.endsWith("-01") && monthEnd <= to) {
      flush();
      tiles.months.push(d);
      d = addMonthsIso(d, 1);
    } else {
      leftover.push(d);
      d = addDaysIso(d, 1);
    }
  }
  flush();
  return tiles;
}

export interface WeekTiles {
  /** Mondays of the weeks wholly in the range. */
  weeks: IsoDate[];
  /** The days of the clipped first and last weeks. */
  days: IsoDate[];
}

/** [from, to] (inclusive) as whole weeks (Monday first) and the days before and after them. */
export function weekTiles(from: IsoDate, to: IsoDate): WeekTiles {
  const tiles: WeekTiles = { weeks: [], days: [] };
  let d = from;
  while (d <= to) {
    if (dayOfWeekIso(d) === 1 && addDaysIso(d, 6) <= to) {
      tiles.weeks.push(d);
      d = addDaysIso(d, 7);
    } else {
      tiles.days.push(d);
      d = addDaysIso(d, 1);
    }
  }
  return tiles;
}

/** Monday of the week of `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDaysIso(date, -((dayOfWeekIso(date) + 6) % 7));
}

/** Weeks (Monday first) overlapping [from, to], each clipped to the range. */
export function weeksOf(from: IsoDate, to: IsoDate): { weekStart: IsoDate; from: IsoDate; to: IsoDate }[] {
  const weeks: { weekStart: IsoDate; from: IsoDate; to: IsoDate }[] = [];
  let monday = mondayOf(from);
  while (monday <= to) {
    const sunday = addDaysIso(monday, 6);
    weeks.push({ weekStart: monday, from: monday < from ? from : monday, to: sunday > to ? to : sunday });
    monday = addDaysIso(monday, 7);
  }
  return weeks;
}
