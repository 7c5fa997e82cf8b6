// Runs real GraphQL documents against the real schema with the same validation rules
// and context builder as the server (transport-free; the server tests cover HTTP/WS).
import { execute, parse, specifiedRules, validate, type ExecutionResult } from "graphql";
import { schema } from "@/graphql/schema";
import { buildContext } from "@/graphql/context";
import { queryLimitsRule } from "@/graphql/limits";

export async function gql<T = Record<string, unknown>>(
  document: string,
  variables: Record<string, unknown> = {},
  options: { acceptLanguage?: string; clientKey?: string } = {},
): Promise<ExecutionResult<T>> {
  const doc = parse(document);
  const errors = validate(schema, doc, [...specifiedRules, queryLimitsRule]);
  if (errors.length > 0) return { errors };
  const headers = new Map<string, string>();
  if (options.acceptLanguage) headers.set("accept-language", options.acceptLanguage);
  const contextValue = buildContext({ headers: { get: (n) => headers.get(n) ?? null }, clientKey: options.clientKey ?? "test-client" });
  return (await execute({ schema, document: doc, variableValues: variables, contextValue })) as ExecutionResult<T>;
}
