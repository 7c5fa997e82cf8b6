// The one database handle per process (architecture.md, "One process"). Next bundles
// server code apart from the custom server, so the handle lives on a globalThis
// registry: whichever module graph asks first opens it, every other one reuses it.
//
// DATABASE_URL set → that PostgreSQL (any number of instances may share it).
// Unset → embedded PGlite (WASM Postgres) on disk in HARTA_DATA_DIR, served on a
// loopback port by pglite-socket so the same Prisma adapter (adapter-pg) serves both.
import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { config } from "@/lib/config";
import { log } from "@/lib/log";
import { applyMigrations } from "@/lib/db/migrate";

export type DbMode = "embedded" | "postgres";

export interface Database {
  prisma: PrismaClient;
  mode: DbMode;
  /** Connection string the adapter uses (loopback socket URL in embedded mode). */
  url: string;
  close(): Promise<void>;
}

interface Registry {
  db?: Promise<Database>;
}
const registry = ((globalThis as { __hartaDb?: Registry }).__hartaDb ??= {});

export interface OpenOptions {
  /** PostgreSQL URL; when absent, embedded PGlite. */
  databaseUrl?: string;
  /** Embedded data folder; ":memory:" for a throwaway in-memory database (tests). */
  dataDir?: string;
  /** Apply committed migrations before use (default true). */
  migrate?: boolean;
}

/** The process-wide database, opened (and migrated) on first use. */
export function getDb(): Promise<Database> {
  registry.db ??= openDatabase({ databaseUrl: config.databaseUrl, dataDir: path.join(config.dataDir, "pglite") }).catch(
    (error: unknown) => {
      registry.db = undefined;
      throw error;
    },
  );
  return registry.db;
}

export async function prisma(): Promise<PrismaClient> {
  return (await getDb()).prisma;
}

/** Close the process-wide database (SIGTERM, end of tests). */
export async function closeDb(): Promise<void> {
  const pending = registry.db;
  registry.db = undefined;
  if (pending) await (await pending).close();
}

/** Install an already-open database as the process-wide one (tests). */
export function setDb(db: Database): void {
  registry.db = Promise.resolve(db);
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  const migrate = options.migrate ?? true;
  if (options.databaseUrl) {
    if (migrate) await applyMigrations({ connectionString: options.databaseUrl });
    // Session settings for Harta's own connections (a URL with its own `options` wins):
    // JIT compilation costs more than it saves on these short statements (measured on the
    // dashboard: ~1.5 s per statement under load), and the dashboard's summary sums sort
    // ~5 MB of rows, which the default 4 MB work_mem would spill to disk
    // (bench/results/dashboard.md).
    const prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: options.databaseUrl, max: 10, options: "-c jit=off -c work_mem=32MB" }),
    });
    log.info({ mode: "postgres" }, "database ready");
    return { prisma, mode: "postgres", url: options.databaseUrl, close: () => prisma.$disconnect() };
  }
  return openEmbedded(options.dataDir ?? ":memory:", migrate);
}

async function openEmbedded(dataDir: string, migrate: boolean): Promise<Database> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const inMemory = dataDir === ":memory:";
  let releaseLock = () => {};
  if (!inMemory) {
    fs.mkdirSync(dataDir, { recursive: true });
    releaseLock = lockDataDir(dataDir);
  }
  const pglite = await PGlite.create(inMemory ? undefined : dataDir);
  // PGlite is a single-session backend (toolchain.md): the pool below holds one
  // connection at a time. The socket server accepts a few, because pg drops a
  // connection after a query error and reconnects before the old socket is freed.
  const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: 0, maxConnections: 4 });
  await server.start();
  const url = `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  if (migrate) await applyMigrations({ connectionString: url });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) });
  log.info({ mode: "embedded", dataDir: inMemory ? "memory" : dataDir }, "database ready");
  return {
    prisma,
    mode: "embedded",
    url,
    close: async () => {
      await prisma.$disconnect();
      await server.stop();
      await pglite.close();
      releaseLock();
    },
  };
}

/**
 * PGlite opens its folder without any lock, and two processes writing one folder
 * corrupt it. Take a pid lock; a lock left by a process that is gone is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const lockFile = path.join(dataDir, "harta.pid");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(lockFile, "utf8") === String(process.pid)) fs.unlinkSync(lockFile);
        } catch {
          /* already gone */
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number(fs.readFileSync(lockFile, "utf8"));
      if (pid && pid !== process.pid && processAlive(pid)) {
        throw new Error(
          `The embedded database in ${dataDir} is in use by another Harta process (pid ${pid}). ` +
            "Stop it first, or run against PostgreSQL with DATABASE_URL.",
        );
      }
      fs.rmSync(lockFile, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`could not lock ${dataDir}`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
