// The inbox's address carries every case-list filter, so a dashboard figure's drill-down
// (a CaseFilter) becomes a link whose list is exactly the figure's cases: the filter read
// back from the address equals the one the link was made from. And the dashboard's form
// reports bad input per field.
import { describe, expect, it } from "vitest";
import type { CaseFilter } from "@/lib/cases/list-cases";
import { activeFilters, caseFilterHref, parseInboxQuery, toCaseFilter, withoutFilter, type SearchParams } from "@/app/[locale]/staff/(workspace)/cases/inbox-query";
import { checkDashboardQuery, parseDashboardQuery } from "@/lib/ui/dashboard/dashboard-query";

function readBack(href: string): CaseFilter {
  const url = new URL(href, "http://x");
  const sp: SearchParams = {};
  for (const key of new Set(url.searchParams.keys())) sp[key] = url.searchParams.getAll(key);
  const filter = toCaseFilter(parseInboxQuery(sp), "viewer-id");
  // Only the fields that are set (toCaseFilter spells every field out, as null).
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== null)) as CaseFilter;
}

describe("inbox address ⇄ case-list filter", () => {
  const drills: CaseFilter[] = [
    { kind: ["CORRUPTION_SIGNAL", "WHISTLEBLOWER_REPORT"], receivedFrom: "2025-12-01", receivedTo: "2026-11-29" },
    { departmentCode: "INF", channel: ["WEB"], serviceUnitCode: "MAIN", clock: "DECIDE", timeliness: "LATE" },
    { status: ["RECEIVED", "IN_PROGRESS", "AWAITING_CITIZEN"], dueWithinDays: 7, overdue: false },
    { overdue: true, unrouted: true },
    { uncategorised: true, withoutServiceUnit: true, locale: ["tr"], anonymous: false, answered: true },
    { notOwedReason: "KIND_POLICY", answeredFrom: "2026-11-23", answeredTo: "2026-11-29", timeliness: "ON_TIME" },
    { ratingLinkSent: true, rated: false },
    { rated: true, ratingScore: 5, categoryCode: "LIGHT" },
  ];
  for (const drill of drills) {
    it(`round-trips ${JSON.stringify(drill)}`, () => {
      expect(readBack(caseFilterHref(drill))).toEqual(drill);
    });
  }

  it("lists the filters in force and removes one, back on the first page", () => {
    const q = parseInboxQuery({ kind: ["PRAISE", "COMPLAINT"], lang: "tr", overdue: "0", after: "abc", back: ["x"] });
    expect(activeFilters(q)).toEqual(["kind", "overdue", "lang"]);
    const without = withoutFilter(q, "kind");
    expect(activeFilters(without)).toEqual(["overdue", "lang"]);
    expect(without.after).toBeNull();
    expect(without.back).toEqual([]);
  });
});

describe("dashboard filter form", () => {
  const options = { departments: ["INF", "ECO"], units: ["MAIN"], maxYears: 6 };
  it("accepts a range and known codes", () => {
    const { checked, errors } = checkDashboardQuery(parseDashboardQuery({ from: "2026-01-01", to: "2026-03-31", department: "INF", kind: "COMPLAINT", unit: "MAIN" }), options);
    expect(errors).toEqual([]);
    expect(checked).toEqual({ from: "2026-01-01", to: "2026-03-31", department: "INF", kind: "COMPLAINT", channel: null, unit: "MAIN" });
  });
  it("reports a start after the end, a date that does not exist and an unknown code, each at its field", () => {
    expect(checkDashboardQuery(parseDashboardQuery({ from: "2026-05-01", to: "2026-04-01" }), options).errors).toEqual([{ field: "from", code: "FROM_AFTER_TO" }]);
    expect(checkDashboardQuery(parseDashboardQuery({ to: "2026-02-30" }), options).errors).toEqual([{ field: "to", code: "INVALID_DATE" }]);
    expect(checkDashboardQuery(parseDashboardQuery({ department: "XXX", channel: "PIGEON" }), options).errors).toEqual([
      { field: "department", code: "INVALID_CHOICE" },
      { field: "channel", code: "INVALID_CHOICE" },
    ]);
    expect(checkDashboardQuery(parseDashboardQuery({ from: "2010-01-01", to: "2026-01-01" }), options).errors).toEqual([{ field: "to", code: "RANGE_TOO_LONG" }]);
  });
  it("fixes a head's department whatever the address says, and offers only the scope's kinds", () => {
    const { checked, errors } = checkDashboardQuery(parseDashboardQuery({ department: "ECO", kind: "CORRUPTION_SIGNAL" }), { ...options, fixedDepartment: "INF", kinds: ["COMPLAINT"] });
    expect(checked.department).toBe("INF");
    expect(errors).toEqual([{ field: "kind", code: "INVALID_CHOICE" }]);
  });
});
