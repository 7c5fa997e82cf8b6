// One port for pages, GraphQL over HTTP and GraphQL over WebSocket, sharing one
// database handle and one event bus (architecture.md). The subscription is opened
// after a page load on purpose: that is when Next's own upgrade handling used to
// break graphql-ws sockets (toolchain.md, "Trap").
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { startTestDb, type TestDb } from "@/tests/support/db";
import type { RunningServer } from "@/lib/server/main";

let t: TestDb;
let server: RunningServer;

beforeAll(async () => {
  process.env.HARTA_DEMO = "false";
  t = await startTestDb();
  const { startServer } = await import("@/lib/server/main");
  server = await startServer({ port: 0, dev: false });
});
afterAll(async () => {
  await server?.close();
  await t?.close();
});

async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

function subscribe(client: Client, query: string, count: number): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const got: Record<string, unknown>[] = [];
    const timer = setTimeout(() => reject(new Error(`timed out with ${got.length}/${count} events`)), 10_000);
    const stop = client.subscribe(
      { query },
      {
        next: (value) => {
          got.push(value.data as Record<string, unknown>);
          if (got.length === count) {
            clearTimeout(timer);
            stop();
            resolve(got);
          }
        },
        error: (e) => {
          clearTimeout(timer);
          reject(e instanceof Error ? e : new Error(JSON.stringify(e)));
        },
        complete: () => undefined,
      },
    );
  });
}

const SUBMIT = `mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { reference } }`;
const complaint = { kind: "COMPLAINT", subject: "Дупка на пътя", body: "Голяма дупка на бул. България пред блок 5.", anonymous: true, locale: "bg" };

describe("one port", () => {
  it("serves a page, then a mutation over HTTP reaches a subscriber over WebSocket", async () => {
    const page = await fetch(`${server.url}/bg`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Момчилград");

    const client = createClient({ url: `${server.url.replace("http", "ws")}/api/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const events = subscribe(client, `subscription { publicEvents { id type kind } }`, 1);
      await new Promise((r) => setTimeout(r, 300)); // let the subscription start before the mutation
      const { body } = await post(SUBMIT, { input: complaint });
      expect(body.errors).toBeUndefined();
      const [event] = await events;
      expect(event).toMatchObject({ publicEvents: { type: "CASE_RECEIVED", kind: "COMPLAINT" } });
    } finally {
      await client.dispose();
    }
  });

  it("replays what a subscriber missed after the last id it saw", async () => {
    for (let i = 0; i < 3; i++) await post(SUBMIT, { input: { ...complaint, kind: i === 1 ? "PRAISE" : "SIGNAL" } });
    const all = await t.db.prisma.event.findMany({ orderBy: { id: "asc" } });
    const after = all[all.length - 3]!.id - 1n;
    const client = createClient({ url: `${server.url.replace("http", "ws")}/api/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const events = await subscribe(client, `subscription { publicEvents(after: "${after}") { id kind } }`, 3);
      expect(events.map((e) => (e.publicEvents as { kind: string }).kind)).toEqual(["SIGNAL", "PRAISE", "SIGNAL"]);
      expect(events.map((e) => (e.publicEvents as { id: string }).id)).toEqual(all.slice(-3).map((e) => e.id.toString()));
    } finally {
      await client.dispose();
    }
  });

  it("never shows that a corruption signal arrived on the public feed", async () => {
    const client = createClient({ url: `${server.url.replace("http", "ws")}/api/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const events = subscribe(client, `subscription { publicEvents { kind } }`, 1);
      await new Promise((r) => setTimeout(r, 300));
      await post(SUBMIT, { input: { ...complaint, kind: "CORRUPTION_SIGNAL" } });
      await post(SUBMIT, { input: { ...complaint, kind: "OPINION" } });
      expect(await events).toEqual([{ publicEvents: { kind: "OPINION" } }]);
    } finally {
      await client.dispose();
    }
  });

  it("refuses a WebSocket from another site's page", async () => {
    const ws = new WebSocket(`${server.url.replace("http", "ws")}/api/graphql`, "graphql-transport-ws", { headers: { origin: "https://evil.example" } });
    const outcome = await new Promise<string>((resolve) => {
      ws.on("open", () => resolve("open"));
      ws.on("unexpected-response", (_req, res) => resolve(String(res.statusCode)));
      ws.on("error", () => resolve("error"));
    });
    expect(outcome).toBe("403");
  });

  it("reports health with the migration state", async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: { reachable: true }, migrations: { pending: [] } });
  });

  it("answers an oversized body with 413 and malformed JSON with 400, never 500", async () => {
    const big = await fetch(`${server.url}/api/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: SUBMIT, variables: { input: { ...complaint, body: "x".repeat(100_000) } } }),
    });
    expect(big.status).toBe(413);
    const bad = await fetch(`${server.url}/api/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" });
    expect(bad.status).toBe(400);
    const unknownEnum = await post(SUBMIT, { input: { ...complaint, kind: "GOSSIP" } }, { "accept-language": "bg" });
    expect(unknownEnum.status).toBe(400);
    const fieldErrors = unknownEnum.body.errors![0]!.extensions!.fieldErrors as { field: string; code: string; message: string }[];
    expect(fieldErrors).toEqual([expect.objectContaining({ field: "kind", code: "INVALID_CHOICE" })]);
    expect(unknownEnum.body.errors![0]!.message).toMatch(/[а-яА-Я]/); // in Bulgarian
    const missing = await post(SUBMIT, { input: { kind: "COMPLAINT", body: "Текст на жалбата.", anonymous: true } }, { "accept-language": "en" });
    expect((missing.body.errors![0]!.extensions!.fieldErrors as { field: string; code: string }[])[0]).toMatchObject({ field: "subject", code: "REQUIRED" });
  });

  it("gives a rate-limited caller HTTP 429 with the wait in the caller's language", async () => {
    const named = { kind: "OPINION", subject: "Мнение", body: "Сайтът е удобен за ползване.", anonymous: true, locale: "en" };
    let last = await post(SUBMIT, { input: named });
    for (let i = 0; i < 25 && !last.body.errors; i++) last = await post(SUBMIT, { input: named });
    expect(last.status).toBe(429);
    expect(last.body.errors![0]!.extensions!.code).toBe("RATE_LIMITED");
    expect(last.body.errors![0]!.message).toMatch(/try again/i);
  });
});

describe("WebSocket limits", () => {
  it("refuses more than the allowed operations on one connection, and messages over the size limit", async () => {
    const { WS_MAX_OPERATIONS, WS_MAX_PAYLOAD } = await import("@/lib/server/graphql-ws");
    const client = createClient({ url: `${server.url.replace("http", "ws")}/api/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    const errors: string[] = [];
    const stops: (() => void)[] = [];
    try {
      for (let i = 0; i <= WS_MAX_OPERATIONS; i++) {
        stops.push(
          client.subscribe(
            { query: `subscription { publicEvents { id } }` },
            { next: () => undefined, error: (e) => errors.push(JSON.stringify(e)), complete: () => undefined },
          ),
        );
      }
      await new Promise((r) => setTimeout(r, 1000));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain("TOO_MANY_OPERATIONS");
    } finally {
      stops.forEach((stop) => stop());
      await client.dispose();
    }

    const ws = new WebSocket(`${server.url.replace("http", "ws")}/api/graphql`, "graphql-transport-ws");
    await new Promise((r) => ws.once("open", r));
    const closed = new Promise<number>((r) => ws.once("close", (code) => r(code)));
    ws.send("x".repeat(WS_MAX_PAYLOAD + 1));
    expect(await closed).toBe(1009); // message too big
  });

  it("closes a connection that never initialises", async () => {
    const ws = new WebSocket(`${server.url.replace("http", "ws")}/api/graphql`, "graphql-transport-ws");
    const started = Date.now();
    const code = await new Promise<number>((r) => ws.once("close", (c) => r(c)));
    expect(code).toBe(4408);
    expect(Date.now() - started).toBeGreaterThan(4000);
  });
});
