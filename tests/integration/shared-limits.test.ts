// What several instances must share (issue "Live", several instances): a TOTP code is
// accepted once across all of them (the last step is on the user's row), and failed
// sign-ins and tracking look-ups count in PostgreSQL, not per process.
import pg from "pg";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDb, TEST_PG_URL, type TestDb } from "@/tests/support/db";
import { makeUser } from "@/tests/support/fixtures";
import { currentTotpCode, newTotpSecret } from "@/lib/auth/totp";
import { verifyTotp } from "@/lib/auth/totp-once";
import { openDatabase } from "@/lib/db/client";
import { closeSharedLimiters, sharedLimiter } from "@/lib/security/shared-limiter";

describe("TOTP codes are accepted once, whatever the instance", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await startTestDb();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("refuses a code already used, and an earlier one, and keeps users apart", async () => {
    const secret = newTotpSecret();
    const u1 = await makeUser(t.db.prisma, "ADMIN", { name: "Admin One" });
    const u2 = await makeUser(t.db.prisma, "ADMIN", { name: "Admin Two" });
    const now = Date.now();
    expect(await verifyTotp(secret, currentTotpCode(secret, now), { userId: u1.id, now })).toBe(true);
    expect(await verifyTotp(secret, currentTotpCode(secret, now), { userId: u1.id, now })).toBe(false);
    expect(await verifyTotp(secret, currentTotpCode(secret, now - 30_000), { userId: u1.id, now })).toBe(false);
    expect(await verifyTotp(secret, currentTotpCode(secret, now), { userId: u2.id, now })).toBe(true);
    // The step is stored: another process reading the same row refuses the code too.
    const row = await t.db.prisma.user.findUniqueOrThrow({ where: { id: u1.id }, select: { totpLastStep: true } });
    expect(row.totpLastStep).toBe(Math.floor(now / 30_000));
    expect(await verifyTotp(secret, currentTotpCode(secret, now + 30_000), { userId: u1.id, now: now + 30_000 })).toBe(true);
  });
});

if (!TEST_PG_URL) console.log("[shared-limits] the PostgreSQL part is skipped: set HARTA_TEST_DATABASE_URL (on the embedded database only one process runs, so limits stay in memory)");
describe.skipIf(!TEST_PG_URL)("rate limits on PostgreSQL count across instances", () => {
  const name = `harta_test_limits_${randomUUID().slice(0, 8)}`;
  let url = "";
  const saved = process.env.DATABASE_URL;
  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: TEST_PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(TEST_PG_URL!);
    u.pathname = `/${name}`;
    url = u.toString();
    const db = await openDatabase({ databaseUrl: url }); // applies the migrations
    await db.close();
    process.env.DATABASE_URL = url;
  });
  afterAll(async () => {
    await closeSharedLimiters();
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    const admin = new pg.Client({ connectionString: TEST_PG_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it("two limiters (as two instances would have) share one count in the RateLimit table", async () => {
    const a = sharedLimiter({ keyPrefix: "signin-account", points: 3, duration: 900 });
    const b = sharedLimiter({ keyPrefix: "signin-account", points: 3, duration: 900 });
    await a.consume("ayse@example.org");
    await b.consume("ayse@example.org");
    await a.consume("ayse@example.org");
    await expect(b.consume("ayse@example.org")).rejects.toMatchObject({ remainingPoints: 0 });
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const rows = (await c.query<{ key: string; points: number }>(`SELECT key, points FROM "RateLimit"`)).rows;
    await c.end();
    expect(rows).toEqual([{ key: expect.stringMatching(/^signin-account(~\d+)?:ayse@example\.org$/), points: 4 }]);
  });
});
