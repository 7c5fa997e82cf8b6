// Pausing and resuming the clocks a policy lets pause (lib/domain/policy.ts `pausable`)
// while a case waits for the citizen's clarification (issue "Live": "clocks that the law
// allows to pause record every pause with its reason; legal terms that may not pause do
// not"). By default only the charter's internal target pauses: the АПК and ЗЗЛПСПОИН
// terms run on whatever the administration waits for.
//
// A pause is a ClockPause row; when it ends, the term moves on by the calendar days
// waited (lib/domain/deadlines.ts `dueAfterPause`) and the row records how many.
// Runs inside the caller's transaction (a use case's changeCase frame).
import type { Prisma } from "@/lib/db/generated/client";
import { dueAfterPause, endOfSofiaDay, sofiaDate, startOfSofiaDay, warningDate } from "@/lib/domain/deadlines";
import { DEFAULT_WARN_WORKING_DAYS, isMinuteTerm, type ClockRule } from "@/lib/domain/policy";
import type { ClockType, Kind } from "@/lib/domain/kinds";
import { isoDay, type Settings } from "@/lib/cases/clocks";

type Tx = Prisma.TransactionClient;

function ruleOf(settings: Settings, kind: Kind, clock: ClockType): ClockRule | undefined {
  return settings.policies[kind].clocks.find((r) => r.clock === clock);
}

/**
 * Pauses the case's running clocks whose rule may pause; the others keep running.
 * A breached clock is not paused: the term is already over.
 */
export async function pauseClocks(
  tx: Tx,
  c: { id: string; kind: Kind },
  settings: Settings,
  pause: { at: Date; reason: string; byId: string | null },
): Promise<{ paused: ClockType[]; running: ClockType[] }> {
  const clocks = await tx.caseClock.findMany({ where: { caseId: c.id, state: { in: ["RUNNING", "WARNED"] } }, select: { id: true, clock: true } });
  const paused: ClockType[] = [];
  const running: ClockType[] = [];
  for (const k of clocks) {
    if (ruleOf(settings, c.kind, k.clock)?.pausable) {
      await tx.caseClock.update({ where: { id: k.id }, data: { state: "PAUSED" } });
      await tx.clockPause.create({ data: { clockId: k.id, reason: pause.reason, startedAt: pause.at, startedById: pause.byId } });
      paused.push(k.clock);
    } else running.push(k.clock);
  }
  return { paused, running };
}

export interface ResumedClock {
  clock: ClockType;
  daysAdded: number;
  dueDate: string;
}

/**
 * Ends the open pauses of the case's paused clocks: each term moves on by the days
 * waited, its warning is counted again from the new last day, and it runs again (the
 * sweeper warns or breaches it, with its events, when due).
 */
export async function resumeClocks(tx: Tx, c: { id: string; kind: Kind }, settings: Settings, resume: { at: Date; byId: string | null }): Promise<ResumedClock[]> {
  const clocks = await tx.caseClock.findMany({
    where: { caseId: c.id, state: "PAUSED" },
    select: { id: true, clock: true, dueDate: true, dueAt: true, warnAt: true, pauses: { where: { endedAt: null }, select: { id: true, startedAt: true } } },
  });
  const out: ResumedClock[] = [];
  for (const k of clocks) {
    const open = k.pauses[0];
    const rule = ruleOf(settings, c.kind, k.clock);
    let dueDate = isoDay(k.dueDate);
    let dueAt = k.dueAt;
    let warnAt = k.warnAt;
    let daysAdded = 0;
    if (open && rule && isMinuteTerm(rule.term)) {
      // A test term in minutes moves on by the time waited, to the millisecond.
      const waited = Math.max(0, resume.at.getTime() - open.startedAt.getTime());
      dueAt = new Date(k.dueAt.getTime() + waited);
      warnAt = k.warnAt ? new Date(k.warnAt.getTime() + waited) : null;
      dueDate = sofiaDate(dueAt);
    } else if (open) {
      const moved = dueAfterPause(dueDate, sofiaDate(open.startedAt), sofiaDate(resume.at), settings.calendar);
      daysAdded = moved.daysAdded;
      if (daysAdded > 0) {
        dueDate = moved.dueDate;
        dueAt = endOfSofiaDay(dueDate);
        warnAt = startOfSofiaDay(warningDate(dueDate, rule?.warnBeforeWorkingDays ?? DEFAULT_WARN_WORKING_DAYS, settings.calendar));
      }
    }
    await tx.caseClock.update({ where: { id: k.id }, data: { state: "RUNNING", dueDate: new Date(`${dueDate}T00:00:00Z`), dueAt, warnAt } });
    if (open) await tx.clockPause.update({ where: { id: open.id }, data: { endedAt: resume.at, endedById: resume.byId, daysAdded } });
    out.push({ clock: k.clock, daysAdded, dueDate });
  }
  return out;
}

/** Closes the open pauses of clocks that stop or are met while paused (nothing is added). */
export async function endOpenPauses(tx: Tx, caseId: string, at: Date, types?: ClockType[]): Promise<void> {
  await tx.clockPause.updateMany({
    where: { endedAt: null, clock: { caseId, ...(types ? { clock: { in: types } } : {}) } },
    data: { endedAt: at, daysAdded: 0 },
  });
}
