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
import { PUBLIC_SCOPE, type DashboardFigures } from "@/lib/dashboard/types";
import { sofiaDate } from "@/lib/domain/deadlines";
import { addDaysIso, addMonthsIso, type IsoDate } from "@/lib/domain/iso-date";
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

async function compute(year: number, now: Date): Promise<PublicYearFigures> {
  const today = sofiaDate(now);
  const from = `${year}-01-01` as IsoDate;
  const yearEnd = `${year}-12-31` as IsoDate;
  const to = yearEnd < today ? yearEnd : today;
  const whole = await loadFigures(PUBLIC_SCOPE, { from, to }, { now });
  const byMonth: PublicYearFigures["byMonth"] = [];
  // One range per month: a week can straddle two months, so the weekly trend cannot be summed.
  for (let month = from; month <= to; month = addMonthsIso(month, 1)) {
    const last = addDaysIso(addMonthsIso(month, 1), -1);
    const f = await loadFigures(PUBLIC_SCOPE, { from: month, to: last < to ? last : to }, { now });
    byMonth.push({ month, ...counts(f) });
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
    actions: await publicImprovements(yearRange(year)),
  };
}

// The page is public and the figures move slowly: computed at most every few minutes per
// year, so a crowd of visitors costs the database nothing more.
const TTL_MS = 5 * 60_000;
const cache = new Map<number, { at: number; figures: Promise<PublicYearFigures> }>();

export async function loadPublicFigures(year: number, options: { now?: Date; fresh?: boolean } = {}): Promise<PublicYearFigures> {
  const now = options.now ?? new Date();
  const hit = cache.get(year);
  if (!options.fresh && !options.now && hit && Date.now() - hit.at < TTL_MS) return hit.figures;
  const figures = compute(year, now);
  if (!options.now) {
    cache.set(year, { at: Date.now(), figures });
    figures.catch(() => cache.delete(year));
  }
  return figures;
}
