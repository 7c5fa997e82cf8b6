// The frame every case-changing use case runs in (style.md, documenso's use cases):
// sign-in required → ONE transaction that locks the case and checks the viewer may do
// this → the use case's own writes, its audit record and its outbox event → after
// commit, wake the event subscribers and, if mail was enqueued, the mail worker.
//
// The use case writes its audit record and event itself (so each reads as what it
// records); this frame only guarantees the order of locks: case row, then audit
// (recordAudit), then outbox (appendEvent, last).
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import type { CaseAction } from "@/lib/domain/access";
import { recordAudit } from "@/lib/audit/record";
import { appendEvent, type EventType } from "@/lib/events/outbox";
import { eventsCommitted } from "@/lib/events/bus";
import { enqueueMail, type MailToEnqueue } from "@/lib/mail/outbox";
import { wakeMailWorker } from "@/lib/mail/worker";
import { lockCaseFor, requireViewer, type LockedCase } from "@/lib/cases/access";

export type Tx = Prisma.TransactionClient;

export interface CaseChange {
  tx: Tx;
  viewer: Viewer;
  /** The case as it was when locked. */
  case: LockedCase;
  /** Audit record, then outbox event, for this change: the last writes of the transaction. */
  record(entry: {
    action: string;
    before?: Record<string, unknown>;
    after?: Record<string, unknown>;
    event: EventType;
    publicEvent?: boolean;
    eventData?: Record<string, unknown>;
    /** Another case the change is about (merge: the original); defaults to this one. */
    caseId?: string;
  }): Promise<void>;
  /** E-mail in this transaction; the worker is woken after commit. */
  mail(message: Omit<MailToEnqueue, "caseId">): Promise<void>;
}

export async function changeCase<T>(
  options: { viewer: Viewer | null | undefined; caseId: string; action: CaseAction },
  work: (change: CaseChange) => Promise<T>,
): Promise<T> {
  const viewer = requireViewer(options.viewer);
  const db = await prisma();
  let mailed = false;
  const result = await db.$transaction(async (tx) => {
    const locked = await lockCaseFor(tx, viewer, options.caseId, options.action);
    return work({
      tx,
      viewer,
      case: locked,
      record: (entry) => recordChange(tx, viewer, entry.caseId ?? locked.id, { kind: locked.kind, ...entry }),
      mail: async (message) => {
        await enqueueMail(tx, { ...message, caseId: locked.id });
        mailed = true;
      },
    });
  });
  eventsCommitted();
  if (mailed) wakeMailWorker();
  return result;
}

/**
 * Audit record, then the outbox event that carries its id (data.auditId), so the case's
 * timeline shows each change once, with who made it (lib/cases/get-case.ts). Event data
 * carries the kind, so feeds can leave restricted kinds out without reading the case.
 */
export async function recordChange(
  tx: Tx,
  viewer: Pick<Viewer, "id"> | null,
  caseId: string,
  entry: {
    kind: string;
    action: string;
    before?: Record<string, unknown>;
    after?: Record<string, unknown>;
    event: EventType;
    publicEvent?: boolean;
    eventData?: Record<string, unknown>;
  },
): Promise<void> {
  const audit = await recordAudit(tx, {
    actorId: viewer?.id ?? null,
    action: entry.action,
    entityType: "Case",
    entityId: caseId,
    before: entry.before,
    after: entry.after,
  });
  await appendEvent(tx, {
    type: entry.event,
    caseId,
    public: entry.publicEvent ?? false,
    data: { kind: entry.kind, ...entry.eventData, auditId: audit.id.toString() } as Prisma.InputJsonValue,
  });
}

/**
 * Where to write to the citizen: their name (for the greeting) and e-mail address, if
 * they gave one and it has not been erased. For the mail only — never for audit or events.
 */
export async function citizenEmail(tx: Tx, caseId: string): Promise<{ to: string; name: string | null } | null> {
  const s = await tx.submitter.findUnique({ where: { caseId }, select: { name: true, email: true, erasedAt: true } });
  return s?.email && !s.erasedAt ? { to: s.email, name: s.name } : null;
}
