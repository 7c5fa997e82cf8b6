// Limits and checks of what staff type on a case (answers, notes, questions, reasons),
// with field-named errors like lib/cases/submit-feedback-input.ts. Pure, so the staff
// pages can run the same checks in the browser.
import { z } from "zod";
import type { FieldError } from "@/lib/errors";

export const STAFF_LIMITS = {
  /** The reasoned answer (АПК чл. 123(1)): what was found, what is decided, why. */
  findings: { min: 10, max: 10_000 },
  decision: { min: 10, max: 4_000 },
  reasons: { min: 10, max: 10_000 },
  templateCode: { max: 64 },
  note: { min: 1, max: 5_000 },
  /** The question sent to the citizen. */
  question: { min: 10, max: 2_000 },
  /** Why the kind was changed, the case transferred or reopened. */
  reason: { min: 3, max: 1_000 },
  /** Name of the competent body a case is forwarded to. */
  forwardedTo: { min: 3, max: 200 },
  /** The citizen's comment with a rating. */
  ratingComment: { max: 2_000 },
  rating: { min: 1, max: 5 },
} as const;

/** Collects field errors while reading fields, so that every problem is reported at once. */
export class FieldChecks {
  readonly errors: FieldError[] = [];

  /** Trimmed text within limits; null when optional and blank (or when invalid). */
  text(field: string, value: unknown, limit: { min?: number; max: number }, required: boolean): string | null {
    const trimmed = typeof value === "string" ? value.trim() : "";
    if (trimmed === "") {
      if (required) this.errors.push({ field, code: "REQUIRED" });
      return null;
    }
    if (limit.min !== undefined && trimmed.length < limit.min) {
      this.errors.push({ field, code: "TOO_SHORT", params: { min: limit.min } });
      return null;
    }
    if (trimmed.length > limit.max) {
      this.errors.push({ field, code: "TOO_LONG", params: { max: limit.max } });
      return null;
    }
    return trimmed;
  }

  /** One of `choices`; null (with an error) otherwise. */
  choice<T extends string>(field: string, value: unknown, choices: readonly T[]): T | null {
    if (value === undefined || value === null || value === "") {
      this.errors.push({ field, code: "REQUIRED" });
      return null;
    }
    if (typeof value === "string" && (choices as readonly string[]).includes(value)) return value as T;
    this.errors.push({ field, code: "INVALID_CHOICE" });
    return null;
  }

  /** A whole number in [min, max]. */
  int(field: string, value: unknown, limit: { min: number; max: number }): number | null {
    const parsed = z.int().min(limit.min).max(limit.max).safeParse(value);
    if (parsed.success) return parsed.data;
    this.errors.push({ field, code: value === undefined || value === null ? "REQUIRED" : "INVALID_CHOICE" });
    return null;
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }
}
