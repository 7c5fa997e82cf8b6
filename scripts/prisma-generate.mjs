#!/usr/bin/env node
// npm run db:generate (also the package's "postinstall", so `npm install`/`npm ci` generate
// the client): runs `prisma generate` → lib/db/generated, without any network access.
//
// Plain .mjs (no tsx) so it works in postinstall before anything else is set up.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

let cli;
try {
  cli = require.resolve("prisma/build/index.js", { paths: [root] });
} catch {
  // e.g. `npm ci --omit=dev` in a layer without the CLI: nothing to generate with.
  console.warn("prisma-generate: the prisma CLI is not installed; skipping `prisma generate`.");
  process.exit(0);
}

// ─── THE offline workaround (keep it here and only here) ───────────────────────────────
// `prisma generate` never runs the schema engine, but the CLI still insists on having the
// native schema-engine binary and downloads it from binaries.prisma.sh when missing — that
// host is unreachable on our machines and on locked-down servers ("getaddrinfo ENOTFOUND
// binaries.prisma.sh"). Pointing PRISMA_SCHEMA_ENGINE_BINARY at ANY existing file skips
// the download; we point it at this script. The migrations never use a native engine: they
// run the WebAssembly engine (lib/db/schema-engine.ts), so nothing ever executes this "binary".
// See ../shared/notes/toolchain.md, "Prisma 7 without network".
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || fileURLToPath(import.meta.url),
  // If some engine download is attempted anyway, do not also fail on the missing checksum file.
  PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: "1",
  // No update check / telemetry request to checkpoint.prisma.io.
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
// ───────────────────────────────────────────────────────────────────────────────────────

const schema = path.join(root, "prisma", "schema.prisma");
if (!existsSync(schema)) {
  console.error(`prisma-generate: ${schema} not found.`);
  process.exit(1);
}

const result = spawnSync(process.execPath, [cli, "generate", "--schema", schema], {
  cwd: root,
  env,
  stdio: "inherit",
});
if (result.error) {
  console.error("prisma-generate:", result.error.message);
  process.exit(1);
}
process.exit(result.status ?? 1);
