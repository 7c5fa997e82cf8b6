"use client";
// Reference + access code → the case as the citizen may see it. Works without JavaScript
// (the server action renders the page again with the outcome); the access code is not
// echoed back into the page.
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { TrackedCase } from "@/lib/cases/types";
import { calendarDate, daysUntil } from "@/lib/i18n/dates";
import { trackAction } from "./actions";
import { initialTrackState } from "./state";

export function TrackForm() {
  const t = useTranslations("track");
  const tf = useTranslations("fields");
  const tErr = useTranslations("errors");
  const tSubmit = useTranslations("submit");
  const [state, formAction, isPending] = useActionState(trackAction, initialTrackState);
  const messageRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // Move focus to what the server answered, so screen readers hear it at once.
    if (state.attempt === 0) return;
    if (state.outcome?.type === "found") resultRef.current?.focus();
    else messageRef.current?.focus();
  }, [state.attempt, state.outcome?.type]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Dispatch by hand so React does not clear the typed values after the action.
    event.preventDefault();
    if (isPending) return;
    const fd = new FormData(event.currentTarget);
    startTransition(() => formAction(fd));
  }

  const outcome = state.outcome;
  const missing = outcome?.type === "missing" ? outcome.fields : [];
  const problem =
    outcome === null || outcome.type === "found"
      ? null
      : outcome.type === "notFound"
        ? t("notFound")
        : outcome.type === "rateLimited"
          ? tErr("RATE_LIMITED", { minutes: outcome.minutes, seconds: outcome.minutes * 60 })
          : outcome.type === "error"
            ? tErr("INTERNAL")
            : null;

  const fieldMessage = (field: "reference" | "accessCode") =>
    missing.includes(field) ? (
      <p id={`t-${field}-error`} className="error-message">
        <span className="visually-hidden">{tSubmit("fieldErrorPrefix")} </span>
        {t("required", { field: tf(field) })}
      </p>
    ) : null;

  return (
    <>
      <form action={formAction} onSubmit={onSubmit} noValidate className="track-form">
        {(problem || missing.length > 0) && (
          <div ref={messageRef} className="error-summary" tabIndex={-1} role="group" aria-labelledby="track-problem">
            <h2 id="track-problem">{problem ?? tSubmit("errorSummaryTitle")}</h2>
            {missing.length > 0 && (
              <ul>
                {missing.map((f) => (
                  <li key={f}>
                    <a href={`#t-${f}`}>{t("required", { field: tf(f) })}</a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div className={missing.includes("reference") ? "field field--error" : "field"}>
          <label htmlFor="t-reference" className="label">
            {t("referenceLabel")}
          </label>
          <p id="t-reference-hint" className="hint">
            {t("referenceHint")}
          </p>
          {fieldMessage("reference")}
          <input
            id="t-reference"
            name="reference"
            className="input input--code"
            defaultValue={state.reference}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            maxLength={64}
            aria-invalid={missing.includes("reference") || undefined}
            aria-describedby={missing.includes("reference") ? "t-reference-hint t-reference-error" : "t-reference-hint"}
          />
        </div>
        <div className={missing.includes("accessCode") ? "field field--error" : "field"}>
          <label htmlFor="t-accessCode" className="label">
            {t("accessCodeLabel")}
          </label>
          <p id="t-accessCode-hint" className="hint">
            {t("accessCodeHint")}
          </p>
          {fieldMessage("accessCode")}
          <input
            id="t-accessCode"
            name="accessCode"
            className="input input--code"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            required
            maxLength={128}
            aria-invalid={missing.includes("accessCode") || undefined}
            aria-describedby={missing.includes("accessCode") ? "t-accessCode-hint t-accessCode-error" : "t-accessCode-hint"}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={isPending || undefined}>
            {isPending ? t("checking") : t("submit")}
          </button>
        </div>
      </form>

      {outcome?.type === "found" && <CaseView tracked={outcome.case} headingRef={resultRef} />}
    </>
  );
}

function CaseView({ tracked, headingRef }: { tracked: TrackedCase; headingRef: React.Ref<HTMLHeadingElement> }) {
  const t = useTranslations("track");
  const tk = useTranslations("kinds");
  const ts = useTranslations("statuses");
  const tsh = useTranslations("statusHelp");
  const tev = useTranslations("events");
  const tClock = useTranslations("clocks");
  const tReason = useTranslations("noAnswerReasons");
  const format = useFormatter();
  const dateOnly = (iso: string) => format.dateTime(calendarDate(iso), "full");
  const overdue = tracked.answerOwed && !tracked.answer && tracked.answerDueDate !== null && daysUntil(tracked.answerDueDate) < 0;

  return (
    <section className="case-view" aria-labelledby="case-heading">
      <h2 id="case-heading" ref={headingRef} tabIndex={-1}>
        {t("resultHeading", { reference: tracked.reference })}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t("statusLabel")}</dt>
          <dd>
            <strong className={`status status--${tracked.status.toLowerCase()}`}>{ts(tracked.status)}</strong>
            <span className="block">{tsh(tracked.status)}</span>
          </dd>
        </div>
        <div>
          <dt>{t("kindLabel")}</dt>
          <dd>{tk(`${tracked.kind}.name`)}</dd>
        </div>
        <div>
          <dt>{t("subjectLabel")}</dt>
          <dd>{tracked.subject}</dd>
        </div>
        <div>
          <dt>{t("receivedLabel")}</dt>
          <dd>{format.dateTime(new Date(tracked.receivedAt), "withTime")}</dd>
        </div>
        {tracked.answerOwed && tracked.answerDueDate ? (
          <div>
            <dt>{t("dueLabel")}</dt>
            <dd>
              {dateOnly(tracked.answerDueDate)}
              {overdue && <span className="block">{t("overdue")}</span>}
            </dd>
          </div>
        ) : (
          <div>
            <dt>{t("noAnswerLabel")}</dt>
            <dd>{tracked.noAnswerReason ? tReason(tracked.noAnswerReason) : t("noTerm")}</dd>
          </div>
        )}
      </dl>

      {tracked.clocks.length > 0 && (
        <>
          <h3>{t("termsHeading")}</h3>
          <ul className="terms">
            {tracked.clocks.map((c) => (
              <li key={c.clock}>
                {t("termItem", { clock: tClock(c.clock), date: format.dateTime(calendarDate(c.dueDate), "long") })}{" "}
                <span className="basis">({c.basis})</span>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{t("timelineHeading")}</h3>
      <ol className="timeline">
        {tracked.timeline.map((entry, i) => (
          <li key={`${entry.type}-${i}`}>
            <span className="timeline-when">{format.dateTime(new Date(entry.at), "withTime")}</span>
            <span className="timeline-what">{tev.has(entry.type) ? tev(entry.type) : entry.type}</span>
          </li>
        ))}
      </ol>

      <h3>{t("answerHeading")}</h3>
      {tracked.answer ? (
        <div className="answer">
          <p className="answer-meta">{t("answerSentOn", { date: format.dateTime(new Date(tracked.answer.sentAt), "withTime") })}</p>
          <div className="answer-text">
            {tracked.answer.text}
          </div>
        </div>
      ) : (
        <p>{t("noAnswerYet")}</p>
      )}
    </section>
  );
}
