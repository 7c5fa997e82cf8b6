// The live inbox's rules (lib/ui/staff/live-state.ts) and its backoff (live-feed.ts):
// which event raises which notice, which case goes to the top and with which mark, that
// a replayed event changes nothing, and how long the client waits between attempts.
import { describe, expect, it } from "vitest";
import {
  EMPTY_LIVE_STATE,
  MAX_NOTICES,
  applyLiveEvent,
  compareIds,
  dismissNotice,
  maxId,
  orderRows,
  type LiveCaseEvent,
  type LiveEventType,
  type LiveState,
} from "@/lib/ui/staff/live-state";
import { backoffMs, graphqlWsUrl } from "@/lib/ui/staff/live-feed";

function event(id: number, type: LiveEventType, caseId: string, nextDueDate: string | null = "2026-09-14"): LiveCaseEvent {
  return {
    id: String(id),
    type,
    at: "2026-07-14T10:00:00.000Z",
    case: {
      id: caseId,
      reference: `MG-2026-${caseId.padStart(6, "0")}`,
      kind: "COMPLAINT",
      status: "RECEIVED",
      departmentCode: "INF",
      assigneeId: null,
      nextDueAt: null,
      nextDueDate,
    },
  };
}

const apply = (state: LiveState, ...events: LiveCaseEvent[]) => events.reduce((s, e) => applyLiveEvent(s, e), state);

describe("live inbox state", () => {
  it("compares ids as numbers, however long", () => {
    expect(compareIds("9", "10")).toBeLessThan(0);
    expect(compareIds("123456789012345678", "123456789012345679")).toBeLessThan(0);
    expect(compareIds("42", "42")).toBe(0);
    expect(maxId(null, "3")).toBe("3");
    expect(maxId("11", "9")).toBe("11");
  });

  it("a new case: a polite notice and the mark 'new', in the list's own place", () => {
    const s = apply(EMPTY_LIVE_STATE, event(5, "CASE_RECEIVED", "1"));
    expect(s.lastId).toBe("5");
    expect(s.notices).toEqual([expect.objectContaining({ eventId: "5", kind: "received", reference: "MG-2026-000001" })]);
    expect(s.pins["1"]?.mark).toBe("new");
    expect(orderRows([{ id: "0" }, { id: "1" }], s.pins).map((r) => r.id)).toEqual(["0", "1"]);
  });

  it("a warning then a breach: the case goes to the top, newest alert first, and stays overdue", () => {
    const rows = ["a", "b", "c", "d"].map((id) => ({ id }));
    let s = apply(EMPTY_LIVE_STATE, event(1, "SLA_WARNING", "c"), event(2, "SLA_BREACHED", "d"));
    expect(orderRows(rows, s.pins).map((r) => r.id)).toEqual(["d", "c", "a", "b"]);
    s = apply(s, event(3, "SLA_WARNING", "b"));
    expect(orderRows(rows, s.pins).map((r) => r.id)).toEqual(["b", "d", "c", "a"]);
    expect(s.pins["b"]?.mark).toBe("warning");
    // A later warning (another term) of a case already overdue keeps "overdue".
    s = apply(s, event(4, "SLA_WARNING", "d"));
    expect(s.pins["d"]?.mark).toBe("overdue");
    expect(s.notices.map((n) => [n.eventId, n.kind])).toEqual([
      ["1", "warning"],
      ["2", "breached"],
      ["3", "warning"],
      ["4", "warning"],
    ]);
  });

  it("an answered or closed case loses its mark; its notice stays", () => {
    const s = apply(EMPTY_LIVE_STATE, event(1, "SLA_BREACHED", "x"), event(2, "CASE_ANSWERED", "x"));
    expect(s.pins).toEqual({});
    expect(s.notices).toHaveLength(1);
    expect(s.lastId).toBe("2");
  });

  it("a replayed event (id at or below the last one) changes nothing", () => {
    const s = apply(EMPTY_LIVE_STATE, event(7, "SLA_WARNING", "x"));
    expect(applyLiveEvent(s, event(7, "SLA_WARNING", "x"))).toBe(s);
    expect(applyLiveEvent(s, event(6, "SLA_BREACHED", "y"))).toBe(s);
  });

  it("keeps the newest notices per region, and dismisses one", () => {
    let s = EMPTY_LIVE_STATE;
    for (let i = 1; i <= MAX_NOTICES + 2; i++) s = applyLiveEvent(s, event(i, "CASE_RECEIVED", `c${i}`));
    s = applyLiveEvent(s, event(100, "SLA_BREACHED", "c1"));
    const polite = s.notices.filter((n) => n.kind === "received");
    expect(polite.map((n) => n.eventId)).toEqual(["3", "4", "5", "6", "7"]);
    expect(s.notices.filter((n) => n.kind === "breached")).toHaveLength(1);
    expect(dismissNotice(s, "100").notices.some((n) => n.eventId === "100")).toBe(false);
  });
});

describe("live feed connection", () => {
  it("waits 1 s, 2 s, 4 s … at most 30 s, between half and all of it", () => {
    expect(backoffMs(0, () => 0)).toBe(500);
    expect(backoffMs(0, () => 1)).toBe(1000);
    expect(backoffMs(3, () => 1)).toBe(8000);
    expect(backoffMs(10, () => 1)).toBe(30_000);
    expect(backoffMs(1000, () => 0)).toBe(15_000);
  });

  it("talks to /api/graphql on the page's own host", () => {
    expect(graphqlWsUrl({ protocol: "http:", host: "localhost:3000" })).toBe("ws://localhost:3000/api/graphql");
    expect(graphqlWsUrl({ protocol: "https:", host: "harta.momchilgrad.bg" })).toBe("wss://harta.momchilgrad.bg/api/graphql");
  });
});
