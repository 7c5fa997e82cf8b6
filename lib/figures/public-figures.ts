// The public figures (issue 5, "Public figures"; the charter's transparency): for a
// calendar year, how many submissions were received and answered on time, by kind and by
// month, average satisfaction, and the improvement actions under way that year.
//
// Everything is counted by lib/dashboard loadFigures with PUBLIC_SCOPE, so the public page
// and the management dashboard give the same numbers for the same range (definitions:
// lib/dashboard/types.ts). Anonymised by construction: only counts, rates and the
// actions' titles, statuses and dates leave this module — no reference, name, e-mail,
// subject, text or comment (PUBLIC_SCOPE also asks loadFigures for no comments), and no
// corruption signals or whistleblower reports (ЗЗЛПСПОИН чл. 31).
import { loadFigures } from "@/lib/dashboard/figures";
import { PUBLIC_SCOPE, rate, type DashboardFigures } from "@/lib/dashboard/types";
import { caseSetWhere, lateTermExists, onTimeCase, type CaseSet } from "@/lib/dashboard/queries";
import { prisma } from "@/lib/db/client";
import { endOfSofiaDay, sofiaDate, startOfSofiaDay } from "@/lib/domain/deadlines";
import { addMonthsIso, type IsoDate } from "@/lib/domain/iso-date";
import type { Kind } from "@/lib/domain/kinds";
import { publicImprovements, type PublicImprovement } from "@/lib/improvement/summary";
import { yearRange } from "@/lib/improvement/actions";

export interface PublicCounts {
  received: number;
  answered: number;
  onTime: number;
  late: number;
  /** onTime / (onTime + late), null when nothing was due yet. */
  onTimeRate: number | null;
}

export interface PublicYearFigures extends PublicCounts {
  year: number;
  /** The range counted (the current year ends today). */
  from: IsoDate;
  to: IsoDate;
  byKind: ({ kind: Kind } & PublicCounts)[];
  byMonth: ({ month: IsoDate } & PublicCounts)[];
  satisfaction: { average: number | null; rated: number };
  actions: PublicImprovement[];
}

function counts(f: Pick<DashboardFigures, "received" | "answered" | "overall">): PublicCounts {
  return {
    received: f.received.count,
    answered: f.answered.count,
    onTime: f.overall.onTime.count,
    late: f.overall.late.count,
    onTimeRate: f.overall.rate,
  };
}

/** The first year the page offers: the current one and the one before (issue 5). */
export function publicYears(now: Date): number[] {
  const year = Number(sofiaDate(now).slice(0, 4));
  return [year, year - 1];
}

/**
 * Received, answered, on time and late per month of receipt (Sofia), in one statement with
 * the dashboard's own definitions (lib/dashboard/queries.ts: the case set, "on time",
 * "late"). A week can straddle two months, so the weekly trend cannot be summed instead.
 */
async function monthly(range: { from: Date; to: Date }, now: Date): Promise<Map<string, PublicCounts>> {
  const db = await prisma();
  const set: CaseSet = { kinds: PUBLIC_SCOPE.kinds, channels: null, departmentId: null, serviceUnitId: null };
  const rows = await db.$queryRaw<{ month: string; received: number; answered: number; onTime: number; late: number }[]>`
    SELECT to_char(date_trunc('month', c."receivedAt" AT TIME ZONE 'Europe/Sofia'), 'YYYY-MM-DD') AS "month",
           count(*)::int AS "received",
           count(*) FILTER (WHERE c."answeredAt" IS NOT NULL)::int AS "answered",
           count(*) FILTER (WHERE ${onTimeCase(now)})::int AS "onTime",
           count(*) FILTER (WHERE ${lateTermExists(now)})::int AS "late"
    FROM "Case" c
    WHERE ${caseSetWhere(set)} AND c."receivedAt" >= ${range.from} AND c."receivedAt" < ${range.to}
    GROUP BY 1`;
  return new Map(rows.map((r) => [r.month, { received: r.received, answered: r.answered, onTime: r.onTime, late: r.late, onTimeRate: rate(r.onTime, r.onTime + r.late) }]));
}

async function compute(year: number, now: Date): Promise<PublicYearFigures> {
  const today = sofiaDate(now);
  const from = `${year}-01-01` as IsoDate;
  const yearEnd = `${year}-12-31` as IsoDate;
  const to = yearEnd < today ? yearEnd : today;
  const [whole, months, actions] = await Promise.all([
    loadFigures(PUBLIC_SCOPE, { from, to }, { now }),
    monthly({ from: startOfSofiaDay(from), to: endOfSofiaDay(to) }, now),
    publicImprovements(yearRange(year)),
  ]);
  const byMonth: PublicYearFigures["byMonth"] = [];
  for (let month = from; month <= to; month = addMonthsIso(month, 1)) {
    byMonth.push({ month, ...(months.get(month) ?? { received: 0, answered: 0, onTime: 0, late: 0, onTimeRate: null }) });
  }
  return {
    year,
    from,
    to,
    ...counts(whole),
    byKind: whole.breakdowns.KIND.filter((r) => r.key !== null).map((r) => ({
      kind: r.key as Kind,
      received: r.received.count,
      answered: r.answered.count,
      onTime: r.onTime.count,
      late: r.late.count,
      onTimeRate: r.onTimeRate,
    })),
    byMonth,
    satisfaction: { average: whole.satisfaction.average, rated: whole.satisfaction.rated.count },
    actions,
  };
}

// The page is public and the figures move slowly: computed at most every few minutes per
// year. After that a visitor still gets the last figures at once while fresh ones are
// computed (at a million cases a year's figures take seconds), so only the very first
// visit of a process waits.
const TTL_MS = 5 * 60_000;
const cache = new Map<number, { at: number; figures: Promise<PublicYearFigures>; refreshing: boolean }>();

export async function loadPublicFigures(year: number, options: { now?: Date; fresh?: boolean } = {}): Promise<PublicYearFigures> {
  // A given `now` (tests) always computes, and is never cached.
  if (options.now) return compute(year, options.now);
  const hit = cache.get(year);
  if (hit && !options.fresh) {
    if (Date.now() - hit.at >= TTL_MS && !hit.refreshing) {
      hit.refreshing = true;
      const next = compute(year, new Date());
      next.then(
        () => cache.set(year, { at: Date.now(), figures: next, refreshing: false }),
        () => (hit.refreshing = false),
      );
    }
    return hit.figures;
  }
  const figures = compute(year, new Date());
  cache.set(year, { at: Date.now(), figures, refreshing: false });
  figures.catch(() => cache.delete(year));
  return figures;
}
