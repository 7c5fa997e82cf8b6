"use client";
// The dashboard, live (issue 5: "Live figures, updated from subscription events without
// polling or reload"). The server renders the figures (./dashboard-view.tsx) and this
// component keeps them current:
// - it follows caseEvents (lib/ui/staff/live-feed.ts, the inbox's feed: resumes after the
//   event the page was rendered at, reconnects with backoff, replays what it missed);
// - any event that can change a figure (a case received, routed, assigned, answered,
//   closed, a term warned or missed, a rating …) schedules one refetch of the figures
//   through the GraphQL `dashboard` query with the page's own filter, 500 ms after the
//   first event of a burst (events in between ride along), so a burst costs one query;
// - after a reconnect it refetches too (the replay may be empty, the figures still moved);
// - the numbers change in place — no reload, no polling; focus and scroll stay put — and a
//   polite status region says "Figures updated at …" once per update (not every number).
//
// The GraphQL document asks for the numbers only: with every figure's drill-down filter
// it would exceed the API's field budget (graphql/limits.ts, 300 fields), and the
// filters do not change when the numbers do. So each fresh count takes the drill of the
// same figure already on the page (matched by path and row key: kind, week, score …).
// A figure that is new (a first case in another category, a new week) has no drill yet:
// the page then asks the server for a fresh render (router.refresh()), which brings it.
import "@/lib/ui/staff/live.css";
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { createTranslator, useFormatter, useLocale } from "next-intl";
import type { DashboardFigures, DashboardFilter } from "@/lib/dashboard/types";
import type { Messages } from "@/lib/i18n/messages";
import { useHydrated } from "@/lib/ui/use-hydrated";
import { GRAPHQL_PATH, useCaseEventFeed, type LiveConnection } from "@/lib/ui/staff/live-feed";
import { LIVE_EVENT_TYPES, isEventId } from "@/lib/ui/staff/live-state";
import { DashboardView, type DashboardLabels, type DashboardTexts } from "./dashboard-view";

/** Wait after the first event of a burst before refetching (ms). */
export const REFETCH_DELAY_MS = 500;

/** Events that can change a figure: the inbox's, and a citizen's rating (satisfaction). */
export const DASHBOARD_EVENT_TYPES = [...LIVE_EVENT_TYPES, "RATING_RECEIVED"] as const;

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

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
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

type LiveTexts = Messages["live"];

export interface LiveDashboardProps {
  initial: DashboardFigures;
  /** The filter the page asked for (dates left empty stay empty: "the last 12 months" moves with the days). */
  filter: Partial<DashboardFilter>;
  texts: DashboardTexts;
  liveTexts: LiveTexts;
  labels: DashboardLabels;
  /** The newest event id when the server computed the figures (null: from now on). */
  after: string | null;
}

type Translate = ReturnType<typeof createTranslator<{ dashboard: DashboardTexts }, "dashboard">>;

/** One refetch: the figures for the page's filter, merged with the drills on the page. */
async function refetchFigures(
  { figures, filter, t, format, router }: { figures: DashboardFigures; filter: Partial<DashboardFilter>; t: Translate; format: ReturnType<typeof useFormatter>; router: ReturnType<typeof useRouter> },
  setFigures: (f: DashboardFigures) => void,
  announce: (text: string) => void,
): Promise<void> {
  try {
    const res = await fetch(GRAPHQL_PATH, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: DASHBOARD_QUERY, variables: { filter } }),
    });
    const body = (await res.json()) as { data?: { dashboard?: Record<string, Json> | null } };
    const data = body.data?.dashboard;
    if (!res.ok || !data) throw new Error(`dashboard query failed (${res.status})`);
    const { figures: next, missing } = mergeFigures(data, figures);
    setFigures(next);
    announce(t("live.updated", { time: format.dateTime(new Date(), { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }) }));
    // A figure the page has no drill-down for yet: the server's render brings it.
    if (missing > 0) startTransition(() => router.refresh());
  } catch {
    announce(t("live.failed"));
  }
}

const STATE_ICON: Record<LiveConnection, string> = { connecting: "○", live: "●", reconnecting: "◌", offline: "■" };

export function LiveDashboard({ initial, filter, texts, liveTexts, labels, after }: LiveDashboardProps) {
  const router = useRouter();
  const locale = useLocale();
  const format = useFormatter();
  const hydrated = useHydrated();
  const t = useMemo(() => createTranslator({ locale, messages: { dashboard: texts }, namespace: "dashboard" }), [locale, texts]);
  const tl = useMemo(() => createTranslator({ locale, messages: { live: liveTexts }, namespace: "live" }), [locale, liveTexts]);
  const [figures, setFigures] = useState<DashboardFigures>(initial);
  const [announcement, setAnnouncement] = useState("");

  // A fresh server render (router.refresh(), or new filters) replaces what we have.
  useEffect(() => {
    setFigures(initial);
  }, [initial]);

  // What the timer's callback reads when it fires: always the latest render's values.
  const latest = useRef({ figures, filter, t, format, router });
  useEffect(() => {
    latest.current = { figures, filter, t, format, router };
  });

  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);
  const again = useRef(false);

  const schedule = useCallback(() => {
    if (inFlight.current) {
      again.current = true; // an event arrived during the fetch: fetch once more after it
      return;
    }
    if (timer.current !== null) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      if (navigator.onLine === false) return; // the reconnect refetches
      inFlight.current = true;
      void refetchFigures(latest.current, setFigures, setAnnouncement).finally(() => {
        inFlight.current = false;
        if (again.current) {
          again.current = false;
          schedule();
        }
      });
    }, REFETCH_DELAY_MS);
  }, []);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  const { connection, reconnect } = useCaseEventFeed({
    startAfter: () => (isEventId(after) ? after : null),
    onEvent: schedule,
    onReconnected: schedule,
    types: DASHBOARD_EVENT_TYPES,
  });

  return (
    <>
      {hydrated && (
        <section className="live dash-live" aria-labelledby="dash-live-heading">
          <h2 id="dash-live-heading" className="visually-hidden">
            {tl("title")}
          </h2>
          <div className="live-connection">
            <p className={`live-indicator live-indicator--${connection}`} aria-live="polite" data-testid="live-indicator" data-state={connection}>
              <span className="live-indicator-label">{tl("title")}:</span>{" "}
              <span className="live-indicator-state">
                <span aria-hidden="true" className="live-indicator-icon">
                  {STATE_ICON[connection]}{" "}
                </span>
                {tl(`state.${connection}`)}
              </span>
            </p>
            {connection === "offline" && (
              <button type="button" className="button button--secondary button--small" onClick={reconnect}>
                {tl("reconnect")}
              </button>
            )}
          </div>
        </section>
      )}
      {/* In the page from the start, so that what is put in it is announced. */}
      <p role="status" className="dash-announce" data-testid="figures-status">
        {announcement}
      </p>
      <DashboardView figures={figures} labels={labels} t={t} />
    </>
  );
}
