"use client";
// E-mail and password, then — for accounts with two-step verification — the code from
// the authenticator app. Works without JavaScript (the server action renders the page
// again with its answer); errors sit next to their fields and in a summary that gets
// the focus, as on the public forms.
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { signInAction } from "./actions";
import { initialSignInState, type SignInField } from "./state";

export function SignInForm({ locale, callbackUrl, initialProblem }: { locale: string; callbackUrl: string; initialProblem: string | null }) {
  const t = useTranslations("staff.signIn");
  const [state, formAction, isPending] = useActionState(signInAction, initialSignInState);
  const messageRef = useRef<HTMLDivElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.attempt === 0) return;
    // Move focus to what the server answered, so screen readers hear it at once.
    if (state.outcome) messageRef.current?.focus();
    else if (state.step === "code") codeRef.current?.focus();
  }, [state.attempt, state.outcome, state.step]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Dispatch by hand so React does not clear the typed e-mail after the action.
    event.preventDefault();
    if (isPending) return;
    const fd = new FormData(event.currentTarget);
    startTransition(() => formAction(fd));
  }

  const outcome = state.outcome;
  const missing: SignInField[] = outcome?.type === "missing" ? outcome.fields : [];
  const requiredMessage = (f: SignInField) => t(f === "email" ? "emailRequired" : f === "password" ? "passwordRequired" : "codeRequired");
  const problem =
    state.attempt === 0
      ? initialProblem
      : outcome === null || outcome.type === "missing"
        ? null
        : outcome.type === "rateLimited"
          ? t("rateLimited", { minutes: outcome.minutes })
          : outcome.type === "codeInvalid"
            ? t("codeInvalid")
            : t(outcome.type);
  const codeInvalid = outcome?.type === "codeInvalid";

  const fieldMessage = (f: SignInField, text: string | null) =>
    text ? (
      <p id={`s-${f}-error`} className="error-message">
        {text}
      </p>
    ) : null;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="track-form" aria-busy={isPending || undefined}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {(problem || missing.length > 0) && (
        <div ref={messageRef} className="error-summary" tabIndex={-1} role="group" aria-labelledby="sign-in-problem">
          <h2 id="sign-in-problem">{problem ?? t("errorTitle")}</h2>
          {missing.length > 0 && (
            <ul>
              {missing.map((f) => (
                <li key={f}>
                  <a href={`#s-${f}`}>{requiredMessage(f)}</a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      {state.step === "password" ? (
        <>
          <div className={missing.includes("email") ? "field field--error" : "field"}>
            <label htmlFor="s-email" className="label">
              {t("email")}
            </label>
            {fieldMessage("email", missing.includes("email") ? t("emailRequired") : null)}
            <input
              id="s-email"
              name="email"
              type="email"
              className="input"
              defaultValue={state.email}
              autoComplete="username"
              spellCheck={false}
              required
              maxLength={254}
              aria-invalid={missing.includes("email") || undefined}
              aria-describedby={missing.includes("email") ? "s-email-error" : undefined}
            />
          </div>
          <div className={missing.includes("password") ? "field field--error" : "field"}>
            <label htmlFor="s-password" className="label">
              {t("password")}
            </label>
            {fieldMessage("password", missing.includes("password") ? t("passwordRequired") : null)}
            <input
              id="s-password"
              name="password"
              type="password"
              className="input"
              autoComplete="current-password"
              required
              maxLength={256}
              aria-invalid={missing.includes("password") || undefined}
              aria-describedby={missing.includes("password") ? "s-password-error" : undefined}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button" aria-disabled={isPending || undefined}>
              {isPending ? t("submitting") : t("submit")}
            </button>
          </div>
        </>
      ) : (
        <>
          <input type="hidden" name="pendingToken" value={state.pendingToken ?? ""} />
          <input type="hidden" name="email" value={state.email} />
          <h2>{t("codeTitle")}</h2>
          <p>{t("codeLead")}</p>
          <div className={missing.includes("code") || codeInvalid ? "field field--error" : "field"}>
            <label htmlFor="s-code" className="label">
              {t("code")}
            </label>
            <p id="s-code-hint" className="hint">
              {t("codeHint")}
            </p>
            {fieldMessage("code", missing.includes("code") ? t("codeRequired") : codeInvalid ? t("codeInvalid") : null)}
            <input
              ref={codeRef}
              id="s-code"
              name="code"
              className="input input--code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]*"
              required
              maxLength={9}
              aria-invalid={missing.includes("code") || codeInvalid || undefined}
              aria-describedby={missing.includes("code") || codeInvalid ? "s-code-hint s-code-error" : "s-code-hint"}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button" aria-disabled={isPending || undefined}>
              {isPending ? t("submitting") : t("codeSubmit")}
            </button>
          </div>
          <p>
            <a href={`/${locale}/staff/sign-in`}>{t("startOver")}</a>
          </p>
        </>
      )}
    </form>
  );
}
