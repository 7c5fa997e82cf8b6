// Every setting Harta reads, in one place, with its default. README.md lists them.
import path from "node:path";

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number.parseInt(raw, 10);
  if (!Number.isFinite(n)) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return n;
}
function bool(name: string, fallback: boolean): boolean {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  return ["1", "true", "yes", "on"].includes(raw.toLowerCase());
}

export const config = {
  /** PostgreSQL URL; unset → embedded PGlite in dataDir. */
  get databaseUrl(): string | undefined {
    return process.env.DATABASE_URL || undefined;
  },
  /** Where embedded data (PGlite files, written mail) lives. */
  get dataDir(): string {
    return path.resolve(process.env.HARTA_DATA_DIR || ".data");
  },
  get port(): number {
    return int("PORT", 3000);
  },
  get host(): string {
    return process.env.HOST || "127.0.0.1";
  },
  /** Seed demo departments, staff and cases on first start (turn off for production). */
  get demo(): boolean {
    return bool("HARTA_DEMO", true);
  },
  /**
   * Accept policies with terms in minutes (lib/domain/policy.ts): for tests and
   * demonstrations of warnings and breaches only. Off by default, so a test policy left
   * in a real database never shortens a legal term.
   */
  get allowMinuteTerms(): boolean {
    return bool("HARTA_ALLOW_MINUTE_TERMS", false);
  },
  /**
   * Key for the HMAC of access codes. In demo mode a fixed development key is used
   * when unset; production refuses to start without one (lib/server/main.ts).
   */
  get accessCodeKey(): string | undefined {
    return process.env.HARTA_ACCESS_CODE_KEY || undefined;
  },
  /** Prefix of case references (MG-2026-000123). */
  get referencePrefix(): string {
    return process.env.HARTA_REFERENCE_PREFIX || "MG";
  },
  /** Trust the first X-Forwarded-For hop for the client address (behind a load balancer). */
  get trustProxy(): boolean {
    return bool("HARTA_TRUST_PROXY", false);
  },
  /** Submissions allowed per client per hour (per-client rate limit). */
  get submitLimitPerHour(): number {
    return int("HARTA_SUBMIT_LIMIT_PER_HOUR", 20);
  },
  /** Failed tracking look-ups allowed per client per 15 minutes. */
  get trackLimitPer15Min(): number {
    return int("HARTA_TRACK_LIMIT_PER_15_MIN", 10);
  },
  /** Largest HTTP request body accepted, in bytes. */
  get maxBodyBytes(): number {
    return int("HARTA_MAX_BODY_BYTES", 64 * 1024);
  },
  /** Address of the public site, for links in e-mails (tracking page, rating link). */
  get publicUrl(): string {
    return (process.env.HARTA_PUBLIC_URL || "http://127.0.0.1:3000").replace(/\/+$/, "");
  },
  /**
   * SMTP server for outgoing mail (smtp://user:pass@host:587, smtps://… for implicit TLS).
   * Unset → each message is written as an .eml file to `${dataDir}/mail` (lib/mail/transport.ts).
   */
  get smtpUrl(): string | undefined {
    return process.env.SMTP_URL || undefined;
  },
  /** Sender of outgoing mail. */
  get mailFrom(): string {
    return process.env.MAIL_FROM || "Община Момчилград <no-reply@momchilgrad.bg>";
  },
  /**
   * Key that encrypts staff session cookies (next-auth JWT) and TOTP sign-in steps.
   * NEXTAUTH_SECRET (AUTH_SECRET is accepted too). In demo and development a fixed
   * development key is used when unset; production refuses to start without one
   * (lib/auth/secret.ts, lib/server/main.ts).
   */
  get authSecret(): string | undefined {
    return process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET || undefined;
  },
  /** Lifetime of a staff session, in hours (a working day by default). */
  get sessionHours(): number {
    return int("HARTA_SESSION_HOURS", 12);
  },
  /** Failed sign-ins allowed per account per 15 minutes. */
  get signInAccountLimitPer15Min(): number {
    return int("HARTA_SIGNIN_ACCOUNT_LIMIT_PER_15_MIN", 5);
  },
  /** Failed sign-ins allowed per client address per 15 minutes. */
  get signInClientLimitPer15Min(): number {
    return int("HARTA_SIGNIN_CLIENT_LIMIT_PER_15_MIN", 20);
  },
  get logLevel(): string {
    return process.env.LOG_LEVEL || (process.env.NODE_ENV === "test" ? "warn" : "info");
  },
  get isProduction(): boolean {
    return process.env.NODE_ENV === "production";
  },
};
