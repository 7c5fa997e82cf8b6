// One-time tokens sent to a citizen by e-mail (the rating link): 256 random bits, of
// which only a keyed hash is stored — the same HMAC as access codes
// (lib/security/access-code.ts), under its own label so a token can never pass for a code.
import { randomBytes } from "node:crypto";
import { keyedHash } from "@/lib/security/access-code";

export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(purpose: "rating", token: string): string {
  return keyedHash(`${purpose}:${token.trim()}`);
}
