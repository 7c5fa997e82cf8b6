// The real first-start path as a new user runs it: a separate process on an on-disk
// embedded database, created, migrated and seeded with demo data; SIGTERM stops it
// cleanly; a restart finds everything where it was.
import { afterAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "harta-process-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

function start(): Promise<Started> {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/server/main.ts"], {
    env: { ...process.env, PORT: "0", HARTA_DATA_DIR: dataDir, HARTA_DEMO: "true", NODE_ENV: "production", LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 90_000);
    const check = setInterval(() => {
      const m = /Harta is running at (http:\/\/[^\s/]+)/.exec(out);
      if (m) {
        clearInterval(check);
        clearTimeout(timer);
        resolve({ child, url: m[1]!, output: () => out });
      }
    }, 100);
    child.on("exit", (code) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}

function stop(s: Started): Promise<number | null> {
  return new Promise((resolve) => {
    s.child.removeAllListeners("exit");
    s.child.on("exit", (code) => resolve(code));
    s.child.kill("SIGTERM");
  });
}

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
