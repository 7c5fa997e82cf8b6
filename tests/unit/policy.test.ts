// Terms per kind as data (legal-deadlines.md, "Kinds of submission").
import { describe, expect, it } from "vitest";
import {
  DEFAULT_POLICIES,
  DEFAULT_TARGET_DAYS,
  DEFAULT_WARN_WORKING_DAYS,
  FORWARD_RULE,
  kindPolicySchema,
  parseKindPolicy,
  type ClockRule,
} from "@/lib/domain/policy";
import { KINDS, type Kind } from "@/lib/domain/kinds";

const proposalClocks: ClockRule[] = [
  { clock: "DECIDE", term: { months: 2 }, from: "RECEIPT", basis: "АПК чл. 118(1)" },
  { clock: "NOTIFY", term: { days: 7 }, from: "DECIDE", basis: "АПК чл. 118(1)" },
];
const signalClocks: ClockRule[] = [
  { clock: "DECIDE", term: { months: 2 }, from: "RECEIPT", basis: "АПК чл. 121" },
  { clock: "NOTIFY", term: { days: 7 }, from: "DECIDE", basis: "АПК чл. 123(1)" },
];
const targetClocks: ClockRule[] = [
  { clock: "TARGET", term: { days: 30 }, from: "RECEIPT", basis: "Харта на клиента — вътрешен срок", pausable: true },
];

const EXPECTED: Record<Kind, { answerOwed: boolean; clocks: ClockRule[] }> = {
  PROPOSAL: { answerOwed: true, clocks: proposalClocks },
  RECOMMENDATION: { answerOwed: true, clocks: proposalClocks },
  SIGNAL: { answerOwed: true, clocks: signalClocks },
  COMPLAINT: { answerOwed: true, clocks: signalClocks },
  GRIEVANCE: { answerOwed: true, clocks: signalClocks },
  CORRUPTION_SIGNAL: { answerOwed: true, clocks: signalClocks },
  WHISTLEBLOWER_REPORT: {
    answerOwed: true,
    clocks: [
      { clock: "ACKNOWLEDGE", term: { days: 7 }, from: "RECEIPT", basis: "ЗЗЛПСПОИН чл. 16 т.1" },
      { clock: "FEEDBACK", term: { months: 3 }, from: "ACKNOWLEDGE", basis: "ЗЗЛПСПОИН чл. 16 т.4" },
    ],
  },
  OPINION: { answerOwed: false, clocks: targetClocks },
  COMMENT: { answerOwed: false, clocks: targetClocks },
  PRAISE: { answerOwed: false, clocks: targetClocks },
};

describe("DEFAULT_POLICIES", () => {
  it("covers every kind exactly", () => {
    expect(Object.keys(DEFAULT_POLICIES).sort()).toEqual([...KINDS].sort());
  });

  it.each([...KINDS])("%s has the legal defaults", (kind) => {
    expect(DEFAULT_POLICIES[kind]).toEqual({ kind, ...EXPECTED[kind] });
  });

  it.each([...KINDS])("%s survives a JSON round trip through parseKindPolicy", (kind) => {
    const stored = JSON.parse(JSON.stringify(DEFAULT_POLICIES[kind])) as unknown;
    expect(parseKindPolicy(stored)).toEqual(DEFAULT_POLICIES[kind]);
    expect(parseKindPolicy(JSON.stringify(DEFAULT_POLICIES[kind]))).toEqual(DEFAULT_POLICIES[kind]);
  });

  it("is frozen, so no caller can change the law for everyone", () => {
    expect(Object.isFrozen(DEFAULT_POLICIES)).toBe(true);
    expect(Object.isFrozen(DEFAULT_POLICIES.SIGNAL.clocks)).toBe(true);
    expect(Object.isFrozen(DEFAULT_POLICIES.SIGNAL.clocks[0]?.term)).toBe(true);
    expect(() => {
      (DEFAULT_POLICIES.SIGNAL.clocks[0]!.term as { months: number }).months = 6;
    }).toThrow(TypeError);
  });

  it("has no FORWARD clock at receipt; FORWARD_RULE is 7 days, АПК чл. 112", () => {
    for (const kind of KINDS) expect(DEFAULT_POLICIES[kind].clocks.some((c) => c.clock === "FORWARD")).toBe(false);
    expect(FORWARD_RULE).toEqual({ clock: "FORWARD", term: { days: 7 }, from: "RECEIPT", basis: "АПК чл. 112" });
    expect(kindPolicySchema.safeParse({ kind: "SIGNAL", answerOwed: true, clocks: [FORWARD_RULE] }).success).toBe(true);
  });

  it("defaults: 3 working days of warning, 30-day internal target", () => {
    expect(DEFAULT_WARN_WORKING_DAYS).toBe(3);
    expect(DEFAULT_TARGET_DAYS).toBe(30);
  });
});

describe("parseKindPolicy", () => {
  const valid = { kind: "SIGNAL", answerOwed: true, clocks: signalClocks };

  it("accepts an administrator's changes", () => {
    const shorter = {
      kind: "PRAISE",
      answerOwed: false,
      clocks: [{ clock: "TARGET", term: { days: 14 }, from: "RECEIPT", basis: "Харта — 14 дни", warnBeforeWorkingDays: 2 }],
    };
    expect(parseKindPolicy(shorter)).toEqual(shorter);
    expect(parseKindPolicy({ kind: "OPINION", answerOwed: false, clocks: [] })).toEqual({
      kind: "OPINION",
      answerOwed: false,
      clocks: [],
    });
  });

  it("trims the basis", () => {
    const p = parseKindPolicy({ ...valid, clocks: [{ ...signalClocks[0], basis: "  АПК чл. 121 " }] });
    expect(p.clocks[0]?.basis).toBe("АПК чл. 121");
  });

  const withClocks = (clocks: unknown[]) => ({ ...valid, clocks });
  it.each<[string, unknown, RegExp]>([
    ["null", null, /Invalid kind policy/],
    ["a number", 42, /Invalid kind policy/],
    ["not JSON text", "{kind:", /not JSON/],
    ["an unknown kind", { ...valid, kind: "PETITION" }, /kind/],
    ["a missing answerOwed", { kind: "SIGNAL", clocks: [] }, /answerOwed/],
    ["an extra field", { ...valid, extra: 1 }, /extra/],
    ["zero days", withClocks([{ ...signalClocks[0], term: { days: 0 } }]), />=1[\s\S]*clocks\[0\]\.term\.days/],
    ["fractional days", withClocks([{ ...signalClocks[0], term: { days: 1.5 } }]), /term must be/],
    ["negative months", withClocks([{ ...signalClocks[0], term: { months: -2 } }]), /clocks\[0\]\.term\.months/],
    ["both days and months", withClocks([{ ...signalClocks[0], term: { days: 7, months: 1 } }]), /term must be/],
    ["weeks", withClocks([{ ...signalClocks[0], term: { weeks: 1 } }]), /term must be/],
    ["days as a string", withClocks([{ ...signalClocks[0], term: { days: "7" } }]), /term must be/],
    ["an absurd term", withClocks([{ ...signalClocks[0], term: { days: 100000 } }]), /<=3660[\s\S]*term\.days/],
    ["an unknown clock", withClocks([{ ...signalClocks[0], clock: "REMIND" }]), /clock/],
    ["an unknown from", withClocks([{ ...signalClocks[0], from: "SUBMISSION" }]), /from/],
    ["an empty basis", withClocks([{ ...signalClocks[0], basis: "  " }]), /basis/],
    ["a negative warning", withClocks([{ ...signalClocks[0], warnBeforeWorkingDays: -1 }]), /warnBeforeWorkingDays/],
    ["a duplicate clock", withClocks([signalClocks[0], signalClocks[0]]), /more than once/],
    ["a clock counting from itself", withClocks([{ ...signalClocks[0], from: "DECIDE" }]), /from itself/],
    ["a clock counting from a missing clock", withClocks([signalClocks[1]]), /does not have/],
    [
      "a cycle",
      withClocks([
        { clock: "DECIDE", term: { days: 7 }, from: "NOTIFY", basis: "a" },
        { clock: "NOTIFY", term: { days: 7 }, from: "DECIDE", basis: "b" },
      ]),
      /cycle/,
    ],
    ["clocks not a list", { ...valid, clocks: {} }, /clocks/],
  ])("rejects %s", (_what, input, message) => {
    expect(() => parseKindPolicy(input)).toThrow(message);
  });

  it("names the kind in the error", () => {
    expect(() => parseKindPolicy({ kind: "SIGNAL", answerOwed: "yes", clocks: [] })).toThrow(/for SIGNAL/);
  });
});

describe("pausable clocks and test terms", () => {
  it("only the internal target pauses by default: the legal terms provide no suspension", () => {
    for (const policy of Object.values(DEFAULT_POLICIES)) {
      for (const rule of policy.clocks) expect([rule.clock, rule.pausable ?? false]).toEqual([rule.clock, rule.clock === "TARGET"]);
    }
    expect(FORWARD_RULE.pausable ?? false).toBe(false);
  });
  it("a term in minutes counts from receipt only, and nothing chains on it", () => {
    const ok = { kind: "COMPLAINT", answerOwed: true, clocks: [{ clock: "DECIDE", term: { minutes: 3 }, from: "RECEIPT", basis: "t" }] };
    expect(kindPolicySchema.safeParse(ok).success).toBe(true);
    const chained = { ...ok, clocks: [...ok.clocks, { clock: "NOTIFY", term: { days: 7 }, from: "DECIDE", basis: "t" }] };
    expect(kindPolicySchema.safeParse(chained).success).toBe(false);
    expect(kindPolicySchema.safeParse({ ...ok, clocks: [{ clock: "DECIDE", term: { minutes: 0 }, from: "RECEIPT", basis: "t" }] }).success).toBe(false);
    expect(kindPolicySchema.safeParse({ ...ok, clocks: [{ clock: "DECIDE", term: { minutes: 24 * 60 + 1 }, from: "RECEIPT", basis: "t" }] }).success).toBe(false);
  });
});
