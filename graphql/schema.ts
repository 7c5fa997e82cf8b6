// Imports every type file and builds the schema once per process (style.md).
import { lexicographicSortSchema, printSchema } from "graphql";
import { builder } from "@/graphql/builder";
import "@/graphql/types/scalars";
import "@/graphql/types/enums";
import "@/graphql/types/reference";
import "@/graphql/types/feedback";
import "@/graphql/types/staff";
import "@/graphql/types/case-summary";
import "@/graphql/types/answers";
import "@/graphql/types/cases";
import "@/graphql/types/registration";
import "@/graphql/types/ratings";
import "@/graphql/types/subscriptions";
import "@/graphql/types/case-events";
import "@/graphql/types/admin";
import "@/graphql/types/dashboard";
import "@/graphql/types/improvements";

export const schema = builder.toSchema();

/** The schema as committed in graphql/schema.graphql (CI fails on drift). */
export function printedSchema(): string {
  return printSchema(lexicographicSortSchema(schema));
}
