// The clock sweeper (architecture.md, "Clocks"): finds terms that crossed their warning
// or due instant and records SLA_WARNING / SLA_BREACHED. Each transition is an atomic
// `UPDATE … RETURNING` guarded by the clock's current state, so it happens exactly once
// however many instances sweep at the same time, and a term that fell due while every
// server was down is reported once, by the first sweep after start.
import type { PrismaClient } from "@/lib/db/generated/client";
import { recordAudit } from "@/lib/audit/record";
import { OUTBOX_LOCK } from "@/lib/events/outbox";
import { eventsCommitted } from "@/lib/events/bus";
import { log } from "@/lib/log";
import { compactCaseFigures } from "@/lib/dashboard/summary";

interface Crossed {
  id: string;
  caseId: string;
  clock: string;
  dueAt: Date;
}

export interface SweepResult {
  warned: number;
  breached: number;
}

export async function sweepClocks(db: PrismaClient, now: Date = new Date()): Promise<SweepResult> {
  const result = await db.$transaction(async (tx) => {
    // Breaches first: a term that is already past due is reported as breached, not warned.
    const breached = await tx.$queryRaw<Crossed[]>`
      UPDATE "CaseClock" SET "state" = 'BREACHED'
      WHERE "state" IN ('RUNNING', 'WARNED') AND "dueAt" <= ${now}
      RETURNING "id", "caseId", "clock"::text AS "clock", "dueAt"`;
    const warned = await tx.$queryRaw<Crossed[]>`
      UPDATE "CaseClock" SET "state" = 'WARNED'
      WHERE "state" = 'RUNNING' AND "warnAt" <= ${now} AND "dueAt" > ${now}
      RETURNING "id", "caseId", "clock"::text AS "clock", "dueAt"`;
    const crossed = [
      ...breached.map((c) => ({ ...c, type: "SLA_BREACHED" as const })),
      ...warned.map((c) => ({ ...c, type: "SLA_WARNING" as const })),
    ];
    if (crossed.length === 0) return { warned: 0, breached: 0 };
    // Audit before outbox: the lock order every writer follows (lib/audit/record.ts).
    for (const c of crossed) {
      await recordAudit(tx, {
        actorId: null,
        action: c.type,
        entityType: "CaseClock",
        entityId: c.id,
        before: { state: c.type === "SLA_BREACHED" ? "RUNNING|WARNED" : "RUNNING" },
        after: { state: c.type === "SLA_BREACHED" ? "BREACHED" : "WARNED", caseId: c.caseId, clock: c.clock, dueAt: c.dueAt },
      });
    }
    const events = JSON.stringify(crossed.map((c) => ({ type: c.type, caseId: c.caseId, data: { clock: c.clock, dueAt: c.dueAt } })));
    await tx.$executeRaw`
      WITH outbox_lock AS (SELECT pg_advisory_xact_lock(${OUTBOX_LOCK}::bigint))
      INSERT INTO "Event" ("type", "caseId", "public", "data")
      SELECT x."type", x."caseId"::uuid, false, x."data"
      FROM outbox_lock, jsonb_to_recordset(${events}::jsonb) AS x("type" text, "caseId" text, "data" jsonb)`;
    return { warned: warned.length, breached: breached.length };
  });
  if (result.warned + result.breached > 0) {
    eventsCommitted();
    log.info(result, "clock sweep: terms crossed their warning or due instant");
  }
  return result;
}

/** Sweeps (and folds the dashboard figures) now and then every `intervalMs`; returns the stop function. */
export function startClockSweeper(db: PrismaClient, intervalMs = 2000): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    running = sweepClocks(db)
      .catch((err: unknown) => log.error({ err }, "clock sweep failed"))
      // Same cadence, same single loop: fold the dashboard's pending counts (lib/dashboard/summary.ts).
      .then(() => compactCaseFigures(db))
      .catch((err: unknown) => log.error({ err }, "folding the dashboard figures failed"));
  };
  tick();
  const timer = setInterval(() => {
    void running.then(tick);
  }, intervalMs);
  timer.unref?.();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
