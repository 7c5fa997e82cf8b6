// One error class for everything a use case refuses (style.md: documenso app-error,
// dub errors). `message` is for logs; users see a localised text built from `code`
// and, for bad input, from per-field codes. Unexpected errors are never shown as-is.

/** Per-field problems; the UI and GraphQL turn the code into the user's language. */
export const FIELD_ERROR_CODES = [
  "REQUIRED",
  "TOO_SHORT",
  "TOO_LONG",
  "INVALID_EMAIL",
  "INVALID_PHONE",
  "INVALID_CHOICE",
  "INVALID_DATE",
  "DATE_IN_FUTURE",
  "DATE_TOO_OLD",
  "UNSUPPORTED_FILE_TYPE",
  "FILE_TOO_LARGE",
  "CONSENT_REQUIRED",
  "CONTACT_REQUIRED",
  "ANONYMOUS_WITH_CONTACT",
  "UNKNOWN_FIELD",
  /** A calendar override that contradicts the law: a working day on a weekday or an official holiday. */
  "CALENDAR_CONFLICT",
  /** A date range longer than allowed (params: years). */
  "RANGE_TOO_LONG",
  /** A date range whose end comes before its start. */
  "RANGE_REVERSED",
  /** A due date already past (a new improvement action). */
  "DATE_IN_PAST",
  /** A due date too far ahead to be a plan (params: years). */
  "DATE_TOO_FAR",
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export interface FieldError {
  /** Input field name, as in the GraphQL input and the HTML form (e.g. "subject"). */
  field: string;
  code: FieldErrorCode;
  /** Values for the message, e.g. { max: 200 }. */
  params?: Record<string, number | string>;
}

export const APP_ERROR_CODES = [
  "BAD_INPUT",
  "NOT_FOUND",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "RATE_LIMITED",
  "CONFLICT",
  "PAYLOAD_TOO_LARGE",
  "INTERNAL",
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors: FieldError[];
  /** For RATE_LIMITED: seconds until the client may try again. */
  readonly retryAfterSeconds?: number;

  constructor(
    code: AppErrorCode,
    message: string,
    options: { fieldErrors?: FieldError[]; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  static badInput(fieldErrors: FieldError[]): AppError {
    return new AppError("BAD_INPUT", `invalid input: ${fieldErrors.map((e) => `${e.field}:${e.code}`).join(", ")}`, {
      fieldErrors,
    });
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
