"use client";
// The clerk's registration form. Without JavaScript it is a plain multipart POST to a
// server action, and the server renders it again with the typed values and the errors
// next to each field. With JavaScript the same action is called without reloading, the
// citizen's details hide once "anonymously" is chosen, and the chosen files are checked
// (count, size, type) before anything is sent.
import { startTransition, useActionState, useEffect, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { LIMITS } from "@/lib/cases/submit-feedback-input";
import { ATTACHMENT_LIMITS } from "@/lib/cases/attachment-limits";
import type { LocalisedCategory, LocalisedDepartment, LocalisedKind } from "@/lib/cases/types";
import type { Channel, Locale } from "@/lib/domain/kinds";
import type { FieldError } from "@/lib/errors";
import { localeNames } from "@/lib/i18n/config";
import { AnonymityChoice } from "@/lib/ui/forms/anonymity-choice";
import { CategorySelect } from "@/lib/ui/forms/category-select";
import { ConsentCheckbox } from "@/lib/ui/forms/consent-checkbox";
import { FieldErrorMessage, describedBy as ids } from "@/lib/ui/forms/field-error";
import { KindChoice } from "@/lib/ui/forms/kind-choice";
import { TextAreaField, TextField } from "@/lib/ui/forms/text-field";
import { useHydrated } from "@/lib/ui/use-hydrated";
import { registerAction } from "./actions";
import { ACCEPTED_TYPES, FIELD_ORDER, FILE_LIMITS, IDENTITY_FIELDS, chosenFiles, quickFileErrors, type FileError } from "./form-data";
import { initialRegisterState } from "./state";

const LANGUAGES: Locale[] = ["bg", "tr", "en"];

/** Where the error summary sends the clerk for each field. */
function fieldTarget(field: string, first: { channel: string; kind: string }): string {
  if (field === "channel") return `f-channel-${first.channel}`;
  if (field === "kind") return `f-kind-${first.kind}`;
  if (field === "anonymous") return "f-anonymous-no";
  if (field === "locale") return "f-locale-bg";
  return `f-${field}`;
}

export interface RegisterFormProps {
  /** The page's (the clerk's) language; also the default language of the citizen. */
  locale: Locale;
  channels: Exclude<Channel, "WEB">[];
  kinds: LocalisedKind[];
  categories: LocalisedCategory[];
  departments: LocalisedDepartment[];
  today: string;
  oldest: string;
}

export function RegisterForm({ locale, channels, kinds, categories, departments, today, oldest }: RegisterFormProps) {
  const t = useTranslations("register");
  const tf = useTranslations("fields");
  const te = useTranslations("fieldErrors");
  const tErr = useTranslations("errors");
  const tc = useTranslations("common");
  const tChannel = useTranslations("channels");
  const hydrated = useHydrated();

  const [state, formAction, isPending] = useActionState(registerAction, initialRegisterState);
  const values = state.values;

  // Problems seen in the browser replace the server's until the server answers again.
  const [clientFileErrors, setClientFileErrors] = useState<FileError[] | null>(null);
  const [anonymous, setAnonymous] = useState<string>(values.anonymous ?? "");
  const [seenAttempt, setSeenAttempt] = useState(state.attempt);
  const [focusRequest, setFocusRequest] = useState(0);
  if (state.attempt !== seenAttempt) {
    // A new answer from the server (React's "adjust state on prop change").
    setSeenAttempt(state.attempt);
    setClientFileErrors(null);
    setAnonymous(state.values.anonymous ?? "");
    setFocusRequest((n) => n + 1);
  }
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusRequest > 0) summaryRef.current?.focus();
  }, [focusRequest]);

  const fieldErrors = state.fieldErrors;
  const fileErrors = clientFileErrors ?? state.fileErrors;
  const errorOf = (field: string) => fieldErrors.find((e) => e.field === field);
  const first = { channel: channels[0] ?? "LETTER", kind: kinds[0]?.kind ?? "OPINION" };
  const anonymousChosen = hydrated && anonymous === "yes";

  /** A label as the form shows it: the clerk's wording where it differs from the citizen's form. */
  const label = (field: string) => (t.has(`labels.${field}`) ? t(`labels.${field}`) : tf(field));
  const message = (e: FieldError) =>
    te(["channel", "kind", "anonymous", "locale"].includes(e.field) && e.code === "REQUIRED" ? "INVALID_CHOICE" : e.code, e.params ?? {});
  const fileMessage = (e: FileError) => {
    if (e.code === "TOO_MANY_FILES") return t("files.tooMany", e.params ?? {});
    if (e.code === "FILES_TOO_LARGE_TOGETHER") return t("files.tooLargeTogether", e.params ?? {});
    const text = te(e.code, e.params ?? {});
    return e.filename ? t("files.fileError", { filename: e.filename, error: text }) : text;
  };

  function onFilesChange(event: ChangeEvent<HTMLInputElement>) {
    setClientFileErrors(quickFileErrors([...(event.currentTarget.files ?? [])], { trustBrowserType: true }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Handled here so that React does not reset the form after the action (the typed
    // values and chosen files stay), and so that files the browser already knows are
    // wrong are not uploaded.
    event.preventDefault();
    if (isPending) return;
    const fd = new FormData(event.currentTarget);
    if (fd.get("anonymous") === "yes") for (const f of IDENTITY_FIELDS) fd.delete(f);
    const files = chosenFiles(fd);
    // Only the chosen files travel (not the empty part of an untouched file input).
    fd.delete("files");
    for (const f of files) fd.append("files", f);
    const problems = quickFileErrors(files, { trustBrowserType: true });
    if (problems.length > 0) {
      setClientFileErrors(problems);
      setFocusRequest((n) => n + 1);
      return;
    }
    setClientFileErrors([]);
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

  const summaryFieldErrors = [...fieldErrors].sort(
    (a, b) => FIELD_ORDER.indexOf(a.field as (typeof FIELD_ORDER)[number]) - FIELD_ORDER.indexOf(b.field as (typeof FIELD_ORDER)[number]),
  );
  const summaryCount = summaryFieldErrors.length + fileErrors.length;
  const showSummary = !isPending && (summaryCount > 0 || (state.formError !== null && clientFileErrors === null));

  const jump = (target: string) => (ev: React.MouseEvent<HTMLAnchorElement>) => {
    const el = document.getElementById(target);
    if (!el) return;
    ev.preventDefault();
    el.focus();
    el.scrollIntoView({ block: "center" });
  };

  const textField = (
    field: "subject" | "place" | "name" | "email" | "phone",
    opts: { hint?: string; type?: string; optional?: boolean; maxLength?: number; inputMode?: "email" | "tel" | "text" },
  ) => {
    return (
      <TextField
        field={field}
        label={label(field)}
        optionalText={opts.optional ? tc("optional") : undefined}
        hint={opts.hint}
        error={fieldError(field)}
        type={opts.type ?? "text"}
        defaultValue={values[field] ?? ""}
        // The citizen's details, not the clerk's: the browser must not fill in its own.
        autoComplete="off"
        inputMode={opts.inputMode}
        maxLength={opts.maxLength}
      />
    );
  };

  const maxMb = ATTACHMENT_LIMITS.maxBytes / 1024 / 1024;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate encType="multipart/form-data" className="submit-form register-form">
      {showSummary && (
        <div ref={summaryRef} className="error-summary" tabIndex={-1} role="group" aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{summaryCount > 0 ? t("errorSummaryTitle") : t("formErrorTitle")}</h2>
          {state.formError === "FORBIDDEN" && clientFileErrors === null && <p>{t("forbidden")}</p>}
          {state.formError === "INTERNAL" && clientFileErrors === null && <p>{tErr("INTERNAL")}</p>}
          {summaryCount > 0 && (
            <ul>
              {summaryFieldErrors.map((e) => {
                const target = fieldTarget(e.field, first);
                const known = (FIELD_ORDER as readonly string[]).includes(e.field);
                return (
                  <li key={e.field}>
                    {known ? (
                      <a href={`#${target}`} onClick={jump(target)}>
                        {label(e.field)}: {message(e)}
                      </a>
                    ) : (
                      message(e)
                    )}
                  </li>
                );
              })}
              {fileErrors.map((e, i) => (
                <li key={`file-${i}`}>
                  <a href="#f-files" onClick={jump("f-files")}>
                    {label("files")}: {fileMessage(e)}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <input type="hidden" name="uiLocale" value={locale} />

      {/* 1. How and when it came */}
      <fieldset
        className={errorOf("channel") ? "field fieldset field--error" : "field fieldset"}
        aria-describedby={ids(errorOf("channel") && "f-channel-error")}
      >
        <legend>
          <h2 className="legend-heading">{t("channelLegend")}</h2>
        </legend>
        {fieldError("channel")}
        <div className="radios radios--compact">
          {channels.map((c) => (
            <div className="radio" key={c}>
              <input type="radio" id={`f-channel-${c}`} name="channel" value={c} defaultChecked={values.channel === c} required />
              <label htmlFor={`f-channel-${c}`}>{tChannel(c)}</label>
            </div>
          ))}
        </div>
      </fieldset>

      <div className={errorOf("receivedOn") ? "field field--error" : "field"}>
        <label htmlFor="f-receivedOn" className="label">
          {label("receivedOn")}
        </label>
        <p id="f-receivedOn-hint" className="hint">
          {t("receivedOnHint")}
        </p>
        {fieldError("receivedOn")}
        <input
          id="f-receivedOn"
          name="receivedOn"
          type="date"
          className="input input--date"
          min={oldest}
          max={today}
          defaultValue={values.receivedOn ?? today}
          required
          aria-invalid={errorOf("receivedOn") ? true : undefined}
          aria-describedby={ids("f-receivedOn-hint", errorOf("receivedOn") && "f-receivedOn-error")}
        />
      </div>

      {/* 2. Kind, with the same help the citizen reads on the public form */}
      <KindChoice kinds={kinds} legend={t("kindLegend")} hint={t("kindHint")} checked={values.kind} error={fieldError("kind")} />

      {/* 3. The submission itself */}
      <section className="form-section" aria-labelledby="message-heading">
        <h2 id="message-heading">{t("messageHeading")}</h2>
        {textField("subject", {
          hint: t("lengthHint", { min: LIMITS.subject.min, max: LIMITS.subject.max }),
          maxLength: LIMITS.subject.max,
        })}

        <TextAreaField
          field="body"
          label={label("body")}
          hint={`${t("bodyHint")} ${t("lengthHint", { min: LIMITS.body.min, max: LIMITS.body.max })}`}
          error={fieldError("body")}
          className="input textarea"
          rows={8}
          defaultValue={values.body ?? ""}
          maxLength={LIMITS.body.max}
        />

        <CategorySelect
          categories={categories}
          departments={departments}
          label={label("categoryCode")}
          optionalText={tc("optional")}
          hint={t("categoryHint")}
          noneText={t("categoryNone")}
          selected={values.categoryCode}
          error={fieldError("categoryCode")}
        />

        {textField("place", { hint: t("placeHint"), optional: true, maxLength: LIMITS.place.max })}

        <TextField
          field="incidentDate"
          label={label("incidentDate")}
          optionalText={tc("optional")}
          hint={t("incidentDateHint")}
          error={fieldError("incidentDate")}
          type="date"
          className="input input--date"
          max={today}
          defaultValue={values.incidentDate ?? ""}
        />

        {/* Scanned papers: attached once the case exists (addAttachment). */}
        <div className={fileErrors.length > 0 ? "field field--error" : "field"}>
          <label htmlFor="f-files" className="label">
            {label("files")}
            <span className="optional"> ({tc("optional")})</span>
          </label>
          <p id="f-files-hint" className="hint">
            {t("files.hint", { max: maxMb, count: FILE_LIMITS.count })}
          </p>
          {fileErrors.length > 0 && (
            <ul id="f-files-error" className="error-list">
              {fileErrors.map((e, i) => (
                <li key={i} className="error-message">
                  <span className="visually-hidden">{t("fieldErrorPrefix")} </span>
                  {fileMessage(e)}
                </li>
              ))}
            </ul>
          )}
          {state.filesDropped && !hydrated && <p className="hint"><strong>{t("files.chooseAgain")}</strong></p>}
          <input
            id="f-files"
            name="files"
            type="file"
            className="input input--file"
            multiple
            accept={ACCEPTED_TYPES}
            onChange={onFilesChange}
            aria-invalid={fileErrors.length > 0 ? true : undefined}
            aria-describedby={ids("f-files-hint", fileErrors.length > 0 && "f-files-error")}
          />
        </div>
      </section>

      {/* 4. The citizen's language: the slip, e-mails and the answer are written in it. */}
      <fieldset className="field fieldset" aria-describedby={ids("f-locale-hint", errorOf("locale") && "f-locale-error")}>
        <legend>
          <h2 className="legend-heading">{label("locale")}</h2>
        </legend>
        <p id="f-locale-hint" className="hint">
          {t("localeHint")}
        </p>
        {fieldError("locale")}
        <div className="radios radios--inline">
          {LANGUAGES.map((l) => (
            <div className="radio" key={l}>
              <input type="radio" id={`f-locale-${l}`} name="locale" value={l} defaultChecked={(values.locale ?? locale) === l} />
              <label htmlFor={`f-locale-${l}`} lang={l}>
                {localeNames[l]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>

      {/* 5. Named or anonymous */}
      <AnonymityChoice
        legend={t("identityLegend")}
        namedOption={t("namedOption")}
        namedHint={t("namedHint")}
        anonymousOption={t("anonymousOption")}
        anonymousHint={t("anonymousHint")}
        checked={values.anonymous}
        error={fieldError("anonymous")}
        onChoose={setAnonymous}
      />

      {/* 6. The citizen's details: hidden (and not sent) once "anonymously" is chosen with JavaScript. */}
      <fieldset className="field fieldset" hidden={anonymousChosen} aria-describedby="f-details-hint">
        <legend>
          <h2 className="legend-heading">{t("detailsLegend")}</h2>
        </legend>
        <p id="f-details-hint" className="hint">
          {t("detailsHint")}
          {!hydrated && <strong className="block">{t("detailsNoJsHint")}</strong>}
        </p>
        {textField("name", { maxLength: LIMITS.name.max })}
        {textField("email", { type: "email", hint: t("emailHint"), inputMode: "email", optional: true, maxLength: LIMITS.email.max })}
        {textField("phone", { type: "tel", hint: t("phoneHint"), inputMode: "tel", optional: true, maxLength: LIMITS.phone.max })}
        <TextAreaField
          field="address"
          label={label("address")}
          optionalText={tc("optional")}
          error={fieldError("address")}
          className="input textarea textarea--short"
          rows={3}
          autoComplete="off"
          defaultValue={values.address ?? ""}
          maxLength={LIMITS.address.max}
        />

        <ConsentCheckbox
          label={t("consentLabel")}
          linkText={`${t("consentLink")} ${tc("opensInNewTab")}`}
          checked={values.consent === "yes"}
          error={fieldError("consent")}
        />

        <div className={errorOf("emailSlip") ? "field field--error" : "field"}>
          {fieldError("emailSlip")}
          <div className="checkbox">
            <input
              type="checkbox"
              id="f-emailSlip"
              name="emailSlip"
              value="yes"
              defaultChecked={values.emailSlip === "yes"}
              aria-invalid={errorOf("emailSlip") ? true : undefined}
              aria-describedby={ids("f-emailSlip-hint", errorOf("emailSlip") && "f-emailSlip-error")}
            />
            <label htmlFor="f-emailSlip">{t("emailSlipLabel")}</label>
          </div>
          <p id="f-emailSlip-hint" className="hint checkbox-hint">
            {t("emailSlipHint")}
          </p>
        </div>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button--big" aria-disabled={isPending || undefined}>
          {isPending ? t("sending") : t("send")}
        </button>
      </div>
    </form>
  );
}
