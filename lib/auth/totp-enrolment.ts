// Setting up (and, where the role allows, turning off) the TOTP second factor from the
// account page. The secret is stored when the page is first shown and confirmed by one
// code from the app; until then it does nothing. Confirming ends the user's other
// sessions (they were opened without the second factor) and hands the caller a session
// that carries it.
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { newTotpSecret } from "@/lib/auth/totp";
import { verifyTotp } from "@/lib/auth/totp-once";
import { totpRequiredFor, type SessionClaims } from "@/lib/auth/session";
import { revokeSessionsInTx } from "@/lib/auth/users";
import { closeUserConnections } from "@/lib/auth/connections";

export interface TotpStatus {
  enabledAt: Date | null;
  /** The secret to show while setting up; null once enabled. */
  pendingSecret: string | null;
  /** The role may not turn it off. */
  required: boolean;
}

/** TOTP state of the signed-in user; creates the secret to set up when there is none. */
export async function totpStatus(viewer: Viewer): Promise<TotpStatus> {
  const db = await prisma();
  const user = await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { totpSecret: true, totpEnabledAt: true, role: true } });
  const required = totpRequiredFor(user.role);
  if (user.totpEnabledAt) return { enabledAt: user.totpEnabledAt, pendingSecret: null, required };
  if (user.totpSecret) return { enabledAt: null, pendingSecret: user.totpSecret, required };
  const secret = newTotpSecret();
  // Only if still unset: two tabs opened at once show the same secret.
  await db.user.updateMany({ where: { id: viewer.id, totpSecret: null, totpEnabledAt: null }, data: { totpSecret: secret } });
  const again = await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { totpSecret: true } });
  return { enabledAt: null, pendingSecret: again.totpSecret, required };
}

/** Confirms the set-up with a code from the app; returns the claims of the caller's new session. */
export async function confirmTotp(options: { viewer: Viewer; code: string }): Promise<SessionClaims> {
  const db = await prisma();
  const user = await db.user.findUnique({ where: { id: options.viewer.id }, select: { totpSecret: true, totpEnabledAt: true, sessionVersion: true } });
  if (!user || user.sessionVersion !== options.viewer.sessionVersion) throw new AppError("UNAUTHENTICATED", "session ended");
  if (user.totpEnabledAt) throw new AppError("CONFLICT", "TOTP already enabled");
  if (!user.totpSecret || !(await verifyTotp(user.totpSecret, options.code, { userId: options.viewer.id }))) {
    throw AppError.badInput([{ field: "code", code: "INVALID_CHOICE" }]);
  }
  const sv = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: options.viewer.id }, data: { totpEnabledAt: new Date() } });
    const next = await revokeSessionsInTx(tx, options.viewer.id);
    await recordAudit(tx, { actorId: options.viewer.id, action: "USER_UPDATED", entityType: "User", entityId: options.viewer.id, before: { totpEnabled: false }, after: { totpEnabled: true } });
    return next;
  });
  closeUserConnections(options.viewer.id);
  return { sub: options.viewer.id, sv, mfa: true };
}

/** Turns TOTP off (roles that do not require it), with a current code; returns the new session's claims. */
export async function turnOffTotp(options: { viewer: Viewer; code: string }): Promise<SessionClaims> {
  if (totpRequiredFor(options.viewer.role)) throw new AppError("FORBIDDEN", "this role requires TOTP");
  const db = await prisma();
  const user = await db.user.findUnique({ where: { id: options.viewer.id }, select: { totpSecret: true, totpEnabledAt: true, sessionVersion: true } });
  if (!user || user.sessionVersion !== options.viewer.sessionVersion) throw new AppError("UNAUTHENTICATED", "session ended");
  if (!user.totpEnabledAt || !user.totpSecret) throw new AppError("CONFLICT", "TOTP is not enabled");
  if (!(await verifyTotp(user.totpSecret, options.code, { userId: options.viewer.id }))) throw AppError.badInput([{ field: "code", code: "INVALID_CHOICE" }]);
  const sv = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: options.viewer.id }, data: { totpEnabledAt: null, totpSecret: null } });
    const next = await revokeSessionsInTx(tx, options.viewer.id);
    await recordAudit(tx, { actorId: options.viewer.id, action: "USER_UPDATED", entityType: "User", entityId: options.viewer.id, before: { totpEnabled: true }, after: { totpEnabled: false } });
    return next;
  });
  closeUserConnections(options.viewer.id);
  return { sub: options.viewer.id, sv, mfa: false };
}
