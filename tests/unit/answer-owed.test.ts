// When no answer is owed (legal-deadlines.md; АПК чл. 111(4); ЗЗЛПСПОИН чл. 9; the charter).
import { describe, expect, it } from "vitest";
import {
  AUTOMATIC_REASONS,
  decideAnswerOwed,
  isOlderThanTwoYears,
  isStaffDecidedReason,
  STAFF_DECIDED_REASONS,
  TWO_YEAR_RULE_KINDS,
} from "@/lib/domain/answer-owed";
import { DEFAULT_POLICIES } from "@/lib/domain/policy";
import { KINDS, NO_ANSWER_REASONS, type Kind } from "@/lib/domain/kinds";

const at = (iso: string) => new Date(iso);
const decide = (kind: Kind, anonymous: boolean, incidentDate: string | null, receivedAt: string) =>
  decideAnswerOwed({ policy: DEFAULT_POLICIES[kind], anonymous, incidentDate, receivedAt: at(receivedAt) });

const OWED = { answerOwed: true, reason: null };
const NOT_BY_LAW = { answerOwed: false, reason: null };
const ANON = { answerOwed: false, reason: "ANONYMOUS" };
const OLD = { answerOwed: false, reason: "OLDER_THAN_TWO_YEARS" };

describe("decideAnswerOwed by kind", () => {
  // A named submitter, an anonymous one, and one about a matter from 2023 (> 2 years before June 2026).
  const expected: Record<Kind, [named: object, anonymous: object, old: object]> = {
    PROPOSAL: [OWED, ANON, OWED], // the two-year rule is about violations, not proposals
    RECOMMENDATION: [OWED, ANON, OWED],
    SIGNAL: [OWED, ANON, OLD],
    COMPLAINT: [OWED, ANON, OLD],
    GRIEVANCE: [OWED, ANON, OLD],
    CORRUPTION_SIGNAL: [OWED, ANON, OLD],
    WHISTLEBLOWER_REPORT: [OWED, ANON, OLD], // ЗЗЛПСПОИН чл. 9: same two rules
    OPINION: [NOT_BY_LAW, NOT_BY_LAW, NOT_BY_LAW], // no legal answer term: no reason recorded
    COMMENT: [NOT_BY_LAW, NOT_BY_LAW, NOT_BY_LAW],
    PRAISE: [NOT_BY_LAW, NOT_BY_LAW, NOT_BY_LAW],
  };
  it.each([...KINDS])("%s", (kind) => {
    const received = "2026-06-01T07:00:00Z";
    const [named, anonymous, old] = expected[kind];
    expect(decide(kind, false, null, received)).toEqual(named);
    expect(decide(kind, true, null, received)).toEqual(anonymous);
    expect(decide(kind, false, "2023-05-01", received)).toEqual(old);
  });

  it("anonymous wins over the two-year rule", () => {
    expect(decide("SIGNAL", true, "2020-01-01", "2026-06-01T07:00:00Z")).toEqual(ANON);
  });

  it("follows the policy, not the kind name, for answerOwed", () => {
    const praiseWithAnswer = { ...DEFAULT_POLICIES.PRAISE, answerOwed: true };
    expect(decideAnswerOwed({ policy: praiseWithAnswer, anonymous: false, incidentDate: null, receivedAt: at("2026-06-01T07:00:00Z") })).toEqual(OWED);
    expect(decideAnswerOwed({ policy: praiseWithAnswer, anonymous: true, incidentDate: null, receivedAt: at("2026-06-01T07:00:00Z") })).toEqual(ANON);
  });
});

describe("the two-year rule: incident more than 2 years before the day of receipt", () => {
  it.each<[string, string, boolean, string]>([
    // incident, received (UTC instant), older?, why
    ["2026-03-15", "2028-03-15T10:00:00Z", false, "exactly two years: the last day still counts"],
    ["2026-03-15", "2028-03-16T10:00:00Z", true, "one day more"],
    ["2026-03-15", "2028-03-15T21:59:00Z", false, "23:59 Sofia on 15 Mar (EET)"],
    ["2026-03-15", "2028-03-15T22:30:00Z", true, "00:30 Sofia on 16 Mar — the Sofia day decides"],
    ["2026-07-10", "2028-07-10T20:30:00Z", false, "23:30 Sofia (EEST)"],
    ["2026-07-10", "2028-07-10T21:30:00Z", true, "00:30 Sofia on 11 Jul (EEST)"],
    ["2026-02-28", "2028-02-29T10:00:00Z", true, "two years from 28 Feb end on 28 Feb, the leap day is after"],
    ["2028-02-29", "2030-02-28T10:00:00Z", false, "from a leap day: ends 28 Feb (no 29 Feb in 2030)"],
    ["2028-02-29", "2030-03-01T10:00:00Z", true, "the day after"],
    ["2024-12-27", "2026-12-28T10:00:00Z", true, "no roll-forward: 27 Dec 2026 is a Sunday, but this is an age, not a term for an act"],
    ["2027-01-01", "2026-06-01T07:00:00Z", false, "incident after receipt (a typo): not older"],
    ["2026-06-01", "2026-06-01T07:00:00Z", false, "same day"],
  ])("incident %s, received %s → older: %s (%s)", (incident, received, older) => {
    expect(decide("SIGNAL", false, incident, received)).toEqual(older ? OLD : OWED);
  });

  it.each<[string, string, boolean]>([
    ["2026-03-15", "2028-03-15", false],
    ["2026-03-15", "2028-03-16", true],
    ["2026-12-31", "2028-12-31", false],
    ["2026-12-31", "2029-01-01", true],
  ])("isOlderThanTwoYears(%s, %s) = %s", (incident, receipt, older) => {
    expect(isOlderThanTwoYears(incident, receipt)).toBe(older);
  });

  it("rejects a malformed incident date", () => {
    expect(() => decide("SIGNAL", false, "15.03.2026", "2028-03-15T10:00:00Z")).toThrow(/incidentDate/);
  });

  it("applies to the signal-type kinds and whistleblower reports only", () => {
    expect([...TWO_YEAR_RULE_KINDS].sort()).toEqual(["COMPLAINT", "CORRUPTION_SIGNAL", "GRIEVANCE", "SIGNAL", "WHISTLEBLOWER_REPORT"]);
  });
});

describe("reasons", () => {
  it("staff decide on abusive language, personal data/classified, repeats", () => {
    expect([...STAFF_DECIDED_REASONS].sort()).toEqual(["ABUSIVE_LANGUAGE", "PERSONAL_DATA_OR_CLASSIFIED", "REPEAT_WITHOUT_NEW_FACTS"]);
  });
  it("automatic and staff-decided reasons together are exactly NO_ANSWER_REASONS", () => {
    expect([...AUTOMATIC_REASONS, ...STAFF_DECIDED_REASONS].sort()).toEqual([...NO_ANSWER_REASONS].sort());
  });
  it.each([
    ["ABUSIVE_LANGUAGE", true],
    ["REPEAT_WITHOUT_NEW_FACTS", true],
    ["ANONYMOUS", false],
    ["OLDER_THAN_TWO_YEARS", false],
    ["nonsense", false],
    [undefined, false],
  ])("isStaffDecidedReason(%j) = %s", (v, e) => {
    expect(isStaffDecidedReason(v)).toBe(e);
  });
});
