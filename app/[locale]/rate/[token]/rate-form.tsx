"use client";
// Rate the service: a radio group from 1 to 5, each with words (not stars alone), and an
// optional comment. Works without JavaScript (the server action renders the page again
// with its outcome); with it, the answer arrives without a reload and focus moves to it.
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { STAFF_LIMITS } from "@/lib/cases/staff-input";
import { Link } from "@/lib/i18n/navigation";
import { rateAction } from "./actions";
import { initialRateState } from "./state";

const SCORES = [1, 2, 3, 4, 5] as const;

export function RateForm({ token }: { token: string }) {
  const t = useTranslations("rate");
  const tf = useTranslations("fields");
  const te = useTranslations("fieldErrors");
  const tErr = useTranslations("errors");
  const tc = useTranslations("common");
  const tSubmit = useTranslations("submit");
  const [state, formAction, isPending] = useActionState(rateAction, initialRateState);
  const focusRef = useRef<HTMLDivElement>(null);
  const outcome = state.outcome;

  useEffect(() => {
    // Move focus to what the server answered, so screen readers hear it at once.
    if (state.attempt > 0) focusRef.current?.focus();
  }, [state.attempt]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Dispatch by hand so React does not clear the chosen score and comment.
    event.preventDefault();
    if (isPending) return;
    const fd = new FormData(event.currentTarget);
    startTransition(() => formAction(fd));
  }

  if (outcome?.type === "thanks") {
    return (
      <div ref={focusRef} tabIndex={-1} className="rate-done" data-testid="rate-thanks">
        <h2>{t("thanksTitle")}</h2>
        <p>{t("thanksText", { reference: outcome.reference, score: outcome.score })}</p>
        <p>
          <Link href="/">{tc("backHome")}</Link>
        </p>
      </div>
    );
  }
  if (outcome?.type === "linkUsed") {
    return (
      <div ref={focusRef} tabIndex={-1} data-testid="rate-link-used">
        <LinkUsed />
      </div>
    );
  }

  const errors = outcome?.type === "invalid" ? outcome.errors : [];
  const errorOf = (field: string) => errors.find((e) => e.field === field);
  const problem =
    outcome?.type === "rateLimited"
      ? tErr("RATE_LIMITED", { minutes: outcome.minutes, seconds: outcome.minutes * 60 })
      : outcome?.type === "error"
        ? tErr("INTERNAL")
        : null;
  const scoreError = errorOf("score");
  const commentError = errorOf("comment");
  const scoreMessage = scoreError ? te(scoreError.code === "REQUIRED" ? "INVALID_CHOICE" : scoreError.code, scoreError.params ?? {}) : null;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="submit-form rate-form">
      {(problem || errors.length > 0) && (
        <div ref={focusRef} className="error-summary" tabIndex={-1} role="group" aria-labelledby="rate-problem">
          <h2 id="rate-problem">{problem ?? tSubmit("errorSummaryTitle")}</h2>
          {errors.length > 0 && (
            <ul>
              {scoreError && (
                <li>
                  <a href="#r-score-1">
                    {tf("score")}: {scoreMessage}
                  </a>
                </li>
              )}
              {commentError && (
                <li>
                  <a href="#r-comment">
                    {tf("comment")}: {te(commentError.code, commentError.params ?? {})}
                  </a>
                </li>
              )}
            </ul>
          )}
        </div>
      )}
      <input type="hidden" name="token" value={token} />

      <fieldset
        className={scoreError ? "field fieldset field--error" : "field fieldset"}
        aria-describedby={scoreError ? "r-score-hint r-score-error" : "r-score-hint"}
      >
        <legend>
          <h2 className="legend-heading">{t("scoreLegend")}</h2>
        </legend>
        <p id="r-score-hint" className="hint">
          {t("scoreHint")}
        </p>
        {scoreError && (
          <p id="r-score-error" className="error-message">
            <span className="visually-hidden">{tSubmit("fieldErrorPrefix")} </span>
            {scoreMessage}
          </p>
        )}
        <div className="radios score-radios">
          {SCORES.map((s) => (
            <div className="radio" key={s}>
              <input type="radio" id={`r-score-${s}`} name="score" value={s} defaultChecked={state.values.score === String(s)} required />
              <label htmlFor={`r-score-${s}`}>{t(`scores.${s}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>

      <div className={commentError ? "field field--error" : "field"}>
        <label htmlFor="r-comment" className="label">
          {tf("comment")}
          <span className="optional"> ({tc("optional")})</span>
        </label>
        <p id="r-comment-hint" className="hint">
          {t("commentHint", { max: STAFF_LIMITS.ratingComment.max })}
        </p>
        {commentError && (
          <p id="r-comment-error" className="error-message">
            <span className="visually-hidden">{tSubmit("fieldErrorPrefix")} </span>
            {te(commentError.code, commentError.params ?? {})}
          </p>
        )}
        <textarea
          id="r-comment"
          name="comment"
          className="input textarea textarea--short"
          rows={4}
          maxLength={STAFF_LIMITS.ratingComment.max}
          defaultValue={state.values.comment ?? ""}
          aria-invalid={commentError ? true : undefined}
          aria-describedby={commentError ? "r-comment-hint r-comment-error" : "r-comment-hint"}
        />
      </div>

      <div className="form-actions">
        <button type="submit" className="button button--big" aria-disabled={isPending || undefined}>
          {isPending ? t("sending") : t("send")}
        </button>
      </div>
    </form>
  );
}

/** The same polite words for a used and a wrong link. */
export function LinkUsed() {
  const t = useTranslations("rate");
  const tc = useTranslations("common");
  return (
    <>
      <h2>{t("usedTitle")}</h2>
      <p>{t("usedText")}</p>
      <p>
        <Link href="/">{tc("backHome")}</Link>
      </p>
    </>
  );
}
