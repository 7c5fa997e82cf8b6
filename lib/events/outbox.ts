// The transactional outbox (architecture.md, "Events"). appendEvent runs inside the
// caller's transaction; readEvents is what every subscriber uses, so a lost wake-up
// costs latency, never an event.
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";

export const EVENT_TYPES = [
  "CASE_RECEIVED",
  "CASE_TRIAGED",
  "CASE_ASSIGNED",
  "CASE_TRANSFERRED",
  "CASE_UPDATED",
  "CASE_FORWARDED",
  "CASE_MERGED",
  "INFO_REQUESTED",
  "INFO_RECEIVED",
  "NOTE_ADDED",
  "ATTACHMENT_ADDED",
  "DRAFT_SAVED",
  "DRAFT_APPROVED",
  "SLA_WARNING",
  "SLA_BREACHED",
  "CASE_ANSWERED",
  "CASE_CLOSED",
  "CASE_REOPENED",
  "RATING_RECEIVED",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface OutboxEvent {
  id: bigint;
  type: EventType;
  caseId: string | null;
  at: Date;
  public: boolean;
  data: Prisma.JsonValue;
}

// Arbitrary constant naming the outbox's advisory lock.
export const OUTBOX_LOCK = 7_261_001;

type Tx = Prisma.TransactionClient;

/**
 * Appends an event in the caller's transaction. The transaction-scoped advisory lock
 * is taken in the same statement and held until commit, so ids become visible in the
 * order they were given: a subscriber that has read id N never misses a smaller id
 * committed later. Call it as the transaction's last write to keep the lock short.
 */
export async function appendEvent(
  tx: Tx,
  event: { type: EventType; caseId?: string | null; public?: boolean; data?: Prisma.InputJsonValue },
): Promise<bigint> {
  const rows = await tx.$queryRaw<{ id: bigint }[]>`
    WITH lock AS (SELECT pg_advisory_xact_lock(${OUTBOX_LOCK}::bigint))
    INSERT INTO "Event" ("type", "caseId", "public", "data")
    SELECT ${event.type}, ${event.caseId ?? null}::uuid, ${event.public ?? false}, ${JSON.stringify(event.data ?? {})}::jsonb
    FROM lock
    RETURNING "id"`;
  return rows[0]!.id;
}

/** Events after `after` (exclusive), oldest first, at most `limit`. */
export async function readEvents(
  db: PrismaClient,
  options: { after: bigint; limit?: number; where?: Prisma.EventWhereInput },
): Promise<OutboxEvent[]> {
  const rows = await db.event.findMany({
    where: { ...options.where, id: { gt: options.after } },
    orderBy: { id: "asc" },
    take: options.limit ?? 500,
  });
  return rows.map((r) => ({ ...r, type: r.type as EventType }));
}

/** The newest event id (0 when there is none): where a live-only subscriber starts. */
export async function latestEventId(db: PrismaClient): Promise<bigint> {
  const row = await db.event.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return row?.id ?? 0n;
}
