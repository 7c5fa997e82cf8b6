// The one validation of a citizen's submission, shared by the GraphQL edge, the
// server action behind the no-JavaScript form, and the browser's inline checks.
// Every limit is explicit here (issue 2, "Bad input"); codes map to messages in
// lib/i18n/messages/*.json under "fieldErrors".
import { z } from "zod";
import { KINDS, LOCALES } from "@/lib/domain/kinds";
import type { FieldError, FieldErrorCode } from "@/lib/errors";

export const LIMITS = {
  subject: { min: 3, max: 200 },
  body: { min: 10, max: 10_000 },
  name: { min: 2, max: 120 },
  email: { max: 254 },
  phone: { min: 6, max: 20 },
  place: { max: 200 },
  address: { max: 300 },
  categoryCode: { max: 64 },
} as const;

// Pragmatic shapes: what a clerk could use to reach the person, not full RFC 5322.
const EMAIL_RE = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/u;
// Bulgarian and international numbers as people type them: +359 888 123 456, 03631/65-27.
const PHONE_RE = /^\+?[0-9][0-9 ()\-/]{4,18}[0-9]$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Raw input as it arrives (form fields are strings; GraphQL gives typed values). */
export interface SubmitFeedbackInput {
  kind: string;
  subject: string;
  body: string;
  categoryCode?: string | null;
  place?: string | null;
  /** When the matter happened (YYYY-MM-DD), optional; older than 2 years → no answer owed. */
  incidentDate?: string | null;
  anonymous: boolean;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  /** Accepted the personal-data notice (required when named). */
  consent?: boolean | null;
  locale?: string | null;
  /** Honeypot: a field people never see; bots fill it. */
  website?: string | null;
}

export interface ValidSubmission {
  kind: (typeof KINDS)[number];
  subject: string;
  body: string;
  categoryCode: string | null;
  place: string | null;
  incidentDate: string | null;
  anonymous: boolean;
  name: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  consent: boolean;
  locale: (typeof LOCALES)[number];
}

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : v);
const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : trimmed(v));
const requiredText = (min: number, max: number) => z.preprocess(trimmed, z.string().min(1).min(min).max(max));
const optionalText = (max: number) => z.preprocess(blankToNull, z.string().max(max).nullish());

// Field shapes only; rules between fields are in crossFieldErrors so that every
// problem is reported in one answer (zod skips object refinements after a field fails).
const schema = z.object({
  kind: z.enum(KINDS),
  subject: requiredText(LIMITS.subject.min, LIMITS.subject.max),
  body: requiredText(LIMITS.body.min, LIMITS.body.max),
  categoryCode: optionalText(LIMITS.categoryCode.max),
  place: optionalText(LIMITS.place.max),
  incidentDate: z.preprocess(blankToNull, z.string().nullish()),
  anonymous: z.boolean(),
  name: optionalText(LIMITS.name.max),
  email: optionalText(LIMITS.email.max),
  phone: optionalText(LIMITS.phone.max),
  address: optionalText(LIMITS.address.max),
  consent: z.boolean().nullish(),
  locale: z.preprocess((v) => v ?? "bg", z.enum(LOCALES)),
});

type Shape = z.infer<typeof schema>;

function crossFieldErrors(v: Partial<Shape>): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, code: FieldErrorCode, params?: Record<string, number>) =>
    errors.push(params ? { field, code, params } : { field, code });

  if (v.incidentDate != null) {
    const t = Date.parse(`${v.incidentDate}T00:00:00Z`);
    if (!DATE_RE.test(v.incidentDate) || Number.isNaN(t)) add("incidentDate", "INVALID_DATE");
    else if (t > Date.now() + 86_400_000) add("incidentDate", "DATE_IN_FUTURE");
  }
  if (v.email != null && !EMAIL_RE.test(v.email)) add("email", "INVALID_EMAIL");
  if (v.phone != null && !PHONE_RE.test(v.phone)) add("phone", "INVALID_PHONE");

  if (v.anonymous === true) {
    // An anonymous submission carries no identity: refuse rather than silently drop it,
    // so the citizen knows what will and will not be kept.
    for (const f of ["name", "email", "phone", "address"] as const) {
      if (v[f] != null) add(f, "ANONYMOUS_WITH_CONTACT");
    }
  } else if (v.anonymous === false) {
    if (v.name == null) add("name", "REQUIRED");
    else if (v.name.length < LIMITS.name.min) add("name", "TOO_SHORT", { min: LIMITS.name.min });
    if (v.email == null && v.phone == null && v.address == null) add("email", "CONTACT_REQUIRED");
    if (v.consent !== true) add("consent", "CONSENT_REQUIRED");
  }
  return errors;
}

function issueToFieldError(issue: z.core.$ZodIssue, input: Record<string, unknown>): FieldError {
  const field = String(issue.path[0] ?? "form");
  const raw = input[field];
  const blank = raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");
  switch (issue.code) {
    case "too_small":
      return blank || issue.minimum === 1
        ? { field, code: "REQUIRED" }
        : { field, code: "TOO_SHORT", params: { min: Number(issue.minimum) } };
    case "too_big":
      return { field, code: "TOO_LONG", params: { max: Number(issue.maximum) } };
    case "invalid_value":
      return { field, code: blank ? "REQUIRED" : "INVALID_CHOICE" };
    default:
      return { field, code: blank ? "REQUIRED" : "INVALID_CHOICE" };
  }
}

export type ValidationResult = { ok: true; value: ValidSubmission } | { ok: false; errors: FieldError[] };

/** Validates and normalises; returns every field's first problem, in form order. */
export function validateSubmission(input: unknown): ValidationResult {
  const raw = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const parsed = schema.safeParse(raw);
  const fieldErrors: FieldError[] = parsed.success ? [] : parsed.error.issues.map((i) => issueToFieldError(i, raw));
  // Cross-field rules run on whatever parsed cleanly, so every problem shows at once.
  const partial = parsed.success ? parsed.data : pickValid(raw);
  const errors = firstPerField([...fieldErrors, ...crossFieldErrors(partial)]);
  if (!parsed.success || errors.length > 0) return { ok: false, errors };
  const v = parsed.data;
  return {
    ok: true,
    value: {
      kind: v.kind,
      subject: v.subject,
      body: v.body,
      categoryCode: v.categoryCode ?? null,
      place: v.place ?? null,
      incidentDate: v.incidentDate ?? null,
      anonymous: v.anonymous,
      name: v.name ?? null,
      email: v.email ?? null,
      phone: v.phone ?? null,
      address: v.address ?? null,
      consent: v.consent === true,
      locale: v.locale,
    },
  };
}

/** The fields of a failed parse that are valid on their own. */
function pickValid(raw: Record<string, unknown>): Partial<Shape> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const r = (field as z.ZodType).safeParse(raw[key]);
    if (r.success) out[key] = r.data;
  }
  return out as Partial<Shape>;
}

function firstPerField(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => (seen.has(e.field) ? false : (seen.add(e.field), true)));
}
