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
import { AnonymityChoice } from "@/lib/ui/forms/anonymity-choice";
import { CategorySelect } from "@/lib/ui/forms/category-select";
import { ConsentCheckbox } from "@/lib/ui/forms/consent-checkbox";
import { FieldErrorMessage } from "@/lib/ui/forms/field-error";
import { KindChoice } from "@/lib/ui/forms/kind-choice";
import { TextAreaField, TextField } from "@/lib/ui/forms/text-field";
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
      <FieldErrorMessage field={field} prefix={t("fieldErrorPrefix")}>
        {message(e)}
      </FieldErrorMessage>
    );
  };

  const summaryErrors = [...errors].sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
  const showSummary = submitted && (summaryErrors.length > 0 || state.formError !== null) && !(clientErrors?.length === 0 && isPending);

  const textField = (
    field: "subject" | "place" | "name" | "email" | "phone",
    opts: { hint?: string; type?: string; autoComplete?: string; optional?: boolean; maxLength?: number; inputMode?: "email" | "tel" | "text" },
  ) => {
    return (
      <TextField
        field={field}
        label={tf(field)}
        optionalText={opts.optional ? tc("optional") : undefined}
        hint={opts.hint}
        error={fieldError(field)}
        type={opts.type ?? "text"}
        defaultValue={values[field] ?? ""}
        autoComplete={opts.autoComplete}
        inputMode={opts.inputMode}
        maxLength={opts.maxLength}
        onBlur={() => check(field)}
      />
    );
  };

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
      <KindChoice
        kinds={kinds}
        legend={t("kindLegend")}
        hint={t("kindHint")}
        checked={values.kind}
        error={fieldError("kind")}
        onChange={() => check("kind")}
      />

      {/* 2. The message */}
      <section className="form-section" aria-labelledby="message-heading">
        <h2 id="message-heading">{t("messageHeading")}</h2>
        {textField("subject", {
          hint: t("lengthHint", { min: LIMITS.subject.min, max: LIMITS.subject.max }),
          maxLength: LIMITS.subject.max,
        })}

        <TextAreaField
          field="body"
          label={tf("body")}
          hint={`${t("bodyHint")} ${t("lengthHint", { min: LIMITS.body.min, max: LIMITS.body.max })}`}
          error={fieldError("body")}
          className="input textarea"
          rows={8}
          defaultValue={values.body ?? ""}
          maxLength={LIMITS.body.max}
          onBlur={() => check("body")}
        />

        <CategorySelect
          categories={categories}
          departments={departments}
          label={tf("categoryCode")}
          optionalText={tc("optional")}
          hint={t("categoryHint")}
          noneText={t("categoryNone")}
          selected={values.categoryCode}
          error={fieldError("categoryCode")}
          onChange={() => check("categoryCode")}
        />

        {textField("place", {
          hint: `${t("placeHint")} ${t("maxHint", { max: LIMITS.place.max })}`,
          optional: true,
          maxLength: LIMITS.place.max,
        })}

        <TextField
          field="incidentDate"
          label={tf("incidentDate")}
          optionalText={tc("optional")}
          hint={t("dateHint")}
          error={fieldError("incidentDate")}
          type="date"
          className="input input--date"
          max={today}
          defaultValue={values.incidentDate ?? ""}
          onBlur={() => check("incidentDate")}
        />
      </section>

      {/* 3. Named or anonymous: both options always visible; the consequence is said before sending. */}
      <AnonymityChoice
        legend={t("identityLegend")}
        namedOption={t("namedOption")}
        namedHint={t("namedHint")}
        anonymousOption={t("anonymousOption")}
        anonymousHint={t("anonymousWarning")}
        checked={values.anonymous}
        error={fieldError("anonymous")}
        onChoose={(value) => {
          setAnonymous(value);
          check("anonymous");
        }}
      />

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
        <TextAreaField
          field="address"
          label={tf("address")}
          optionalText={tc("optional")}
          hint={t("addressHint")}
          error={fieldError("address")}
          className="input textarea textarea--short"
          rows={3}
          autoComplete="street-address"
          defaultValue={values.address ?? ""}
          maxLength={LIMITS.address.max}
          onBlur={() => check("address")}
        />

        <ConsentCheckbox
          label={t("consentLabel")}
          linkText={`${t("consentLink")} ${tc("opensInNewTab")}`}
          checked={values.consent === "yes"}
          error={fieldError("consent")}
          onChange={() => check("consent")}
        />
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
