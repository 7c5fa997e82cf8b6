"use client";
// One field: a code from the authenticator app (to turn two-step verification on or
// off). Works without JavaScript; the error sits next to the field and gets the focus.
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { initialCodeFormState, type CodeFormState } from "./state";

export function CodeForm({
  id,
  locale,
  action,
  submitLabel,
}: {
  id: string;
  locale: string;
  action: (previous: CodeFormState, formData: FormData) => Promise<CodeFormState>;
  submitLabel: string;
}) {
  const t = useTranslations("staff.signIn");
  const [state, formAction, isPending] = useActionState(action, initialCodeFormState);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state.attempt > 0 && state.outcome) inputRef.current?.focus();
  }, [state.attempt, state.outcome]);
  const error = state.outcome === "missing" ? t("codeRequired") : state.outcome === "invalid" ? t("codeInvalid") : state.outcome === "error" ? t("error") : null;
  return (
    <form action={formAction} noValidate className="track-form">
      <input type="hidden" name="locale" value={locale} />
      <div className={error ? "field field--error" : "field"}>
        <label htmlFor={`${id}-code`} className="label">
          {t("code")}
        </label>
        <p id={`${id}-hint`} className="hint">
          {t("codeHint")}
        </p>
        {error && (
          <p id={`${id}-error`} className="error-message" role="alert">
            {error}
          </p>
        )}
        <input
          ref={inputRef}
          id={`${id}-code`}
          name="code"
          className="input input--code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          required
          maxLength={9}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={isPending || undefined}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
