// Maps what use cases throw to GraphQL errors: a safe, localised message and, for bad
// input, one entry per field (style.md: one error class, field-level messages).
// Unexpected errors are logged and answered with a generic INTERNAL error.
import { GraphQLError } from "graphql";
import { isAppError, type AppError, type FieldError } from "@/lib/errors";
import type { Locale } from "@/lib/domain/kinds";
import { hasMessage, message } from "@/lib/i18n/lookup";
import { log } from "@/lib/log";

const HTTP_STATUS: Record<string, number> = { RATE_LIMITED: 429, PAYLOAD_TOO_LARGE: 413 };

export function localiseFieldError(error: FieldError, locale: Locale): { field: string; code: string; message: string } {
  const label = hasMessage(locale, `fields.${error.field}`) ? message(locale, `fields.${error.field}`) : error.field;
  const text = message(locale, `fieldErrors.${error.code}`, error.params ?? {});
  return { field: error.field, code: error.code, message: `${label}: ${text}` };
}

export function appErrorMessage(error: AppError, locale: Locale): string {
  const seconds = error.retryAfterSeconds ?? 0;
  return message(locale, `errors.${error.code}`, { seconds, minutes: Math.max(1, Math.ceil(seconds / 60)) });
}

export function toGraphQLError(error: unknown, locale: Locale): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (isAppError(error)) {
    const fieldErrors = error.fieldErrors.map((e) => localiseFieldError(e, locale));
    const message = fieldErrors.length > 0 ? fieldErrors.map((e) => e.message).join("; ") : appErrorMessage(error, locale);
    return new GraphQLError(message, {
      extensions: {
        code: error.code === "BAD_INPUT" ? "BAD_USER_INPUT" : error.code,
        ...(fieldErrors.length > 0 ? { fieldErrors } : {}),
        ...(error.retryAfterSeconds ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
        ...(HTTP_STATUS[error.code] ? { http: { status: HTTP_STATUS[error.code] } } : {}),
      },
    });
  }
  log.error({ err: error }, "unexpected error in a GraphQL resolver");
  return new GraphQLError(message(locale, "errors.INTERNAL"), { extensions: { code: "INTERNAL" } });
}

/** Runs a use case and rethrows its failures as GraphQL errors (thin resolvers). */
export async function run<T>(locale: Locale, useCase: () => Promise<T>): Promise<T> {
  try {
    return await useCase();
  } catch (error) {
    throw toGraphQLError(error, locale);
  }
}
