// Walks the audit chain from the first record and names the first broken link (issue
// "Staff workspace", section "Audit trail"). Used by `npm run audit:verify` and the
// admin page.
import type { AuditRecord, PrismaClient } from "@/lib/db/generated/client";
import { GENESIS_HASH, computeAuditHash } from "@/lib/audit/chain";

export type AuditBreak =
  /** The record's own content no longer gives its hash: it was changed. */
  | "HASH_MISMATCH"
  /** The record does not follow the one before it: a record before it was deleted, inserted or rehashed. */
  | "PREV_HASH_MISMATCH";

export interface AuditVerification {
  ok: boolean;
  /** Records read, the broken one included. */
  checked: number;
  firstBroken?: { id: string; reason: AuditBreak };
}

/**
 * Recomputes every hash in id order (the chain's order: appends take turns under a lock),
 * reading `batchSize` records at a time by keyset pagination, so memory stays flat for
 * millions of records and records appended meanwhile are simply checked too.
 *
 * What the chain cannot show on its own: records removed from the END leave a valid,
 * shorter chain. Compare `checked` and the last hash with a copy kept elsewhere for that.
 */
export async function verifyAuditChain(db: PrismaClient, options: { batchSize?: number } = {}): Promise<AuditVerification> {
  const batchSize = options.batchSize ?? 2000;
  let prevHash = GENESIS_HASH;
  let cursor: bigint | null = null;
  let checked = 0;
  for (;;) {
    const rows: AuditRecord[] = await db.auditRecord.findMany({
      where: cursor === null ? {} : { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    for (const row of rows) {
      checked += 1;
      if (row.prevHash !== prevHash) {
        return { ok: false, checked, firstBroken: { id: row.id.toString(), reason: "PREV_HASH_MISMATCH" } };
      }
      if (computeAuditHash(row.prevHash, row) !== row.hash) {
        return { ok: false, checked, firstBroken: { id: row.id.toString(), reason: "HASH_MISMATCH" } };
      }
      prevHash = row.hash;
    }
    if (rows.length < batchSize) return { ok: true, checked };
    cursor = rows[rows.length - 1]!.id;
  }
}
