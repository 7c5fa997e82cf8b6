// Terms per kind of submission, as DATA (legal-deadlines.md, "Kinds of submission").
// These are the legal defaults; the administrator may change them (the database keeps
// the JSON, validated here on read), so no rule below is hard-wired elsewhere.
// Pure: no I/O.
import { z } from "zod";
import { CLOCK_TYPES, KINDS, type ClockType, type Kind } from "./kinds";

/**
 * A term counted in calendar days or calendar months (ГПК чл. 60, by analogy) — or, for
 * test and demonstration policies only, in minutes from the instant of receipt (no law
 * counts in minutes; loadPolicies accepts them only when HARTA_ALLOW_MINUTE_TERMS=1, so a
 * browser test can watch a warning and a breach happen).
 */
export type Term = { days: number } | { months: number } | { minutes: number };

/** Whether the term is a test term in minutes. */
export function isMinuteTerm(term: Term): term is { minutes: number } {
  return "minutes" in term;
}

export interface ClockRule {
  clock: ClockType;
  term: Term;
  /**
   * What the term counts from: the day of receipt, or another clock of the same case —
   * the day that clock was met if it was (decision made, acknowledgement sent), else its
   * due date (the end of its term).
   */
  from: "RECEIPT" | ClockType;
  /** The law (or charter) behind the term, in Bulgarian, e.g. "АПК чл. 121". */
  basis: string;
  /** Lead time of the "due soon" warning, in working days (default DEFAULT_WARN_WORKING_DAYS). */
  warnBeforeWorkingDays?: number;
  /**
   * Whether the clock stops while the case waits for the citizen's clarification and
   * moves on by the days it waited. Only the charter's internal target does by default:
   * the АПК terms for proposals and signals (чл. 118, 121, 123) and the ЗЗЛПСПОИН terms
   * (чл. 16) provide no suspension, and neither does the forwarding term (чл. 112).
   */
  pausable?: boolean;
}

export interface KindPolicy {
  kind: Kind;
  /** Whether the law owes the submitter a written answer at all. */
  answerOwed: boolean;
  /** The clocks a case of this kind carries. */
  clocks: ClockRule[];
}

/** Clocks that pause for the citizen's clarification unless a policy says otherwise (see ClockRule.pausable). */
export const PAUSABLE_BY_DEFAULT: ReadonlySet<ClockType> = new Set<ClockType>(["TARGET"]);

/** Default lead time of a "due soon" warning, in working days. */
export const DEFAULT_WARN_WORKING_DAYS = 3;

/** Internal target for kinds the law owes no answer (charter; configurable). */
export const DEFAULT_TARGET_DAYS = 30;

export const BASIS = {
  PROPOSAL_DECIDE: "АПК чл. 118(1)",
  PROPOSAL_NOTIFY: "АПК чл. 118(1)",
  SIGNAL_DECIDE: "АПК чл. 121",
  SIGNAL_NOTIFY: "АПК чл. 123(1)",
  WHISTLEBLOWER_ACKNOWLEDGE: "ЗЗЛПСПОИН чл. 16 т.1",
  WHISTLEBLOWER_FEEDBACK: "ЗЗЛПСПОИН чл. 16 т.4",
  FORWARD: "АПК чл. 112",
  TARGET: "Харта на клиента — вътрешен срок",
} as const;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

function proposal(kind: Kind): KindPolicy {
  return {
    kind,
    answerOwed: true,
    clocks: [
      { clock: "DECIDE", term: { months: 2 }, from: "RECEIPT", basis: BASIS.PROPOSAL_DECIDE },
      { clock: "NOTIFY", term: { days: 7 }, from: "DECIDE", basis: BASIS.PROPOSAL_NOTIFY },
    ],
  };
}

function signal(kind: Kind): KindPolicy {
  return {
    kind,
    answerOwed: true,
    clocks: [
      { clock: "DECIDE", term: { months: 2 }, from: "RECEIPT", basis: BASIS.SIGNAL_DECIDE },
      { clock: "NOTIFY", term: { days: 7 }, from: "DECIDE", basis: BASIS.SIGNAL_NOTIFY },
    ],
  };
}

function noLegalAnswer(kind: Kind): KindPolicy {
  return {
    kind,
    answerOwed: false,
    clocks: [{ clock: "TARGET", term: { days: DEFAULT_TARGET_DAYS }, from: "RECEIPT", basis: BASIS.TARGET, pausable: true }],
  };
}

export const DEFAULT_POLICIES: Readonly<Record<Kind, KindPolicy>> = deepFreeze({
  OPINION: noLegalAnswer("OPINION"),
  PROPOSAL: proposal("PROPOSAL"),
  COMMENT: noLegalAnswer("COMMENT"),
  RECOMMENDATION: proposal("RECOMMENDATION"),
  PRAISE: noLegalAnswer("PRAISE"),
  COMPLAINT: signal("COMPLAINT"),
  GRIEVANCE: signal("GRIEVANCE"),
  SIGNAL: signal("SIGNAL"),
  CORRUPTION_SIGNAL: signal("CORRUPTION_SIGNAL"),
  WHISTLEBLOWER_REPORT: {
    kind: "WHISTLEBLOWER_REPORT",
    answerOwed: true,
    clocks: [
      { clock: "ACKNOWLEDGE", term: { days: 7 }, from: "RECEIPT", basis: BASIS.WHISTLEBLOWER_ACKNOWLEDGE },
      // "after acknowledgement, or after day 7 if none was sent": counted from the day the
      // acknowledgement was sent when it was, else from the end of the ACKNOWLEDGE term.
      { clock: "FEEDBACK", term: { months: 3 }, from: "ACKNOWLEDGE", basis: BASIS.WHISTLEBLOWER_FEEDBACK },
    ],
  },
});

/**
 * Forwarding to the competent body (АПК чл. 112(1)): 7 days counted from receipt. Not
 * started at receipt — only when the case is found not to be the municipality's — so
 * it is in no default policy; pass it to `computeClocks` as a started clock.
 */
export const FORWARD_RULE: Readonly<ClockRule> = deepFreeze({
  clock: "FORWARD",
  term: { days: 7 },
  from: "RECEIPT",
  basis: BASIS.FORWARD,
});

// ---------------------------------------------------------------------------------------
// Validation of a policy read from JSON

/** Upper bounds that catch typing slips (70 instead of 7 is fine; 7000 is not). */
const MAX_DAYS = 3660;
const MAX_MONTHS = 120;

const MAX_MINUTES = 24 * 60;

export const termSchema = z.union(
  [
    z.strictObject({ days: z.int().min(1).max(MAX_DAYS) }),
    z.strictObject({ months: z.int().min(1).max(MAX_MONTHS) }),
    z.strictObject({ minutes: z.int().min(1).max(MAX_MINUTES) }),
  ],
  { error: `term must be {"days": n} (1–${MAX_DAYS}) or {"months": n} (1–${MAX_MONTHS}), n a whole number` },
);

export const clockRuleSchema = z.strictObject({
  clock: z.enum(CLOCK_TYPES),
  term: termSchema,
  from: z.union([z.literal("RECEIPT"), z.enum(CLOCK_TYPES)]),
  basis: z.string().trim().min(1).max(200),
  warnBeforeWorkingDays: z.int().min(0).max(60).optional(),
  pausable: z.boolean().optional(),
});

export const kindPolicySchema = z
  .strictObject({
    kind: z.enum(KINDS),
    answerOwed: z.boolean(),
    clocks: z.array(clockRuleSchema).max(CLOCK_TYPES.length),
  })
  .superRefine((policy, ctx) => {
    const byClock = new Map<ClockType, (typeof policy.clocks)[number]>();
    policy.clocks.forEach((rule, i) => {
      if (byClock.has(rule.clock)) {
        ctx.addIssue({ code: "custom", path: ["clocks", i, "clock"], message: `clock ${rule.clock} appears more than once` });
      }
      byClock.set(rule.clock, rule);
    });
    policy.clocks.forEach((rule, i) => {
      // A test term in minutes counts from the instant of receipt; nothing chains on it.
      if ("minutes" in rule.term && rule.from !== "RECEIPT") {
        ctx.addIssue({ code: "custom", path: ["clocks", i, "term"], message: `a term in minutes counts from RECEIPT only` });
      }
      if (rule.from !== "RECEIPT" && byClock.get(rule.from) && "minutes" in byClock.get(rule.from)!.term) {
        ctx.addIssue({ code: "custom", path: ["clocks", i, "from"], message: `clock ${rule.clock} cannot count from a term in minutes` });
      }
      if (rule.from === "RECEIPT") return;
      if (rule.from === rule.clock) {
        ctx.addIssue({ code: "custom", path: ["clocks", i, "from"], message: `clock ${rule.clock} cannot count from itself` });
      } else if (!byClock.has(rule.from)) {
        ctx.addIssue({
          code: "custom",
          path: ["clocks", i, "from"],
          message: `clock ${rule.clock} counts from ${rule.from}, which this policy does not have`,
        });
      }
    });
    // Every chain must lead back to RECEIPT (no cycles such as A from B, B from A).
    policy.clocks.forEach((rule, i) => {
      if (rule.from === rule.clock) return; // reported above
      const seen = new Set<ClockType>([rule.clock]);
      let from = rule.from;
      while (from !== "RECEIPT") {
        const next = byClock.get(from);
        if (!next) return; // reported above
        if (seen.has(next.clock)) {
          ctx.addIssue({ code: "custom", path: ["clocks", i, "from"], message: `clock ${rule.clock} is part of a cycle` });
          return;
        }
        seen.add(next.clock);
        from = next.from;
      }
    });
  });

/** A policy read from storage (object, or JSON text). Throws an Error saying what is wrong. */
export function parseKindPolicy(json: unknown): KindPolicy {
  let value = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch (e) {
      throw new Error(`Invalid kind policy: not JSON (${(e as Error).message})`);
    }
  }
  const result = kindPolicySchema.safeParse(value);
  if (!result.success) {
    const kind = typeof value === "object" && value !== null && "kind" in value ? ` for ${String(value.kind)}` : "";
    throw new Error(`Invalid kind policy${kind}:\n${z.prettifyError(result.error)}`);
  }
  return result.data satisfies KindPolicy;
}
