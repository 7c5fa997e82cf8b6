"use client";
// The submission form. Without JavaScript it is a plain POST to a server action, and the
// server renders it again with the typed values and the errors. With JavaScript the same
// validator (validateSubmission) checks each field as the user leaves it, and the form
// posts through the same action without reloading.
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { LIMITS, validateSubmission } from "@/lib/cases/submit-feedback-input";
import type { LocalisedCategory, LocalisedDepartment, LocalisedKind } from "@/lib/cases/types";
import type { FieldError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { useHydrated } from "@/lib/ui/use-hydrated";
import { submitAction } from "./actions";
import { IDENTITY_FIELDS, submissionFromFormData } from "./form-data";
import { initialSubmitState } from "./state";

/** Where the error summary sends the user for each field. */
function fieldTarget(field: string, firstKind: string): string {
  if (field === "kind") return `f-kind-${firstKind}`;
  if (field === "anonymous") return "f-anonymous-no";
  return `f-${field}`;
}

const FIELD_ORDER = [
  "kind",
  "subject",
  "body",
  "categoryCode",
  "place",
  "incidentDate",
  "anonymous",
  "name",
  "email",
  "phone",
  "address",
  "consent",
];

function ids(...parts: (string | false | null | undefined)[]): string | undefined {
  const s = parts.filter(Boolean).join(" ");
  return s === "" ? undefined : s;
}

export interface SubmitFormProps {
  locale: string;
  kinds: LocalisedKind[];
  categories: LocalisedCategory[];
  departments: LocalisedDepartment[];
  today: string;
}

export function SubmitForm({ locale, kinds, categories, departments, today }: SubmitFormProps) {
  const t = useTranslations("submit");
  const tf = useTranslations("fields");
  const te = useTranslations("fieldErrors");
  const tErr = useTranslations("errors");
  const tc = useTranslations("common");
  const hydrated = useHydrated();

  const [state, formAction, isPending] = useActionState(submitAction, initialSubmitState);
  const values = state.values;

  // Errors found in the browser replace the server's until the server answers again.
  const [clientErrors, setClientErrors] = useState<FieldError[] | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [clientSubmitted, setClientSubmitted] = useState(false);
  const [anonymous, setAnonymous] = useState<string>(values.anonymous ?? "");
  const [seenAttempt, setSeenAttempt] = useState(state.attempt);
  const [focusRequest, setFocusRequest] = useState(0);
  if (state.attempt !== seenAttempt) {
    // A new answer from the server: show its errors (React's "adjust state on prop change").
    setSeenAttempt(state.attempt);
    setClientErrors(null);
    setFocusRequest((n) => n + 1);
  }

  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusRequest > 0) summaryRef.current?.focus();
  }, [focusRequest]);

  const errors = clientErrors ?? state.fieldErrors;
  const errorOf = (field: string) => errors.find((e) => e.field === field);
  const submitted = clientSubmitted || state.attempt > 0;
  const anonymousChosen = hydrated && anonymous === "yes";
  const firstKind = kinds[0]?.kind ?? "OPINION";

  // A radio group left empty reads better as "choose one" than as "this is required".
  const message = (e: FieldError) =>
    te((e.field === "kind" || e.field === "anonymous") && e.code === "REQUIRED" ? "INVALID_CHOICE" : e.code, e.params ?? {});

  /** The form as the server will receive it: identity fields dropped when anonymous. */
  function currentFormData(form: HTMLFormElement): FormData {
    const fd = new FormData(form);
    if (fd.get("anonymous") === "yes") for (const f of IDENTITY_FIELDS) fd.delete(f);
    return fd;
  }

  function check(field: string) {
    const form = formRef.current;
    if (!form || !FIELD_ORDER.includes(field)) return;
    const result = validateSubmission(submissionFromFormData(currentFormData(form)));
    const all = result.ok ? [] : result.errors;
    const nextTouched = new Set(touched).add(field);
    setTouched(nextTouched);
    setClientErrors(submitted ? all : all.filter((e) => nextTouched.has(e.field)));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Handled here so that React does not reset the form after the action (the typed
    // values stay), and so that nothing is sent while the browser already sees errors.
    event.preventDefault();
    if (isPending) return;
    const fd = currentFormData(event.currentTarget);
    const result = validateSubmission(submissionFromFormData(fd));
    setClientSubmitted(true);
    if (!result.ok) {
      setClientErrors(result.errors);
      setFocusRequest((n) => n + 1);
      return;
    }
    setClientErrors([]);
    startTransition(() => formAction(fd));
  }

  const fieldError = (field: string): ReactNode => {
    const e = errorOf(field);
    if (!e) return null;
    return (
      <p id={`f-${field}-error`} className="error-message">
        <span className="visually-hidden">{t("fieldErrorPrefix")} </span>
        {message(e)}
      </p>
    );
  };

  const summaryErrors = [...errors].sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
  const showSummary = submitted && (summaryErrors.length > 0 || state.formError !== null) && !(clientErrors?.length === 0 && isPending);

  const textField = (
    field: "subject" | "place" | "name" | "email" | "phone",
    opts: { hint?: string; type?: string; autoComplete?: string; optional?: boolean; maxLength?: number; inputMode?: "email" | "tel" | "text" },
  ) => {
    const err = errorOf(field);
    return (
      <div className={err ? "field field--error" : "field"}>
        <label htmlFor={`f-${field}`} className="label">
          {tf(field)}
          {opts.optional && <span className="optional"> ({tc("optional")})</span>}
        </label>
        {opts.hint && (
          <p id={`f-${field}-hint`} className="hint">
            {opts.hint}
          </p>
        )}
        {fieldError(field)}
        <input
          id={`f-${field}`}
          name={field}
          type={opts.type ?? "text"}
          className="input"
          defaultValue={values[field] ?? ""}
          autoComplete={opts.autoComplete}
          inputMode={opts.inputMode}
          maxLength={opts.maxLength}
          required={!opts.optional}
          aria-invalid={err ? true : undefined}
          aria-describedby={ids(opts.hint && `f-${field}-hint`, err && `f-${field}-error`)}
          onBlur={() => check(field)}
        />
      </div>
    );
  };

  const groups = departments
    .map((d) => ({ department: d, categories: categories.filter((c) => c.departmentCode === d.code) }))
    .filter((g) => g.categories.length > 0);
  const ungrouped = categories.filter((c) => !departments.some((d) => d.code === c.departmentCode));

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="submit-form">
      {showSummary && (
        <div ref={summaryRef} className="error-summary" tabIndex={-1} aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{state.formError && clientErrors === null ? t("formError") : t("errorSummaryTitle")}</h2>
          {state.formError?.code === "RATE_LIMITED" && clientErrors === null && (
            <p>{tErr("RATE_LIMITED", { minutes: state.formError.minutes, seconds: state.formError.minutes * 60 })}</p>
          )}
          {state.formError?.code === "INTERNAL" && clientErrors === null && <p>{tErr("INTERNAL")}</p>}
          {summaryErrors.length > 0 && (
            <ul>
              {summaryErrors.map((e) => {
                const label = FIELD_ORDER.includes(e.field) ? tf(e.field) : null;
                const text = label ? `${label}: ${message(e)}` : message(e);
                return (
                  <li key={e.field}>
                    {label ? (
                      <a
                        href={`#${fieldTarget(e.field, firstKind)}`}
                        onClick={(ev) => {
                          const target = document.getElementById(fieldTarget(e.field, firstKind));
                          if (!target) return;
                          ev.preventDefault();
                          target.focus();
                          target.scrollIntoView({ block: "center" });
                        }}
                      >
                        {text}
                      </a>
                    ) : (
                      text
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}

      <input type="hidden" name="locale" value={locale} />

      {/* 1. Kind */}
      <fieldset
        className={errorOf("kind") ? "field fieldset field--error" : "field fieldset"}
        aria-describedby={ids("f-kind-hint", errorOf("kind") && "f-kind-error")}
      >
        <legend>
          <h2 className="legend-heading">{t("kindLegend")}</h2>
        </legend>
        <p id="f-kind-hint" className="hint">
          {t("kindHint")}
        </p>
        {fieldError("kind")}
        <div className="radios">
          {kinds.map((k) => (
            <div className="radio" key={k.kind}>
              <input
                type="radio"
                id={`f-kind-${k.kind}`}
                name="kind"
                value={k.kind}
                defaultChecked={values.kind === k.kind}
                required
                aria-describedby={`f-kind-${k.kind}-hint`}
                onChange={() => check("kind")}
              />
              <label htmlFor={`f-kind-${k.kind}`}>{k.name}</label>
              <p id={`f-kind-${k.kind}-hint`} className="hint radio-hint">
                {k.description}
              </p>
            </div>
          ))}
        </div>
      </fieldset>

      {/* 2. The message */}
      <section className="form-section" aria-labelledby="message-heading">
        <h2 id="message-heading">{t("messageHeading")}</h2>
        {textField("subject", {
          hint: t("lengthHint", { min: LIMITS.subject.min, max: LIMITS.subject.max }),
          maxLength: LIMITS.subject.max,
        })}

        <div className={errorOf("body") ? "field field--error" : "field"}>
          <label htmlFor="f-body" className="label">
            {tf("body")}
          </label>
          <p id="f-body-hint" className="hint">
            {t("bodyHint")} {t("lengthHint", { min: LIMITS.body.min, max: LIMITS.body.max })}
          </p>
          {fieldError("body")}
          <textarea
            id="f-body"
            name="body"
            className="input textarea"
            rows={8}
            defaultValue={values.body ?? ""}
            maxLength={LIMITS.body.max}
            required
            aria-invalid={errorOf("body") ? true : undefined}
            aria-describedby={ids("f-body-hint", errorOf("body") && "f-body-error")}
            onBlur={() => check("body")}
          />
        </div>

        <div className={errorOf("categoryCode") ? "field field--error" : "field"}>
          <label htmlFor="f-categoryCode" className="label">
            {tf("categoryCode")}
            <span className="optional"> ({tc("optional")})</span>
          </label>
          <p id="f-categoryCode-hint" className="hint">
            {t("categoryHint")}
          </p>
          {fieldError("categoryCode")}
          <select
            id="f-categoryCode"
            name="categoryCode"
            className="input select"
            defaultValue={values.categoryCode ?? ""}
            aria-invalid={errorOf("categoryCode") ? true : undefined}
            aria-describedby={ids("f-categoryCode-hint", errorOf("categoryCode") && "f-categoryCode-error")}
            onChange={() => check("categoryCode")}
          >
            <option value="">{t("categoryNone")}</option>
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

        {textField("place", {
          hint: `${t("placeHint")} ${t("maxHint", { max: LIMITS.place.max })}`,
          optional: true,
          maxLength: LIMITS.place.max,
        })}

        <div className={errorOf("incidentDate") ? "field field--error" : "field"}>
          <label htmlFor="f-incidentDate" className="label">
            {tf("incidentDate")}
            <span className="optional"> ({tc("optional")})</span>
          </label>
          <p id="f-incidentDate-hint" className="hint">
            {t("dateHint")}
          </p>
          {fieldError("incidentDate")}
          <input
            id="f-incidentDate"
            name="incidentDate"
            type="date"
            className="input input--date"
            max={today}
            defaultValue={values.incidentDate ?? ""}
            aria-invalid={errorOf("incidentDate") ? true : undefined}
            aria-describedby={ids("f-incidentDate-hint", errorOf("incidentDate") && "f-incidentDate-error")}
            onBlur={() => check("incidentDate")}
          />
        </div>
      </section>

      {/* 3. Named or anonymous: both options always visible; the consequence is said before sending. */}
      <fieldset
        className={errorOf("anonymous") ? "field fieldset field--error" : "field fieldset"}
        aria-describedby={ids(errorOf("anonymous") && "f-anonymous-error")}
      >
        <legend>
          <h2 className="legend-heading">{t("identityLegend")}</h2>
        </legend>
        {fieldError("anonymous")}
        <div className="radios">
          <div className="radio">
            <input
              type="radio"
              id="f-anonymous-no"
              name="anonymous"
              value="no"
              defaultChecked={values.anonymous === "no"}
              required
              aria-describedby="f-anonymous-no-hint"
              onChange={() => {
                setAnonymous("no");
                check("anonymous");
              }}
            />
            <label htmlFor="f-anonymous-no">{t("namedOption")}</label>
            <p id="f-anonymous-no-hint" className="hint radio-hint">
              {t("namedHint")}
            </p>
          </div>
          <div className="radio">
            <input
              type="radio"
              id="f-anonymous-yes"
              name="anonymous"
              value="yes"
              defaultChecked={values.anonymous === "yes"}
              aria-describedby="f-anonymous-yes-hint"
              onChange={() => {
                setAnonymous("yes");
                check("anonymous");
              }}
            />
            <label htmlFor="f-anonymous-yes">{t("anonymousOption")}</label>
            <p id="f-anonymous-yes-hint" className="hint radio-hint callout callout--warning">
              {t("anonymousWarning")}
            </p>
          </div>
        </div>
      </fieldset>

      {/* 4. Identity: hidden (and left out of what is sent) once "anonymously" is chosen with JavaScript. */}
      <fieldset className="field fieldset" hidden={anonymousChosen} aria-describedby="f-details-hint">
        <legend>
          <h2 className="legend-heading">{t("detailsLegend")}</h2>
        </legend>
        <p id="f-details-hint" className="hint">
          {t("detailsHint")}
          {!hydrated && <strong className="block">{t("detailsNoJsHint")}</strong>}
        </p>
        {textField("name", {
          autoComplete: "name",
          maxLength: LIMITS.name.max,
        })}
        {textField("email", {
          type: "email",
          hint: t("emailHint"),
          autoComplete: "email",
          inputMode: "email",
          optional: true,
          maxLength: LIMITS.email.max,
        })}
        {textField("phone", {
          type: "tel",
          hint: t("phoneHint"),
          autoComplete: "tel",
          inputMode: "tel",
          optional: true,
          maxLength: LIMITS.phone.max,
        })}
        <div className={errorOf("address") ? "field field--error" : "field"}>
          <label htmlFor="f-address" className="label">
            {tf("address")}
            <span className="optional"> ({tc("optional")})</span>
          </label>
          <p id="f-address-hint" className="hint">
            {t("addressHint")}
          </p>
          {fieldError("address")}
          <textarea
            id="f-address"
            name="address"
            className="input textarea textarea--short"
            rows={3}
            autoComplete="street-address"
            defaultValue={values.address ?? ""}
            maxLength={LIMITS.address.max}
            aria-invalid={errorOf("address") ? true : undefined}
            aria-describedby={ids("f-address-hint", errorOf("address") && "f-address-error")}
            onBlur={() => check("address")}
          />
        </div>

        <div className={errorOf("consent") ? "field field--error" : "field"}>
          {fieldError("consent")}
          <div className="checkbox">
            <input
              type="checkbox"
              id="f-consent"
              name="consent"
              value="yes"
              defaultChecked={values.consent === "yes"}
              aria-invalid={errorOf("consent") ? true : undefined}
              aria-describedby={ids("f-consent-link", errorOf("consent") && "f-consent-error")}
              onChange={() => check("consent")}
            />
            <label htmlFor="f-consent">{t("consentLabel")}</label>
          </div>
          <p id="f-consent-link" className="hint checkbox-hint">
            <Link href="/privacy" target="_blank" rel="noopener">
              {t("consentLink")} {tc("opensInNewTab")}
            </Link>
          </p>
        </div>
      </fieldset>

      {/* Honeypot: people never see or reach it; bots that fill every field do. */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="f-website">{t("honeypotLabel")}</label>
        <input id="f-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <div className="form-actions">
        <button type="submit" className="button button--big" aria-disabled={isPending || undefined}>
          {isPending ? t("sending") : t("send")}
        </button>
      </div>
    </form>
  );
}
