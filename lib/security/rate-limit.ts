// Per-client rate limits (issue 2, "Bad input": bot protection without third-party
// CAPTCHAs; tracking guesses). rate-limiter-flexible gives fixed-window counters with
// a "retry after" figure. Failed tracking look-ups count across instances on PostgreSQL
// (./shared-limiter.ts); submissions count per process (see README, "Several instances").
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { resetSharedLimiters, sharedLimiter } from "@/lib/security/shared-limiter";
import { AppError } from "@/lib/errors";
import { config } from "@/lib/config";

interface Limiters {
  submit: RateLimiterMemory;
  trackFailure: RateLimiterAbstract;
}

const registry = globalThis as { __hartaLimiters?: Limiters };

function limiters(): Limiters {
  return (registry.__hartaLimiters ??= {
    submit: new RateLimiterMemory({ keyPrefix: "submit", points: config.submitLimitPerHour, duration: 3600 }),
    // Only failed look-ups count, so a citizen checking their own case often is never blocked.
    trackFailure: sharedLimiter({ keyPrefix: "track", points: config.trackLimitPer15Min, duration: 900 }),
  });
}

function limited(res: unknown, what: string): AppError {
  const ms = res instanceof RateLimiterRes ? res.msBeforeNext : 60_000;
  return new AppError("RATE_LIMITED", `${what} rate limit reached`, { retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) });
}

/** Counts one submission for this client; throws RATE_LIMITED past the limit. */
export async function consumeSubmission(clientKey: string): Promise<void> {
  try {
    await limiters().submit.consume(clientKey);
  } catch (res) {
    if (res instanceof Error) throw res;
    throw limited(res, "submission");
  }
}

/** Throws RATE_LIMITED when this client has used up its failed look-ups. */
export async function assertTrackingAllowed(clientKey: string): Promise<void> {
  const res = await limiters().trackFailure.get(clientKey);
  if (res && res.consumedPoints >= config.trackLimitPer15Min) throw limited(res, "tracking");
}

export async function recordTrackingFailure(clientKey: string): Promise<void> {
  await limiters().trackFailure.consume(clientKey).catch(() => undefined);
}

/** Forget all counters (tests). */
export function resetRateLimits(): void {
  registry.__hartaLimiters = undefined;
  resetSharedLimiters();
}
