// A labelled text input or text area with its hint and error message tied to it
// (aria-describedby, aria-invalid), as both submission forms lay them out.
import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import { describedBy } from "./field-error";

interface FieldFrame {
  /** The field's name; its id is `f-<field>`, its hint's `f-<field>-hint`. */
  field: string;
  label: string;
  /** "(optional)" after the label; a field without it is required. */
  optionalText?: string;
  hint?: string;
  /** The field's error message (FieldErrorMessage), or null. */
  error: ReactNode;
}

type Controlled = "id" | "name" | "required" | "aria-invalid" | "aria-describedby";

function Frame({ field, label, optionalText, hint, error, children }: FieldFrame & { children: ReactNode }) {
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={`f-${field}`} className="label">
        {label}
        {optionalText !== undefined && <span className="optional"> ({optionalText})</span>}
      </label>
      {hint && (
        <p id={`f-${field}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error}
      {children}
    </div>
  );
}

function fieldAria({ field, optionalText, hint, error }: FieldFrame) {
  return {
    id: `f-${field}`,
    name: field,
    required: optionalText === undefined,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(hint && `f-${field}-hint`, Boolean(error) && `f-${field}-error`),
  };
}

export function TextField({
  field,
  label,
  optionalText,
  hint,
  error,
  ...input
}: FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, Controlled>) {
  const frame = { field, label, optionalText, hint, error };
  return (
    <Frame {...frame}>
      <input type="text" className="input" {...input} {...fieldAria(frame)} />
    </Frame>
  );
}

export function TextAreaField({
  field,
  label,
  optionalText,
  hint,
  error,
  ...textarea
}: FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, Controlled>) {
  const frame = { field, label, optionalText, hint, error };
  return (
    <Frame {...frame}>
      <textarea {...textarea} {...fieldAria(frame)} />
    </Frame>
  );
}
