// The dashboard's pure parts: who gets which scope, the default range, filter checks
// and the weeks of a trend.
import { describe, expect, it } from "vitest";
import { PUBLIC_SCOPE, dashboardScope, defaultDashboardFilter, validateDashboardFilter } from "@/lib/dashboard/types";
import { weeksOf } from "@/lib/dashboard/periods";
import { isAppError } from "@/lib/errors";

const fieldsOf = (fn: () => unknown): string[] => {
  try {
    fn();
    return [];
  } catch (error) {
    if (!isAppError(error)) throw error;
    return error.fieldErrors.map((e) => `${e.field}:${e.code}`);
  }
};

describe("dashboard scope", () => {
  it("the manager and the public count every kind but the restricted ones", () => {
    const manager = dashboardScope({ role: "MANAGER", departmentId: null })!;
    expect(manager.kinds).not.toContain("CORRUPTION_SIGNAL");
    expect(manager.kinds).not.toContain("WHISTLEBLOWER_REPORT");
    expect(manager.kinds).toHaveLength(8);
    expect(manager.departmentId).toBeNull();
    expect(PUBLIC_SCOPE.kinds).toEqual(manager.kinds);
  });

  it("a head counts their department; the integrity officer the restricted kinds; others nothing", () => {
    expect(dashboardScope({ role: "HEAD", departmentId: "d1" }, "INF")).toMatchObject({ audience: "DEPARTMENT", departmentId: "d1", departmentCode: "INF" });
    expect(dashboardScope({ role: "HEAD", departmentId: null })).toBeNull();
    expect(dashboardScope({ role: "INTEGRITY", departmentId: "int" })).toMatchObject({
      audience: "INTEGRITY",
      kinds: ["CORRUPTION_SIGNAL", "WHISTLEBLOWER_REPORT"],
      departmentId: null,
    });
    for (const role of ["CLERK", "OFFICER", "ADMIN"] as const) expect(dashboardScope({ role, departmentId: "d1" })).toBeNull();
  });
});

describe("dashboard filter", () => {
  const now = new Date("2026-03-31T21:30:00Z"); // already 1 April in Sofia (UTC+3)

  it("defaults to the 12 months up to today, in Sofia days", () => {
    expect(defaultDashboardFilter(now)).toEqual({ from: "2025-04-02", to: "2026-04-01" });
    expect(validateDashboardFilter(null, { now })).toEqual({
      from: "2025-04-02",
      to: "2026-04-01",
      departmentCode: null,
      kind: null,
      channel: null,
      serviceUnitCode: null,
    });
  });

  it("names each bad field", () => {
    const manager = dashboardScope({ role: "MANAGER", departmentId: null })!;
    const known = { departments: ["INF", "ENV"], serviceUnits: ["CSI"] };
    const check = (input: Parameters<typeof validateDashboardFilter>[0], scope = manager) =>
      fieldsOf(() => validateDashboardFilter(input, { now, scope, known }));
    expect(check({ from: "2026-13-01", to: "x" })).toEqual(["from:INVALID_DATE", "to:INVALID_DATE"]);
    expect(check({ from: "2026-03-02", to: "2026-03-01" })).toEqual(["to:RANGE_REVERSED"]);
    expect(check({ from: "2020-03-01", to: "2026-03-01" })).toEqual(["from:RANGE_TOO_LONG"]); // exactly 6 years and a day
    expect(check({ from: "2020-03-02", to: "2026-03-01" })).toEqual([]);
    expect(check({ kind: ["WHISTLEBLOWER_REPORT"] })).toEqual(["kind:INVALID_CHOICE"]);
    expect(check({ channel: ["PIGEON" as never] })).toEqual(["channel:INVALID_CHOICE"]);
    expect(check({ departmentCode: "XYZ", serviceUnitCode: "GRAO" })).toEqual(["departmentCode:INVALID_CHOICE", "serviceUnitCode:INVALID_CHOICE"]);
    const head = dashboardScope({ role: "HEAD", departmentId: "d1" }, "INF")!;
    expect(check({ departmentCode: "ENV" }, head)).toEqual(["departmentCode:INVALID_CHOICE"]);
    expect(check({ departmentCode: " INF " }, head)).toEqual([]);
  });
});

describe("weeks of a trend", () => {
  it("Monday-first weeks, the first and last clipped to the range", () => {
    // 2026-11-04 is a Wednesday; 2026-11-17 a Tuesday.
    expect(weeksOf("2026-11-04", "2026-11-17")).toEqual([
      { weekStart: "2026-11-02", from: "2026-11-04", to: "2026-11-08" },
      { weekStart: "2026-11-09", from: "2026-11-09", to: "2026-11-15" },
      { weekStart: "2026-11-16", from: "2026-11-16", to: "2026-11-17" },
    ]);
    expect(weeksOf("2025-12-01", "2026-11-30")).toHaveLength(53);
  });
});
