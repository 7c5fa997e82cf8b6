// The audit trail against a real database: append-only, one linear hash chain however
// many transactions append at once, and verification that names the first broken link.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestDb, type TestDb } from "@/tests/support/db";
import { recordAudit, type AuditEntry } from "@/lib/audit/record";
import { verifyAuditChain } from "@/lib/audit/verify";
import { GENESIS_HASH } from "@/lib/audit/chain";

let t: TestDb;
beforeAll(async () => {
  t = await startTestDb();
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.reset();
});

const ACTOR = "0b6f3c1e-8a51-4a0f-9d3c-6f7d2b9e1a00";
const TX = { maxWait: 30_000, timeout: 30_000 };

function entry(i: number): AuditEntry {
  return {
    actorId: i % 5 === 0 ? null : ACTOR,
    action: "CASE_ASSIGNED",
    entityType: "Case",
    entityId: `case-${i}`,
    before: { status: "RECEIVED", n: i },
    after: { status: "IN_PROGRESS", n: i, at: new Date(Date.UTC(2026, 0, 1, 0, 0, 0, i)) },
  };
}

/** Appends entry(i) in a transaction of its own; `hold` keeps it open after the append (contention). */
async function append(i: number, hold = 0) {
  return t.db.prisma.$transaction(async (tx) => {
    const result = await recordAudit(tx, entry(i));
    if (hold) await tx.$queryRaw`SELECT pg_sleep(${hold / 1000})::text`;
    return result;
  }, TX);
}

/** Records 0..count-1: the first half one after another, the rest ten at a time, concurrently. */
async function appendMany(count: number): Promise<void> {
  const half = Math.floor(count / 2);
  for (let i = 0; i < half; i++) await append(i);
  for (let i = half; i < count; i += 10) {
    await Promise.all(Array.from({ length: Math.min(10, count - i) }, (_, k) => append(i + k, 5)));
  }
}

async function asOwner(sql: string): Promise<void> {
  await t.db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditRecord" DISABLE TRIGGER audit_append_only`);
  try {
    await t.db.prisma.$executeRawUnsafe(sql);
  } finally {
    await t.db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditRecord" ENABLE TRIGGER audit_append_only`);
  }
}

async function ids(): Promise<bigint[]> {
  const rows = await t.db.prisma.auditRecord.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  return rows.map((r) => r.id);
}

describe("audit trail", () => {
  it("keeps one linear chain when transactions append concurrently", async () => {
    await appendMany(50);
    const rows = await t.db.prisma.auditRecord.findMany({ orderBy: { id: "asc" } });
    expect(rows).toHaveLength(50);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    expect(new Set(rows.map((r) => r.prevHash)).size).toBe(50);

    expect(await verifyAuditChain(t.db.prisma)).toEqual({ ok: true, checked: 50 });
    // Batches that do not divide the count, and a batch of one.
    expect(await verifyAuditChain(t.db.prisma, { batchSize: 7 })).toEqual({ ok: true, checked: 50 });
    expect(await verifyAuditChain(t.db.prisma, { batchSize: 1 })).toEqual({ ok: true, checked: 50 });
  });

  it("verifies an empty trail", async () => {
    expect(await verifyAuditChain(t.db.prisma)).toEqual({ ok: true, checked: 0 });
  });

  it("appends with two statements when nobody else holds the chain", async () => {
    await append(0);
    let statements = 0;
    await t.db.prisma.$transaction(async (tx) => {
      const counting = new Proxy(tx, {
        get(target, prop, receiver) {
          const value = Reflect.get(target, prop, receiver) as unknown;
          if (typeof value === "function" && typeof prop === "string" && prop.startsWith("$")) {
            return (...args: unknown[]) => {
              statements += 1;
              return (value as (...a: unknown[]) => unknown).apply(target, args);
            };
          }
          return value;
        },
      });
      await recordAudit(counting, entry(1));
    });
    expect(statements).toBe(2);
  });

  it("stores what it hashed: awkward values read back and verify", async () => {
    await t.db.prisma.$transaction(async (tx) => {
      await recordAudit(tx, {
        actorId: ACTOR,
        action: "SETTINGS_CHANGED",
        entityType: "KindPolicy",
        before: { n: 0.1 + 0.2, big: 1e21, tiny: 5e-324, neg: -0, id: 9007199254740993n, text: "a\u0000b\uD800 ü ğ ş 😀 \"q\" \\" },
        after: { nested: { z: [1, { b: 2, a: 1 }], a: null, "": "empty key", "__proto__": "own key" }, when: new Date() },
      });
      await recordAudit(tx, { actorId: null, action: "SIGN_IN_FAILED", entityType: "User" });
    });
    expect(await verifyAuditChain(t.db.prisma)).toEqual({ ok: true, checked: 2 });
  });

  it("keeps personal data and secrets out of the stored record", async () => {
    const { id } = await t.db.prisma.$transaction((tx) =>
      recordAudit(tx, {
        actorId: ACTOR,
        action: "CASE_REGISTERED",
        entityType: "Case",
        entityId: "c1",
        after: { status: "RECEIVED", accessCodeHash: "h", submitter: { name: "Иван", email: "i@example.bg" }, email: "x@y.bg" },
      }),
    );
    const row = await t.db.prisma.auditRecord.findUniqueOrThrow({ where: { id } });
    expect(row.after).toEqual({ status: "RECEIVED" });
    expect(row.before).toBe(null);
  });

  it("leaves no record, and an intact chain, when the transaction rolls back", async () => {
    await append(0);
    await expect(
      t.db.prisma.$transaction(async (tx) => {
        await recordAudit(tx, entry(1));
        throw new Error("use case failed");
      }),
    ).rejects.toThrow("use case failed");
    await append(2);
    expect(await verifyAuditChain(t.db.prisma)).toEqual({ ok: true, checked: 2 });
  });

  it("refuses a transaction that is not READ COMMITTED", async () => {
    await expect(
      t.db.prisma.$transaction((tx) => recordAudit(tx, entry(0)), { isolationLevel: "RepeatableRead" }),
    ).rejects.toThrow(/READ COMMITTED/);
  });

  it("the database refuses to UPDATE or DELETE an audit record", async () => {
    await appendMany(3);
    const [first] = await ids();
    await expect(t.db.prisma.$executeRaw`UPDATE "AuditRecord" SET "after" = '{"status":"CLOSED"}' WHERE "id" = ${first}`).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.prisma.$executeRaw`DELETE FROM "AuditRecord" WHERE "id" = ${first}`).rejects.toThrow(/append-only/);
    await expect(t.db.prisma.auditRecord.update({ where: { id: first }, data: { action: "CASE_CLOSED" } })).rejects.toThrow();
    expect(await verifyAuditChain(t.db.prisma)).toEqual({ ok: true, checked: 3 });
  });

  it("names a record whose content was changed behind the trigger's back (HASH_MISMATCH)", async () => {
    await appendMany(50);
    const all = await ids();
    const target = all[23]!;
    await asOwner(`UPDATE "AuditRecord" SET "after" = jsonb_set("after", '{status}', '"CLOSED"') WHERE "id" = ${target}`);
    expect(await verifyAuditChain(t.db.prisma, { batchSize: 10 })).toEqual({
      ok: false,
      checked: 24,
      firstBroken: { id: target.toString(), reason: "HASH_MISMATCH" },
    });
  });

  it("names the record after a deleted one (PREV_HASH_MISMATCH)", async () => {
    await appendMany(50);
    const all = await ids();
    await asOwner(`DELETE FROM "AuditRecord" WHERE "id" = ${all[30]}`);
    expect(await verifyAuditChain(t.db.prisma, { batchSize: 10 })).toEqual({
      ok: false,
      checked: 31,
      firstBroken: { id: all[31]!.toString(), reason: "PREV_HASH_MISMATCH" },
    });
  });

  it("names the record after one that was changed and rehashed (PREV_HASH_MISMATCH)", async () => {
    await appendMany(10);
    const all = await ids();
    await asOwner(`UPDATE "AuditRecord" SET "hash" = repeat('a', 64) WHERE "id" = ${all[4]}`);
    const result = await verifyAuditChain(t.db.prisma);
    // The rehashed record itself no longer matches its content either; it is the first break.
    expect(result.firstBroken).toEqual({ id: all[4]!.toString(), reason: "HASH_MISMATCH" });
  });

  it("names a first record that does not start from genesis", async () => {
    await appendMany(5);
    const all = await ids();
    await asOwner(`DELETE FROM "AuditRecord" WHERE "id" = ${all[0]}`);
    expect(await verifyAuditChain(t.db.prisma)).toEqual({
      ok: false,
      checked: 1,
      firstBroken: { id: all[1]!.toString(), reason: "PREV_HASH_MISMATCH" },
    });
  });
});
