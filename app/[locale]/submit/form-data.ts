// The form's fields ⇄ SubmitFeedbackInput. Shared by the server action and the browser's
// inline checks, so both validate exactly the same object with validateSubmission.
import type { SubmitFeedbackInput } from "@/lib/cases/submit-feedback-input";

/** Fields that identify the sender: dropped when the sender chose to stay anonymous. */
export const IDENTITY_FIELDS = ["name", "email", "phone", "address", "consent"] as const;

/** Fields whose typed text is echoed back when the form is shown again with errors. */
export const ECHOED_FIELDS = [
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
] as const;

export type FormValues = Partial<Record<(typeof ECHOED_FIELDS)[number], string>>;

function text(fd: FormData, key: string): string | null {
  const v = fd.get(key);
  return typeof v === "string" ? v : null;
}

export function submissionFromFormData(fd: FormData): SubmitFeedbackInput {
  const anonymous = text(fd, "anonymous");
  return {
    kind: text(fd, "kind") ?? "",
    subject: text(fd, "subject") ?? "",
    body: text(fd, "body") ?? "",
    categoryCode: text(fd, "categoryCode"),
    place: text(fd, "place"),
    incidentDate: text(fd, "incidentDate"),
    // Neither radio chosen: left undefined so that the validator reports REQUIRED.
    anonymous: (anonymous === "yes" ? true : anonymous === "no" ? false : undefined) as boolean,
    name: text(fd, "name"),
    email: text(fd, "email"),
    phone: text(fd, "phone"),
    address: text(fd, "address"),
    consent: text(fd, "consent") === "yes",
    locale: text(fd, "locale"),
    website: text(fd, "website"),
  };
}

export function echoValues(fd: FormData): FormValues {
  const values: FormValues = {};
  for (const key of ECHOED_FIELDS) {
    const v = text(fd, key);
    if (v !== null) values[key] = v;
  }
  return values;
}
