// Administrator-editable settings the submission path reads on every call: terms per
// kind and calendar overrides. Read from the database, validated by lib/domain, and
// cached briefly per process so the submit transaction stays a handful of statements.
import type { PrismaClient } from "@/lib/db/generated/client";
import { WorkingCalendar } from "@/lib/domain/calendar";
import { DEFAULT_POLICIES, isMinuteTerm, parseKindPolicy, type KindPolicy } from "@/lib/domain/policy";
import { config } from "@/lib/config";
import { log } from "@/lib/log";
import type { Kind } from "@/lib/domain/kinds";
import { computeClocks, sofiaDate, type ClockDue } from "@/lib/domain/deadlines";

const TTL_MS = 30_000;

interface Cached<T> {
  value: T;
  at: number;
}
interface SettingsCache {
  policies?: Cached<Record<Kind, KindPolicy>>;
  calendar?: Cached<WorkingCalendar>;
}
const cache = ((globalThis as { __hartaSettings?: SettingsCache }).__hartaSettings ??= {});

function fresh<T>(entry: Cached<T> | undefined): entry is Cached<T> {
  return entry !== undefined && Date.now() - entry.at < TTL_MS;
}

/** Terms per kind: the stored row where there is one, else the legal default. */
export async function loadPolicies(db: PrismaClient): Promise<Record<Kind, KindPolicy>> {
  if (fresh(cache.policies)) return cache.policies.value;
  const rows = await db.kindPolicy.findMany();
  const policies = { ...DEFAULT_POLICIES } as Record<Kind, KindPolicy>;
  for (const row of rows) {
    const policy = parseKindPolicy({ kind: row.kind, answerOwed: row.answerOwed, clocks: row.clocks });
    if (policy.clocks.some((r) => isMinuteTerm(r.term)) && !config.allowMinuteTerms) {
      // A test policy left in a real database must not shorten real terms.
      log.warn({ kind: row.kind }, "policy with terms in minutes ignored (HARTA_ALLOW_MINUTE_TERMS is not set): legal defaults apply");
      continue;
    }
    policies[row.kind] = policy;
  }
  cache.policies = { value: policies, at: Date.now() };
  return policies;
}

export async function loadCalendar(db: PrismaClient): Promise<WorkingCalendar> {
  if (fresh(cache.calendar)) return cache.calendar.value;
  const rows = await db.calendarOverride.findMany();
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const calendar = new WorkingCalendar({
    daysOff: rows.filter((r) => r.type === "DAY_OFF").map((r) => iso(r.date)),
    workingDays: rows.filter((r) => r.type === "WORKING_DAY").map((r) => iso(r.date)),
    localHolidays: rows.filter((r) => r.type === "LOCAL_HOLIDAY").map((r) => iso(r.date)),
  });
  cache.calendar = { value: calendar, at: Date.now() };
  return calendar;
}

/** Drop cached settings (after an administrator's change, and in tests). */
export function invalidateSettings(): void {
  cache.policies = undefined;
  cache.calendar = undefined;
}

// Terms depend only on the policy, the calendar and the Sofia day of receipt, so one
// computation serves every submission of that kind that day (the submit path's hottest
// pure step). Keyed on the cached objects: reloading settings starts a fresh cache.
const clockCache = new WeakMap<WorkingCalendar, WeakMap<KindPolicy, Map<string, ClockDue[]>>>();

export function clocksFor(policy: KindPolicy, calendar: WorkingCalendar, receivedAt: Date): ClockDue[] {
  // A test term in minutes depends on the instant, not the day: not cacheable.
  if (policy.clocks.some((r) => isMinuteTerm(r.term))) return computeClocks(policy, receivedAt, calendar);
  let byPolicy = clockCache.get(calendar);
  if (!byPolicy) clockCache.set(calendar, (byPolicy = new WeakMap()));
  let byDay = byPolicy.get(policy);
  if (!byDay) byPolicy.set(policy, (byDay = new Map()));
  const day = sofiaDate(receivedAt);
  let clocks = byDay.get(day);
  if (!clocks) {
    if (byDay.size > 400) byDay.clear(); // demo seeding walks back over a year of days
    clocks = computeClocks(policy, receivedAt, calendar);
    byDay.set(day, clocks);
  }
  return clocks;
}
