// Staff accounts: create or update (the `user:create` command and the local admin
// channel), disable, enable, and end every session of a user (sign-out, disabling,
// password change). Each change writes its audit record in the same transaction.
import { z } from "zod";
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { AppError, type FieldError } from "@/lib/errors";
import { LOCALES, type Locale } from "@/lib/domain/kinds";
import { ROLES, type Role, type Viewer } from "@/lib/auth/viewer";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { closeUserConnections, SESSIONS_CHANNEL } from "@/lib/auth/connections";
import { assertViewerStillValid } from "@/lib/auth/session";

/**
 * Ends every session of a user, inside the caller's transaction: the session version
 * moves on (so every cookie and open connection carrying the old one is refused), and
 * other instances are told at commit (NOTIFY, lib/auth/connections.ts). Call
 * closeUserConnections(userId) after the commit for this process's sockets.
 */
export async function revokeSessionsInTx(tx: Prisma.TransactionClient, userId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ sessionVersion: number }[]>`
    UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE "id" = ${userId}::uuid RETURNING "sessionVersion"`;
  await tx.$queryRaw`SELECT pg_notify(${SESSIONS_CHANNEL}, ${userId})::text AS notified`;
  return rows[0]?.sessionVersion ?? 0;
}

/** Where a staff member belongs, by role (lib/domain/access.ts reads these). */
const PLACEMENT: Record<Role, { department: "required" | "optional" | "none"; unit: "required" | "none" }> = {
  CLERK: { department: "none", unit: "required" },
  OFFICER: { department: "required", unit: "none" },
  HEAD: { department: "required", unit: "none" },
  // The integrity officer heads the integrity unit (a department, e.g. INT) where there is one.
  INTEGRITY: { department: "optional", unit: "none" },
  MANAGER: { department: "none", unit: "none" },
  ADMIN: { department: "none", unit: "none" },
};

export const userInputSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  name: z.string().trim().min(1).max(200).optional(),
  role: z.enum(ROLES).optional(),
  /** Department code (OFFICER, HEAD, INTEGRITY). */
  department: z.string().trim().toUpperCase().min(1).max(32).optional(),
  /** Service unit code (CLERK). */
  unit: z.string().trim().toUpperCase().min(1).max(32).optional(),
  password: z.string().optional(),
  locale: z.enum(LOCALES).optional(),
  /** Forget the TOTP secret (lost phone); the user sets it up again at next sign-in. */
  resetTotp: z.boolean().optional(),
  /** true disables the account (ending its sessions), false enables it. */
  disabled: z.boolean().optional(),
});
export type UserInput = z.input<typeof userInputSchema>;

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
  departmentCode: string | null;
  unitCode: string | null;
  locale: Locale;
  disabled: boolean;
  totpEnabled: boolean;
}

const SUMMARY_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  disabled: true,
  totpEnabledAt: true,
  departmentId: true,
  serviceUnitId: true,
  department: { select: { code: true } },
  serviceUnit: { select: { code: true } },
} as const;

function fieldErrorsOf(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0] ?? "input");
    const code: FieldError["code"] =
      field === "email" ? "INVALID_EMAIL" : issue.code === "too_big" ? "TOO_LONG" : issue.code === "too_small" ? "REQUIRED" : "INVALID_CHOICE";
    return { field, code };
  });
}

/**
 * Creates the account with this e-mail, or updates the one that has it. New accounts
 * need name, role and password. `actor`: the administrator doing it, or null for the
 * operator at the shell (`npm run user:create`), recorded as the system.
 */
export async function upsertUser(options: { actor: Viewer | null; input: UserInput; via?: "cli" | "admin" }): Promise<{ created: boolean; user: UserSummary }> {
  if (options.actor) {
    const actor = await assertViewerStillValid(options.actor);
    if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "only administrators manage accounts");
  }
  const parsed = userInputSchema.safeParse(options.input);
  if (!parsed.success) throw AppError.badInput(fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const errors: FieldError[] = [];
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password);
    if (problem) errors.push({ field: "password", code: problem, params: { min: 12, max: 256 } });
  }
  const db = await prisma();
  const existing = await db.user.findUnique({ where: { email: input.email }, select: SUMMARY_SELECT });
  if (!existing) {
    for (const field of ["name", "role", "password"] as const) if (input[field] === undefined) errors.push({ field, code: "REQUIRED" });
  }
  if (input.department && input.unit) errors.push({ field: "unit", code: "INVALID_CHOICE" });

  const role: Role | undefined = input.role ?? existing?.role;
  // A new role places the user afresh; otherwise only what is given changes.
  const roleChanged = input.role !== undefined && input.role !== existing?.role;
  let departmentId = roleChanged || input.department !== undefined || input.unit !== undefined ? null : (existing?.departmentId ?? null);
  let serviceUnitId = roleChanged || input.department !== undefined || input.unit !== undefined ? null : (existing?.serviceUnitId ?? null);
  const before = errors.length;
  if (input.department) {
    const dep = await db.department.findUnique({ where: { code: input.department }, select: { id: true } });
    if (dep) departmentId = dep.id;
    else errors.push({ field: "department", code: "INVALID_CHOICE" });
  }
  if (input.unit) {
    const unit = await db.serviceUnit.findUnique({ where: { code: input.unit }, select: { id: true } });
    if (unit) serviceUnitId = unit.id;
    else errors.push({ field: "unit", code: "INVALID_CHOICE" });
  }
  // Placement by role, unless a code was already unknown (that message says enough).
  if (role && !errors.slice(before).some((e) => e.code === "INVALID_CHOICE")) {
    const rule = PLACEMENT[role];
    if (rule.department === "required" && !departmentId) errors.push({ field: "department", code: "REQUIRED" });
    if (rule.department === "none" && departmentId) errors.push({ field: "department", code: "INVALID_CHOICE" });
    if (rule.unit === "required" && !serviceUnitId) errors.push({ field: "unit", code: "REQUIRED" });
    if (rule.unit === "none" && serviceUnitId) errors.push({ field: "unit", code: "INVALID_CHOICE" });
  }
  if (errors.length > 0) throw AppError.badInput(errors);

  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : undefined;
  const actorId = options.actor?.id ?? null;
  const via = options.via ?? (options.actor ? "admin" : "cli");

  const result = await db.$transaction(async (tx) => {
    if (!existing) {
      const created = await tx.user.create({
        data: {
          email: input.email,
          name: input.name!,
          role: role!,
          locale: input.locale ?? "bg",
          passwordHash: passwordHash!,
          departmentId,
          serviceUnitId,
          disabled: input.disabled ?? false,
        },
        select: { id: true },
      });
      // Never the e-mail or the name: the audit chain is kept for ever.
      await recordAudit(tx, {
        actorId,
        action: "USER_CREATED",
        entityType: "User",
        entityId: created.id,
        after: { role, departmentId, serviceUnitId, locale: input.locale ?? "bg", disabled: input.disabled ?? false, via },
      });
      return { created: true, id: created.id, revoke: false };
    }
    const data: Prisma.UserUpdateInput = {};
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const change = <K extends "role" | "locale" | "departmentId" | "serviceUnitId" | "disabled">(key: K, from: unknown, to: unknown) => {
      if (to === undefined || from === to) return;
      before[key] = from;
      after[key] = to;
    };
    if (input.name !== undefined && input.name !== existing.name) {
      data.name = input.name;
      after.nameChanged = true;
    }
    change("role", existing.role, role);
    change("locale", existing.locale, input.locale);
    change("departmentId", existing.departmentId, departmentId);
    change("serviceUnitId", existing.serviceUnitId, serviceUnitId);
    change("disabled", existing.disabled, input.disabled);
    if (role !== existing.role) data.role = role;
    if (input.locale !== undefined) data.locale = input.locale;
    if (departmentId !== existing.departmentId) data.department = departmentId ? { connect: { id: departmentId } } : { disconnect: true };
    if (serviceUnitId !== existing.serviceUnitId) data.serviceUnit = serviceUnitId ? { connect: { id: serviceUnitId } } : { disconnect: true };
    if (input.disabled !== undefined) data.disabled = input.disabled;
    if (passwordHash) {
      data.passwordHash = passwordHash;
      after.passwordChanged = true;
    }
    if (input.resetTotp) {
      data.totpSecret = null;
      data.totpEnabledAt = null;
      after.totpReset = true;
    }
    if (Object.keys(after).length === 0) return { created: false, id: existing.id, revoke: false };
    await tx.user.update({ where: { id: existing.id }, data });
    // A new password, a lost phone or disabling: whoever holds an old session is out.
    const revoke = Boolean(passwordHash) || Boolean(input.resetTotp) || input.disabled === true;
    if (revoke) await revokeSessionsInTx(tx, existing.id);
    const disabledNow = input.disabled === true && !existing.disabled;
    await recordAudit(tx, {
      actorId,
      action: disabledNow && Object.keys(after).length === 1 ? "USER_DISABLED" : "USER_UPDATED",
      entityType: "User",
      entityId: existing.id,
      before,
      after: { ...after, via },
    });
    return { created: false, id: existing.id, revoke };
  });
  if (result.revoke) closeUserConnections(result.id);
  const row = await db.user.findUniqueOrThrow({ where: { id: result.id }, select: SUMMARY_SELECT });
  return { created: result.created, user: summary(row) };
}

function summary(row: {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  disabled: boolean;
  totpEnabledAt: Date | null;
  department: { code: string } | null;
  serviceUnit: { code: string } | null;
}): UserSummary {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    departmentCode: row.department?.code ?? null,
    unitCode: row.serviceUnit?.code ?? null,
    locale: row.locale,
    disabled: row.disabled,
    totpEnabled: row.totpEnabledAt !== null,
  };
}

async function adminOnly(viewer: Viewer | null | undefined): Promise<Viewer> {
  const actor = await assertViewerStillValid(viewer);
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "only administrators manage accounts");
  return actor;
}

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/**
 * An administrator disables an account: it can no longer sign in, and every session it
 * has — pages, GraphQL, open WebSockets, on every instance — ends now.
 */
export async function disableUser(options: { viewer: Viewer | null | undefined; userId: string }): Promise<UserSummary> {
  const actor = await adminOnly(options.viewer);
  if (options.userId === actor.id) throw new AppError("FORBIDDEN", "an administrator cannot disable their own account");
  const db = await prisma();
  const changed = await db.$transaction(async (tx) => {
    const user = isUuid(options.userId) ? await tx.user.findUnique({ where: { id: options.userId }, select: { id: true, disabled: true } }) : null;
    if (!user) throw new AppError("NOT_FOUND", "no such user");
    if (user.disabled) return false;
    await tx.user.update({ where: { id: user.id }, data: { disabled: true } });
    await revokeSessionsInTx(tx, user.id);
    await recordAudit(tx, { actorId: actor.id, action: "USER_DISABLED", entityType: "User", entityId: user.id, before: { disabled: false }, after: { disabled: true } });
    return true;
  });
  if (changed) closeUserConnections(options.userId);
  return summary(await db.user.findUniqueOrThrow({ where: { id: options.userId }, select: SUMMARY_SELECT }));
}

/** An administrator enables a disabled account again (it signs in afresh). */
export async function enableUser(options: { viewer: Viewer | null | undefined; userId: string }): Promise<UserSummary> {
  const actor = await adminOnly(options.viewer);
  const db = await prisma();
  await db.$transaction(async (tx) => {
    const user = isUuid(options.userId) ? await tx.user.findUnique({ where: { id: options.userId }, select: { id: true, disabled: true } }) : null;
    if (!user) throw new AppError("NOT_FOUND", "no such user");
    if (!user.disabled) return;
    await tx.user.update({ where: { id: user.id }, data: { disabled: false } });
    await recordAudit(tx, { actorId: actor.id, action: "USER_UPDATED", entityType: "User", entityId: user.id, before: { disabled: true }, after: { disabled: false } });
  });
  return summary(await db.user.findUniqueOrThrow({ where: { id: options.userId }, select: SUMMARY_SELECT }));
}
