// `npm run user:create` (issue "Sign-in and roles"): a fresh install needs its first
// administrator and operators script accounts, whether or not the server runs, on the
// embedded database as on PostgreSQL. With a server running: tests/server/user-create-channel.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDataDir, userCreate } from "@/tests/support/user-create-cli";
import path from "node:path";
import { openDatabase } from "@/lib/db/client";
import { startTestDb, TEST_PG_URL, type TestDb } from "@/tests/support/db";
import { upsertUser } from "@/lib/auth/users";


const ADMIN = ["--email", "First.Admin@momchilgrad.bg", "--name", "Първи Администратор", "--role", "ADMIN", "--locale", "en"];
const PASSWORD = "the first admin's password";

describe("user:create with no server running", () => {
  it(
    "creates the first administrator on a fresh embedded database, then updates it, with audit records and no e-mail in them",
    async () => {
      const dataDir = tempDataDir();
      const created = await userCreate([...ADMIN, "--password-stdin"], { HARTA_DATA_DIR: dataDir }, `${PASSWORD}\n`);
      expect(created.err).toBe("");
      expect(created.out).toContain("created first.admin@momchilgrad.bg (ADMIN) (embedded database in");
      expect(created.code).toBe(0);

      const refused = await userCreate(["--email", "clerk@momchilgrad.bg", "--name", "Clerk", "--role", "CLERK", "--password", "short"], { HARTA_DATA_DIR: dataDir });
      expect(refused.code).toBe(1);
      expect(refused.err).toContain("--password: at least 12 characters");
      expect(refused.err).toContain("--unit: required");

      const updated = await userCreate(["--email", "first.admin@momchilgrad.bg", "--name", "Айхан Садъков"], { HARTA_DATA_DIR: dataDir });
      expect(updated.code).toBe(0);
      expect(updated.out).toContain("updated first.admin@momchilgrad.bg (ADMIN)");

      const db = await openDatabase({ dataDir: path.join(dataDir, "pglite") });
      try {
        const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "first.admin@momchilgrad.bg" } });
        expect(user).toMatchObject({ name: "Айхан Садъков", role: "ADMIN", locale: "en", disabled: false });
        expect(user.passwordHash).toMatch(/^\$argon2id\$/);
        const audit = await db.prisma.auditRecord.findMany({ where: { entityId: user.id }, orderBy: { id: "asc" } });
        expect(audit.map((a) => [a.action, a.actorId])).toEqual([
          ["USER_CREATED", null],
          ["USER_UPDATED", null],
        ]);
        const text = JSON.stringify(audit, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v));
        expect(text).not.toContain("momchilgrad.bg");
        expect(text).not.toContain("Айхан");
      } finally {
        await db.close();
      }
    },
    180_000,
  );
});

describe("accounts, validated", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await startTestDb();
    await t.db.prisma.department.create({ data: { code: "INF", name: { bg: "Благоустройство", tr: "Altyapı", en: "Infrastructure" } } });
    await t.db.prisma.serviceUnit.create({ data: { code: "CSI", name: { bg: "ЦУИ", tr: "CSI", en: "CSI" }, address: "ул. 26-ти декември 12", hours: "08:00–17:00" } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("places each role where it belongs and says which field is wrong", async () => {
    const base = { name: "Someone", password: PASSWORD };
    await expect(upsertUser({ actor: null, input: { ...base, email: "o@x.bg", role: "OFFICER" } })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fieldErrors: [{ field: "department", code: "REQUIRED" }],
    });
    await expect(upsertUser({ actor: null, input: { ...base, email: "c@x.bg", role: "CLERK", department: "INF" } })).rejects.toMatchObject({
      fieldErrors: expect.arrayContaining([{ field: "unit", code: "REQUIRED" }]),
    });
    await expect(upsertUser({ actor: null, input: { ...base, email: "not-an-email", role: "ADMIN" } })).rejects.toMatchObject({
      fieldErrors: [{ field: "email", code: "INVALID_EMAIL" }],
    });
    const clerk = await upsertUser({ actor: null, input: { ...base, email: "C@X.bg", role: "CLERK", unit: "csi" } });
    expect(clerk).toMatchObject({ created: true, user: { email: "c@x.bg", role: "CLERK", unitCode: "CSI", departmentCode: null } });
    // Promoted to officer: placed afresh in a department.
    const officer = await upsertUser({ actor: null, input: { email: "c@x.bg", role: "OFFICER", department: "INF" } });
    expect(officer).toMatchObject({ created: false, user: { role: "OFFICER", unitCode: null, departmentCode: "INF" } });
  });

  it.skipIf(!TEST_PG_URL)(
    "with DATABASE_URL the command connects to PostgreSQL directly",
    async () => {
      const res = await userCreate(["--email", "pg.admin@momchilgrad.bg", "--name", "PG Admin", "--role", "MANAGER", "--password", PASSWORD], { DATABASE_URL: t.db.url });
      expect(res.err).toBe("");
      expect(res.out).toContain("created pg.admin@momchilgrad.bg (MANAGER) (PostgreSQL)");
      expect(await t.db.prisma.user.count({ where: { email: "pg.admin@momchilgrad.bg" } })).toBe(1);
    },
    120_000,
  );
});
