// An endless, gap-free stream of outbox events for one subscriber: first every event
// after `after` (replay), then new ones as they commit (live). Each batch is read from
// the table, so the seam between replay and live has no gap and no duplicate.
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { latestEventId, readEvents, type OutboxEvent } from "@/lib/events/outbox";
import { onWake } from "@/lib/events/bus";

export interface StreamOptions {
  /** Last event id the subscriber saw; undefined → only events from now on. */
  after?: bigint;
  where?: Prisma.EventWhereInput;
  /** Safety-net poll when no wake-up arrives (ms). */
  pollMs?: number;
  signal?: AbortSignal;
}

export async function* streamEvents(options: StreamOptions): AsyncGenerator<OutboxEvent> {
  const db = await prisma();
  let cursor = options.after ?? (await latestEventId(db));
  let woken = true;
  let resolveWait: (() => void) | null = null;
  const wake = () => {
    woken = true;
    resolveWait?.();
  };
  const unsubscribe = onWake(wake);
  options.signal?.addEventListener("abort", wake);
  try {
    while (!options.signal?.aborted) {
      if (woken) {
        woken = false;
        for (;;) {
          const batch = await readEvents(db, { after: cursor, where: options.where });
          for (const event of batch) {
            cursor = event.id;
            yield event;
          }
          if (batch.length < 500) break;
        }
        continue;
      }
      await new Promise<void>((resolve) => {
        resolveWait = resolve;
        const timer = setTimeout(() => {
          woken = true;
          resolve();
        }, options.pollMs ?? 5000);
        timer.unref?.();
      });
      resolveWait = null;
    }
  } finally {
    unsubscribe();
    options.signal?.removeEventListener("abort", wake);
  }
}
