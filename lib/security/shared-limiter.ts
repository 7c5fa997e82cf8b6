// Rate limiters whose counts must hold across instances (failed sign-ins, failed
// tracking look-ups — guessing must not get N times the tries behind a load balancer
// of N instances). With DATABASE_URL (a PostgreSQL server, possibly shared) they count
// in the "RateLimit" table through rate-limiter-flexible's RateLimiterPostgres (one
// atomic INSERT … ON CONFLICT per attempt); on the embedded database, which only one
// process may open, in process memory.
//
// The citizens' submission limit stays in memory on purpose: it is on the hot path
// (≥ 500 submissions/s, bench/results/submit.md) and per instance it still stops a bot.
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from "rate-limiter-flexible";
import { config } from "@/lib/config";

interface Store {
  pool: pg.Pool | null;
  /** Bumped by resetSharedLimiters(): new key prefixes start counting from zero. */
  generation: number;
}
const store = ((globalThis as { __hartaLimiterStore?: Store }).__hartaLimiterStore ??= { pool: null, generation: 0 });

function pool(url: string): pg.Pool {
  // Two connections: attempts are rare; allowExitOnIdle so a stopping process never waits on it.
  return (store.pool ??= new pg.Pool({ connectionString: url, max: 2, allowExitOnIdle: true }));
}

export function sharedLimiter(options: { keyPrefix: string; points: number; duration: number }): RateLimiterAbstract {
  const keyPrefix = store.generation === 0 ? options.keyPrefix : `${options.keyPrefix}~${store.generation}`;
  const url = config.databaseUrl;
  if (!url) return new RateLimiterMemory({ ...options, keyPrefix });
  return new RateLimiterPostgres({
    ...options,
    keyPrefix,
    storeClient: pool(url),
    storeType: "pool",
    tableName: "RateLimit",
    // The table comes with the migrations (shared_limits), never from the library.
    tableCreated: true,
    // Expired rows are overwritten on the next attempt; a sweep of old ones is not needed
    // for correctness, and a timer per limiter would outlive tests.
    clearExpiredByTimeout: false,
  });
}

/** Tests: forget every count (new key prefixes; the old rows simply expire). */
export function resetSharedLimiters(): void {
  store.generation += 1;
}

/** At shutdown. */
export async function closeSharedLimiters(): Promise<void> {
  const p = store.pool;
  store.pool = null;
  await p?.end();
}
