// Harta's one process, one port (architecture.md): Next.js pages, GraphQL over HTTP
// (Apollo) and GraphQL subscriptions over WebSocket (graphql-ws), with the one database
// handle and event bus of lib/db and lib/events.
import { closeSharedLimiters } from "@/lib/security/shared-limiter";
import http from "node:http";
import { EventEmitter } from "node:events";
import next from "next";
import type { NextServer } from "next/dist/server/next";
import { startClockSweeper } from "@/lib/clocks/sweeper";
import { config } from "@/lib/config";
import { log } from "@/lib/log";
import { closeDb, getDb } from "@/lib/db/client";
import { startBus, stopBus } from "@/lib/events/bus";
import { seedReferenceData } from "@/lib/db/seed";
import { seedDemo } from "@/lib/db/seed-demo";
import { createGraphQLHttpHandler } from "@/lib/server/graphql-http";
import { createGraphQLWebSocketServer } from "@/lib/server/graphql-ws";
import { handleHealth } from "@/lib/server/health";
import { stampClientAddress } from "@/lib/server/client-address";
import { startMailWorker } from "@/lib/mail/worker";
import { authSecret } from "@/lib/auth/secret";
import { startSessionRevocationListener, stopSessionRevocationListener } from "@/lib/auth/connections";
import { startLocalAdmin } from "@/lib/auth/local-admin";

export const GRAPHQL_PATH = "/api/graphql";

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(options: { port?: number; host?: string; dev?: boolean } = {}): Promise<RunningServer> {
  const dev = options.dev ?? process.env.NODE_ENV === "development";
  const host = options.host ?? config.host;
  const port = options.port ?? config.port;
  if (config.isProduction && !config.accessCodeKey && !config.demo) {
    throw new Error("HARTA_ACCESS_CODE_KEY must be set in production (it keys the hash of citizens' access codes)");
  }
  authSecret(); // throws in production without NEXTAUTH_SECRET (staff session cookies)

  const db = await getDb();
  await startBus({ mode: db.mode, url: db.url });
  await startSessionRevocationListener({ mode: db.mode, url: db.url }); // sign-out/disable on other instances
  const stopLocalAdmin = await startLocalAdmin(); // npm run user:create while this process holds the embedded DB
  await seedReferenceData(db.prisma);
  if (config.demo) await seedDemo(db.prisma);
  const stopMailWorker = startMailWorker(); // e-mail outbox: every 10 s and on wakeMailWorker()

  const { schema } = await import("@/graphql/schema");
  const graphqlHttp = await createGraphQLHttpHandler(schema);
  const graphqlWs = createGraphQLWebSocketServer(schema);

  // Next is created after the socket is bound (below): it must know the real port,
  // because a server action's redirect fetches the target page from it — with a wrong
  // port (e.g. 0 → 3000) the browser's cookies would go to whatever listens there.
  let nextReady: Promise<{ handle: ReturnType<NextServer["getRequestHandler"]>; upgrade: ReturnType<NextServer["getUpgradeHandler"]> }> | null = null;

  let inFlight = 0;
  let draining = false;
  const server = http.createServer((req, res) => {
    inFlight += 1;
    res.on("close", () => (inFlight -= 1));
    if (draining) res.setHeader("connection", "close");
    const pathname = (req.url ?? "/").split("?")[0];
    const handled =
      pathname === GRAPHQL_PATH
        ? graphqlHttp.handle(req, res)
        : pathname === "/api/health"
          ? handleHealth(res)
          : (stampClientAddress(req), nextReady!.then((n) => n.handle(req, res)));
    Promise.resolve(handled).catch((err: unknown) => {
      log.error({ err, url: req.url }, "request failed");
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Internal error");
    });
  });

  server.on("upgrade", (req, socket, head) => {
    const pathname = (req.url ?? "/").split("?")[0];
    if (pathname !== GRAPHQL_PATH) {
      void nextReady!.then((n) => n.upgrade(req, socket, head));
      return;
    }
    // Browsers send Origin; refuse pages from other sites (cross-site WebSocket hijacking).
    const origin = req.headers.origin;
    if (origin && new URL(origin).host !== req.headers.host) {
      socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
      return;
    }
    graphqlWs.wss.handleUpgrade(req, socket, head, (ws) => graphqlWs.wss.emit("connection", ws, req));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${actualPort}`;

  // Next attaches its own upgrade listener to the server of the first request it sees,
  // which would handle every WebSocket upgrade twice (toolchain.md, "Trap"). Give it a
  // stand-in server so the router above owns upgrades.
  const nextApp = next({ dev, hostname: host, port: actualPort, dir: process.cwd(), httpServer: new EventEmitter() as http.Server });
  nextReady = nextApp.prepare().then(() => ({ handle: nextApp.getRequestHandler(), upgrade: nextApp.getUpgradeHandler() }));
  await nextReady;
  // Terms crossing their warning or due instant: at start (what fell due while no server
  // ran) and every 2 s after (issue 4: lag of a few seconds at most).
  const stopSweeper = startClockSweeper(db.prisma);

  async function close(): Promise<void> {
    draining = true;
    server.close();
    server.closeIdleConnections();
    await graphqlWs.close();
    const deadline = Date.now() + 10_000;
    while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    server.closeAllConnections();
    await graphqlHttp.stop();
    await nextApp.close?.();
    await stopBus();
    await stopSessionRevocationListener();
    await stopLocalAdmin();
    await stopMailWorker();
    await stopSweeper();
    await closeSharedLimiters();
    await closeDb();
  }

  return { url, port: actualPort, close };
}

async function main(): Promise<void> {
  const running = await startServer();
  log.info({ url: running.url }, "Harta is running");
  console.log(`\n  Harta is running at ${running.url}/  (GraphQL: ${running.url}${GRAPHQL_PATH})\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down: draining requests, closing sockets and the database");
    running.close().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, "unclean shutdown");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    log.fatal({ err }, "Harta failed to start");
    console.error(err);
    process.exit(1);
  });
}
