// Failed sign-ins, counted per account (5 per 15 minutes) and per client address
// (20 per 15 minutes); a successful sign-in clears the account's count. Counted in
// PostgreSQL when there is one (lib/security/shared-limiter.ts), so several instances
// behind a load balancer give a password guesser no more tries than one.
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { resetSharedLimiters, sharedLimiter } from "@/lib/security/shared-limiter";
import { config } from "@/lib/config";

const WINDOW_SECONDS = 15 * 60;

interface Limiters {
  account: RateLimiterAbstract;
  client: RateLimiterAbstract;
}
const registry = globalThis as { __hartaSignInLimiters?: Limiters };

function limiters(): Limiters {
  return (registry.__hartaSignInLimiters ??= {
    account: sharedLimiter({ keyPrefix: "signin-account", points: config.signInAccountLimitPer15Min, duration: WINDOW_SECONDS }),
    client: sharedLimiter({ keyPrefix: "signin-client", points: config.signInClientLimitPer15Min, duration: WINDOW_SECONDS }),
  });
}

/** The account key: the e-mail as typed, normalised, so unknown addresses are limited too. */
export function accountKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Seconds until this account and client may try again; 0 when they may now. */
export async function signInBlockedFor(options: { email: string; clientKey: string }): Promise<number> {
  const l = limiters();
  const [account, client] = await Promise.all([l.account.get(accountKey(options.email)), l.client.get(options.clientKey)]);
  return Math.max(waitSeconds(account, config.signInAccountLimitPer15Min), waitSeconds(client, config.signInClientLimitPer15Min));
}

function waitSeconds(res: RateLimiterRes | null, max: number): number {
  return res && res.consumedPoints >= max ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;
}

/**
 * Counts an attempt BEFORE the password is checked, so that a burst of parallel
 * requests cannot all pass the check before the first failure is counted. Returns the
 * seconds to wait when the attempt is over the limit (0: go ahead). An attempt that
 * turns out not to fail is given back with refundAttempt().
 */
export async function reserveAttempt(options: { email: string; clientKey: string }): Promise<number> {
  const l = limiters();
  const take = (limiter: RateLimiterAbstract, key: string, max: number) =>
    limiter.consume(key).then(
      () => 0,
      (res: unknown) => {
        if (res instanceof Error) throw res;
        return waitSeconds(res as RateLimiterRes, max);
      },
    );
  const waits = await Promise.all([
    take(l.account, accountKey(options.email), config.signInAccountLimitPer15Min),
    take(l.client, options.clientKey, config.signInClientLimitPer15Min),
  ]);
  return Math.max(...waits);
}

/** Gives back an attempt that did not fail (right password, code still to come). */
export async function refundAttempt(options: { email: string; clientKey: string }): Promise<void> {
  const l = limiters();
  await Promise.all([l.account.reward(accountKey(options.email), 1), l.client.reward(options.clientKey, 1)]);
}

/** A successful sign-in: the account's count starts again; the client gets its attempt back. */
export async function clearAccountFailures(email: string, clientKey: string): Promise<void> {
  const l = limiters();
  await Promise.all([l.account.delete(accountKey(email)), l.client.reward(clientKey, 1)]);
}

/** Forget all sign-in counters (tests). */
export function resetSignInLimits(): void {
  registry.__hartaSignInLimiters = undefined;
  resetSharedLimiters();
}
