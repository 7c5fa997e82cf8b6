// Runs real GraphQL documents against the real schema with the same validation rules
// and context builder as the server (transport-free; the server tests cover HTTP/WS).
import { execute, parse, specifiedRules, subscribe, validate, type ExecutionResult } from "graphql";
import { schema } from "@/graphql/schema";
import { buildContext } from "@/graphql/context";
import { queryLimitsRule } from "@/graphql/limits";
import type { Viewer } from "@/lib/auth/viewer";

export async function gql<T = Record<string, unknown>>(
  document: string,
  variables: Record<string, unknown> = {},
  /** `viewer`: the signed-in staff member (what sign-in puts in the context); none for citizens. */
  options: { acceptLanguage?: string; clientKey?: string; viewer?: Viewer | null } = {},
): Promise<ExecutionResult<T>> {
  const doc = parse(document);
  const errors = validate(schema, doc, [...specifiedRules, queryLimitsRule]);
  if (errors.length > 0) return { errors };
  const headers = new Map<string, string>();
  if (options.acceptLanguage) headers.set("accept-language", options.acceptLanguage);
  const contextValue = buildContext({
    headers: { get: (n) => headers.get(n) ?? null },
    clientKey: options.clientKey ?? "test-client",
    viewer: options.viewer ?? null,
  });
  return (await execute({ schema, document: doc, variableValues: variables, contextValue })) as ExecutionResult<T>;
}

/** Starts a subscription the way graphql-ws would; returns the iterator, or the errors. */
export async function gqlSubscribe(
  document: string,
  variables: Record<string, unknown> = {},
  options: { viewer?: Viewer | null } = {},
): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const doc = parse(document);
  const errors = validate(schema, doc, [...specifiedRules, queryLimitsRule]);
  if (errors.length > 0) return { errors };
  const contextValue = buildContext({ headers: { get: () => null }, clientKey: "test-client", viewer: options.viewer ?? null });
  return subscribe({ schema, document: doc, variableValues: variables, contextValue });
}
