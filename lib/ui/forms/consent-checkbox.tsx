// Consent to the processing of the sender's details, with a link to the privacy notice.
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { describedBy } from "./field-error";

export interface ConsentCheckboxProps {
  label: string;
  /** The privacy link's text, including "(opens in a new tab)". */
  linkText: string;
  checked: boolean;
  /** The field's error message (FieldErrorMessage), or null. */
  error: ReactNode;
  onChange?: () => void;
}

export function ConsentCheckbox({ label, linkText, checked, error, onChange }: ConsentCheckboxProps) {
  return (
    <div className={error ? "field field--error" : "field"}>
      {error}
      <div className="checkbox">
        <input
          type="checkbox"
          id="f-consent"
          name="consent"
          value="yes"
          defaultChecked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("f-consent-link", Boolean(error) && "f-consent-error")}
          onChange={onChange}
        />
        <label htmlFor="f-consent">{label}</label>
      </div>
      <p id="f-consent-link" className="hint checkbox-hint">
        <Link href="/privacy" target="_blank" rel="noopener">
          {linkText}
        </Link>
      </p>
    </div>
  );
}
