// One process, one port, across Next's bundle: the submit form's server action runs in
// Next's separately compiled bundle, the graphql-ws server in the plain Node server. A
// complaint sent through the browser form must reach a WebSocket subscriber on the same
// port — which holds only if both share one database handle and one event bus.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import type { Browser } from "playwright-core";
import { chromiumAvailable, launchBrowser } from "@/tests/support/browser";
import type { TestApp } from "@/tests/support/app";
import { fillSubmission, namedComplaint, openContext, openSubmitForm, pressSend, readConfirmation } from "./helpers";

let app: TestApp;
let browser: Browser;

interface Received {
  data: { publicEvents: { id: string; type: string; kind: string | null } };
  at: number;
}

/**
 * Opens a graphql-ws client and the subscription: `ready` once the server acknowledged the
 * connection, `first` with the first event (and when it arrived).
 */
function subscribePublicEvents(url: string): { client: Client; ready: Promise<void>; first: Promise<Received> } {
  let markReady!: () => void;
  const ready = new Promise<void>((r) => (markReady = r));
  const client = createClient({
    url: `${url.replace(/^http/, "ws")}/api/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    on: { connected: () => markReady() },
  });
  const first = new Promise<Received>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no event within 15 s")), 15_000);
    const stop = client.subscribe(
      { query: "subscription { publicEvents { id type kind } }" },
      {
        next: (value) => {
          clearTimeout(timer);
          stop();
          resolve({ data: value.data as Received["data"], at: Date.now() });
        },
        error: (e) => {
          clearTimeout(timer);
          reject(e instanceof Error ? e : new Error(JSON.stringify(e)));
        },
        complete: () => undefined,
      },
    );
  });
  first.catch(() => undefined); // awaited in the test; never an unhandled rejection
  return { client, ready, first };
}

describe.skipIf(!chromiumAvailable)("one port, one process (browser form → WebSocket subscriber)", () => {
  beforeAll(async () => {
    process.env.HARTA_SUBMIT_LIMIT_PER_HOUR = "1000";
    const { startTestApp } = await import("@/tests/support/app");
    app = await startTestApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("a complaint sent with the browser form (a Next server action) reaches a graphql-ws subscriber on the same port", async () => {
    const { context, page, urls } = await openContext(browser);
    const actionPosts: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && r.headers()["next-action"]) actionPosts.push(r.url());
    });
    let client: Client | undefined;
    try {
      // The form is filled first, so that the only thing between subscribing and the
      // event is the server action itself.
      await openSubmitForm(page, app.url, "en");
      await fillSubmission(page, namedComplaint("en"));

      const sub = subscribePublicEvents(app.url);
      client = sub.client;
      const { ready, first } = sub;
      await ready;
      const subscribedAt = Date.now();
      await new Promise((r) => setTimeout(r, 300)); // let the subscription reach its wait

      await pressSend(page);
      const event = await first;
      const confirmation = await readConfirmation(page, "en");

      expect(event.data.publicEvents).toMatchObject({ type: "CASE_RECEIVED", kind: "COMPLAINT" });
      // The very event the server action wrote, read from the test's own handle on the database.
      const stored = await app.db.db.prisma.case.findUniqueOrThrow({
        where: { reference: confirmation.reference },
        include: { events: { where: { type: "CASE_RECEIVED" } } },
      });
      expect(stored.events).toHaveLength(1);
      expect(event.data.publicEvents.id).toBe(stored.events[0]!.id.toString());
      // Woken by the shared bus, not found later by the subscriber's 5-second safety poll.
      expect(event.at - subscribedAt).toBeLessThan(4_500);

      // Page, server action and WebSocket: one origin, one port.
      expect(actionPosts.length).toBeGreaterThan(0);
      const origins = new Set(urls.filter((u) => u.startsWith("http")).map((u) => new URL(u).origin));
      expect([...origins]).toEqual([new URL(app.url).origin]);
    } finally {
      await client?.dispose();
      await context.close();
    }
  });

  // Regression: Next was once created with the port asked for (0 → 3000) instead of the
  // bound one. After a server action's redirect(), Next fetches the target page from that
  // port with the browser's cookies — the receipt cookie holds the access code — so
  // another process listening there received them.
  it("a server action's redirect is never fetched from another process on the default port 3000", async (ctx) => {
    const seen: string[] = [];
    const other = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url} cookie: ${req.headers.cookie ?? "(none)"}`);
      res.writeHead(404).end();
    });
    const listening = await new Promise<boolean>((resolve) => {
      other.once("error", () => resolve(false));
      other.listen(3000, "127.0.0.1", () => resolve(true));
    });
    if (!listening) {
      ctx.skip(); // something else has port 3000: cannot tell
      return;
    }
    const { context, page } = await openContext(browser);
    try {
      await openSubmitForm(page, app.url, "en");
      await fillSubmission(page, namedComplaint("en"));
      await pressSend(page);
      await readConfirmation(page, "en");
      expect(seen, "requests that reached another process on port 3000").toEqual([]);
    } finally {
      await context.close();
      await new Promise((r) => other.close(r));
    }
  });
});
