// TOTP second factor (RFC 6238: SHA-1, 6 digits, 30-second steps — what every
// authenticator app reads from a QR code), with the `otpauth` library.
import * as OTPAuth from "otpauth";
import QRCode from "qrcode";

export const TOTP_ISSUER = "Harta Momchilgrad";
const PERIOD = 30;

/** A new shared secret: 160 random bits (RFC 4226 §4 recommends them), in base32. */
export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

function totp(secret: string, label: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD,
    secret: OTPAuth.Secret.fromBase32(secret),
  });
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, accountLabel: string): string {
  return totp(secret, accountLabel).toString();
}

/** The QR code of `uri` as an SVG data URL, drawn here (no network). */
export async function qrCodeDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/** The secret in groups of four, for typing it by hand. */
export function formatTotpSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}

/** Digits only: apps show "123 456", people type "123456" or "123-456". */
export function normaliseTotpCode(code: string): string {
  return code.replace(/[\s-]/g, "");
}

/**
 * The time step of a valid code for `secret`, allowing one step of clock drift either
 * way; null when the code is not valid now. Pure: that a code is accepted only once
 * (RFC 6238 §5.2) is ./totp-once.ts, kept in the database for every instance.
 */
export function totpStep(secret: string, code: string, now: number = Date.now()): number | null {
  const token = normaliseTotpCode(code);
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret, "x").validate({ token, timestamp: now, window: 1 });
  if (delta === null) return null;
  return Math.floor(now / 1000 / PERIOD) + delta;
}

/** The code an app would show now (tests, and the CLI's self-check). */
export function currentTotpCode(secret: string, now: number = Date.now()): string {
  return totp(secret, "x").generate({ timestamp: now });
}
