// Counting legal terms (legal-deadlines.md, "Counting"; ГПК чл. 60–62 by analogy).
// Expected values were reasoned from the rules and a printed calendar, not copied from
// the implementation. Comments give the reasoning for each row.
import { describe, expect, it } from "vitest";
import { WorkingCalendar } from "@/lib/domain/calendar";
import {
  addTerm,
  answerDueDate,
  dueAfterPause,
  computeClocks,
  endOfSofiaDay,
  SOFIA_TZ,
  sofiaDate,
  startOfSofiaDay,
  warningDate,
  type ClockDue,
} from "@/lib/domain/deadlines";
import { DEFAULT_POLICIES, FORWARD_RULE, type KindPolicy, type Term } from "@/lib/domain/policy";
import { KINDS } from "@/lib/domain/kinds";

const cal = new WorkingCalendar();
const at = (iso: string) => new Date(iso);
const days = (n: number): Term => ({ days: n });
const months = (n: number): Term => ({ months: n });
/** Due dates only, in order: [clock, dueDate]. */
const dues = (clocks: ClockDue[]) => clocks.map((c) => [c.clock, c.dueDate]);

describe("sofiaDate: the day of receipt is the date in Europe/Sofia", () => {
  it("uses the Europe/Sofia zone", () => {
    expect(SOFIA_TZ).toBe("Europe/Sofia");
  });
  it.each([
    // Winter time, UTC+2.
    ["2026-01-15T21:59:59Z", "2026-01-15"], // 23:59:59
    ["2026-01-15T22:00:00Z", "2026-01-16"], // 00:00 next day
    ["2026-01-15T21:30:00Z", "2026-01-15"], // 23:30
    ["2026-01-15T22:30:00Z", "2026-01-16"], // 00:30 next day
    ["2026-12-31T22:30:00Z", "2027-01-01"], // New Year in Sofia, still 2026 in UTC
    // Spring change, Sunday 29 March 2026: 03:00 EET → 04:00 EEST at 01:00Z.
    ["2026-03-28T21:30:00Z", "2026-03-28"], // 23:30 EET
    ["2026-03-28T22:30:00Z", "2026-03-29"], // 00:30 EET
    ["2026-03-29T00:30:00Z", "2026-03-29"], // 02:30 EET
    ["2026-03-29T00:59:59Z", "2026-03-29"], // 02:59:59 EET
    ["2026-03-29T01:00:00Z", "2026-03-29"], // 04:00 EEST
    ["2026-03-29T20:59:59Z", "2026-03-29"], // 23:59:59 EEST
    ["2026-03-29T21:00:00Z", "2026-03-30"], // 00:00 EEST
    ["2026-03-29T21:30:00Z", "2026-03-30"], // 00:30 EEST — at 21:30Z already the next day
    // Summer time, UTC+3.
    ["2026-07-15T20:30:00Z", "2026-07-15"], // 23:30
    ["2026-07-15T21:30:00Z", "2026-07-16"], // 00:30
    // Autumn change, Sunday 25 October 2026: 04:00 EEST → 03:00 EET at 01:00Z.
    ["2026-10-24T20:59:59Z", "2026-10-24"], // 23:59:59 EEST
    ["2026-10-24T21:00:00Z", "2026-10-25"], // 00:00 EEST
    ["2026-10-24T21:30:00Z", "2026-10-25"], // 00:30 EEST
    ["2026-10-25T00:00:00Z", "2026-10-25"], // 03:00 EEST
    ["2026-10-25T00:30:00Z", "2026-10-25"], // 03:30 EEST (first pass)
    ["2026-10-25T01:00:00Z", "2026-10-25"], // 03:00 EET
    ["2026-10-25T01:30:00Z", "2026-10-25"], // 03:30 EET (second pass)
    ["2026-10-25T21:30:00Z", "2026-10-25"], // 23:30 EET
    ["2026-10-25T21:59:59Z", "2026-10-25"], // 23:59:59 EET
    ["2026-10-25T22:00:00Z", "2026-10-26"], // 00:00 EET
    ["2026-10-25T22:30:00Z", "2026-10-26"], // 00:30 EET — at 22:30Z the next day
  ])("%s → %s", (instant, date) => {
    expect(sofiaDate(at(instant))).toBe(date);
  });
  it("rejects an invalid Date", () => {
    expect(() => sofiaDate(new Date("nonsense"))).toThrow(RangeError);
  });
});

describe("endOfSofiaDay / startOfSofiaDay: 24:00 Sofia time", () => {
  it.each([
    ["2026-01-15", "2026-01-15T22:00:00.000Z"], // EET
    ["2026-03-28", "2026-03-28T22:00:00.000Z"], // next midnight still EET
    ["2026-03-29", "2026-03-29T21:00:00.000Z"], // the change day ends in EEST
    ["2026-07-15", "2026-07-15T21:00:00.000Z"], // EEST
    ["2026-10-24", "2026-10-24T21:00:00.000Z"], // next midnight still EEST
    ["2026-10-25", "2026-10-25T22:00:00.000Z"], // the change day ends in EET
    ["2026-12-31", "2026-12-31T22:00:00.000Z"],
    ["2028-02-29", "2028-02-29T22:00:00.000Z"],
  ])("endOfSofiaDay(%s) = %s", (date, instant) => {
    expect(endOfSofiaDay(date).toISOString()).toBe(instant);
  });
  it("the spring change day lasts 23 hours, the autumn one 25", () => {
    const len = (d: string) => (endOfSofiaDay(d).getTime() - startOfSofiaDay(d).getTime()) / 3_600_000;
    expect(len("2026-03-29")).toBe(23);
    expect(len("2026-10-25")).toBe(25);
    expect(len("2026-06-01")).toBe(24);
  });
  it("returns a plain Date and is consistent with sofiaDate", () => {
    const end = endOfSofiaDay("2026-10-25");
    expect(end.constructor).toBe(Date);
    expect(sofiaDate(new Date(end.getTime() - 1))).toBe("2026-10-25");
    expect(sofiaDate(end)).toBe("2026-10-26");
    expect(startOfSofiaDay("2026-03-29").toISOString()).toBe("2026-03-28T22:00:00.000Z");
  });
  it("rejects a malformed date", () => {
    expect(() => endOfSofiaDay("2026-02-30")).toThrow(RangeError);
  });
});

describe("addTerm: days (ГПК чл. 60(2), (6))", () => {
  it.each<[string, number, string, string, string]>([
    // start, N, unrolled, due, why
    ["2026-06-05", 0, "2026-06-05", "2026-06-05", "zero days: the start day itself (a Friday)"],
    ["2026-06-05", 1, "2026-06-06", "2026-06-08", "Sat → Mon"],
    ["2026-12-23", 7, "2026-12-30", "2026-12-30", "year end: Wed 30 Dec is a working day"],
    ["2026-12-24", 7, "2026-12-31", "2026-12-31", "31 Dec is a working day"],
    ["2026-12-25", 7, "2027-01-01", "2027-01-04", "New Year (Fri), Sat, Sun → Mon 4 Jan"],
    ["2026-12-21", 7, "2026-12-28", "2026-12-29", "lands on the transfer for 26 Dec → Tue"],
    ["2026-12-19", 7, "2026-12-26", "2026-12-29", "Sat 26 Dec hol, Sun, Mon transfer → Tue"],
    ["2027-12-17", 7, "2027-12-24", "2027-12-29", "24–26 Dec Fri–Sun, transfers Mon 27 + Tue 28 → Wed"],
    ["2027-12-20", 7, "2027-12-27", "2027-12-29", "first of two transfers"],
    ["2028-12-20", 7, "2028-12-27", "2028-12-28", "transfer for Sun 24 Dec lands Wed 27 → Thu"],
    ["2028-12-25", 7, "2029-01-01", "2029-01-02", "New Year Mon → Tue"],
    ["2026-04-03", 7, "2026-04-10", "2026-04-14", "Good Friday … Easter Monday → Tue"],
    ["2027-04-23", 7, "2027-04-30", "2027-05-05", "Good Friday 2027 … transfer Tue 4 May → Wed"],
    ["2027-04-29", 7, "2027-05-06", "2027-05-07", "St George's day (Thu) → Fri"],
    ["2026-05-17", 7, "2026-05-24", "2026-05-26", "24 May Sun, Mon transfer → Tue"],
    ["2029-02-26", 7, "2029-03-05", "2029-03-06", "transfer for Sat 3 Mar 2029 → Tue"],
    ["2026-12-01", 30, "2026-12-31", "2026-12-31", "30-day internal target"],
    ["2026-11-28", 30, "2026-12-28", "2026-12-29", "30 days onto the Christmas transfer"],
    ["2026-02-27", 1, "2026-02-28", "2026-03-02", "Sat 28 Feb → Mon 2 Mar (3 Mar is Tue)"],
    ["2029-03-02", 1, "2029-03-03", "2029-03-06", "Sat 3 Mar hol, Sun, Mon transfer → Tue"],
  ])("%s + %i days → %s → %s (%s)", (start, n, unrolled, due) => {
    expect(addTerm(start, days(n), cal)).toEqual({ dueDate: due, unrolledDate: unrolled });
  });
});

describe("addTerm: months (ГПК чл. 60(3), (6))", () => {
  it.each<[string, number, string, string, string]>([
    ["2027-12-31", 2, "2028-02-29", "2028-02-29", "leap year: 31 Dec + 2 months → 29 Feb (Tue)"],
    ["2027-12-30", 2, "2028-02-29", "2028-02-29", "no 30 Feb → last day"],
    ["2026-12-31", 2, "2027-02-28", "2027-03-01", "28 Feb 2027 is a Sunday → Mon 1 Mar"],
    ["2026-12-29", 2, "2027-02-28", "2027-03-01", "no 29 Feb in 2027 → 28 Feb (Sun) → Mon"],
    ["2028-12-31", 2, "2029-02-28", "2029-02-28", "28 Feb 2029 is a Wednesday"],
    ["2028-12-29", 2, "2029-02-28", "2029-02-28", "no 29 Feb in 2029"],
    ["2027-01-31", 1, "2027-02-28", "2027-03-01", "month end, Sunday"],
    ["2028-01-31", 1, "2028-02-29", "2028-02-29", "month end, leap"],
    ["2026-03-31", 2, "2026-05-31", "2026-06-01", "31 May Sun → Mon"],
    ["2026-07-31", 2, "2026-09-30", "2026-09-30", "no 31 Sep → 30 Sep (Wed)"],
    ["2026-08-31", 2, "2026-10-31", "2026-11-02", "31 Oct exists (Sat) → Sun 1 Nov → Mon 2 Nov"],
    ["2027-08-31", 2, "2027-10-31", "2027-11-01", "31 Oct Sun → Mon 1 Nov (a school holiday only)"],
    ["2026-02-10", 2, "2026-04-10", "2026-04-14", "Good Friday → Sat, Easter, Easter Monday → Tue"],
    ["2026-10-26", 2, "2026-12-26", "2026-12-29", "26 Dec Sat, Sun, transfer Mon → Tue"],
    ["2027-10-24", 2, "2027-12-24", "2027-12-29", "the 2027 Christmas chain: Fri–Tue off → Wed"],
    ["2027-03-01", 2, "2027-05-01", "2027-05-05", "1 May = Holy Saturday, Easter, Easter Monday, transfer → Wed"],
    ["2026-03-24", 2, "2026-05-24", "2026-05-26", "24 May Sun, transfer Mon → Tue"],
    ["2028-02-29", 2, "2028-04-29", "2028-05-02", "Sat, Sun, 1 May Mon → Tue"],
    ["2026-11-30", 3, "2027-02-28", "2027-03-01", "3 months onto a short February"],
    ["2027-11-30", 3, "2028-02-29", "2028-02-29", "3 months onto a leap February"],
    ["2026-06-08", 3, "2026-09-08", "2026-09-08", "Tue after the Unification transfer"],
    ["2026-12-29", 3, "2027-03-29", "2027-03-29", "a Monday"],
  ])("%s + %i months → %s → %s (%s)", (start, n, unrolled, due) => {
    expect(addTerm(start, months(n), cal)).toEqual({ dueDate: due, unrolledDate: unrolled });
  });

  it("rejects bad input", () => {
    expect(() => addTerm("2026-02-30", days(7), cal)).toThrow(RangeError);
    expect(() => addTerm("2026-02-10", days(-1), cal)).toThrow(RangeError);
    expect(() => addTerm("2026-02-10", days(1.5), cal)).toThrow(RangeError);
    expect(() => addTerm("2026-02-10", months(-2), cal)).toThrow(RangeError);
  });
});

describe("addTerm: administrator overrides change the due date", () => {
  it("a declared day off on the last day rolls the term forward", () => {
    const c = new WorkingCalendar({ daysOff: ["2026-12-31"] });
    // 24 Dec + 7 = Thu 31 Dec (declared off) → Fri 1 Jan hol, Sat, Sun → Mon 4 Jan.
    expect(addTerm("2026-12-24", days(7), c)).toEqual({ dueDate: "2027-01-04", unrolledDate: "2026-12-31" });
  });
  it("a working Saturday ends the term on that Saturday", () => {
    const c = new WorkingCalendar({ workingDays: ["2026-12-19"] });
    expect(addTerm("2026-12-12", days(7), cal).dueDate).toBe("2026-12-21"); // without: Sat → Mon
    expect(addTerm("2026-12-12", days(7), c).dueDate).toBe("2026-12-19");
  });
  it("a local holiday on the last day rolls it forward", () => {
    const c = new WorkingCalendar({ localHolidays: ["2026-06-15"] });
    expect(addTerm("2026-06-08", days(7), c).dueDate).toBe("2026-06-16");
  });
  it("a local holiday extends a holiday chain", () => {
    const c = new WorkingCalendar({ localHolidays: ["2026-12-29"] });
    // 26 Oct + 2 months = Sat 26 Dec → Sun, Mon transfer, Tue local → Wed 30 Dec.
    expect(addTerm("2026-10-26", months(2), c).dueDate).toBe("2026-12-30");
  });
  it("a day off on a non-last day does not shorten or lengthen a calendar term", () => {
    const c = new WorkingCalendar({ daysOff: ["2026-06-10"] });
    expect(addTerm("2026-06-08", days(7), c).dueDate).toBe("2026-06-15");
  });
});

describe("warningDate: N working days before due", () => {
  it.each<[string, number, string, string]>([
    ["2026-12-29", 3, "2026-12-21", "back over transfer, Sun, Sat, 25, 24 Dec: Wed 23, Tue 22, Mon 21"],
    ["2026-04-14", 3, "2026-04-07", "back over Easter: Thu 9, Wed 8, Tue 7"],
    ["2026-06-05", 3, "2026-06-02", "Thu, Wed, Tue"],
    ["2026-06-08", 1, "2026-06-05", "Mon → Fri"],
    ["2026-06-05", 0, "2026-06-05", "no lead time"],
    ["2026-06-06", 1, "2026-06-05", "from a Saturday"],
    ["2027-01-04", 3, "2026-12-29", "back over Sun, Sat, 1 Jan: Thu 31, Wed 30, Tue 29"],
    ["2027-05-05", 1, "2027-04-29", "back over the transfer and the Easter days"],
  ])("warningDate(%s, %i) = %s (%s)", (due, n, expected) => {
    expect(warningDate(due, n, cal)).toBe(expected);
  });
  it("counts a working Saturday", () => {
    expect(warningDate("2026-12-21", 1, new WorkingCalendar({ workingDays: ["2026-12-19"] }))).toBe("2026-12-19");
  });
  it("rejects a negative or fractional lead time", () => {
    expect(() => warningDate("2026-06-05", -1, cal)).toThrow(RangeError);
    expect(() => warningDate("2026-06-05", 1.5, cal)).toThrow(RangeError);
  });
});

describe("computeClocks", () => {
  it("signal: DECIDE 2 months (АПК чл. 121), NOTIFY 7 days after it (АПК чл. 123(1))", () => {
    // Received Tue 10 Feb 2026, 10:00 Sofia. 10 Apr is Good Friday → Tue 14 Apr; + 7 → Tue 21 Apr.
    const clocks = computeClocks(DEFAULT_POLICIES.SIGNAL, at("2026-02-10T08:00:00Z"), cal);
    expect(clocks).toEqual([
      {
        clock: "DECIDE",
        dueDate: "2026-04-14",
        dueAt: new Date("2026-04-14T21:00:00Z"),
        basis: "АПК чл. 121",
        startDate: "2026-02-10",
        unrolledDate: "2026-04-10",
        warnDate: "2026-04-07", // Thu 9, Wed 8, Tue 7 (Easter days skipped)
        warnAt: new Date("2026-04-06T21:00:00Z"),
      },
      {
        clock: "NOTIFY",
        dueDate: "2026-04-21",
        dueAt: new Date("2026-04-21T21:00:00Z"),
        basis: "АПК чл. 123(1)",
        startDate: "2026-04-14",
        unrolledDate: "2026-04-21",
        warnDate: "2026-04-16", // Mon 20, Fri 17, Thu 16
        warnAt: new Date("2026-04-15T21:00:00Z"),
      },
    ]);
    expect(answerDueDate(clocks)).toBe("2026-04-21");
  });

  // Received Monday 1 June 2026, 10:00 Sofia (07:00Z, summer time).
  // 1 Aug is a Saturday → Mon 3 Aug; + 7 → Mon 10 Aug.
  // Whistleblower: + 7 → Mon 8 Jun; + 3 months → Tue 8 Sep (a working day; Mon 7 Sep is the transfer for Sun 6 Sep).
  // Internal target: + 30 → Wed 1 Jul.
  const JUNE = at("2026-06-01T07:00:00Z");
  const expectedByKind: Record<string, [string, string, string][]> = {
    PROPOSAL: [
      ["DECIDE", "2026-08-03", "АПК чл. 118(1)"],
      ["NOTIFY", "2026-08-10", "АПК чл. 118(1)"],
    ],
    RECOMMENDATION: [
      ["DECIDE", "2026-08-03", "АПК чл. 118(1)"],
      ["NOTIFY", "2026-08-10", "АПК чл. 118(1)"],
    ],
    SIGNAL: [
      ["DECIDE", "2026-08-03", "АПК чл. 121"],
      ["NOTIFY", "2026-08-10", "АПК чл. 123(1)"],
    ],
    COMPLAINT: [
      ["DECIDE", "2026-08-03", "АПК чл. 121"],
      ["NOTIFY", "2026-08-10", "АПК чл. 123(1)"],
    ],
    GRIEVANCE: [
      ["DECIDE", "2026-08-03", "АПК чл. 121"],
      ["NOTIFY", "2026-08-10", "АПК чл. 123(1)"],
    ],
    CORRUPTION_SIGNAL: [
      ["DECIDE", "2026-08-03", "АПК чл. 121"],
      ["NOTIFY", "2026-08-10", "АПК чл. 123(1)"],
    ],
    WHISTLEBLOWER_REPORT: [
      ["ACKNOWLEDGE", "2026-06-08", "ЗЗЛПСПОИН чл. 16 т.1"],
      ["FEEDBACK", "2026-09-08", "ЗЗЛПСПОИН чл. 16 т.4"],
    ],
    OPINION: [["TARGET", "2026-07-01", "Харта на клиента — вътрешен срок"]],
    COMMENT: [["TARGET", "2026-07-01", "Харта на клиента — вътрешен срок"]],
    PRAISE: [["TARGET", "2026-07-01", "Харта на клиента — вътрешен срок"]],
  };
  const expectedAnswerDue: Record<string, string | null> = {
    PROPOSAL: "2026-08-10",
    RECOMMENDATION: "2026-08-10",
    SIGNAL: "2026-08-10",
    COMPLAINT: "2026-08-10",
    GRIEVANCE: "2026-08-10",
    CORRUPTION_SIGNAL: "2026-08-10",
    WHISTLEBLOWER_REPORT: "2026-09-08",
    OPINION: null,
    COMMENT: null,
    PRAISE: null,
  };
  it.each([...KINDS])("default policy for %s", (kind) => {
    const clocks = computeClocks(DEFAULT_POLICIES[kind], JUNE, cal);
    expect(clocks.map((c) => [c.clock, c.dueDate, c.basis])).toEqual(expectedByKind[kind]);
    for (const c of clocks) expect(c.dueAt.toISOString()).toBe(`${c.dueDate}T21:00:00.000Z`); // summer: 24:00 = 21:00Z
    expect(answerDueDate(clocks)).toBe(expectedAnswerDue[kind]);
  });

  it.each<[string, string, [string, string][]]>([
    // Spring DST: the same evening in UTC is a different Sofia day.
    ["2026-03-28T21:30:00Z", "28 Mar 23:30 EET", [["DECIDE", "2026-05-28"], ["NOTIFY", "2026-06-04"]]],
    ["2026-03-28T22:30:00Z", "29 Mar 00:30 EET", [["DECIDE", "2026-05-29"], ["NOTIFY", "2026-06-05"]]],
    ["2026-03-29T00:30:00Z", "29 Mar 02:30 EET", [["DECIDE", "2026-05-29"], ["NOTIFY", "2026-06-05"]]],
    ["2026-03-29T21:30:00Z", "30 Mar 00:30 EEST", [["DECIDE", "2026-06-01"], ["NOTIFY", "2026-06-08"]]], // 30 May Sat → Mon 1 Jun
    // Winter evening.
    ["2026-01-15T21:30:00Z", "15 Jan 23:30 EET", [["DECIDE", "2026-03-16"], ["NOTIFY", "2026-03-23"]]], // 15 Mar Sun → Mon
    ["2026-01-15T22:30:00Z", "16 Jan 00:30 EET", [["DECIDE", "2026-03-16"], ["NOTIFY", "2026-03-23"]]],
  ])("signal received %s (%s)", (instant, _sofia, expected) => {
    expect(dues(computeClocks(DEFAULT_POLICIES.SIGNAL, at(instant), cal))).toEqual(expected);
  });

  it.each<[string, string]>([
    // Autumn DST: 30-day internal target from the Sofia day.
    ["2026-10-24T20:30:00Z", "2026-11-23"], // 24 Oct 23:30 EEST → + 30 = Mon 23 Nov
    ["2026-10-24T21:30:00Z", "2026-11-24"], // 25 Oct 00:30 EEST → Tue 24 Nov
    ["2026-10-25T00:30:00Z", "2026-11-24"], // 25 Oct 03:30 EEST
    ["2026-10-25T01:30:00Z", "2026-11-24"], // 25 Oct 03:30 EET
    ["2026-10-25T21:30:00Z", "2026-11-24"], // 25 Oct 23:30 EET
    ["2026-10-25T22:30:00Z", "2026-11-25"], // 26 Oct 00:30 EET
  ])("opinion received %s → target %s", (instant, due) => {
    const [target] = computeClocks(DEFAULT_POLICIES.OPINION, at(instant), cal);
    expect(target?.dueDate).toBe(due);
    expect(target?.dueAt.toISOString()).toBe(`${due}T22:00:00.000Z`); // winter: 24:00 = 22:00Z
  });

  it("whistleblower received just after midnight on the autumn change day", () => {
    // 25 Oct 00:30 EEST; + 7 = Sun 1 Nov → Mon 2 Nov, ends 22:00Z (winter time);
    // + 3 months from 2 Nov = Tue 2 Feb 2027.
    const clocks = computeClocks(DEFAULT_POLICIES.WHISTLEBLOWER_REPORT, at("2026-10-24T21:30:00Z"), cal);
    expect(dues(clocks)).toEqual([
      ["ACKNOWLEDGE", "2026-11-02"],
      ["FEEDBACK", "2027-02-02"],
    ]);
    expect(clocks[0]?.dueAt.toISOString()).toBe("2026-11-02T22:00:00.000Z");
  });

  it("whistleblower at the year end: FEEDBACK counts from the end of the ACKNOWLEDGE term", () => {
    // Mon 21 Dec + 7 = Mon 28 Dec (transfer) → Tue 29 Dec; + 3 months = Mon 29 Mar 2027.
    expect(dues(computeClocks(DEFAULT_POLICIES.WHISTLEBLOWER_REPORT, at("2026-12-21T09:00:00Z"), cal))).toEqual([
      ["ACKNOWLEDGE", "2026-12-29"],
      ["FEEDBACK", "2027-03-29"],
    ]);
    // Wed 23 Dec + 7 = Wed 30 Dec; + 3 months = Tue 30 Mar 2027.
    expect(dues(computeClocks(DEFAULT_POLICIES.WHISTLEBLOWER_REPORT, at("2026-12-23T09:00:00Z"), cal))).toEqual([
      ["ACKNOWLEDGE", "2026-12-30"],
      ["FEEDBACK", "2027-03-30"],
    ]);
  });

  it("FEEDBACK counts from the day the acknowledgement was actually sent (ЗЗЛПСПОИН чл. 16 т.4)", () => {
    const clocks = computeClocks(DEFAULT_POLICIES.WHISTLEBLOWER_REPORT, at("2026-12-21T09:00:00Z"), cal, {
      metDates: { ACKNOWLEDGE: "2026-12-22" },
    });
    // 22 Dec + 3 months = Mon 22 Mar 2027. The ACKNOWLEDGE term itself is unchanged.
    expect(dues(clocks)).toEqual([
      ["ACKNOWLEDGE", "2026-12-29"],
      ["FEEDBACK", "2027-03-22"],
    ]);
  });

  it("NOTIFY counts from the day of the decision once it is made", () => {
    const clocks = computeClocks(DEFAULT_POLICIES.SIGNAL, at("2026-02-10T08:00:00Z"), cal, {
      metDates: { DECIDE: "2026-03-02" },
    });
    // Decided Mon 2 Mar → notify by Mon 9 Mar.
    expect(dues(clocks)).toEqual([
      ["NOTIFY", "2026-03-09"],
      ["DECIDE", "2026-04-14"],
    ]);
  });

  it("a decision made just before Christmas: NOTIFY rolls over the holidays", () => {
    const clocks = computeClocks(DEFAULT_POLICIES.PROPOSAL, at("2026-11-02T08:00:00Z"), cal, {
      metDates: { DECIDE: "2026-12-21" },
    });
    // DECIDE: 2 Nov + 2 months = Sat 2 Jan 2027 → Mon 4 Jan. NOTIFY: 21 Dec + 7 = Mon 28 Dec (transfer) → Tue 29 Dec.
    expect(dues(clocks)).toEqual([
      ["NOTIFY", "2026-12-29"],
      ["DECIDE", "2027-01-04"],
    ]);
  });

  it("year-end receipt: DECIDE and the chained NOTIFY", () => {
    // 31 Dec 2026 + 2 months = Sun 28 Feb → Mon 1 Mar; + 7 = Mon 8 Mar.
    expect(dues(computeClocks(DEFAULT_POLICIES.COMPLAINT, at("2026-12-31T10:00:00Z"), cal))).toEqual([
      ["DECIDE", "2027-03-01"],
      ["NOTIFY", "2027-03-08"],
    ]);
    // Received 31 Dec 2027 23:30 Sofia (21:30Z): + 2 months = Tue 29 Feb 2028; + 7 = Tue 7 Mar.
    expect(dues(computeClocks(DEFAULT_POLICIES.COMPLAINT, at("2027-12-31T21:30:00Z"), cal))).toEqual([
      ["DECIDE", "2028-02-29"],
      ["NOTIFY", "2028-03-07"],
    ]);
    // Received 31 Dec 2027 at 22:30Z = 1 Jan 2028 00:30 Sofia: + 2 months = Wed 1 Mar 2028; + 7 = Wed 8 Mar.
    expect(dues(computeClocks(DEFAULT_POLICIES.COMPLAINT, at("2027-12-31T22:30:00Z"), cal))).toEqual([
      ["DECIDE", "2028-03-01"],
      ["NOTIFY", "2028-03-08"],
    ]);
  });

  it("FORWARD (АПК чл. 112) starts only when asked, counting 7 days from receipt", () => {
    const received = at("2026-12-23T10:00:00Z");
    expect(computeClocks(DEFAULT_POLICIES.SIGNAL, received, cal).some((c) => c.clock === "FORWARD")).toBe(false);
    const clocks = computeClocks(DEFAULT_POLICIES.SIGNAL, received, cal, { startedClocks: [{ rule: FORWARD_RULE }] });
    // 23 Dec + 7 = Wed 30 Dec; DECIDE 23 Feb 2027 (Tue); NOTIFY Tue 2 Mar.
    expect(clocks.map((c) => [c.clock, c.dueDate, c.basis])).toEqual([
      ["FORWARD", "2026-12-30", "АПК чл. 112"],
      ["DECIDE", "2027-02-23", "АПК чл. 121"],
      ["NOTIFY", "2027-03-02", "АПК чл. 123(1)"],
    ]);
  });

  it("a started clock may carry its own start date", () => {
    const clocks = computeClocks(DEFAULT_POLICIES.OPINION, at("2026-12-23T10:00:00Z"), cal, {
      startedClocks: [{ rule: FORWARD_RULE, startDate: "2027-01-05" }],
    });
    expect(dues(clocks)).toEqual([
      ["FORWARD", "2027-01-12"],
      ["TARGET", "2027-01-22"], // 23 Dec + 30 = Fri 22 Jan
    ]);
  });

  it("a started clock replaces the policy clock of the same type (extension, АПК чл. 118(2))", () => {
    const clocks = computeClocks(DEFAULT_POLICIES.PROPOSAL, at("2026-02-10T08:00:00Z"), cal, {
      startedClocks: [{ rule: { clock: "DECIDE", term: { months: 6 }, from: "RECEIPT", basis: "АПК чл. 118(2)" } }],
    });
    // 10 Feb + 6 months = Mon 10 Aug; NOTIFY follows the extended DECIDE: Mon 17 Aug.
    expect(clocks.map((c) => [c.clock, c.dueDate, c.basis])).toEqual([
      ["DECIDE", "2026-08-10", "АПК чл. 118(2)"],
      ["NOTIFY", "2026-08-17", "АПК чл. 118(1)"],
    ]);
  });

  it("uses the calendar's overrides", () => {
    const c = new WorkingCalendar({ daysOff: ["2026-12-30"] });
    // 23 Dec + 7 = Wed 30 Dec, declared off → Thu 31 Dec.
    expect(dues(computeClocks(DEFAULT_POLICIES.WHISTLEBLOWER_REPORT, at("2026-12-23T09:00:00Z"), c))[0]).toEqual([
      "ACKNOWLEDGE",
      "2026-12-31",
    ]);
  });

  it("leaves out a chained clock whose source clock is absent", () => {
    const policy: KindPolicy = {
      kind: "SIGNAL",
      answerOwed: true,
      clocks: [{ clock: "NOTIFY", term: { days: 7 }, from: "DECIDE", basis: "АПК чл. 123(1)" }],
    };
    expect(computeClocks(policy, at("2026-02-10T08:00:00Z"), cal)).toEqual([]);
  });

  it("honours a rule's own warning lead time, and never warns before the start", () => {
    const policy: KindPolicy = {
      kind: "WHISTLEBLOWER_REPORT",
      answerOwed: true,
      clocks: [
        { clock: "ACKNOWLEDGE", term: { days: 7 }, from: "RECEIPT", basis: "x", warnBeforeWorkingDays: 10 },
        { clock: "FEEDBACK", term: { months: 3 }, from: "ACKNOWLEDGE", basis: "y", warnBeforeWorkingDays: 0 },
      ],
    };
    const [ack, feedback] = computeClocks(policy, at("2026-06-01T07:00:00Z"), cal);
    expect(ack?.warnDate).toBe("2026-06-01"); // 10 working days before 8 Jun is before receipt → receipt day
    expect(ack?.warnAt.toISOString()).toBe("2026-05-31T21:00:00.000Z");
    expect(feedback?.warnDate).toBe("2026-09-08"); // lead 0 → the due day
  });

  it("orders clocks by due date", () => {
    const clocks = computeClocks(DEFAULT_POLICIES.SIGNAL, at("2026-02-10T08:00:00Z"), cal, {
      startedClocks: [{ rule: FORWARD_RULE }],
      metDates: { DECIDE: "2026-02-11" },
    });
    // FORWARD 17 Feb, NOTIFY 18 Feb (11 Feb + 7), DECIDE 14 Apr.
    expect(dues(clocks)).toEqual([
      ["FORWARD", "2026-02-17"],
      ["NOTIFY", "2026-02-18"],
      ["DECIDE", "2026-04-14"],
    ]);
  });

  it("rejects bad input", () => {
    expect(() => computeClocks(DEFAULT_POLICIES.SIGNAL, new Date(Number.NaN), cal)).toThrow(RangeError);
    expect(() => computeClocks(DEFAULT_POLICIES.SIGNAL, at("2026-02-10T08:00:00Z"), cal, { metDates: { DECIDE: "2 March" } })).toThrow(
      /metDates\.DECIDE/,
    );
  });
});

describe("answerDueDate", () => {
  const c = (clock: ClockDue["clock"], dueDate: string) => ({ clock, dueDate });
  it.each([
    [[c("DECIDE", "2026-04-14"), c("NOTIFY", "2026-04-21")], "2026-04-21"],
    [[c("NOTIFY", "2026-04-21"), c("DECIDE", "2026-04-14")], "2026-04-21"],
    [[c("DECIDE", "2026-04-14")], "2026-04-14"],
    [[c("ACKNOWLEDGE", "2026-06-08"), c("FEEDBACK", "2026-09-08")], "2026-09-08"],
    [[c("FORWARD", "2026-06-08"), c("DECIDE", "2026-08-03")], "2026-08-03"],
    [[c("TARGET", "2026-07-01")], null],
    [[c("FORWARD", "2026-06-08")], null],
    [[], null],
  ])("%j → %s", (clocks, expected) => {
    expect(answerDueDate(clocks)).toBe(expected);
  });
});

describe("dueAfterPause (a pausable term moved on by the days waited)", () => {
  it.each([
    // [due, paused on, resumed on, new due, days added, why]
    ["2026-04-01", "2026-03-10", "2026-03-10", "2026-04-01", 0, "paused and resumed the same day: nothing added"],
    ["2026-04-01", "2026-03-10", "2026-03-11", "2026-04-02", 1, "one day"],
    ["2026-04-01", "2026-03-10", "2026-03-20", "2026-04-14", 10, "11 April is Saturday, then Easter Sunday and Monday (12–13 April 2026) → Tuesday 14"],
    ["2026-12-20", "2026-12-01", "2026-12-05", "2026-12-29", 4, "24 Dec: holiday (Thursday); +4 → 24th; 24–27 off, 28 Dec transferred for the 26th (Saturday) → 29th"],
    ["2028-02-20", "2028-02-01", "2028-02-10", "2028-02-29", 9, "leap year: 29 February 2028 is a Tuesday"],
    ["2026-10-20", "2026-10-24", "2026-10-26", "2026-10-22", 2, "across the DST change (25 October): calendar days, not hours"],
  ])("%s paused %s–%s → %s (+%i): %s", (due, from, to, expected, days) => {
    expect(dueAfterPause(due, from, to, cal)).toEqual({ dueDate: expected, daysAdded: days });
  });
});

describe("test terms in minutes", () => {
  it("end minutes after the instant of receipt and warn halfway, with no calendar", () => {
    const receivedAt = new Date("2026-12-31T21:59:00Z"); // 23:59 in Sofia on New Year's Eve
    const [k] = computeClocks({ kind: "COMPLAINT", answerOwed: true, clocks: [{ clock: "DECIDE", term: { minutes: 4 }, from: "RECEIPT", basis: "test" }] }, receivedAt, cal);
    expect(k!.dueAt.toISOString()).toBe("2026-12-31T22:03:00.000Z");
    expect(k!.dueDate).toBe("2027-01-01"); // its Sofia date, a holiday: no roll-forward for a test term
    expect(k!.warnAt.toISOString()).toBe("2026-12-31T22:01:00.000Z");
  });
  it("have no last day for addTerm", () => {
    expect(() => addTerm("2026-03-02", { minutes: 5 }, cal)).toThrow(RangeError);
  });
});
