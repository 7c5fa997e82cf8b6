// Pothos schema builder: configuration only (style.md). Types live one file per area
// in graphql/types; graphql/schema.ts imports them and builds the schema once.
import SchemaBuilder from "@pothos/core";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import type { GraphQLContext } from "@/graphql/context";
import { toGraphQLError } from "@/graphql/errors";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/auth/viewer";

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  Scalars: {
    /** An instant, ISO 8601 with offset. */
    DateTime: { Input: Date; Output: Date };
    /** A calendar date (YYYY-MM-DD), Europe/Sofia where it is a legal date. */
    Date: { Input: string; Output: string };
  };
  // public: anyone; staff: a signed-in staff member; roles: one of these roles.
  // Scopes are the first gate only, where they read cleanly; the use cases decide
  // (lib/domain/access.ts), including NOT_FOUND for a case the viewer has no relation to.
  AuthScopes: { public: boolean; staff: boolean; roles: readonly Role[] };
  DefaultFieldNullability: false;
}>({
  // scope-auth first so every later plugin sees authorised fields only (Pothos docs).
  plugins: [ScopeAuthPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({
      public: true,
      staff: ctx.viewer !== null,
      roles: (roles) => ctx.viewer !== null && roles.includes(ctx.viewer.role),
    }),
    // The same codes and localised messages as the use cases' refusals.
    unauthorizedError: (_parent, ctx) =>
      toGraphQLError(
        ctx.viewer ? new AppError("FORBIDDEN", "scope refused") : new AppError("UNAUTHENTICATED", "sign-in required"),
        ctx.locale,
      ),
  },
});

builder.queryType({});
builder.mutationType({});
