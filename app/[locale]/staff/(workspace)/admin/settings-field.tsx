// A labelled form field of the administrator's settings pages, with its error next to it
// (tied to the control by aria-describedby) — server-rendered, so it works without JavaScript.
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Feedback } from "./feedback";

export async function SettingsField(props: {
  id: string;
  field: string;
  label: string;
  hint?: string;
  feedback: Feedback;
  children: (aria: { "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
}) {
  const te = await getTranslations("fieldErrors");
  const t = await getTranslations("adminSettings");
  const err = props.feedback.errorOf(props.field);
  const describedBy = [props.hint && `${props.id}-hint`, err && `${props.id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={err ? "field field--error" : "field"}>
      <label htmlFor={props.id} className="label">
        {props.label}
      </label>
      {props.hint && (
        <p id={`${props.id}-hint`} className="hint">
          {props.hint}
        </p>
      )}
      {err && (
        <p id={`${props.id}-error`} className="error-message">
          <span className="visually-hidden">{t("errorPrefix")} </span>
          {te(err.code, { min: 0, max: 0, ...err.params })}
        </p>
      )}
      {props.children({ ...(err ? { "aria-invalid": true as const } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) })}
    </div>
  );
}

/** "The change was not made" with the reason, for refusals that are not about one field. */
export async function FormError({ feedback }: { feedback: Feedback }) {
  if (!feedback.formError && feedback.errors.length === 0) return null;
  const t = await getTranslations("adminSettings");
  const tErr = await getTranslations("errors");
  return (
    <p className="callout callout--warning" role="alert">
      {t("notSaved")} {feedback.formError ? tErr(feedback.formError, { minutes: 1, seconds: 60 }) : t("seeFields")}
    </p>
  );
}
