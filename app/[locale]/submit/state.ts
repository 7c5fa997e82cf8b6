import type { FieldError } from "@/lib/errors";
import type { FormValues } from "./form-data";

/** What the server action hands back to the form (only on failure: success redirects). */
export interface SubmitState {
  /** Increments with every answer from the server, so the form knows a new one arrived. */
  attempt: number;
  values: FormValues;
  fieldErrors: FieldError[];
  formError: { code: "RATE_LIMITED"; minutes: number } | { code: "INTERNAL" } | null;
}

export const initialSubmitState: SubmitState = { attempt: 0, values: {}, fieldErrors: [], formError: null };
