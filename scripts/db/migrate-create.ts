// npm run db:migration -- <name> [--empty]
//
// Writes prisma/migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql with the SQL that brings a
// database built from the committed migrations to prisma/schema.prisma (and
// migration_lock.toml when missing). Prints "no changes" and writes nothing when they
// already agree. `--empty` writes an empty migration.sql for hand-written SQL.
//
// Offline: Prisma's WebAssembly schema engine on a throwaway in-memory PGlite
// (lib/db/schema-engine.ts), not the native engine that `prisma migrate dev` would download.
import { mkdir, writeFile, access } from "node:fs/promises";
import path from "node:path";
import {
  LOCKFILE,
  LOCKFILE_CONTENT,
  MIGRATION_FILE,
  defaultMigrationsDir,
  diffMigrationsToSchema,
} from "../../lib/db/schema-engine";
import { listMigrations } from "../../lib/db/migrate";

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run db:migration -- <name> [--empty]   (name: letters, digits, _)`);
  process.exit(2);
}

/** UTC, like `prisma migrate dev`: 20260131235959. */
function timestamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const empty = args.includes("--empty");
  const names = args.filter((a) => !a.startsWith("--"));
  if (names.length !== 1) usage("Give exactly one migration name.");
  const name = names[0]!
    .trim()
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
  if (!name) usage("The migration name is empty.");

  const migrationsDir = defaultMigrationsDir();
  const existing = await listMigrations(migrationsDir);

  let sql: string;
  if (empty) {
    sql = "-- Hand-written migration: put your SQL here. It runs as one script, in one transaction.\n";
  } else {
    const diff = await diffMigrationsToSchema({ migrationsDir });
    if (diff.empty) {
      console.log(`no changes: schema.prisma matches the ${existing.length} committed migration(s).`);
      return 0;
    }
    sql = diff.sql;
  }

  const folder = `${timestamp()}_${name}`;
  const last = existing.at(-1);
  if (last !== undefined && folder.localeCompare(last) <= 0) {
    console.error(`Refusing to create ${folder}: it would sort before/at the latest migration ${last} (clock?).`);
    return 1;
  }
  const dir = path.join(migrationsDir, folder);
  await mkdir(dir, { recursive: false }).catch(async (err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") {
      await mkdir(migrationsDir, { recursive: true });
      await mkdir(dir);
    } else throw err;
  });
  await writeFile(path.join(dir, MIGRATION_FILE), sql, "utf8");
  const lockPath = path.join(migrationsDir, LOCKFILE);
  if (!(await exists(lockPath))) await writeFile(lockPath, LOCKFILE_CONTENT, "utf8");

  console.log(`created ${path.relative(process.cwd(), path.join(dir, MIGRATION_FILE))}`);
  if (!empty) console.log("Review it, then commit it together with schema.prisma.");
  return 0;
}

// Explicit exit: the wasm engine leaves a ~10 s timer behind that would delay a natural exit.
main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
