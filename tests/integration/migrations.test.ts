// Committed migrations: applied the way the app applies them at start (adapter-pg over a
// URL — embedded PGlite behind pglite-socket, or PostgreSQL), idempotent, and in step with
// schema.prisma (the same check as `npm run db:check` in CI).
import { cp, mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, listMigrations, migrationStatus, withPgClient } from "@/lib/db/migrate";
import { checkDrift, LOCKFILE, LOCKFILE_CONTENT } from "@/lib/db/schema-engine";

const TEST_PG_URL = process.env.HARTA_TEST_DATABASE_URL;

// Every model of schema.prisma has a table; `_prisma_migrations` is Prisma's bookkeeping.
const EXPECTED_TABLES = [
  "CalendarOverride",
  "Case",
  "CaseClock",
  "Category",
  "Department",
  "Event",
  "KindPolicy",
  "ReferenceCounter",
  "ServiceUnit",
  "Submitter",
  "User",
  "_prisma_migrations",
];

async function tablesAt(url: string): Promise<string[]> {
  const rows = await withPgClient(url, (query) =>
    query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`),
  );
  return rows.map((r) => String(r.table_name));
}

/** The same checks on any database URL the app could be given. */
async function checkApplyTwice(url: string, label: string): Promise<void> {
  const committed = await listMigrations();
  expect(committed.length).toBeGreaterThan(0);

  const before = await migrationStatus({ connectionString: url });
  expect(before).toEqual({ applied: [], pending: committed, failed: [] });

  let t = performance.now();
  const first = await applyMigrations({ connectionString: url });
  console.log(`[${label}] applyMigrations (fresh): ${Math.round(performance.now() - t)} ms`);
  expect(first.applied).toEqual(committed);
  expect(await tablesAt(url)).toEqual(expect.arrayContaining(EXPECTED_TABLES));

  t = performance.now();
  const second = await applyMigrations({ connectionString: url });
  console.log(`[${label}] applyMigrations (up to date): ${Math.round(performance.now() - t)} ms`);
  expect(second.applied).toEqual([]);

  expect(await migrationStatus({ connectionString: url })).toEqual({ applied: committed, pending: [], failed: [] });
}

describe("migrations on embedded PGlite (pglite-socket, as at app start)", () => {
  let pglite: PGlite;
  let server: PGLiteSocketServer;
  let url: string;

  beforeAll(async () => {
    pglite = await PGlite.create();
    server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: 0, maxConnections: 1 });
    await server.start();
    url = `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  });
  afterAll(async () => {
    await server?.stop();
    await pglite?.close();
  });

  it("applies every committed migration once, then nothing", async () => {
    await checkApplyTwice(url, "pglite");
    // pglite-socket serves one connection: everything applyMigrations opened is closed.
    expect(server.getStats().activeConnections).toBe(0);
  });
});

describe("schema.prisma and prisma/migrations", () => {
  it("agree (no drift)", async () => {
    const report = await checkDrift();
    expect(report.message).toBe("");
    expect(report.drift).toBe(false);
  });

  it("a migrations folder that lacks the schema is reported as drift", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "harta-migrations-"));
    try {
      await writeFile(path.join(dir, LOCKFILE), LOCKFILE_CONTENT);
      const report = await checkDrift({ migrationsDir: dir });
      expect(report.drift).toBe(true);
      expect(report.message).toContain("disagree");
      expect(report.sql).toContain('CREATE TABLE "Case"');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("a failing migration", () => {
  it("is rolled back as a whole and reported as failed", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "harta-migrations-"));
    const pglite = await PGlite.create();
    const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: 0, maxConnections: 1 });
    try {
      await cp(path.join(process.cwd(), "prisma", "migrations"), dir, { recursive: true });
      // A ";" inside a function body must survive (adapter-pg alone would split it), and a
      // failure late in a script must not leave its earlier statements behind.
      await mkdir(path.join(dir, "99990101000000_fn"));
      await writeFile(
        path.join(dir, "99990101000000_fn", "migration.sql"),
        `CREATE FUNCTION harta_test_fn() RETURNS text AS $$ BEGIN RETURN 'a;b'; END; $$ LANGUAGE plpgsql;\n`,
      );
      await mkdir(path.join(dir, "99990101000001_broken"));
      await writeFile(
        path.join(dir, "99990101000001_broken", "migration.sql"),
        `CREATE TABLE "Partial" (id int);\nSELECT * FROM "does_not_exist";\n`,
      );
      await server.start();
      const url = `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`;

      await expect(applyMigrations({ connectionString: url }, { migrationsDir: dir })).rejects.toThrow(
        /does_not_exist|No such table/,
      );
      const status = await migrationStatus({ connectionString: url }, { migrationsDir: dir });
      expect(status.failed).toEqual(["99990101000001_broken"]);
      expect(status.applied).toContain("99990101000000_fn");
      expect((await pglite.query<{ r: string }>("SELECT harta_test_fn() AS r")).rows[0]?.r).toBe("a;b");
      expect((await pglite.query<{ t: string | null }>(`SELECT to_regclass('"Partial"')::text AS t`)).rows[0]?.t).toBeNull();
      expect(server.getStats().activeConnections).toBe(0);
    } finally {
      await server.stop();
      await pglite.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("migrations on PostgreSQL (HARTA_TEST_DATABASE_URL)", () => {
  if (!TEST_PG_URL) {
    console.log(
      "SKIP migrations on PostgreSQL: HARTA_TEST_DATABASE_URL is not set " +
        "(e.g. postgres://postgres@127.0.0.1:5432/test; .ci/run sets it).",
    );
  }
  const name = `harta_test_migrations_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  let created = false;

  async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: TEST_PG_URL });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  afterAll(async () => {
    if (created) await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  });

  it.skipIf(!TEST_PG_URL)("applies every committed migration once, then nothing, on a fresh database", async () => {
    await admin((c) => c.query(`CREATE DATABASE "${name}"`));
    created = true;
    const url = new URL(TEST_PG_URL!);
    url.pathname = `/${name}`;
    await checkApplyTwice(url.toString(), "postgres");
  });
});
