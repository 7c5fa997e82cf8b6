"use client";
// The browser's end of the staff live feed: caseEvents over graphql-ws on the page's own
// host and port (/api/graphql; the browser sends the session cookie with the upgrade, so
// the server knows who is asking and authorises every event for them).
//
// Resuming: every event carries an id and ids only grow. The hook keeps the last id it
// has passed on and subscribes with `after: <that id>`: graphql-ws sends the subscribe
// message again on every reconnect, and the payload's variables are read at that
// moment (a getter), so a reconnect replays exactly what was missed — no gap, and no
// event twice (anything at or below the last id is dropped as well, to be sure).
//
// Staying connected: retries for ever with capped, jittered exponential backoff; while
// the browser says it is offline it waits for "online" instead of knocking; a keep-alive
// ping that gets no pong ends a socket that died silently (sleep, a proxy) so that it
// is replaced. Only a refusal ends the feed — the session ended (close 4401) or the
// server rejected the subscription — and the caller shows "Offline" with a button to
// try again.
import { useCallback, useEffect, useRef, useState } from "react";
// The client entry alone: the package root would also bring the server half (and graphql-js).
import { createClient } from "graphql-ws/client";
import { LIVE_EVENT_TYPES, compareIds, type LiveCaseEvent } from "./live-state";

export type LiveConnection = "connecting" | "live" | "reconnecting" | "offline";

export const CASE_EVENTS_SUBSCRIPTION = /* GraphQL */ `
  subscription LiveInbox($after: ID, $filter: CaseEventFilter) {
    caseEvents(after: $after, filter: $filter) {
      id
      type
      at
      case { id reference kind status departmentCode assigneeId nextDueAt nextDueDate }
    }
  }
`;

export const GRAPHQL_PATH = "/api/graphql";
/** A ping this often while connected (ms)… */
export const KEEP_ALIVE_MS = 15_000;
/** …and a socket whose pong does not come back within this is replaced (ms). */
export const PONG_TIMEOUT_MS = 5_000;
/** Longest wait between two attempts (ms). */
export const MAX_RETRY_WAIT_MS = 30_000;

/** ws(s)://<this host>/api/graphql */
export function graphqlWsUrl(location: Pick<Location, "protocol" | "host">): string {
  return `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}${GRAPHQL_PATH}`;
}

/** Wait before attempt `retries` + 1: 1 s, 2 s, 4 s … up to 30 s, each between half and all of it. */
export function backoffMs(retries: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_RETRY_WAIT_MS, 1000 * 2 ** Math.min(retries, 15));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

export interface CaseEventFeedOptions {
  /** Called once, when the feed first opens: the id to start after (null: from now on). */
  startAfter: () => string | null;
  onEvent: (event: LiveCaseEvent) => void;
  /** The connection came back after a loss (the replay follows). */
  onReconnected?: () => void;
  /** Event types to receive (read when the feed opens); default: the inbox's, LIVE_EVENT_TYPES. */
  types?: readonly string[];
}

export interface CaseEventFeed {
  connection: LiveConnection;
  /** Start again after the feed stopped (the "Reconnect" button). */
  reconnect: () => void;
}

export function useCaseEventFeed(options: CaseEventFeedOptions): CaseEventFeed {
  const [connection, setConnection] = useState<LiveConnection>("connecting");
  const [generation, setGeneration] = useState(0);
  const callbacks = useRef(options);
  useEffect(() => {
    callbacks.current = options;
  });
  /** The last event id passed on; undefined until the feed first opens. */
  const cursor = useRef<string | null | undefined>(undefined);

  useEffect(() => {
    if (cursor.current === undefined) cursor.current = callbacks.current.startAfter();
    let disposed = false;
    let connected = false;
    let pongTimer: ReturnType<typeof setTimeout> | undefined;
    const waits = new Set<() => void>();

    const client = createClient({
      url: graphqlWsUrl(window.location),
      lazy: true,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: (retries) => waitBeforeRetry(retries, waits),
      keepAlive: KEEP_ALIVE_MS,
      on: {
        connecting: (isRetry) => {
          if (!disposed) setConnection((c) => (isRetry || c !== "connecting" ? "reconnecting" : "connecting"));
        },
        connected: (_socket, _payload, wasRetry) => {
          connected = true;
          if (disposed) return;
          setConnection("live");
          if (wasRetry) callbacks.current.onReconnected?.();
        },
        closed: () => {
          connected = false;
          clearTimeout(pongTimer);
          if (!disposed) setConnection((c) => (c === "offline" ? c : "reconnecting"));
        },
        ping: (received) => {
          if (!received) pongTimer = setTimeout(() => client.terminate(), PONG_TIMEOUT_MS);
        },
        pong: (received) => {
          if (received) clearTimeout(pongTimer);
        },
      },
    });

    // Read when graphql-ws (re)sends the subscribe message: always the latest cursor.
    const payload = {
      query: CASE_EVENTS_SUBSCRIPTION,
      get variables() {
        return { after: cursor.current ?? null, filter: { types: [...(callbacks.current.types ?? LIVE_EVENT_TYPES)] } };
      },
    };
    const unsubscribe = client.subscribe<{ caseEvents: LiveCaseEvent }>(payload, {
      next: (result) => {
        const event = result.data?.caseEvents;
        if (!event || disposed) return;
        if (cursor.current != null && compareIds(event.id, cursor.current) <= 0) return;
        cursor.current = event.id;
        callbacks.current.onEvent(event);
      },
      // A refusal (session ended, not allowed) or a stream the server ended: stop, say so.
      error: () => {
        if (!disposed) setConnection("offline");
      },
      complete: () => {
        if (!disposed) setConnection("offline");
      },
    });

    // Browsers keep a WebSocket open for a while after the network goes: drop it at once,
    // and reconnect (after "online") rather than wait for a ping to time out.
    const onOffline = () => {
      if (connected) client.terminate();
    };
    window.addEventListener("offline", onOffline);

    return () => {
      disposed = true;
      window.removeEventListener("offline", onOffline);
      clearTimeout(pongTimer);
      for (const end of waits) end();
      unsubscribe();
      void client.dispose();
    };
  }, [generation]);

  const reconnect = useCallback(() => {
    setConnection("connecting");
    setGeneration((g) => g + 1);
  }, []);

  return { connection, reconnect };
}

/** The backoff, or — while the browser is offline — until it is online again (plus a little jitter). */
function waitBeforeRetry(retries: number, waits: Set<() => void>): Promise<void> {
  return new Promise<void>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const end = () => {
      clearTimeout(timer);
      window.removeEventListener("online", onOnline);
      waits.delete(end);
      resolve();
    };
    const onOnline = () => {
      clearTimeout(timer);
      timer = setTimeout(end, 200 + Math.round(Math.random() * 800));
    };
    waits.add(end);
    window.addEventListener("online", onOnline);
    if (navigator.onLine !== false) timer = setTimeout(end, backoffMs(retries));
  });
}
