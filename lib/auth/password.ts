// Staff passwords: argon2id (@node-rs/argon2, a prebuilt binary from npm) with the
// library's defaults — m=19 MiB, t=2, p=1, the OWASP Password Storage Cheat Sheet's
// first argon2id configuration.
import { hash, verify } from "@node-rs/argon2";

/** Shortest password accepted (NIST SP 800-63B allows 8; staff handle personal data). */
export const PASSWORD_MIN_LENGTH = 12;
/** Longest: hashing cost is flat, but a bound keeps requests small. */
export const PASSWORD_MAX_LENGTH = 256;

// Algorithm is a const enum in the typings, which isolatedModules cannot import: 2 is Argon2id.
const ARGON2ID = 2;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

/** True when `password` matches `storedHash`; false for a malformed hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of one verification, so an unknown e-mail address answers as slowly
 * as a known one with a wrong password (no account enumeration by timing).
 */
export async function burnVerification(password: string): Promise<void> {
  dummyHash ??= hashPassword("harta-no-such-account");
  await verifyPassword(await dummyHash, password);
}

/** Problems with a new password, as field error codes (empty when acceptable). */
export function passwordProblem(password: string): "TOO_SHORT" | "TOO_LONG" | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "TOO_SHORT";
  if (password.length > PASSWORD_MAX_LENGTH) return "TOO_LONG";
  return null;
}
