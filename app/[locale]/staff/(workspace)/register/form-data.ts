// The registration form's fields ⇄ RegisterSubmissionInput, and the files it carries.
// Shared by the server action and the browser's early checks.
import type { RegisterSubmissionInput } from "@/lib/cases/register-submission-input";
import { ATTACHMENT_LIMITS, ATTACHMENT_TYPES } from "@/lib/cases/attachment-limits";
import type { FieldErrorCode } from "@/lib/errors";
import { echoFormValues, formText, sharedSubmissionFields } from "@/lib/ui/forms/submission-form-data";

/** Fields that identify the citizen: dropped when the submission is anonymous. */
export const IDENTITY_FIELDS = ["name", "email", "phone", "address", "consent", "emailSlip"] as const;

/** The form's fields in page order (error summary order, echoed values). */
export const FIELD_ORDER = [
  "channel",
  "receivedOn",
  "kind",
  "subject",
  "body",
  "categoryCode",
  "place",
  "incidentDate",
  "locale",
  "anonymous",
  "name",
  "email",
  "phone",
  "address",
  "consent",
  "emailSlip",
  "files",
] as const;

type EchoedField = Exclude<(typeof FIELD_ORDER)[number], "files">;
export type FormValues = Partial<Record<EchoedField, string>>;

/** At most this many files per registration; together no more than one file's limit. */
export const FILE_LIMITS = { count: 10, totalBytes: ATTACHMENT_LIMITS.maxBytes } as const;
export const ACCEPTED_TYPES = Object.keys(ATTACHMENT_TYPES).join(",");

/** A problem with one chosen file, or (filename null) with the files together. */
export interface FileError {
  filename: string | null;
  code: FieldErrorCode | "TOO_MANY_FILES" | "FILES_TOO_LARGE_TOGETHER";
  params?: Record<string, number>;
}

export function registrationFromFormData(fd: FormData): RegisterSubmissionInput {
  return {
    channel: formText(fd, "channel") ?? "",
    receivedOn: formText(fd, "receivedOn"),
    ...sharedSubmissionFields(fd),
    emailSlip: formText(fd, "emailSlip") === "yes",
  };
}

export function echoValues(fd: FormData): FormValues {
  return echoFormValues(fd, FIELD_ORDER.filter((key): key is EchoedField => key !== "files"));
}

/**
 * The files chosen. An empty file input still sends one part: nameless and empty from a
 * plain form post, a bare empty Blob through React's action encoding.
 */
export function chosenFiles(fd: FormData): File[] {
  return fd.getAll("files").filter((f): f is File => typeof f !== "string" && (f.size > 0 || (typeof f.name === "string" && f.name !== "")));
}

/**
 * What can be told about the files without reading them: how many, how large, and the
 * type the browser reports (the server decides by the bytes, lib/cases/attachment-file.ts).
 */
export function quickFileErrors(files: readonly Pick<File, "name" | "size" | "type">[], options: { trustBrowserType: boolean }): FileError[] {
  const errors: FileError[] = [];
  if (files.length > FILE_LIMITS.count) errors.push({ filename: null, code: "TOO_MANY_FILES", params: { max: FILE_LIMITS.count } });
  const maxMb = ATTACHMENT_LIMITS.maxBytes / 1024 / 1024;
  for (const f of files) {
    if (f.size > ATTACHMENT_LIMITS.maxBytes) errors.push({ filename: f.name, code: "FILE_TOO_LARGE", params: { max: maxMb } });
    else if (f.size === 0) errors.push({ filename: f.name, code: "REQUIRED" });
    else if (options.trustBrowserType && f.type !== "" && !(f.type in ATTACHMENT_TYPES)) {
      errors.push({ filename: f.name, code: "UNSUPPORTED_FILE_TYPE" });
    }
  }
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (errors.length === 0 && total > FILE_LIMITS.totalBytes) {
    errors.push({ filename: null, code: "FILES_TOO_LARGE_TOGETHER", params: { max: FILE_LIMITS.totalBytes / 1024 / 1024 } });
  }
  return errors;
}
