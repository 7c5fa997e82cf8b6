// The form's fields ⇄ SubmitFeedbackInput. Shared by the server action and the browser's
// inline checks, so both validate exactly the same object with validateSubmission.
import type { SubmitFeedbackInput } from "@/lib/cases/submit-feedback-input";
import { echoFormValues, formText, sharedSubmissionFields } from "@/lib/ui/forms/submission-form-data";

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

export function submissionFromFormData(fd: FormData): SubmitFeedbackInput {
  return { ...sharedSubmissionFields(fd), website: formText(fd, "website") };
}

export function echoValues(fd: FormData): FormValues {
  return echoFormValues(fd, ECHOED_FIELDS);
}
