// A date range as the periods the pre-counted figures are kept by (migration
// dashboard_summary): whole years, whole months and single days for the figures of the
// cases received in the range; whole weeks and single days for the weekly trends. Fewer
// periods = fewer summary rows read: a year of cases is ~11 months + ~30 days, five years
// ~4 years + ~11 months + ~30 days. Pure.
import { addDaysIso, addMonthsIso, addYearsIso, dayOfWeekIso, type IsoDate } from "@/lib/domain/iso-date";

export interface CalendarTiles {
  /** 1 January of each whole year in the range. */
  years: IsoDate[];
  /** The 1st of each whole month not in a whole year. */
  months: IsoDate[];
  /** Every other day. */
  days: IsoDate[];
}

/** [from, to] (inclusive) as whole years, then whole months, then days — each day in exactly one. */
export function calendarTiles(from: IsoDate, to: IsoDate): CalendarTiles {
  const tiles: CalendarTiles = { years: [], months: [], days: [] };
  let d = from;
  while (d <= to) {
    const yearEnd = addDaysIso(addYearsIso(d, 1), -1);
    const monthEnd = addDaysIso(addMonthsIso(d, 1), -1);
    if (d.endsWith("-01-01") && yearEnd <= to) {
      tiles.years.push(d);
      d = addYearsIso(d, 1);
    } else if (d.endsWith("-01") && monthEnd <= to) {
      tiles.months.push(d);
      d = addMonthsIso(d, 1);
    } else {
      tiles.days.push(d);
      d = addDaysIso(d, 1);
    }
  }
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
