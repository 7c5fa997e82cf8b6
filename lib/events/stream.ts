// An endless, gap-free stream of outbox events for one subscriber: first every event
// after `after` (replay), then new ones as they commit (live). Each batch is read from
// the table, so the seam between replay and live has no gap and no duplicate.
//
// Written as a plain iterator rather than an async generator on purpose: a generator
// that waits for the next event cannot be stopped until an event arrives (return() is
// queued behind the pending next()), so a closed subscription would keep its listener
// and its polling for ever. Here return() ends the wait at once.
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
}

/**
 * Opens a stream. The starting point is fixed now, when the subscriber subscribes, not
 * when it first asks for an event: a "live" subscriber sees everything committed after
 * this call, even what commits before its first read.
 */
export async function openEventStream(options: StreamOptions): Promise<AsyncIterableIterator<OutboxEvent>> {
  const db = await prisma();
  const after = options.after ?? (await latestEventId(db));
  return new EventStream(after, options);
}

class EventStream implements AsyncIterableIterator<OutboxEvent> {
  private buffer: OutboxEvent[] = [];
  private woken = true;
  private closed = false;
  private endWait: (() => void) | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private cursor: bigint,
    private readonly options: StreamOptions,
  ) {
    this.unsubscribe = onWake(() => {
      this.woken = true;
      this.endWait?.();
    });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<OutboxEvent>> {
    while (!this.closed) {
      const buffered = this.buffer.shift();
      if (buffered) return { value: buffered, done: false };
      if (this.woken) {
        this.woken = false;
        const batch = await readEvents(await prisma(), { after: this.cursor, where: this.options.where });
        if (batch.length > 0) {
          this.cursor = batch[batch.length - 1]!.id;
          this.buffer.push(...batch);
          if (batch.length === 500) this.woken = true; // more may be waiting
        }
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.woken = true;
          resolve();
        }, this.options.pollMs ?? 5000);
        timer.unref?.();
        this.endWait = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.endWait = null;
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<OutboxEvent>> {
    this.closed = true;
    this.unsubscribe();
    this.endWait?.();
    return { value: undefined, done: true };
  }
}

/**
 * Maps and filters a stream (`undefined` skips an item) without losing the ability to
 * stop it: return() reaches the source at once, even while a next() is pending.
 */
export function filterMap<T, U>(
  source: AsyncIterator<T>,
  fn: (item: T) => Promise<U | undefined> | U | undefined,
): AsyncIterableIterator<U> {
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<U>> {
      for (;;) {
        const item = await source.next();
        if (item.done) return { value: undefined, done: true };
        const mapped = await fn(item.value);
        if (mapped !== undefined) return { value: mapped, done: false };
      }
    },
    async return(): Promise<IteratorResult<U>> {
      await source.return?.();
      return { value: undefined, done: true };
    },
  };
}
