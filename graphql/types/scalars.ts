import { GraphQLError, Kind as AstKind } from "graphql";
import { builder } from "@/graphql/builder";

builder.scalarType("DateTime", {
  description: "An instant, ISO 8601 with offset (e.g. 2026-11-29T14:00:00.000Z).",
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => {
    const d = new Date(String(value));
    if (Number.isNaN(d.getTime())) throw new GraphQLError("DateTime must be an ISO 8601 instant");
    return d;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== AstKind.STRING) throw new GraphQLError("DateTime must be a string");
    const d = new Date(ast.value);
    if (Number.isNaN(d.getTime())) throw new GraphQLError("DateTime must be an ISO 8601 instant");
    return d;
  },
});

// Dates are passed through as strings; use cases validate them so that a bad date
// gets the same field-named, localised message as every other bad input.
builder.scalarType("Date", {
  description: "A calendar date, YYYY-MM-DD.",
  serialize: (value) => String(value),
  parseValue: (value) => String(value),
  parseLiteral: (ast) => {
    if (ast.kind !== AstKind.STRING) throw new GraphQLError("Date must be a string YYYY-MM-DD");
    return ast.value;
  },
});
