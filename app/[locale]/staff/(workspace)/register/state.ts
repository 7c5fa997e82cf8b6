import type { FieldError } from "@/lib/errors";
import type { FileError, FormValues } from "./form-data";

/** What the server action hands back to the form (only on failure: success redirects). */
export interface RegisterState {
  /** Increments with every answer from the server, so the form knows a new one arrived. */
  attempt: number;
  values: FormValues;
  fieldErrors: FieldError[];
  fileErrors: FileError[];
  /** Files were chosen but not kept (the form had errors): they must be chosen again. */
  filesDropped: boolean;
  formError: "FORBIDDEN" | "INTERNAL" | null;
}

export const initialRegisterState: RegisterState = { attempt: 0, values: {}, fieldErrors: [], fileErrors: [], filesDropped: false, formError: null };
