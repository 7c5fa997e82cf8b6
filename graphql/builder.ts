// Pothos schema builder: configuration only (style.md). Types live one file per area
// in graphql/types; graphql/schema.ts imports them and builds the schema once.
import SchemaBuilder from "@pothos/core";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import type { GraphQLContext } from "@/graphql/context";

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  Scalars: {
    /** An instant, ISO 8601 with offset. */
    DateTime: { Input: Date; Output: Date };
    /** A calendar date (YYYY-MM-DD), Europe/Sofia where it is a legal date. */
    Date: { Input: string; Output: string };
  };
  AuthScopes: { public: boolean; staff: boolean };
  DefaultFieldNullability: false;
}>({
  // scope-auth first so every later plugin sees authorised fields only (Pothos docs).
  plugins: [ScopeAuthPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({ public: true, staff: ctx.viewer !== null }),
  },
});

builder.queryType({});
builder.mutationType({});
