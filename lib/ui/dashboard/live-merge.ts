// The live dashboard's refetch (./live-dashboard.tsx), as plain functions of plain data so
// they are unit-tested without a browser: the GraphQL document (numbers only) and the
// merge that gives each fresh number the drill-down filter of the same figure on the page.
//
// Why numbers only: with every figure's drill-down filter the document would exceed the
// API's field budget (graphql/limits.ts, 300 fields), and the filters do not change when
// the numbers do. Each fresh count takes the drill of the same figure already on the page,
// matched by path and row key (kind, week, score …), never by position. A figure that is
// new (a first case in another category, a new week) has none yet: `missing` says so and
// the page asks the server for a fresh render, which brings it.
import type { DashboardFigures } from "@/lib/dashboard/types";

const COUNT = "{ count }";
const ROW = `{ key received ${COUNT} answered ${COUNT} onTime ${COUNT} late ${COUNT} onTimeRate medianDaysToAnswer }`;

/** The figures without their drill-down filters (see the header). */
export const DASHBOARD_QUERY = /* GraphQL */ `
  query DashboardFigures($filter: DashboardFilterInput) {
    dashboard(filter: $filter) {
      asOf
      audience
      live {
        receivedToday ${COUNT}
        receivedThisWeek ${COUNT}
        receivedThisMonth ${COUNT}
        open ${COUNT}
        dueWithin7Days ${COUNT}
        overdue ${COUNT}
      }
      received ${COUNT}
      answered ${COUNT}
      timeliness { clock onTime ${COUNT} late ${COUNT} compliance }
      overall { onTime ${COUNT} late ${COUNT} rate }
      timeToAnswer { answered ${COUNT} medianDays p90Days }
      notOwed { reason cases ${COUNT} }
      anonymous { part ${COUNT} of ${COUNT} share }
      breakdowns {
        kind ${ROW}
        channel ${ROW}
        serviceUnit ${ROW}
        department ${ROW}
        category ${ROW}
        language ${ROW}
      }
      satisfaction {
        linksSent ${COUNT}
        rated ${COUNT}
        responseRate
        average
        distribution { score cases ${COUNT} }
        recentComments { reference ratedOn score comment }
      }
      trends { weekStart received ${COUNT} answered ${COUNT} answeredOnTime ${COUNT} }
      busiestCategories ${ROW}
      sinceLastMonth { metric current ${COUNT} previous ${COUNT} change }
    }
  }
`;

const BREAKDOWN_FIELDS = { kind: "KIND", channel: "CHANNEL", serviceUnit: "SERVICE_UNIT", department: "DEPARTMENT", category: "CATEGORY", language: "LANGUAGE" } as const;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
/** Fields that name a row of a list, so a fresh row finds the same row on the page. */
const ROW_ID_FIELDS = ["key", "clock", "reason", "score", "weekStart", "metric", "reference"];
function rowId(o: Record<string, unknown>): string | null {
  for (const f of ROW_ID_FIELDS) if (f in o) return `${f}:${String(o[f])}`;
  return null;
}

/**
 * The fresh figures with each count's drill taken from the same figure in `previous`.
 * `missing` counts the figures that had none there (new rows).
 */
export function withDrills(fresh: unknown, previous: unknown, missing: { count: number }): unknown {
  if (Array.isArray(fresh)) {
    const prev = Array.isArray(previous) ? previous : [];
    return fresh.map((item, i) => {
      const id = isObject(item) ? rowId(item) : null;
      const match = id === null ? prev[i] : prev.find((p) => isObject(p) && rowId(p) === id);
      return withDrills(item, match, missing);
    });
  }
  if (!isObject(fresh)) return fresh;
  const prev = isObject(previous) ? previous : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fresh)) out[k] = withDrills(v, prev[k], missing);
  if (typeof fresh.count === "number" && !("drill" in fresh)) {
    if (isObject(prev.drill)) out.drill = prev.drill;
    else {
      out.drill = null;
      missing.count += 1;
    }
  }
  return out;
}

/** The GraphQL answer as DashboardFigures (breakdown names as in lib/dashboard/types.ts), drills from `previous`. */
export function mergeFigures(data: Record<string, Json>, previous: DashboardFigures): { figures: DashboardFigures; missing: number } {
  const breakdowns: Record<string, Json> = {};
  const raw = isObject(data.breakdowns) ? (data.breakdowns as Record<string, Json>) : {};
  for (const [field, dimension] of Object.entries(BREAKDOWN_FIELDS)) breakdowns[dimension] = raw[field] ?? [];
  const shaped = { ...data, breakdowns, filter: previous.filter };
  const missing = { count: 0 };
  const figures = withDrills(shaped, previous, missing) as DashboardFigures;
  return { figures: { ...figures, asOf: new Date(String(data.asOf)) }, missing: missing.count };
}

