"use client";
// One action on a case (assign, draft, note …) as a small form posting to the server
// action caseAction. Without JavaScript it is a plain POST: the server runs the action
// and either redirects back to the case with a notice, or renders the page again with
// this form open, the typed values kept, each error next to its field and the first
// wrong field focused (autofocus). With JavaScript the same action runs without a reload
// and the focus moves the same way.
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { caseAction } from "./actions";
import { initialCaseActionState, type CaseVerb, type FieldSpec } from "./state";

export interface ActionFormTexts {
  /** "Error:" before each field's message, for screen readers. */
  errorPrefix: string;
  /** Heading of the box for errors that belong to no field. */
  formErrorTitle: string;
  optional: string;
}

export interface ActionFormProps {
  verb: CaseVerb;
  caseId: string;
  locale: string;
  fields?: FieldSpec[];
  submitLabel: string;
  /** Heading (h3), or the summary of a collapsed form. */
  title?: string;
  /** What the action does, under the heading. */
  intro?: string;
  /** Collapsed behind its title until opened (it opens by itself when it has errors). */
  collapsible?: boolean;
  secondary?: boolean;
  texts: ActionFormTexts;
}

function ids(...parts: (string | false | null | undefined)[]): string | undefined {
  const s = parts.filter(Boolean).join(" ");
  return s === "" ? undefined : s;
}

export function ActionForm({ verb, caseId, locale, fields = [], submitLabel, title, intro, collapsible, secondary, texts }: ActionFormProps) {
  const [state, formAction, isPending] = useActionState(caseAction, initialCaseActionState);
  const formRef = useRef<HTMLFormElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const prefix = `a-${verb}`;

  // A submission that ends without a new answer from the action was a success: the
  // action redirected back here with a notice. When that address is the one already
  // shown (a second note in a row), Next keeps this form as it was — so empty it and
  // drop the errors of the earlier attempt, as a fresh page would.
  const submittedAttempt = useRef<number | null>(null);
  const [succeeded, setSucceeded] = useState(false);
  useEffect(() => {
    if (isPending || submittedAttempt.current === null) return;
    if (state.attempt === submittedAttempt.current) {
      formRef.current?.reset();
      setSucceeded(true);
    }
    submittedAttempt.current = null;
  }, [isPending, state.attempt]);

  const fieldErrors = succeeded ? [] : state.fieldErrors;
  const formError = succeeded ? null : state.formError;
  const values = succeeded ? {} : state.values;
  const hasProblem = fieldErrors.length > 0 || formError !== null;
  const firstInvalid = fields.find((f) => f.type !== "hidden" && fieldErrors.some((e) => e.field === f.name))?.name ?? null;

  // A new answer from the server: focus the first wrong field, or the problem box.
  useEffect(() => {
    if (state.attempt === 0) return;
    const target = firstInvalid ? document.getElementById(`${prefix}-${firstInvalid}`) : problemRef.current;
    target?.focus();
  }, [state.attempt, firstInvalid, prefix]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Handled here so that React does not reset the form after the action (typed text stays).
    event.preventDefault();
    if (isPending) return;
    const fd = new FormData(event.currentTarget);
    submittedAttempt.current = state.attempt;
    setSucceeded(false);
    startTransition(() => formAction(fd));
  }

  const errorOf = (name: string) => fieldErrors.find((e) => e.field === name);
  const unplaced = fieldErrors.filter((e) => !fields.some((f) => f.name === e.field));

  const field = (f: FieldSpec): ReactNode => {
    const id = `${prefix}-${f.name}`;
    const err = errorOf(f.name);
    const hintId = f.hint ? `${id}-hint` : null;
    const errId = err ? `${id}-error` : null;
    const value = values[f.name] ?? f.defaultValue ?? "";
    const common = {
      id,
      name: f.name,
      "aria-invalid": err ? true : undefined,
      "aria-describedby": ids(hintId, errId),
      // Without JavaScript, the page comes back with the browser's focus on the first wrong field.
      autoFocus: state.attempt > 0 && firstInvalid === f.name ? true : undefined,
    } as const;
    const error = err ? (
      <p id={errId!} className="error-message">
        <span className="visually-hidden">{texts.errorPrefix} </span>
        {err.message}
      </p>
    ) : null;
    const hint = f.hint ? (
      <p id={hintId!} className="hint">
        {f.hint}
      </p>
    ) : null;

    if (f.type === "hidden") return <input key={f.name} type="hidden" name={f.name} value={f.defaultValue ?? ""} />;
    if (f.type === "checkbox") {
      return (
        <div key={f.name} className={err ? "field field--error" : "field"}>
          {error}
          <div className="checkbox">
            <input type="checkbox" value="yes" defaultChecked={value === "yes"} {...common} />
            <label htmlFor={id}>{f.label}</label>
          </div>
          {f.hint && (
            <p id={hintId!} className="hint checkbox-hint">
              {f.hint}
            </p>
          )}
        </div>
      );
    }

    const label = (
      <label htmlFor={id} className="label">
        {f.label}
        {!f.required && <span className="optional"> ({texts.optional})</span>}
      </label>
    );
    let control: ReactNode;
    if (f.type === "textarea") {
      control = (
        <textarea
          {...common}
          className={`input textarea${f.size === "short" ? " textarea--short" : ""}`}
          defaultValue={value}
          maxLength={f.maxLength}
          required={f.required}
        />
      );
    } else if (f.type === "select") {
      control = (
        <select {...common} className="input select" defaultValue={value} required={f.required}>
          {f.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {f.groups?.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      );
    } else if (f.type === "file") {
      control = <input {...common} type="file" className="input input--file" accept={f.accept} required={f.required} />;
    } else {
      control = (
        <input
          {...common}
          type={f.type}
          className={f.type === "date" ? "input input--date" : "input"}
          defaultValue={value}
          maxLength={f.maxLength}
          min={f.min}
          max={f.max}
          required={f.required}
        />
      );
    }
    return (
      <div key={f.name} className={err ? "field field--error" : "field"}>
        {label}
        {hint}
        {error}
        {control}
      </div>
    );
  };

  const form = (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="action-form" data-verb={verb}>
      <input type="hidden" name="verb" value={verb} />
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="locale" value={locale} />
      {(formError || unplaced.length > 0) && (
        <div
          ref={problemRef}
          className="error-summary error-summary--small"
          role="alert"
          tabIndex={-1}
          autoFocus={state.attempt > 0 && !firstInvalid ? true : undefined}
        >
          <p className="error-summary-title">{texts.formErrorTitle}</p>
          {formError && <p>{formError}</p>}
          {unplaced.length > 0 && (
            <ul>
              {unplaced.map((e) => (
                <li key={e.field}>{e.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {fields.map(field)}
      <div className="action-buttons">
        <button type="submit" className={secondary ? "button button--secondary" : "button"} aria-disabled={isPending || undefined}>
          {submitLabel}
        </button>
      </div>
    </form>
  );

  if (collapsible) {
    return (
      <details className="action" data-action={verb} open={hasProblem || undefined}>
        <summary>{title}</summary>
        <div className="action-body">
          {intro && <p className="hint">{intro}</p>}
          {form}
        </div>
      </details>
    );
  }
  return (
    <div className="action" data-action={verb}>
      {title && <h3 className="action-title">{title}</h3>}
      {intro && <p className="hint">{intro}</p>}
      {form}
    </div>
  );
}
