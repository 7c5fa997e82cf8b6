// Applying the committed migrations (prisma/migrations/*/migration.sql) at server start and
// in tests, and a cheap status for /api/health.
//
// applyMigrations runs Prisma's own schema engine (WebAssembly, lib/db/schema-engine.ts),
// so the database ends up exactly as `prisma migrate deploy` would leave it, including the
// `_prisma_migrations` bookkeeping table. It works against real PostgreSQL and against
// PGlite served on loopback by @electric-sql/pglite-socket (one connection at a time):
// it opens at most ONE connection and closes it before returning.
//
// This file imports nothing heavy at module load: the engine (~5 MB of wasm) is loaded
// lazily by applyMigrations, so migrationStatus is fine in a bundled route handler.
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/** Where to apply: a PostgreSQL URL (PostgreSQL or pglite-socket), or a ready adapter factory. */
export type MigrationTarget =
  | { connectionString: string }
  | { adapterFactory: SqlMigrationAwareDriverAdapterFactory };

export interface MigrateOptions {
  /** Folder of committed migrations. Default: <cwd>/prisma/migrations (cwd = repo root). */
  migrationsDir?: string;
  /** Receives the schema engine's log lines (JSON strings). Default: dropped. */
  log?: (line: string) => void;
}

export function resolveMigrationsDir(migrationsDir?: string): string {
  return path.resolve(/*turbopackIgnore: true*/ migrationsDir ?? path.join(process.cwd(), "prisma", "migrations"));
}

/**
 * Applies every committed migration not yet recorded in `_prisma_migrations`, in folder
 * order. Idempotent: a second call applies nothing and returns `applied: []`. Throws
 * (SchemaEngineError) when a migration fails or a recorded migration is in a failed state.
 */
export async function applyMigrations(
  target: MigrationTarget,
  options: MigrateOptions = {},
): Promise<{ applied: string[] }> {
  const { withSchemaEngine, engineCall, readMigrationsList } = await import("./schema-engine");
  const migrationsList = await readMigrationsList(resolveMigrationsDir(options.migrationsDir));
  if (migrationsList.migrationDirectories.length === 0) {
    throw new Error(`No migrations found in ${migrationsList.baseDir}`);
  }
  const run = (factory: SqlMigrationAwareDriverAdapterFactory) =>
    withSchemaEngine(
      factory,
      async (engine) => {
        const out = await engineCall("applyMigrations", () =>
          engine.applyMigrations({ migrationsList, filters: { externalTables: [], externalEnums: [] } }),
        );
        return { applied: out.appliedMigrationNames };
      },
      { log: options.log },
    );

  if ("adapterFactory" in target) return run(target.adapterFactory);

  const [{ PrismaPg }, pool] = await Promise.all([
    import("@prisma/adapter-pg"),
    openSingleConnectionPool(target.connectionString),
  ]);
  try {
    return await run(new PrismaPg(pool));
  } finally {
    await pool.end();
    await settle();
  }
}

// ---------------------------------------------------------------------------------------
// Status (cheap: one or two SQL queries and one readdir)

/** Runs a read-only SQL string and returns its rows, e.g. `(sql) => prisma.$queryRawUnsafe(sql)`. */
export type RowQuery = (sql: string) => Promise<Array<Record<string, unknown>>>;

/**
 * Where to read `_prisma_migrations`: a URL (opens and closes one connection), or a query
 * function over a connection you already hold — use that with PGlite behind pglite-socket,
 * which serves one connection at a time (the app's client usually holds it).
 */
export type StatusTarget = { connectionString: string } | { query: RowQuery };

export interface MigrationStatus {
  /** Migrations recorded as finished (and not rolled back), in name order. */
  applied: string[];
  /** Migration folders not yet applied, in the order they would be applied. */
  pending: string[];
  /** Migrations recorded as started but neither finished nor rolled back. */
  failed: string[];
}

/** The committed migration folder names, sorted as the engine applies them. */
export async function listMigrations(migrationsDir?: string): Promise<string[]> {
  const entries = await readdir(/*turbopackIgnore: true*/ resolveMigrationsDir(migrationsDir), { withFileTypes: true }).catch(
    (err: NodeJS.ErrnoException) => {
      if (err.code === "ENOENT") return [];
      throw err;
    },
  );
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b));
}

const TABLE_EXISTS_SQL = `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`;
const ROWS_SQL = `SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back FROM "_prisma_migrations" ORDER BY migration_name`;

export async function migrationStatus(
  target: StatusTarget,
  options: { migrationsDir?: string } = {},
): Promise<MigrationStatus> {
  const folders = await listMigrations(options.migrationsDir);
  const rows = "query" in target ? await readRows(target.query) : await withPgClient(target.connectionString, readRows);
  const applied = new Set<string>();
  const failed = new Set<string>();
  for (const row of rows) {
    const name = String(row.migration_name);
    if (row.rolled_back === true) continue;
    if (row.finished === true) applied.add(name);
    else failed.add(name);
  }
  for (const name of applied) failed.delete(name);
  return {
    applied: [...applied].sort((a, b) => a.localeCompare(b)),
    pending: folders.filter((name) => !applied.has(name)),
    failed: [...failed].sort((a, b) => a.localeCompare(b)),
  };
}

async function readRows(query: RowQuery): Promise<Array<Record<string, unknown>>> {
  const [probe] = await query(TABLE_EXISTS_SQL);
  if (probe?.exists !== true) return [];
  return query(ROWS_SQL);
}

// ---------------------------------------------------------------------------------------
// Connections that suit PGlite behind pglite-socket (one connection at a time)
//
// pglite-socket (maxConnections 1) answers a second connection with "Too many connections"
// and hangs up — seen by pg as "Connection terminated unexpectedly". Two ways to get
// there by accident: (1) connecting right after closing the previous connection: the
// server forgets a closed socket only on a later tick; (2) pg.Pool's query() destroys its
// client after ANY query error (even a harmless SQL error) and the next query reconnects
// at once. Hence: retry connecting briefly, keep the one connection across SQL errors,
// and let the server catch up after closing.

const RETRYABLE = /Connection terminated unexpectedly|Too many connections|ECONNRESET|ECONNREFUSED/;

async function connectRetrying<T>(connect: () => Promise<T>, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await connect();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (!RETRYABLE.test(message) || Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, Math.min(20 * attempt, 200)));
    }
  }
}

/** Lets an in-process pglite-socket server register that our socket closed. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(() => setImmediate(resolve), 0));
}

function isServerError(err: unknown): boolean {
  const e = err as { severity?: unknown; code?: unknown } | null;
  return typeof e?.severity === "string" && typeof e.code === "string";
}

/**
 * A pg.Pool of exactly one connection that survives SQL errors (an ErrorResponse leaves a
 * PostgreSQL connection perfectly usable; pg.Pool throws it away regardless). Connects
 * eagerly, with retries. Close it with `pool.end()`.
 */
export async function openSingleConnectionPool(connectionString: string): Promise<import("pg").Pool> {
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({ connectionString, max: 1, idleTimeoutMillis: 0 });
  pool.on("error", () => {}); // a dropped idle connection must not crash the process; queries still fail loudly
  const query = async (config: unknown, values?: unknown) => {
    const client = await connectRetrying(() => pool.connect());
    try {
      const result = await client.query(config as string, values as unknown[]);
      client.release();
      return result;
    } catch (err) {
      client.release(isServerError(err) ? undefined : (err as Error));
      throw err;
    }
  };
  (pool as unknown as { query: typeof query }).query = query;
  (await connectRetrying(() => pool.connect())).release();
  return pool;
}

/** Runs `fn` with one short-lived pg connection (retrying the connect, closed afterwards). */
export async function withPgClient<T>(connectionString: string, fn: (query: RowQuery) => Promise<T>): Promise<T> {
  const { default: pg } = await import("pg");
  const client = await connectRetrying(async () => {
    const c = new pg.Client({ connectionString });
    c.on("error", () => {});
    try {
      await c.connect();
      return c;
    } catch (err) {
      await c.end().catch(() => {});
      throw err;
    }
  });
  try {
    return await fn(async (sql) => (await client.query(sql)).rows as Array<Record<string, unknown>>);
  } finally {
    await client.end();
    await settle();
  }
}
