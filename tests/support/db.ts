// A real database per test file: embedded PGlite in memory by default, or a freshly
// created PostgreSQL database when HARTA_TEST_DATABASE_URL is set (the PostgreSQL
// suite in .ci/run). Refuses to touch a database whose name does not say "test".
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { randomUUID } from "node:crypto";
import { openDatabase, setDb, closeDb, type Database } from "@/lib/db/client";
import { seedReferenceData } from "@/lib/db/seed";
import { invalidateSettings } from "@/lib/cases/settings";
import { invalidateReferenceData } from "@/lib/cases/reference-data";
import { resetRateLimits } from "@/lib/security/rate-limit";

export const TEST_PG_URL = process.env.HARTA_TEST_DATABASE_URL;

// Files a test run writes (e-mails without SMTP, admin tokens) go to a throwaway folder,
// never into the developer's .data.
if (!process.env.HARTA_DATA_DIR) {
  process.env.HARTA_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "harta-test-data-"));
}

export interface TestDb {
  db: Database;
  /** Truncate every table but the migration history, then reseed reference rows. */
  reset(): Promise<void>;
  close(): Promise<void>;
}


export async function startTestDb(): Promise<TestDb> {
  let dropDatabase: (() => Promise<void>) | null = null;
  let db: Database;
  if (TEST_PG_URL) {
    const name = `harta_test_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: TEST_PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(TEST_PG_URL);
    url.pathname = `/${name}`;
    if (!url.pathname.includes("test")) throw new Error(`refusing to run tests against ${url.pathname}`);
    db = await openDatabase({ databaseUrl: url.toString() });
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: TEST_PG_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    db = await openDatabase({ dataDir: ":memory:" });
  }
  setDb(db);
  const reset = async () => {
    const tables = await db.prisma.$queryRaw<{ name: string }[]>`
      SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
    await db.prisma.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => t.name).join(", ")} RESTART IDENTITY CASCADE`);
    await seedReferenceData(db.prisma);
    invalidateSettings();
    invalidateReferenceData();
    resetRateLimits();
  };
  await reset();
  return {
    db,
    reset,
    close: async () => {
      await closeDb();
      await dropDatabase?.();
    },
  };
}
