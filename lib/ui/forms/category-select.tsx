// The optional category, grouped by department, as the citizen and the clerk both see it.
import type { ReactNode } from "react";
import type { LocalisedCategory, LocalisedDepartment } from "@/lib/cases/types";
import { describedBy } from "./field-error";

export interface CategorySelectProps {
  categories: LocalisedCategory[];
  departments: LocalisedDepartment[];
  label: string;
  /** "(optional)", shown after the label. */
  optionalText: string;
  hint: string;
  /** The text of the empty choice. */
  noneText: string;
  selected: string | undefined;
  /** The field's error message (FieldErrorMessage), or null. */
  error: ReactNode;
  onChange?: () => void;
}

export function CategorySelect({ categories, departments, label, optionalText, hint, noneText, selected, error, onChange }: CategorySelectProps) {
  const groups = departments
    .map((d) => ({ department: d, categories: categories.filter((c) => c.departmentCode === d.code) }))
    .filter((g) => g.categories.length > 0);
  const ungrouped = categories.filter((c) => !departments.some((d) => d.code === c.departmentCode));
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor="f-categoryCode" className="label">
        {label}
        <span className="optional"> ({optionalText})</span>
      </label>
      <p id="f-categoryCode-hint" className="hint">
        {hint}
      </p>
      {error}
      <select
        id="f-categoryCode"
        name="categoryCode"
        className="input select"
        defaultValue={selected ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy("f-categoryCode-hint", Boolean(error) && "f-categoryCode-error")}
        onChange={onChange}
      >
        <option value="">{noneText}</option>
        {groups.map((g) => (
          <optgroup key={g.department.code} label={g.department.name}>
            {g.categories.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </optgroup>
        ))}
        {ungrouped.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}
