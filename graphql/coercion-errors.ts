// graphql-js rejects a variable that does not fit the schema (an unknown enum value, a
// string where a boolean belongs …) before any resolver runs, with an English message.
// Citizens must still see which field is wrong, in their language (issue 2, "Bad
// input"): this turns such errors into the same shape as a use case's BAD_INPUT.
import type { GraphQLFormattedError } from "graphql";
import type { Locale } from "@/lib/domain/kinds";
import { localiseFieldError } from "@/graphql/errors";
import type { FieldErrorCode } from "@/lib/errors";

// e.g. Variable "$input" got invalid value "GOSSIP" at "input.kind"; Value "GOSSIP" does not exist in "Kind" enum.
const AT_FIELD = /got invalid value .* at "[^".]+\.([A-Za-z]+)"/;
const MISSING_FIELD = /Field "([A-Za-z]+)" of required type .* was not provided/;
const UNKNOWN_FIELD = /Field "([A-Za-z]+)" is not defined by type/;

export function localiseCoercionError(error: GraphQLFormattedError, locale: Locale): GraphQLFormattedError {
  if (error.extensions?.code !== "BAD_USER_INPUT" || error.extensions?.fieldErrors) return error;
  let field: string | undefined;
  let code: FieldErrorCode = "INVALID_CHOICE";
  const missing = MISSING_FIELD.exec(error.message);
  const unknown = UNKNOWN_FIELD.exec(error.message);
  const at = AT_FIELD.exec(error.message);
  if (missing) [field, code] = [missing[1], "REQUIRED"];
  else if (unknown) [field, code] = [unknown[1], "UNKNOWN_FIELD"];
  else if (at) field = at[1];
  if (!field) return error;
  const localised = localiseFieldError({ field, code }, locale);
  return { ...error, message: localised.message, extensions: { ...error.extensions, fieldErrors: [localised], detail: error.message } };
}
