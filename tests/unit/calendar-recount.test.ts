// recountForCalendar: which open terms a calendar change moves, and to what state.
import { describe, expect, it } from "vitest";
import { recountForCalendar, type ClockRow } from "@/lib/cases/clocks";
import { WorkingCalendar } from "@/lib/domain/calendar";
import { computeClocks, startOfSofiaDay } from "@/lib/domain/deadlines";
import { DEFAULT_POLICIES, type KindPolicy } from "@/lib/domain/policy";

const receivedAt = new Date(startOfSofiaDay("2026-11-16").getTime() + 10 * 3600_000); // Mon; 2 months → Sat 16 Jan 2027
const base = new WorkingCalendar();
const rows = (state = "RUNNING"): ClockRow[] =>
  computeClocks(DEFAULT_POLICIES.COMPLAINT, receivedAt, base).map((d, i) => ({
    id: `c${i}`,
    clock: d.clock,
    dueDate: new Date(`${d.dueDate}T00:00:00Z`),
    dueAt: d.dueAt,
    warnAt: d.warnAt,
    state,
    metAt: null,
  }));
const NOW = new Date("2026-12-01T10:00:00Z");
const c = (state?: string) => ({ kind: "COMPLAINT" as const, receivedAt, clocks: rows(state) });

describe("recountForCalendar", () => {
  it("a working Saturday pulls a rolled-forward due date back", () => {
    const after = new WorkingCalendar({ workingDays: ["2027-01-16"] });
    const moved = recountForCalendar(c(), [DEFAULT_POLICIES.COMPLAINT], base, after, NOW);
    // NOTIFY: 16 + 7 = Sat 23 → Mon 25 as before, and its warning (Wed 20) too.
    expect(moved.map((m) => [m.clock, m.before.dueDate, m.dueDate])).toEqual([["DECIDE", "2027-01-18", "2027-01-16"]]);
  });

  it("does not shorten a term counted under a policy that has changed since (no candidate matches)", () => {
    const changed: KindPolicy = { ...DEFAULT_POLICIES.COMPLAINT, clocks: [{ clock: "DECIDE", term: { days: 30 }, from: "RECEIPT", basis: "x" }] };
    const after = new WorkingCalendar({ workingDays: ["2027-01-16"] });
    // (Its warning, 3 working days before, moves: Saturday the 16th now counts.)
    expect(recountForCalendar(c(), [changed], base, after, NOW).find((m) => m.clock === "DECIDE")?.dueDate).toBe("2027-01-18");
    // …but a day off on its last day still moves it.
    const dayOff = new WorkingCalendar({ daysOff: ["2027-01-18"] });
    expect(recountForCalendar(c(), [changed], base, dayOff, NOW).find((m) => m.clock === "DECIDE")?.dueDate).toBe("2027-01-19");
  });

  it("keeps PAUSED clocks paused, and leaves warning and breaching to the sweeper", () => {
    const after = new WorkingCalendar({ daysOff: ["2027-01-18"] });
    expect(recountForCalendar(c("PAUSED"), [DEFAULT_POLICIES.COMPLAINT], base, after, NOW).every((m) => m.state === "PAUSED")).toBe(true);
    const late = new Date("2027-01-19T12:00:00Z"); // past the old due instant, before the new one
    const decide = recountForCalendar(c("BREACHED"), [DEFAULT_POLICIES.COMPLAINT], base, after, late).find((m) => m.clock === "DECIDE")!;
    expect(decide).toMatchObject({ dueDate: "2027-01-19", state: "WARNED" });
    const running = recountForCalendar(c("RUNNING"), [DEFAULT_POLICIES.COMPLAINT], base, after, late).find((m) => m.clock === "DECIDE");
    expect(running?.state).toBe("RUNNING");
  });

  it("moves nothing when the change is after every term", () => {
    expect(recountForCalendar(c(), [DEFAULT_POLICIES.COMPLAINT], base, new WorkingCalendar({ daysOff: ["2027-03-01"] }), NOW)).toEqual([]);
  });
});
