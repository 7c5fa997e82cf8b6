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
// The refetch asks for the numbers only and keeps the page's drill-down links (why and
// how: ./live-merge.ts); a figure that is new brings a fresh server render.
import "@/lib/ui/staff/live.css";
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { createTranslator, useFormatter, useLocale } from "next-intl";
import type { DashboardFigures, DashboardFilter } from "@/lib/dashboard/types";
import type { Messages } from "@/lib/i18n/messages";
import { useHydrated } from "@/lib/ui/use-hydrated";
import { GRAPHQL_PATH, useCaseEventFeed } from "@/lib/ui/staff/live-feed";
import { LiveIndicator } from "@/lib/ui/staff/live-indicator";
import { LIVE_EVENT_TYPES, isEventId } from "@/lib/ui/staff/live-state";
import { DashboardView, type DashboardLabels, type DashboardTexts } from "./dashboard-view";
import { DASHBOARD_QUERY, mergeFigures, type Json } from "./live-merge";

/** Wait after the first event of a burst before refetching (ms). */
export const REFETCH_DELAY_MS = 500;

/** Events that can change a figure: the inbox's, and a citizen's rating (satisfaction). */
export const DASHBOARD_EVENT_TYPES = [...LIVE_EVENT_TYPES, "RATING_RECEIVED"] as const;

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
          <LiveIndicator
            connection={connection}
            onReconnect={reconnect}
            title={tl("title")}
            state={tl(`state.${connection}`)}
            help={null}
            reconnectLabel={tl("reconnect")}
          />
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
