// Access rules at the database: the read scope of lib/domain/access.ts as a Prisma
// filter (every list and lookup of cases goes through caseWhereForViewer), and the
// "load, lock, decide" step every case-changing use case starts with.
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { RESTRICTED_KINDS, type Channel, type Locale, type NoAnswerReason } from "@/lib/domain/kinds";
import { decide, readScope, type CaseAction, type CaseFacts, type Decision } from "@/lib/domain/access";

const RESTRICTED = [...RESTRICTED_KINDS];

/** The cases `viewer` may read, as a Prisma filter (deny-all for nobody, clerks, administrators). */
export function caseWhereForViewer(viewer: Viewer | null): Prisma.CaseWhereInput {
  const scope = readScope(viewer);
  const any: Prisma.CaseWhereInput[] = [];
  if (scope.restrictedKinds) any.push({ kind: { in: RESTRICTED } }, { submitterConfidential: true });
  if (scope.departments === "ALL") any.push({ kind: { notIn: RESTRICTED }, departmentId: { not: null } });
  else if (scope.departments.length > 0) any.push({ kind: { notIn: RESTRICTED }, departmentId: { in: [...scope.departments] } });
  if (scope.unrouted) any.push({ kind: { notIn: RESTRICTED }, departmentId: null });
  return any.length > 0 ? { OR: any } : { id: { in: [] } };
}

export function requireViewer(viewer: Viewer | null | undefined): Viewer {
  if (!viewer) throw new AppError("UNAUTHENTICATED", "sign-in required");
  return viewer;
}

/** Turns a refusal into the error the caller sees. */
export function assertDecision(decision: Decision, what: string): void {
  if (decision === "ALLOW") return;
  if (decision === "UNAUTHENTICATED") throw new AppError("UNAUTHENTICATED", `sign-in required to ${what}`);
  if (decision === "FORBIDDEN") throw new AppError("FORBIDDEN", `not allowed to ${what}`);
  throw notFound(what);
}

export function notFound(what = "case"): AppError {
  return new AppError("NOT_FOUND", `${what}: not found`);
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID_RE.test(value);
}

/** The case row a use case decides and acts on, read under a row lock. */
export interface LockedCase extends CaseFacts {
  id: string;
  reference: string;
  channel: Channel;
  locale: Locale;
  subject: string;
  anonymous: boolean;
  answerOwed: boolean;
  noAnswerReason: NoAnswerReason | null;
  incidentDate: Date | null;
  receivedAt: Date;
  categoryId: string | null;
  mergedIntoId: string | null;
}

/**
 * Reads the case with FOR UPDATE, so that the checks a use case makes (status, draft,
 * assignee) still hold when it commits: two heads acting on one case take turns. The
 * lock comes first in every transaction that takes it (then audit, then outbox), which
 * keeps lock order the same everywhere. Null when there is no such case.
 */
export async function lockCase(tx: Prisma.TransactionClient, caseId: string): Promise<LockedCase | null> {
  if (!isUuid(caseId)) return null;
  const rows = await tx.$queryRaw<LockedCase[]>`
    SELECT "id", "reference", "kind"::text AS "kind", "channel"::text AS "channel", "status"::text AS "status",
           "locale"::text AS "locale", "subject", "anonymous", "answerOwed", "noAnswerReason"::text AS "noAnswerReason",
           "incidentDate", "receivedAt", "categoryId", "departmentId", "serviceUnitId", "assigneeId", "mergedIntoId",
           "submitterConfidential"
    FROM "Case" WHERE "id" = ${caseId}::uuid
    FOR UPDATE`;
  return rows[0] ?? null;
}

/** Locks the case and checks that `viewer` may do `action` to it; NOT_FOUND/FORBIDDEN otherwise. */
export async function lockCaseFor(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  caseId: string,
  action: CaseAction,
): Promise<LockedCase> {
  const c = await lockCase(tx, caseId);
  if (!c) throw notFound();
  assertDecision(decide(viewer, action, c), action);
  return c;
}

const FACTS_SELECT = {
  kind: true,
  departmentId: true,
  assigneeId: true,
  serviceUnitId: true,
  status: true,
  submitterConfidential: true,
} as const satisfies Prisma.CaseSelect;

/**
 * The same decision as lockCaseFor, without a transaction or lock: for a cheap early
 * refusal before expensive work (image re-encoding). The use case decides again under
 * the lock.
 */
export async function precheckCase(db: Prisma.TransactionClient, viewer: Viewer, caseId: string, action: CaseAction): Promise<void> {
  const c = isUuid(caseId) ? await db.case.findUnique({ where: { id: caseId }, select: FACTS_SELECT }) : null;
  if (!c) throw notFound();
  assertDecision(decide(viewer, action, c), action);
}
