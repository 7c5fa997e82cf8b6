// Named or anonymous: both options always visible, each with what it means, as the
// citizen and the clerk both see it.
import type { ReactNode } from "react";
import { describedBy } from "./field-error";

export interface AnonymityChoiceProps {
  legend: string;
  namedOption: string;
  namedHint: string;
  anonymousOption: string;
  /** Shown as a warning under the anonymous option. */
  anonymousHint: string;
  /** The choice checked when the form is shown again ("no", "yes" or none). */
  checked: string | undefined;
  /** The field's error message (FieldErrorMessage), or null. */
  error: ReactNode;
  onChoose: (value: "no" | "yes") => void;
}

export function AnonymityChoice({ legend, namedOption, namedHint, anonymousOption, anonymousHint, checked, error, onChoose }: AnonymityChoiceProps) {
  return (
    <fieldset
      className={error ? "field fieldset field--error" : "field fieldset"}
      aria-describedby={describedBy(Boolean(error) && "f-anonymous-error")}
    >
      <legend>
        <h2 className="legend-heading">{legend}</h2>
      </legend>
      {error}
      <div className="radios">
        <div className="radio">
          <input
            type="radio"
            id="f-anonymous-no"
            name="anonymous"
            value="no"
            defaultChecked={checked === "no"}
            required
            aria-describedby="f-anonymous-no-hint"
            onChange={() => onChoose("no")}
          />
          <label htmlFor="f-anonymous-no">{namedOption}</label>
          <p id="f-anonymous-no-hint" className="hint radio-hint">
            {namedHint}
          </p>
        </div>
        <div className="radio">
          <input
            type="radio"
            id="f-anonymous-yes"
            name="anonymous"
            value="yes"
            defaultChecked={checked === "yes"}
            aria-describedby="f-anonymous-yes-hint"
            onChange={() => onChoose("yes")}
          />
          <label htmlFor="f-anonymous-yes">{anonymousOption}</label>
          <p id="f-anonymous-yes-hint" className="hint radio-hint callout callout--warning">
            {anonymousHint}
          </p>
        </div>
      </div>
    </fieldset>
  );
}
