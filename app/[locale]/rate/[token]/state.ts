import type { FieldError } from "@/lib/errors";

export type RateOutcome =
  | { type: "thanks"; reference: string; score: number }
  /** Wrong or already used link: the same words for both (nothing says which). */
  | { type: "linkUsed" }
  | { type: "invalid"; errors: FieldError[] }
  | { type: "rateLimited"; minutes: number }
  | { type: "error" };

export interface RateState {
  attempt: number;
  values: { score?: string; comment?: string };
  outcome: RateOutcome | null;
}

export const initialRateState: RateState = { attempt: 0, values: {}, outcome: null };
