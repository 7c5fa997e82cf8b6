// Wakes subscribers after an event is committed (architecture.md, "Events").
// The outbox table is the truth; the bus only says "look again".
// - embedded: in-process (one process owns the PGlite database);
// - PostgreSQL: LISTEN on channel harta_events; a trigger on "Event" (migration
//   event_notify) sends NOTIFY at commit, so every instance wakes, including this one.
// Subscribers also poll on a slow timer, so even a lost notification costs seconds only.
import { EventEmitter } from "node:events";
import pg from "pg";
import { log } from "@/lib/log";

export const NOTIFY_CHANNEL = "harta_events";

interface Bus {
  emitter: EventEmitter;
  listener?: pg.Client;
  mode: "embedded" | "postgres";
}
const registry = globalThis as { __hartaBus?: Bus };

function bus(): Bus {
  if (!registry.__hartaBus) {
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0);
    registry.__hartaBus = { emitter, mode: "embedded" };
  }
  return registry.__hartaBus;
}

/** Start listening for other instances' commits (PostgreSQL mode). */
export async function startBus(options: { mode: "embedded" | "postgres"; url: string }): Promise<void> {
  const b = bus();
  b.mode = options.mode;
  if (options.mode !== "postgres" || b.listener) return;
  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: options.url });
    client.on("notification", () => b.emitter.emit("wake"));
    client.on("error", (err) => {
      log.warn({ err }, "event listener connection lost; reconnecting");
      b.listener = undefined;
      setTimeout(() => void connect().catch((e: unknown) => log.error({ err: e }, "event listener reconnect failed")), 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
    b.listener = client;
    b.emitter.emit("wake"); // catch up on anything committed while disconnected
  };
  await connect();
}

export async function stopBus(): Promise<void> {
  const b = registry.__hartaBus;
  if (b?.listener) {
    const l = b.listener;
    b.listener = undefined;
    l.removeAllListeners("error");
    await l.end().catch(() => undefined);
  }
}

/** Call after a transaction that appended events has committed. */
export function eventsCommitted(): void {
  const b = bus();
  // With PostgreSQL the trigger's NOTIFY wakes every instance, this one included.
  if (b.mode === "embedded") b.emitter.emit("wake");
}

/** Subscribe to wake-ups; returns the unsubscribe function. */
export function onWake(listener: () => void): () => void {
  const b = bus();
  b.emitter.on("wake", listener);
  return () => b.emitter.off("wake", listener);
}
