// Pure parts of staff sign-in: TOTP codes (RFC 6238, used once), passwords (argon2id),
// reading the session cookie, and where a sign-in may return to.
import { describe, expect, it } from "vitest";
import { currentTotpCode, formatTotpSecret, newTotpSecret, normaliseTotpCode, totpStep, totpUri } from "@/lib/auth/totp";
import { hashPassword, passwordProblem, verifyPassword } from "@/lib/auth/password";
import { sessionTokenFromCookieHeader } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/auth/paths";

describe("TOTP", () => {
  it("finds the step of a valid code, with one step of drift, and nothing for others", () => {
    const secret = newTotpSecret();
    const now = Date.UTC(2026, 6, 14, 10, 0, 0);
    const step = Math.floor(now / 30_000);
    expect(totpStep(secret, currentTotpCode(secret, now), now)).toBe(step);
    expect(totpStep(secret, currentTotpCode(secret, now - 30_000), now)).toBe(step - 1);
    expect(totpStep(secret, currentTotpCode(secret, now + 30_000), now)).toBe(step + 1);
    expect(totpStep(secret, currentTotpCode(secret, now - 120_000), now)).toBeNull();
    expect(totpStep(secret, "12345", now)).toBeNull();
    expect(totpStep(newTotpSecret(), currentTotpCode(secret, now), now)).toBeNull();
  });

  it("reads codes as people type them and secrets as apps want them", () => {
    expect(normaliseTotpCode(" 123 456 ")).toBe("123456");
    expect(normaliseTotpCode("123-456")).toBe("123456");
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(formatTotpSecret("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
    expect(totpUri(secret, "admin@momchilgrad.bg")).toMatch(/^otpauth:\/\/totp\/Harta%20Momchilgrad:admin%40momchilgrad\.bg\?issuer=Harta%20Momchilgrad&secret=[A-Z2-7]+&algorithm=SHA1&digits=6&period=30$/);
  });
});

describe("passwords", () => {
  it("are argon2id hashes that verify only the right password", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(hash, "Correct horse battery staple")).toBe(false);
    expect(await verifyPassword("not a hash", "x")).toBe(false);
  });

  it("have at least 12 characters", () => {
    expect(passwordProblem("short")).toBe("TOO_SHORT");
    expect(passwordProblem("дванадесет зн")).toBeNull();
    expect(passwordProblem("x".repeat(257))).toBe("TOO_LONG");
  });
});

describe("the session cookie", () => {
  it("is found whole, secure-prefixed or in next-auth's chunks", () => {
    expect(sessionTokenFromCookieHeader(null)).toBeNull();
    expect(sessionTokenFromCookieHeader("a=1; next-auth.session-token=abc.def; b=2")).toBe("abc.def");
    expect(sessionTokenFromCookieHeader("__Secure-next-auth.session-token=sec; next-auth.session-token=plain")).toBe("sec");
    expect(sessionTokenFromCookieHeader("next-auth.session-token.1=DEF; next-auth.session-token.0=abc")).toBe("abcDEF");
    expect(sessionTokenFromCookieHeader("next-auth.csrf-token=x")).toBeNull();
  });
});

describe("returning after sign-in", () => {
  it("stays inside the staff area of this site", () => {
    expect(safeCallbackUrl("/tr/staff/cases/42?tab=notes", "bg")).toBe("/tr/staff/cases/42?tab=notes");
    expect(safeCallbackUrl("/en/staff", "bg")).toBe("/en/staff");
    for (const bad of ["https://evil.example/", "//evil.example/en/staff", "/en/staffer", "/en/track", "/en/staff/\\evil", "/en/staff//x", undefined, 42]) {
      expect(safeCallbackUrl(bad, "bg")).toBe("/bg/staff");
    }
  });
});
