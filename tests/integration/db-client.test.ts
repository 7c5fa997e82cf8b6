// The process-wide database handle keeps working after a failed statement (embedded
// PGlite drops the connection on errors; the next query must reconnect).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDb, type TestDb } from "@/tests/support/db";

let t: TestDb;
beforeAll(async () => {
  t = await startTestDb();
});
afterAll(async () => {
  await t?.close();
});

describe("database handle", () => {
  it("answers the next query after a unique-constraint violation", async () => {
    const p = t.db.prisma;
    for (let i = 0; i < 5; i++) {
      await p.department.create({ data: { code: `D${i}`, name: { bg: "x" } } });
      await expect(p.department.create({ data: { code: `D${i}`, name: { bg: "x" } } })).rejects.toMatchObject({ code: "P2002" });
      expect(await p.department.count({ where: { code: `D${i}` } })).toBe(1);
    }
  });

  it("rolls back a failed transaction completely", async () => {
    const p = t.db.prisma;
    await expect(
      p.$transaction(async (tx) => {
        await tx.department.create({ data: { code: "TX1", name: { bg: "x" } } });
        await tx.department.create({ data: { code: "TX1", name: { bg: "x" } } });
      }),
    ).rejects.toBeTruthy();
    expect(await p.department.count({ where: { code: "TX1" } })).toBe(0);
  });
});
