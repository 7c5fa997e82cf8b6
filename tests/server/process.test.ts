// The real first-start path as a new user runs it: a separate process on an on-disk
// embedded database, created, migrated and seeded with demo data; SIGTERM stops it
// cleanly; a restart finds everything where it was.
import { afterAll, describe, expect, it } from "vitest";
import { spawnServer, stopServer, type SpawnedServer } from "@/tests/support/spawn-server";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "harta-process-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function start(): Promise<SpawnedServer> {
  return spawnServer({ ...process.env, HARTA_DATA_DIR: dataDir, HARTA_DEMO: "true", NODE_ENV: "production", LOG_LEVEL: "info" }, 90_000);
}

const stop = stopServer;

async function gql(url: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${url}/api/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes differ per query in this test
  return (await res.json()) as { data: Record<string, any>; errors?: unknown[] };
}

describe("a Harta process on the embedded database", () => {
  it("creates, migrates and seeds the database on first start, stops cleanly on SIGTERM, and keeps data across restarts", async () => {
    const first = await start();
    const health = await (await fetch(`${first.url}/api/health`)).json();
    expect(health).toMatchObject({ status: "ok", database: { mode: "embedded" } });
    const units = await gql(first.url, `{ serviceUnits { code } }`);
    expect(units.data.serviceUnits).toHaveLength(3);
    const submitted = await gql(first.url, `mutation($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference accessCode } }`, {
      i: { kind: "PROPOSAL", subject: "Детска площадка", body: "Предлагам детска площадка в кв. Запад.", anonymous: false, name: "Иван Петров", phone: "+359 888 123 456", consent: true },
    });
    const { reference, accessCode } = submitted.data.submitFeedback;
    // A second process must not open the same embedded database while the first runs.
    await expect(start()).rejects.toThrow(/in use by another Harta process/);
    expect(await stop(first)).toBe(0);
    expect(first.output()).toContain("shutting down");

    const second = await start();
    const tracked = await gql(second.url, `query($r: String!, $c: String!) { trackFeedback(reference: $r, accessCode: $c) { reference kind } }`, { r: reference, c: accessCode });
    expect(tracked.data.trackFeedback).toEqual({ reference, kind: "PROPOSAL" });
    // Demo data is seeded once, not again on restart.
    expect(second.output()).not.toContain("demo data seeded");
    expect(await stop(second)).toBe(0);
  });
});
