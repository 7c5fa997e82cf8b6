"use client";
// The inbox, live (issue "Live", "In the UI"). The page stays a server-rendered list that
// works without JavaScript; with it, these pieces listen to caseEvents (lib/ui/staff/
// live-feed.ts) from the event the list was rendered at:
// - <LiveInbox> owns the feed and what it has seen (lib/ui/staff/live-state.ts);
// - <LiveStatus> under the heading: the connection ("Live" / "Reconnecting…" /
//   "Offline", aria-live=polite) and the notices — a breach in a role=alert region, a
//   deadline warning or a new case in a role=status region — each naming the case (a
//   link) and the term, dismissible;
// - <LiveTableBody> the rows the server rendered, with the cases that just had a deadline
//   alert moved to the top and marked in words ("Deadline warning", "Overdue", "Just
//   arrived"); <LiveCaptionNote> says so in the table's caption.
//
// New rows come from the server: any event that can change a row refreshes the page's
// data (router.refresh(), coalesced), so a new complaint appears where the list's own
// order, filters and paging put it, with every column exactly as the server renders it,
// while the page keeps its scroll position, focus and typed filters. Nothing is inserted
// from the event alone (it lacks the subject, the sender's channel …), and no "show new
// cases" button is needed to see it; the polite notice says it has arrived and links to
// it even when it falls on another page or outside the filters.
import "@/lib/ui/staff/live.css";
import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type ReactNode,
} from "react";
import { useRouter } from "next/navigation";
import { createTranslator, useFormatter, useLocale } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { calendarDate } from "@/lib/i18n/dates";
import type { Messages } from "@/lib/i18n/messages";
import { useHydrated } from "@/lib/ui/use-hydrated";
import { useCaseEventFeed, type LiveConnection } from "@/lib/ui/staff/live-feed";
import { LiveIndicator } from "@/lib/ui/staff/live-indicator";
import {
  EMPTY_LIVE_STATE,
  applyLiveEvent,
  dismissNotice,
  isAlert,
  isEventId,
  maxId,
  orderRows,
  raisesRow,
  type LiveCaseEvent,
  type LiveNotice,
  type LiveState,
  type RowMark,
} from "@/lib/ui/staff/live-state";

export type LiveTexts = Messages["live"];

/** Events arriving close together cause one refresh of the list (ms). */
const REFRESH_DELAY_MS = 300;

// What this tab has seen, per staff member: in memory (kept across the workspace's
// client-side navigation: open a case, come back, the notices are still there) and the
// last event id in sessionStorage (kept across a reload of the tab). Never anything
// about a case in storage — a shared computer's next user must not read it.
const memory = new Map<string, LiveState>();
const storageKey = (viewerKey: string) => `harta.live.${viewerKey}.lastId`;

function readStoredId(viewerKey: string): string | null {
  try {
    const value = window.sessionStorage.getItem(storageKey(viewerKey));
    return isEventId(value) ? value : null;
  } catch {
    return null; // storage blocked: memory only
  }
}

function storeId(viewerKey: string, id: string): void {
  try {
    window.sessionStorage.setItem(storageKey(viewerKey), id);
  } catch {
    // storage blocked or full: memory only
  }
}

type Translate = ReturnType<typeof createTranslator<{ live: LiveTexts }, "live">>;

interface LiveContextValue {
  t: Translate;
  state: LiveState;
  connection: LiveConnection;
  reconnect: () => void;
  dismiss: (eventId: string) => void;
}

const LiveContext = createContext<LiveContextValue | null>(null);

export interface LiveInboxProps {
  /** The newest event id when the server listed the cases (null: unknown, start from now). */
  after: string | null;
  /** Whose inbox this is (the viewer's id): what the tab remembers is kept apart per person. */
  viewerKey: string;
  texts: LiveTexts;
  children: ReactNode;
}

export function LiveInbox({ after, viewerKey, texts, children }: LiveInboxProps) {
  const router = useRouter();
  const locale = useLocale();
  const t = useMemo(() => createTranslator({ locale, messages: { live: texts }, namespace: "live" }), [locale, texts]);
  // On a full page load the memory is empty (the server renders the same: no hydration
  // mismatch); after a client-side navigation back to the inbox it has this tab's notices.
  const [state, setState] = useState<LiveState>(() => (typeof window === "undefined" ? EMPTY_LIVE_STATE : (memory.get(viewerKey) ?? EMPTY_LIVE_STATE)));
  useEffect(() => {
    memory.set(viewerKey, state);
  }, [viewerKey, state]);

  const refreshTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const scheduleRefresh = useCallback(() => {
    if (refreshTimer.current !== null) return;
    refreshTimer.current = setTimeout(() => {
      refreshTimer.current = null;
      // Offline the fetch would fail (and Next would fall back to a full navigation):
      // the reconnect refreshes anyway.
      if (navigator.onLine === false) return;
      startTransition(() => router.refresh());
    }, REFRESH_DELAY_MS);
  }, [router]);
  useEffect(
    () => () => {
      if (refreshTimer.current !== null) clearTimeout(refreshTimer.current);
    },
    [],
  );

  const { connection, reconnect } = useCaseEventFeed({
    // Where the list ends; without it, the last id this tab saw; else from now.
    startAfter: () => (isEventId(after) ? after : readStoredId(viewerKey)),
    onEvent: (event: LiveCaseEvent) => {
      storeId(viewerKey, maxId(readStoredId(viewerKey), event.id)!);
      setState((s) => applyLiveEvent(s, event));
      scheduleRefresh();
    },
    onReconnected: scheduleRefresh,
  });

  const dismiss = useCallback((eventId: string) => setState((s) => dismissNotice(s, eventId)), []);
  const value = useMemo(() => ({ t, state, connection, reconnect, dismiss }), [t, state, connection, reconnect, dismiss]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

function useLive(): LiveContextValue | null {
  return useContext(LiveContext);
}


/** The connection and the notices; nothing without JavaScript (nothing is live then). */
export function LiveStatus() {
  const live = useLive();
  const hydrated = useHydrated();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  if (!live || !hydrated) return null;
  const { t, state, connection, reconnect, dismiss } = live;
  // Newest first in each region.
  const alerts = state.notices.filter((n) => isAlert(n.kind)).reverse();
  const others = state.notices.filter((n) => !isAlert(n.kind)).reverse();

  // The dismissed notice's button goes away with it: focus the next one, or the heading.
  const dismissAndMoveFocus = (eventId: string) => {
    dismiss(eventId);
    requestAnimationFrame(() => {
      const next = sectionRef.current?.querySelector<HTMLButtonElement>(".live-notice-dismiss");
      (next ?? headingRef.current)?.focus();
    });
  };

  return (
    <section className="live" aria-labelledby="live-heading" ref={sectionRef}>
      <h2 id="live-heading" className="visually-hidden" tabIndex={-1} ref={headingRef}>
        {t("title")}
      </h2>
      <LiveIndicator
        connection={connection}
        onReconnect={reconnect}
        title={t("title")}
        state={t(`state.${connection}`)}
        help={connection !== "live" ? t(`stateHelp.${connection}`) : null}
        reconnectLabel={t("reconnect")}
      />
      {/* Both regions are in the page before anything is put in them, so that screen readers announce additions. */}
      <div role="alert" className="live-notices" data-testid="live-alerts">
        {alerts.map((n) => (
          <Notice key={n.eventId} notice={n} t={t} onDismiss={dismissAndMoveFocus} />
        ))}
      </div>
      <div role="status" className="live-notices" data-testid="live-notices">
        {others.map((n) => (
          <Notice key={n.eventId} notice={n} t={t} onDismiss={dismissAndMoveFocus} />
        ))}
      </div>
    </section>
  );
}

const NOTICE_ICON: Record<LiveNotice["kind"], string> = { received: "✉", warning: "◷", breached: "⚠" };

function Notice({ notice, t, onDismiss }: { notice: LiveNotice; t: Translate; onDismiss: (eventId: string) => void }) {
  const format = useFormatter();
  const link = (chunks: ReactNode) => <Link href={`/staff/cases/${notice.caseId}`}>{chunks}</Link>;
  const values = { reference: notice.reference, case: link };
  const date = notice.dueDate ? format.dateTime(calendarDate(notice.dueDate), "long") : null;
  const text =
    notice.kind === "received"
      ? t.rich("received", values)
      : notice.kind === "warning"
        ? date
          ? t.rich("warning", { ...values, date })
          : t.rich("warningNoDate", values)
        : date
          ? t.rich("breached", { ...values, date })
          : t.rich("breachedNoDate", values);
  return (
    <div className={`live-notice live-notice--${notice.kind}`} data-case-id={notice.caseId}>
      <p className="live-notice-text">
        <span aria-hidden="true" className="live-notice-icon">
          {NOTICE_ICON[notice.kind]}{" "}
        </span>
        <time dateTime={notice.at} className="live-notice-time">
          {format.dateTime(new Date(notice.at), { hour: "2-digit", minute: "2-digit", hourCycle: "h23" })}
        </time>{" "}
        {text}
      </p>
      <button type="button" className="live-notice-dismiss" aria-label={t("dismissLabel", { reference: notice.reference })} onClick={() => onDismiss(notice.eventId)}>
        {t("dismiss")}
      </button>
    </div>
  );
}

/** Added to the table's caption while some rows are out of the usual order. */
export function LiveCaptionNote({ caseIds }: { caseIds: string[] }) {
  const live = useLive();
  if (!live || !caseIds.some((id) => raisesRow(live.state.pins[id]?.mark))) return null;
  return <span className="caption-live"> — {live.t("alertsFirst")}</span>;
}

export interface LiveRow {
  id: string;
  className?: string;
  /** The row header's content (the reference, a link). */
  header: ReactNode;
  /** The other cells (<td>s), as the server rendered them. */
  cells: ReactNode;
}

const FLAG_ICON: Record<RowMark, string> = { new: "✉", warning: "◷", overdue: "⚠" };

/** The table's body: the server's rows, alerted cases first, each mark in words. */
export function LiveTableBody({ rows }: { rows: LiveRow[] }) {
  const live = useLive();
  const pins = live?.state.pins ?? EMPTY_LIVE_STATE.pins;
  const ordered = useMemo(() => orderRows(rows, pins), [rows, pins]);

  // Moving rows moves DOM nodes, and a focused link that is moved loses focus: give it back.
  const focused = useRef<HTMLElement | null>(null);
  const onFocus = (e: FocusEvent<HTMLTableSectionElement>) => {
    focused.current = e.target;
  };
  const order = ordered.map((r) => r.id).join(" ");
  useLayoutEffect(() => {
    const el = focused.current;
    if (el && el.isConnected && (document.activeElement === document.body || document.activeElement === null)) el.focus({ preventScroll: true });
  }, [order]);

  return (
    <tbody onFocus={onFocus}>
      {ordered.map((r) => {
        const mark = pins[r.id]?.mark;
        const className = [r.className, mark && `is-live is-live--${mark}`].filter(Boolean).join(" ") || undefined;
        return (
          <tr key={r.id} className={className} data-case-id={r.id}>
            <th scope="row">
              {r.header}
              {mark && live && (
                <span className={`live-flag live-flag--${mark}`}>
                  <span aria-hidden="true">{FLAG_ICON[mark]} </span>
                  {live.t(`flag.${mark}`)}
                </span>
              )}
            </th>
            {r.cells}
          </tr>
        );
      })}
    </tbody>
  );
}
