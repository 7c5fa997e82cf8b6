// The kind of submission (radio group, each kind with its help text), as the citizen and
// the clerk both see it.
import type { ReactNode } from "react";
import type { LocalisedKind } from "@/lib/cases/types";
import { describedBy } from "./field-error";

export interface KindChoiceProps {
  kinds: LocalisedKind[];
  legend: string;
  hint: string;
  /** The kind checked when the form is shown again. */
  checked: string | undefined;
  /** The field's error message (FieldErrorMessage), or null. */
  error: ReactNode;
  onChange?: () => void;
}

export function KindChoice({ kinds, legend, hint, checked, error, onChange }: KindChoiceProps) {
  return (
    <fieldset
      className={error ? "field fieldset field--error" : "field fieldset"}
      aria-describedby={describedBy("f-kind-hint", Boolean(error) && "f-kind-error")}
    >
      <legend>
        <h2 className="legend-heading">{legend}</h2>
      </legend>
      <p id="f-kind-hint" className="hint">
        {hint}
      </p>
      {error}
      <div className="radios">
        {kinds.map((k) => (
          <div className="radio" key={k.kind}>
            <input
              type="radio"
              id={`f-kind-${k.kind}`}
              name="kind"
              value={k.kind}
              defaultChecked={checked === k.kind}
              required
              aria-describedby={`f-kind-${k.kind}-hint`}
              onChange={onChange}
            />
            <label htmlFor={`f-kind-${k.kind}`}>{k.name}</label>
            <p id={`f-kind-${k.kind}-hint`} className="hint radio-hint">
              {k.description}
            </p>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
