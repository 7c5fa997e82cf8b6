// Counting legal terms (legal-deadlines.md, "Counting"; ГПК чл. 60–62 by analogy).
// Pure: no I/O, no clock reads. Dates are ISO calendar dates in Europe/Sofia.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { ClockType } from "./kinds";
import type { WorkingCalendar } from "./calendar";
import { DEFAULT_WARN_WORKING_DAYS, isMinuteTerm, type ClockRule, type KindPolicy, type Term } from "./policy";
import { addDaysIso, addMonthsIso, assertIsoDate } from "./iso-date";

export const SOFIA_TZ = "Europe/Sofia";

function assertInstant(instant: Date, what: string): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`${what} must be a valid Date`);
  }
}

/** The calendar date of `instant` in Europe/Sofia — for a receipt, the "day of receipt". */
export function sofiaDate(instant: Date): string {
  assertInstant(instant, "sofiaDate: instant");
  return format(new TZDate(instant.getTime(), SOFIA_TZ), "yyyy-MM-dd");
}

/** 00:00 Sofia time at the start of `date` (DST changes happen at 03:00/04:00, never at midnight). */
export function startOfSofiaDay(date: string): Date {
  assertIsoDate(date);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, 0, SOFIA_TZ).getTime());
}

/** 24:00 Sofia time at the end of `date` (= 00:00 of the next day), the instant a term ends. */
export function endOfSofiaDay(date: string): Date {
  return startOfSofiaDay(addDaysIso(date, 1));
}

/**
 * The last day of a term that starts on `startDate` (the day of the event — receipt,
 * decision — which itself is not counted):
 * - days: counting starts the next day; N days end on startDate + N (ГПК чл. 60(2));
 * - months: the same date N months later, or that month's last day if it has no such
 *   date (ГПК чл. 60(3));
 * - if that day is not a working day, the term ends on the next working day
 *   (ГПК чл. 60(6)).
 * `unrolledDate` is the day before that roll-forward.
 */
export function addTerm(startDate: string, term: Term, calendar: WorkingCalendar): { dueDate: string; unrolledDate: string } {
  assertIsoDate(startDate, "addTerm: startDate");
  if (isMinuteTerm(term)) throw new RangeError("addTerm: a term in minutes has no last day; computeClocks counts it from the instant");
  let unrolledDate: string;
  if ("days" in term) {
    if (!Number.isInteger(term.days) || term.days < 0) throw new RangeError(`addTerm: days must be a whole number ≥ 0, got ${term.days}`);
    unrolledDate = addDaysIso(startDate, term.days);
  } else {
    if (!Number.isInteger(term.months) || term.months < 0) {
      throw new RangeError(`addTerm: months must be a whole number ≥ 0, got ${term.months}`);
    }
    unrolledDate = addMonthsIso(startDate, term.months);
  }
  return { dueDate: calendar.nextWorkingDay(unrolledDate), unrolledDate };
}

export interface ClockDue {
  clock: ClockType;
  /** Last day of the term (ISO date, Europe/Sofia), after rolling past non-working days. */
  dueDate: string;
  /** The instant the term ends: 24:00 Sofia time of dueDate. */
  dueAt: Date;
  /** The law behind the term, e.g. "АПК чл. 121". */
  basis: string;
  /** The day the term counts from (not itself counted). */
  startDate: string;
  /** The last day before rolling forward past non-working days. */
  unrolledDate: string;
  /** The day the "due soon" warning is due (never before startDate). */
  warnDate: string;
  /** 00:00 Sofia time of warnDate. */
  warnAt: Date;
}

/** A clock started after receipt, e.g. FORWARD once the case is found not competent. */
export interface StartedClock {
  rule: ClockRule;
  /**
   * The day the term counts from. Defaults to what `rule.from` says: the day of receipt,
   * or the met/due date of the clock it chains from.
   */
  startDate?: string;
}

export interface ComputeClocksOptions {
  /**
   * Clocks started later than receipt (FORWARD_RULE, …). One with the same clock type as
   * a policy clock replaces that policy clock.
   */
  startedClocks?: ReadonlyArray<StartedClock>;
  /**
   * Days clocks were actually met (ISO, Sofia): a clock chained from a met clock counts
   * from that day rather than from its due date — NOTIFY from the day of the decision,
   * FEEDBACK from the day the acknowledgement was sent.
   */
  metDates?: Partial<Record<ClockType, string>>;
}

const CLOCK_ORDER: Readonly<Record<ClockType, number>> = {
  ACKNOWLEDGE: 0,
  FORWARD: 1,
  DECIDE: 2,
  NOTIFY: 3,
  FEEDBACK: 4,
  TARGET: 5,
};

/**
 * The clocks of a case received at `receivedAt`: those counting from receipt, those
 * started later (options.startedClocks), and those chained from them (NOTIFY from
 * DECIDE, FEEDBACK from ACKNOWLEDGE). A chained rule whose source clock is absent is
 * left out. Sorted by dueDate (ties: ACKNOWLEDGE, FORWARD, DECIDE, NOTIFY, FEEDBACK, TARGET).
 */
export function computeClocks(
  policy: KindPolicy,
  receivedAt: Date,
  calendar: WorkingCalendar,
  options: ComputeClocksOptions = {},
): ClockDue[] {
  assertInstant(receivedAt, "computeClocks: receivedAt");
  const receiptDate = sofiaDate(receivedAt);
  const metDates = options.metDates ?? {};
  for (const [clock, date] of Object.entries(metDates)) if (date !== undefined) assertIsoDate(date, `metDates.${clock}`);

  const pending = new Map<ClockType, StartedClock>();
  for (const rule of policy.clocks) pending.set(rule.clock, { rule });
  for (const started of options.startedClocks ?? []) {
    if (started.startDate !== undefined) assertIsoDate(started.startDate, `startedClocks.${started.rule.clock}.startDate`);
    pending.set(started.rule.clock, started);
  }

  const done = new Map<ClockType, ClockDue>();
  let progress = true;
  while (progress && pending.size > 0) {
    progress = false;
    for (const [clock, { rule, startDate: explicitStart }] of pending) {
      let startDate: string;
      if (explicitStart !== undefined) startDate = explicitStart;
      else if (rule.from === "RECEIPT") startDate = receiptDate;
      else {
        const source = done.get(rule.from);
        if (!source) continue; // not resolved yet (or never: then left out)
        startDate = metDates[rule.from] ?? source.dueDate;
      }
      if (isMinuteTerm(rule.term)) {
        done.set(clock, minuteClock(clock, rule, receivedAt, rule.term.minutes));
        pending.delete(clock);
        progress = true;
        continue;
      }
      const { dueDate, unrolledDate } = addTerm(startDate, rule.term, calendar);
      const lead = rule.warnBeforeWorkingDays ?? DEFAULT_WARN_WORKING_DAYS;
      const warned = warningDate(dueDate, lead, calendar);
      const warnDate = warned < startDate ? startDate : warned;
      done.set(clock, {
        clock,
        dueDate,
        dueAt: endOfSofiaDay(dueDate),
        basis: rule.basis,
        startDate,
        unrolledDate,
        warnDate,
        warnAt: startOfSofiaDay(warnDate),
      });
      pending.delete(clock);
      progress = true;
    }
  }

  return [...done.values()].sort((a, b) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : CLOCK_ORDER[a.clock] - CLOCK_ORDER[b.clock],
  );
}

/**
 * A test term in minutes (policy.ts `Term`): ends `minutes` after the instant of receipt,
 * warns halfway. No calendar: it exists so that tests and demonstrations can watch a
 * warning and a breach happen within minutes.
 */
function minuteClock(clock: ClockType, rule: ClockRule, receivedAt: Date, minutes: number): ClockDue {
  const dueAt = new Date(receivedAt.getTime() + minutes * 60_000);
  const warnAt = new Date(receivedAt.getTime() + Math.floor((minutes * 60_000) / 2));
  const dueDate = sofiaDate(dueAt);
  return { clock, dueDate, dueAt, basis: rule.basis, startDate: sofiaDate(receivedAt), unrolledDate: dueDate, warnDate: sofiaDate(warnAt), warnAt };
}

/**
 * The last day of a pausable term after a pause (policy.ts `pausable`): moved on by the
 * calendar days the case waited — from the day the pause began to the day it ended, the
 * first not counted (like the day of receipt), the last counted — then rolled forward
 * past non-working days (ГПК чл. 60(6)). A pause begun and ended on one day adds nothing.
 */
export function dueAfterPause(dueDate: string, pausedOn: string, resumedOn: string, calendar: WorkingCalendar): { dueDate: string; daysAdded: number } {
  assertIsoDate(dueDate, "dueAfterPause: dueDate");
  assertIsoDate(pausedOn, "dueAfterPause: pausedOn");
  assertIsoDate(resumedOn, "dueAfterPause: resumedOn");
  const daysAdded = Math.max(0, Math.round((Date.parse(`${resumedOn}T00:00:00Z`) - Date.parse(`${pausedOn}T00:00:00Z`)) / 86_400_000));
  if (daysAdded === 0) return { dueDate, daysAdded };
  return { dueDate: calendar.nextWorkingDay(addDaysIso(dueDate, daysAdded)), daysAdded };
}

/**
 * The date by which the citizen should have the written answer: the NOTIFY clock's due
 * date if there is one, else DECIDE's, else FEEDBACK's (whistleblower); null if none
 * (e.g. only an internal TARGET).
 */
export function answerDueDate(clocks: ReadonlyArray<Pick<ClockDue, "clock" | "dueDate">>): string | null {
  for (const type of ["NOTIFY", "DECIDE", "FEEDBACK"] as const) {
    const c = clocks.find((x) => x.clock === type);
    if (c) return c.dueDate;
  }
  return null;
}

/**
 * The day a "due soon" warning falls due: `workingDaysBefore` working days before `due`
 * (0 → `due` itself). Use DEFAULT_WARN_WORKING_DAYS (3) unless the rule says otherwise.
 */
export function warningDate(due: string, workingDaysBefore: number, calendar: WorkingCalendar): string {
  if (!Number.isInteger(workingDaysBefore) || workingDaysBefore < 0) {
    throw new RangeError(`warningDate: workingDaysBefore must be a whole number ≥ 0, got ${workingDaysBefore}`);
  }
  return calendar.addWorkingDays(due, -workingDaysBefore);
}
