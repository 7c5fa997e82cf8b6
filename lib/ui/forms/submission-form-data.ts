// Reading the fields that the public submit form and the clerk's registration form share
// out of FormData. Used by both forms' server actions and browser checks, so both read
// the same fields the same way.
import type { SubmitFeedbackInput } from "@/lib/cases/submit-feedback-input";

/** A text field's value, or null when it is missing (or is a file). */
export function formText(fd: FormData, key: string): string | null {
  const v = fd.get(key);
  return typeof v === "string" ? v : null;
}

/** The message, the named/anonymous choice and the sender's details, as both forms post them. */
export type SharedSubmissionFields = Pick<
  SubmitFeedbackInput,
  "kind" | "subject" | "body" | "categoryCode" | "place" | "incidentDate" | "anonymous" | "name" | "email" | "phone" | "address" | "consent" | "locale"
>;

export function sharedSubmissionFields(fd: FormData): SharedSubmissionFields {
  const anonymous = formText(fd, "anonymous");
  return {
    kind: formText(fd, "kind") ?? "",
    subject: formText(fd, "subject") ?? "",
    body: formText(fd, "body") ?? "",
    categoryCode: formText(fd, "categoryCode"),
    place: formText(fd, "place"),
    incidentDate: formText(fd, "incidentDate"),
    // Neither radio chosen: left undefined so that the validator reports REQUIRED.
    anonymous: (anonymous === "yes" ? true : anonymous === "no" ? false : undefined) as boolean,
    name: formText(fd, "name"),
    email: formText(fd, "email"),
    phone: formText(fd, "phone"),
    address: formText(fd, "address"),
    consent: formText(fd, "consent") === "yes",
    locale: formText(fd, "locale"),
  };
}

/** The typed text of the given fields, to show the form again with errors. */
export function echoFormValues<K extends string>(fd: FormData, fields: readonly K[]): Partial<Record<K, string>> {
  const values: Partial<Record<K, string>> = {};
  for (const key of fields) {
    const v = formText(fd, key);
    if (v !== null) values[key] = v;
  }
  return values;
}
