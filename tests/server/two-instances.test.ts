// Several Harta instances on one PostgreSQL (issue 4, "Several instances"): an event
// committed on one reaches subscribers on the other (LISTEN/NOTIFY wakes, the outbox
// table is the truth); a subscriber whose server dies resumes with `after` on a new
// server and receives every event exactly once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChildProcess } from "node:child_process";
import { spawnServer, type SpawnedServer } from "@/tests/support/spawn-server";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

const ADMIN_URL = process.env.HARTA_TEST_DATABASE_URL;
if (!ADMIN_URL) console.log("[two-instances] skipped: set HARTA_TEST_DATABASE_URL to a PostgreSQL server (e.g. postgres://postgres@127.0.0.1:5432/test)");

const dbName = `harta_test_two_${randomUUID().slice(0, 8).replace(/-/g, "")}`;
let databaseUrl = "";
const children: ChildProcess[] = [];

beforeAll(async () => {
  if (!ADMIN_URL) return;
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  await c.query(`CREATE DATABASE ${dbName}`);
  await c.end();
  const u = new URL(ADMIN_URL);
  u.pathname = `/${dbName}`;
  databaseUrl = u.toString();
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  if (!ADMIN_URL) return;
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await c.end();
});

async function startInstance(): Promise<SpawnedServer> {
  const server = await spawnServer(
    {
      ...process.env,
      DATABASE_URL: databaseUrl,
      HARTA_DEMO: "false",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      HARTA_SUBMIT_LIMIT_PER_HOUR: "1000",
      HARTA_ACCESS_CODE_KEY: "two-instances-test-key",
      NEXTAUTH_SECRET: "two-instances-test-secret",
    },
    90_000,
  );
  children.push(server.child);
  return server;
}

async function submit(url: string, n: number): Promise<string> {
  const res = await fetch(`${url}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference } }`,
      variables: { i: { kind: "COMPLAINT", subject: `Жалба ${n}`, body: "Дупка на пътя пред училището в Груево.", anonymous: true } },
    }),
  });
  const body = (await res.json()) as { data: { submitFeedback: { reference: string } } };
  return body.data.submitFeedback.reference;
}

/** Collects publicEvents ids on `url` (from `after`, if given). */
function collect(url: string, after?: string): { client: Client; ids: string[]; waitFor: (n: number) => Promise<void> } {
  const client = createClient({ url: `${url.replace("http", "ws")}/api/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
  const ids: string[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  client.subscribe(
    { query: `subscription($after: ID) { publicEvents(after: $after) { id } }`, variables: after ? { after } : {} },
    {
      next: (v) => {
        ids.push((v.data as { publicEvents: { id: string } }).publicEvents.id);
        for (const w of waiters.filter((w) => ids.length >= w.n)) w.resolve();
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  const waitFor = (n: number) =>
    new Promise<void>((resolve, reject) => {
      if (ids.length >= n) return resolve();
      const timer = setTimeout(() => reject(new Error(`got ${ids.length}/${n} events`)), 15_000);
      waiters.push({ n, resolve: () => (clearTimeout(timer), resolve()) });
    });
  return { client, ids, waitFor };
}

describe.skipIf(!ADMIN_URL)("two instances on one PostgreSQL", () => {
  it("delivers across instances, and a subscriber that loses its server resumes with every event exactly once", async () => {
    const [a, b] = await Promise.all([startInstance(), startInstance()]);
    // A page load first: Next must not take over the WebSocket upgrades afterwards.
    expect((await fetch(`${a.url}/bg`)).status).toBe(200);

    const onA = collect(a.url);
    await new Promise((r) => setTimeout(r, 500));
    for (let i = 0; i < 3; i++) await submit(b.url, i);
    await onA.waitFor(3);
    const lastSeen = onA.ids[onA.ids.length - 1]!;

    // The subscriber's server dies mid-stream; events keep arriving on B meanwhile.
    a.child.kill("SIGKILL");
    await Promise.resolve(onA.client.dispose()).catch(() => undefined);
    for (let i = 3; i < 6; i++) await submit(b.url, i);

    const a2 = await startInstance();
    const resumed = collect(a2.url, lastSeen);
    await resumed.waitFor(3);
    for (let i = 6; i < 8; i++) await submit(b.url, i);
    await resumed.waitFor(5);
    await new Promise((r) => setTimeout(r, 500)); // nothing extra may follow

    const all = [...onA.ids, ...resumed.ids].map(BigInt);
    expect(all).toHaveLength(8);
    expect(new Set(all).size).toBe(8);
    expect(all.every((id, i) => i === 0 || id > all[i - 1]!)).toBe(true);
    await resumed.client.dispose();
    for (const s of [b, a2]) s.child.kill("SIGTERM");
  });
});
