import { defineConfig } from "vitest/config";
import path from "node:path";

// Unit tests (pure domain) and integration tests (real GraphQL documents against a real
// database) are separate projects, as in documenso/cal.com. `npm test` runs both on the
// embedded database; HARTA_TEST_DATABASE_URL adds a run against PostgreSQL.
// graphql ships CJS (index.js) and ESM (index.mjs); Node loads the CJS one for the
// dependencies (Pothos, Apollo, graphql-ws), so tests must too, or the schema is
// "from another module or realm".
const alias = { "@": path.resolve(import.meta.dirname), graphql: path.resolve(import.meta.dirname, "node_modules/graphql/index.js") };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: "forks",
        },
      },
      {
        // The whole server (pages included) in process or as a child process: needs a build.
        resolve: { alias },
        test: {
          name: "server",
          include: ["tests/server/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 300_000,
          pool: "forks",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 300_000,
          pool: "forks",
          fileParallelism: false,
        },
      },
    ],
  },
});
