// Open GraphQL WebSockets by staff member, so that signing out or disabling a user
// closes their live connections at once instead of at their next event.
// - Process-wide registry on globalThis: Next's bundle (server actions) and the custom
//   server (graphql-ws) are separate module graphs in one process.
// - Across instances on PostgreSQL: revokeSessions() sends NOTIFY harta_sessions with
//   the user id inside its transaction (delivered at commit); every instance LISTENs and
//   closes that user's sockets. Should a notification be lost, the per-event re-check
//   (lib/auth/session.ts viewerStillValid) ends the subscription at its next event.
import pg from "pg";
import { log } from "@/lib/log";

export const SESSIONS_CHANNEL = "harta_sessions";
/** graphql-ws's "Unauthorized": the client does not reconnect by itself. */
export const SESSION_ENDED_CLOSE_CODE = 4401;
export const SESSION_ENDED_REASON = "Session ended";

interface Closable {
  close(code?: number, reason?: string): void;
}

interface Registry {
  byUser: Map<string, Set<Closable>>;
  listener?: pg.Client;
  stopping?: boolean;
}
const registry: Registry = ((globalThis as { __hartaConnections?: Registry }).__hartaConnections ??= { byUser: new Map<string, Set<Closable>>() });

/** Remember an open connection of a staff member; returns the function that forgets it. */
export function registerConnection(userId: string, socket: Closable): () => void {
  let set = registry.byUser.get(userId);
  if (!set) registry.byUser.set(userId, (set = new Set()));
  set.add(socket);
  return () => {
    const s = registry.byUser.get(userId);
    if (!s) return;
    s.delete(socket);
    if (s.size === 0) registry.byUser.delete(userId);
  };
}

/** Close every open connection of this user in this process; returns how many. */
export function closeUserConnections(userId: string): number {
  const set = registry.byUser.get(userId);
  if (!set) return 0;
  registry.byUser.delete(userId);
  for (const socket of set) {
    try {
      socket.close(SESSION_ENDED_CLOSE_CODE, SESSION_ENDED_REASON);
    } catch (err) {
      log.warn({ err }, "closing a revoked WebSocket failed");
    }
  }
  if (set.size > 0) log.info({ userId, sockets: set.size }, "closed the WebSockets of a revoked session");
  return set.size;
}

/** Open connections of this user in this process (tests, diagnostics). */
export function connectionCount(userId: string): number {
  return registry.byUser.get(userId)?.size ?? 0;
}

/** LISTEN for other instances' revocations (PostgreSQL mode; embedded mode is one process). */
export async function startSessionRevocationListener(options: { mode: "embedded" | "postgres"; url: string }): Promise<void> {
  if (options.mode !== "postgres" || registry.listener) return;
  registry.stopping = false;
  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: options.url });
    client.on("notification", (msg) => {
      if (msg.channel === SESSIONS_CHANNEL && msg.payload) closeUserConnections(msg.payload);
    });
    client.on("error", (err) => {
      registry.listener = undefined;
      if (registry.stopping) return;
      log.warn({ err }, "session revocation listener lost its connection; reconnecting");
      setTimeout(() => void connect().catch((e: unknown) => log.error({ err: e }, "session revocation listener reconnect failed")), 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${SESSIONS_CHANNEL}`);
    registry.listener = client;
  };
  await connect();
}

export async function stopSessionRevocationListener(): Promise<void> {
  registry.stopping = true;
  const l = registry.listener;
  registry.listener = undefined;
  if (l) {
    l.removeAllListeners("error");
    l.on("error", () => undefined);
    await l.end().catch(() => undefined);
  }
}
