// Access codes let a citizen without an account follow a case. They are random and
// long (60 bits), so a keyed fast hash (HMAC-SHA-256) is enough: a password hash would
// only slow the submission path (issue 2, "Speed") without adding protection.
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { config } from "@/lib/config";

// Crockford-style alphabet: no I, L, O, U — easy to read aloud at the counter or by phone.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const GROUPS = 3;
const GROUP_LENGTH = 4;

// Development-only key; production refuses to start without HARTA_ACCESS_CODE_KEY
// (lib/server/main.ts), so demo data never shares a key with real data.
const DEV_KEY = "harta-development-access-code-key";

function key(): string {
  return config.accessCodeKey ?? DEV_KEY;
}

/** A new access code such as "7K2M-QX9D-4RTA" (12 symbols, 60 bits). */
export function generateAccessCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    let group = "";
    for (let i = 0; i < GROUP_LENGTH; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join("-");
}

/** Accepts what people type: any case, spaces or dashes, O for 0, I/L for 1. */
export function normaliseAccessCode(code: string): string {
  return code
    .toUpperCase()
    .replace(/[\s-]+/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}

/** HMAC-SHA-256 under the access-code key, base64url: for secrets given to citizens. */
export function keyedHash(value: string): string {
  return createHmac("sha256", key()).update(value).digest("base64url");
}

export function hashAccessCode(code: string): string {
  return keyedHash(normaliseAccessCode(code));
}

export function accessCodeMatches(code: string, storedHash: string): boolean {
  const a = Buffer.from(hashAccessCode(code));
  const b = Buffer.from(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}
