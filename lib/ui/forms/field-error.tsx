// Helpers both submission forms use to tie fields to their hints and error messages.
import type { ReactNode } from "react";

/** An aria-describedby value from the ids that apply, or undefined when none does. */
export function describedBy(...parts: (string | false | null | undefined)[]): string | undefined {
  const s = parts.filter(Boolean).join(" ");
  return s === "" ? undefined : s;
}

/** The error shown next to a field, with id `f-<field>-error` for aria-describedby. */
export function FieldErrorMessage({ field, prefix, children }: { field: string; prefix: string; children: ReactNode }) {
  return (
    <p id={`f-${field}-error`} className="error-message">
      <span className="visually-hidden">{prefix} </span>
      {children}
    </p>
  );
}
