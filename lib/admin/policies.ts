// Terms per kind (legal-deadlines.md: "every term below is a policy row the administrator
// can change"). The stored row replaces the legal default of lib/domain/policy for that
// kind; removing it restores the default.
//
// A change applies to cases received from then on. The terms of running cases do not
// change retroactively: the law that applies is the one in force when the submission was
// received, and a citizen told "by 12 January" must not find the date moved by a policy
// edit. (A case whose KIND a head changes later is counted again under the policy then in
// force — triageCase — as is a reopened case: that is a new decision on that case.)
import { z } from "zod";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { AppError, type FieldError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/admin/access";
import { recordAudit } from "@/lib/audit/record";
import { DEFAULT_POLICIES, PAUSABLE_BY_DEFAULT, kindPolicySchema, parseKindPolicy, type ClockRule, type KindPolicy } from "@/lib/domain/policy";
import { KINDS, type ClockType, type Kind } from "@/lib/domain/kinds";
import { invalidateSettings } from "@/lib/cases/settings";

export interface KindPolicyView extends KindPolicy {
  /** Whether it differs from the legal default. */
  custom: boolean;
  updatedAt: Date | null;
  /** The legal default, to compare with. */
  defaults: KindPolicy;
}

/** A clock rule as a form or GraphQL sends it: the term as days OR months. */
export interface ClockRuleFields {
  clock: string;
  termDays?: number | null;
  termMonths?: number | null;
  from: string;
  basis: string;
  warnBeforeWorkingDays?: number | null;
  /** Whether the clock pauses while the case waits for the citizen; unset → the legal default for that clock. */
  pausable?: boolean | null;
}

export async function listKindPolicies(options: { viewer: Viewer | null | undefined }): Promise<KindPolicyView[]> {
  await assertAdmin(options.viewer);
  const db = await prisma();
  const rows = new Map((await db.kindPolicy.findMany()).map((r) => [r.kind, r]));
  return KINDS.map((kind) => {
    const row = rows.get(kind);
    const policy = row ? parseKindPolicy({ kind, answerOwed: row.answerOwed, clocks: row.clocks }) : DEFAULT_POLICIES[kind];
    return { ...policy, custom: !samePolicy(policy, DEFAULT_POLICIES[kind]), updatedAt: row?.updatedAt ?? null, defaults: DEFAULT_POLICIES[kind] };
  });
}

/** Same terms (the seed stores every default as a row, so a row alone says nothing). */
function samePolicy(a: KindPolicy, b: KindPolicy): boolean {
  const norm = (p: KindPolicy) => JSON.stringify({ answerOwed: p.answerOwed, clocks: kindPolicySchema.parse(p).clocks });
  return norm(a) === norm(b);
}

/** The term of a rule from its days / months fields; both or neither fails validation on `term`. */
export function ruleFromFields(f: ClockRuleFields): Record<string, unknown> {
  const days = f.termDays ?? null;
  const months = f.termMonths ?? null;
  const term = days !== null && months === null ? { days } : months !== null && days === null ? { months } : { days, months };
  return {
    clock: f.clock,
    term,
    from: f.from,
    basis: f.basis,
    ...(f.warnBeforeWorkingDays === null || f.warnBeforeWorkingDays === undefined ? {} : { warnBeforeWorkingDays: f.warnBeforeWorkingDays }),
    ...((f.pausable ?? PAUSABLE_BY_DEFAULT.has(f.clock as ClockType)) ? { pausable: true } : {}),
  };
}

/** zod's issues as field errors named like the form's fields: "clocks.1.term", "answerOwed". */
function fieldErrorsOf(error: z.ZodError): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const field = issue.path.slice(0, 3).map(String).join(".") || "clocks";
    if (seen.has(field)) continue;
    seen.add(field);
    const code = issue.code === "too_big" && issue.path.at(-1) === "basis" ? "TOO_LONG" : issue.code === "too_small" && issue.path.at(-1) === "basis" ? "REQUIRED" : "INVALID_CHOICE";
    out.push({ field, code, ...(code === "TOO_LONG" ? { params: { max: 200 } } : {}) });
  }
  return out;
}

export async function updateKindPolicy(options: {
  viewer: Viewer | null | undefined;
  kind: string;
  answerOwed: boolean;
  clocks: ClockRuleFields[];
}): Promise<KindPolicyView> {
  const admin = await assertAdmin(options.viewer);
  const parsed = kindPolicySchema.safeParse({ kind: options.kind, answerOwed: options.answerOwed, clocks: options.clocks.map(ruleFromFields) });
  if (!parsed.success) throw AppError.badInput(fieldErrorsOf(parsed.error));
  const policy: KindPolicy = parsed.data;
  const kind = policy.kind;
  const clocks = policy.clocks as ClockRule[] as unknown as Prisma.InputJsonValue;
  const db = await prisma();
  const row = await db.$transaction(async (tx) => {
    const before = await tx.kindPolicy.findUnique({ where: { kind } });
    const saved = await tx.kindPolicy.upsert({ where: { kind }, create: { kind, answerOwed: policy.answerOwed, clocks }, update: { answerOwed: policy.answerOwed, clocks } });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "SETTINGS_CHANGED",
      entityType: "KindPolicy",
      entityId: kind,
      before: before ? { answerOwed: before.answerOwed, clocks: before.clocks } : { answerOwed: DEFAULT_POLICIES[kind].answerOwed, clocks: DEFAULT_POLICIES[kind].clocks },
      after: { answerOwed: policy.answerOwed, clocks: policy.clocks, appliesTo: "NEW_CASES" },
    });
    return saved;
  });
  invalidateSettings();
  return { ...policy, custom: !samePolicy(policy, DEFAULT_POLICIES[kind]), updatedAt: row.updatedAt, defaults: DEFAULT_POLICIES[kind] };
}

/** Back to the legal default (for new cases, as any change). */
export async function resetKindPolicy(options: { viewer: Viewer | null | undefined; kind: string }): Promise<KindPolicyView> {
  if (!(KINDS as readonly string[]).includes(options.kind)) {
    await assertAdmin(options.viewer);
    throw AppError.badInput([{ field: "kind", code: "INVALID_CHOICE" }]);
  }
  const d = DEFAULT_POLICIES[options.kind as Kind];
  return updateKindPolicy({
    viewer: options.viewer,
    kind: d.kind,
    answerOwed: d.answerOwed,
    clocks: d.clocks.map((r) => ({
      clock: r.clock,
      termDays: "days" in r.term ? r.term.days : null,
      termMonths: "months" in r.term ? r.term.months : null,
      from: r.from,
      basis: r.basis,
      warnBeforeWorkingDays: r.warnBeforeWorkingDays ?? null,
      pausable: r.pausable ?? false,
    })),
  });
}
