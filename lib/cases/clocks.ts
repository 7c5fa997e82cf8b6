// Writing a case's clocks after receipt: recomputing them when the kind changes or the
// case is reopened, meeting them (answer sent, case forwarded) and stopping them (no
// answer owed, merged, closed). The counting itself is lib/domain/deadlines; this file
// only reads and writes CaseClock rows inside the caller's transaction.
// Case.nextDueAt follows by itself (trigger, migration case_next_due).
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { addDaysIso } from "@/lib/domain/iso-date";
import { computeClocks, endOfSofiaDay, sofiaDate, startOfSofiaDay, warningDate, type StartedClock } from "@/lib/domain/deadlines";
import { decideAnswerOwed } from "@/lib/domain/answer-owed";
import { DEFAULT_WARN_WORKING_DAYS, FORWARD_RULE, type KindPolicy } from "@/lib/domain/policy";
import type { WorkingCalendar } from "@/lib/domain/calendar";
import { CLOCK_TYPES, type ClockType, type Kind, type NoAnswerReason } from "@/lib/domain/kinds";
import { endOpenPauses } from "@/lib/cases/clock-pauses";
import { loadCalendar, loadPolicies } from "@/lib/cases/settings";

type Tx = Prisma.TransactionClient;

/** Clock states in which a term still runs. */
export const OPEN_CLOCK_STATES = ["RUNNING", "PAUSED", "WARNED", "BREACHED"] as const;

/** A @db.Date column (UTC midnight) as its calendar date. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export interface Settings {
  policies: Record<Kind, KindPolicy>;
  calendar: WorkingCalendar;
}

/**
 * Terms per kind and the calendar, read BEFORE a use case opens its transaction: the
 * embedded database serves one connection, so a query on the shared client from inside
 * a transaction would wait for ever.
 */
export async function loadSettings(): Promise<Settings> {
  const db = await prisma();
  const [policies, calendar] = await Promise.all([loadPolicies(db), loadCalendar(db)]);
  return { policies, calendar };
}

/**
 * Brings the case's clocks in line with its kind's policy, as if counted from receipt
 * (ГПК чл. 60): met clocks stay met (and chained terms count from the day they were met),
 * open ones get their new due dates, new ones start, ones the kind no longer has stop.
 * Returns whether an answer is owed under the new kind and, if not, the automatic reason.
 * A staff decision that no answer is owed (`keepReason`) keeps every term stopped.
 */
export async function syncClocks(
  tx: Tx,
  c: { id: string; kind: Kind; receivedAt: Date; anonymous: boolean; incidentDate: Date | null },
  settings: Settings,
  keepReason: NoAnswerReason | null = null,
): Promise<{ answerOwed: boolean; noAnswerReason: NoAnswerReason | null }> {
  const policy = settings.policies[c.kind];
  const incidentDate = c.incidentDate ? isoDay(c.incidentDate) : null;
  const owed = keepReason
    ? { answerOwed: false, reason: keepReason }
    : decideAnswerOwed({ policy, anonymous: c.anonymous, incidentDate, receivedAt: c.receivedAt });

  const existing = await tx.caseClock.findMany({ where: { caseId: c.id }, include: { pauses: { select: { daysAdded: true } } } });
  const metDates: Partial<Record<ClockType, string>> = {};
  for (const k of existing) if (k.state === "MET" && k.metAt) metDates[k.clock] = sofiaDate(k.metAt);
  // A forwarding term, once started, belongs to the case whatever its kind.
  const started: StartedClock[] = existing.some((k) => k.clock === "FORWARD") ? [{ rule: FORWARD_RULE }] : [];
  const wanted = owed.reason ? [] : computeClocks(policy, c.receivedAt, settings.calendar, { metDates, startedClocks: started });

  const byType = new Map(existing.map((k) => [k.clock, k]));
  // Days already added by ended pauses stay added (clock-pauses.ts); an open pause stays
  // open if the clock may still pause under the new kind, else it ends here.
  for (const due of wanted) {
    const row = byType.get(due.clock);
    if (row?.state === "MET") continue;
    const added = row ? row.pauses.reduce((n, p) => n + (p.daysAdded ?? 0), 0) : 0;
    const dueDate = added > 0 ? settings.calendar.nextWorkingDay(addDaysIso(due.dueDate, added)) : due.dueDate;
    const data = { dueDate: new Date(`${dueDate}T00:00:00Z`), dueAt: added > 0 ? endOfSofiaDay(dueDate) : due.dueAt, warnAt: due.warnAt, basis: due.basis };
    const stillPaused = row?.state === "PAUSED" && policy.clocks.some((r) => r.clock === due.clock && r.pausable);
    if (row?.state === "PAUSED" && !stillPaused) await endOpenPauses(tx, c.id, new Date(), [due.clock]);
    // New terms start RUNNING; the sweeper warns again (idempotently) where due.
    if (row) await tx.caseClock.update({ where: { id: row.id }, data: { ...data, state: stillPaused ? "PAUSED" : "RUNNING" } });
    else await tx.caseClock.create({ data: { ...data, caseId: c.id, clock: due.clock } });
  }
  const keep = new Set(wanted.map((d) => d.clock));
  const gone = existing.filter((k) => !keep.has(k.clock) && isOpen(k.state)).map((k) => k.id);
  if (gone.length > 0) await tx.caseClock.updateMany({ where: { id: { in: gone } }, data: { state: "STOPPED" } });
  return { answerOwed: owed.answerOwed, noAnswerReason: owed.reason };
}

function isOpen(state: string): boolean {
  return (OPEN_CLOCK_STATES as readonly string[]).includes(state);
}

/** Marks open clocks MET at `at` (all of them, or those of the given types). */
export async function meetClocks(tx: Tx, caseId: string, at: Date, types?: ClockType[]): Promise<void> {
  await endOpenPauses(tx, caseId, at, types);
  await tx.caseClock.updateMany({
    where: { caseId, state: { in: [...OPEN_CLOCK_STATES] }, ...(types ? { clock: { in: types } } : {}) },
    data: { state: "MET", metAt: at },
  });
}

/** Stops every open clock (or those not of the given types): no longer runs, not met. */
export async function stopClocks(tx: Tx, caseId: string, options: { except?: ClockType[] } = {}): Promise<void> {
  const except = options.except;
  await endOpenPauses(tx, caseId, new Date(), except ? CLOCK_TYPES.filter((t) => !except.includes(t)) : undefined);
  await tx.caseClock.updateMany({
    where: { caseId, state: { in: [...OPEN_CLOCK_STATES] }, ...(options.except ? { clock: { notIn: options.except } } : {}) },
    data: { state: "STOPPED" },
  });
}

/**
 * The forwarding term (АПК чл. 112: 7 days from receipt), recorded as met on the day the
 * case went to the competent body. Lateness stays visible: metAt after dueAt.
 */
export async function recordForwardClock(tx: Tx, c: { id: string; kind: Kind; receivedAt: Date }, settings: Settings, at: Date): Promise<void> {
  const [due] = computeClocks({ ...settings.policies[c.kind], clocks: [] }, c.receivedAt, settings.calendar, {
    startedClocks: [{ rule: FORWARD_RULE }],
  });
  const data = { dueDate: new Date(`${due!.dueDate}T00:00:00Z`), dueAt: due!.dueAt, warnAt: due!.warnAt, basis: due!.basis, state: "MET" as const, metAt: at };
  await tx.caseClock.upsert({ where: { caseId_clock: { caseId: c.id, clock: "FORWARD" } }, create: { ...data, caseId: c.id, clock: "FORWARD" }, update: data });
}

/** A clock row as the calendar recount reads it. */
export interface ClockRow {
  id: string;
  clock: ClockType;
  dueDate: Date;
  dueAt: Date;
  warnAt: Date | null;
  state: string;
  metAt: Date | null;
}

/** An open clock's new term after a change of the working-day calendar. */
export interface RecountedClock {
  id: string;
  clock: ClockType;
  dueDate: string;
  dueAt: Date;
  warnAt: Date;
  state: "RUNNING" | "PAUSED" | "WARNED" | "BREACHED";
  before: { dueDate: string; state: string };
}

/**
 * The open clocks of one case whose due or warning instant moves when the calendar
 * changes from `before` to `after` (issue "Live": a declared day off, a working
 * Saturday, a local holiday). Pure; the caller writes the rows.
 *
 * The term a clock counts is the one it started with — a policy changed since applies
 * to new cases only — and CaseClock does not store it. So the candidate `policies` (the
 * kind's policy in force, then its legal default) are counted under the OLD calendar
 * first: the first that gives the stored due date is taken for the term the clock runs,
 * and it is counted again under the new calendar (so a working
 * Saturday can pull a rolled-forward due date back, ГПК чл. 60(6)). Where it does not
 * (the policy changed after receipt), only what the stored date itself shows is used:
 * a last day that is no longer a working day rolls forward to the next one; a term is
 * never shortened on a guess.
 *
 * States: PAUSED stays paused. A BREACHED or WARNED clock whose new due / warning
 * instant is still ahead of `now` goes back to WARNED or RUNNING; no clock is moved
 * forward here — the sweeper warns and breaches (with its events) as before.
 */
export function recountForCalendar(
  c: { kind: Kind; receivedAt: Date; clocks: ClockRow[] },
  policies: ReadonlyArray<KindPolicy>,
  before: WorkingCalendar,
  after: WorkingCalendar,
  now: Date,
): RecountedClock[] {
  const metDates: Partial<Record<ClockType, string>> = {};
  for (const k of c.clocks) if (k.state === "MET" && k.metAt) metDates[k.clock] = sofiaDate(k.metAt);
  const started: StartedClock[] = c.clocks.some((k) => k.clock === "FORWARD") ? [{ rule: FORWARD_RULE }] : [];
  const options = { metDates, startedClocks: started };
  const byClock = (list: ReturnType<typeof computeClocks>) => new Map(list.map((d) => [d.clock, d]));
  const counted = policies.map((policy) => ({
    policy,
    old: byClock(computeClocks(policy, c.receivedAt, before, options)),
    recounted: byClock(computeClocks(policy, c.receivedAt, after, options)),
  }));
  const receiptDate = sofiaDate(c.receivedAt);

  const out: RecountedClock[] = [];
  for (const row of c.clocks) {
    if (!isOpen(row.state)) continue;
    const stored = isoDay(row.dueDate);
    let dueDate: string;
    let warnAt: Date;
    // The first candidate policy that gives the stored due date under the old calendar.
    const match = counted.find((p) => p.old.get(row.clock)?.dueDate === stored && p.recounted.has(row.clock));
    if (match) {
      const n = match.recounted.get(row.clock)!;
      dueDate = n.dueDate;
      warnAt = n.warnAt;
    } else {
      dueDate = after.nextWorkingDay(stored);
      const rule = policies[0]?.clocks.find((r) => r.clock === row.clock) ?? (row.clock === "FORWARD" ? FORWARD_RULE : undefined);
      const warned = warningDate(dueDate, rule?.warnBeforeWorkingDays ?? DEFAULT_WARN_WORKING_DAYS, after);
      warnAt = startOfSofiaDay(warned < receiptDate ? receiptDate : warned);
    }
    const dueAt = endOfSofiaDay(dueDate);
    let state = row.state as RecountedClock["state"];
    if (state === "BREACHED" && dueAt > now) state = warnAt <= now ? "WARNED" : "RUNNING";
    else if (state === "WARNED" && warnAt > now) state = "RUNNING";
    const same = dueDate === stored && dueAt.getTime() === row.dueAt.getTime() && warnAt.getTime() === row.warnAt?.getTime() && state === row.state;
    if (!same) out.push({ id: row.id, clock: row.clock, dueDate, dueAt, warnAt, state, before: { dueDate: stored, state: row.state } });
  }
  return out;
}
