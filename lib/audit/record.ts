// Appending to the audit trail (issue "Staff workspace", section "Audit trail"): every
// change, and every read of a confidential case, writes one record in the transaction of
// the use case, so the record exists exactly when the change does.
import type { Prisma } from "@/lib/db/generated/client";
import { GENESIS_HASH, computeAuditHash, toAuditJson, type JsonValue } from "@/lib/audit/chain";

/** The verbs Harta records. */
export const AUDIT_ACTIONS = [
  "CASE_REGISTERED",
  "CASE_READ_CONFIDENTIAL",
  "CASE_TRIAGED",
  "CASE_ASSIGNED",
  "CASE_TRANSFERRED",
  "INFO_REQUESTED",
  "INFO_RECEIVED",
  "CASE_FORWARDED",
  "CASE_MERGED",
  "NO_ANSWER_DECIDED",
  "DRAFT_SAVED",
  "DRAFT_APPROVED",
  "ANSWER_SENT",
  "CASE_CLOSED",
  "CASE_REOPENED",
  "NOTE_ADDED",
  "ATTACHMENT_ADDED",
  "USER_CREATED",
  "USER_UPDATED",
  "USER_DISABLED",
  "SIGNED_IN",
  "SIGNED_OUT",
  "SIGN_IN_FAILED",
  "SETTINGS_CHANGED",
  "RATING_RECEIVED",
  "IMPROVEMENT_CREATED",
  "IMPROVEMENT_UPDATED",
  "IMPROVEMENT_CASE_LINKED",
  "IMPROVEMENT_CASE_UNLINKED",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  /** The staff member acting; null for citizens, the system and failed sign-ins. */
  actorId: string | null;
  action: string;
  /** Prisma model name ("Case", "User", "Settings" …). */
  entityType: string;
  /** The entity's id — never an e-mail address or a name (it is chained for ever). */
  entityId?: string | null;
  /** The changed fields before and after. Pass case fields, never the Submitter row. */
  before?: unknown;
  after?: unknown;
}

// Arbitrary constant naming the audit chain's advisory lock (the outbox's is 7_261_001).
const AUDIT_LOCK = 7_261_002;

/** Stale reads of the chain's head are retried this often (see below); one suffices. */
const MAX_ATTEMPTS = 3;

/**
 * Appends one record to the chain inside the caller's transaction.
 *
 * One chain across every instance: a transaction-scoped advisory lock, held until the
 * caller commits, makes appends take turns, so ids (and commit order) follow the chain.
 * The head is read in the statement that takes the lock; under READ COMMITTED that
 * statement's snapshot predates the wait for the lock, so after waiting it may miss the
 * record the previous holder just committed. The INSERT therefore re-checks the head in
 * its own, fresh snapshot and inserts nothing when it moved; then we read again (now
 * holding the lock) and insert. Two statements normally, four after waiting.
 *
 * Rules for callers:
 * - READ COMMITTED transactions only (the default): a REPEATABLE READ or SERIALIZABLE
 *   snapshot cannot see the head move, so it is refused.
 * - Call it late in the transaction (it serialises every auditing transaction until
 *   commit), and BEFORE appendEvent: both locks are global, so taking them in one order
 *   everywhere (audit, then outbox) is what keeps two transactions from deadlocking.
 */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<{ id: bigint; hash: string }> {
  // Timestamptz(3): a JS Date already counts milliseconds, so `at` reads back unchanged.
  const at = new Date();
  const chained = {
    at,
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: toAuditJson(entry.before),
    after: toAuditJson(entry.after),
  };
  const before = jsonParam(chained.before);
  const after = jsonParam(chained.after);

  const [head] = await tx.$queryRaw<{ isolation: string; hash: string | null }[]>`
    SELECT pg_advisory_xact_lock(${AUDIT_LOCK}::bigint)::text AS locked,
           current_setting('transaction_isolation') AS isolation,
           (SELECT "hash" FROM "AuditRecord" ORDER BY "id" DESC LIMIT 1) AS hash`;
  if (head?.isolation !== "read committed") {
    throw new Error(`recordAudit needs a READ COMMITTED transaction, not ${head?.isolation ?? "none"}`);
  }
  let prevHash = head.hash ?? GENESIS_HASH;

  for (let attempt = 1; ; attempt++) {
    const hash = computeAuditHash(prevHash, chained);
    const rows = await tx.$queryRaw<{ id: bigint }[]>`
      INSERT INTO "AuditRecord" ("at", "actorId", "action", "entityType", "entityId", "before", "after", "prevHash", "hash")
      SELECT ${at.toISOString()}::timestamptz, ${chained.actorId}::uuid, ${chained.action}, ${chained.entityType},
             ${chained.entityId}, ${before}::jsonb, ${after}::jsonb, ${prevHash}, ${hash}
      WHERE COALESCE((SELECT "hash" FROM "AuditRecord" ORDER BY "id" DESC LIMIT 1), ${GENESIS_HASH}) = ${prevHash}
      RETURNING "id"`;
    if (rows[0]) return { id: rows[0].id, hash };
    if (attempt >= MAX_ATTEMPTS) throw new Error("recordAudit: the audit chain's head keeps moving under the lock");
    const [fresh] = await tx.$queryRaw<{ hash: string }[]>`SELECT "hash" FROM "AuditRecord" ORDER BY "id" DESC LIMIT 1`;
    prevHash = fresh?.hash ?? GENESIS_HASH;
  }
}

/** JSON text for a jsonb parameter; SQL NULL for "nothing" (hashed as null either way). */
function jsonParam(value: JsonValue): string | null {
  return value === null ? null : JSON.stringify(value);
}
