// The live dashboard refetches the numbers only (with every drill-down filter the query
// would exceed the API's field budget) and keeps each figure's drill-down from the page:
// matched by path and by row key, never by position, so a reordered breakdown keeps the
// right links; a row that is new has none (the page then asks the server for a render).
import { describe, expect, it } from "vitest";
import { parse, validate, specifiedRules } from "graphql";
import { queryLimitsRule } from "@/graphql/limits";
import { schema } from "@/graphql/schema";
import { DASHBOARD_QUERY, withDrills } from "@/lib/ui/dashboard/live-merge";

describe("live dashboard: fresh numbers, the page's drill-downs", () => {
  it("keeps each count's drill, matching rows by key even when their order changed", () => {
    const previous = {
      received: { count: 1, drill: { receivedFrom: "2026-01-01" } },
      rows: [
        { key: "tr", received: { count: 1, drill: { locale: ["tr"] } } },
        { key: "bg", received: { count: 5, drill: { locale: ["bg"] } } },
      ],
    };
    const fresh = {
      received: { count: 2 },
      rows: [
        { key: "bg", received: { count: 5 } },
        { key: "tr", received: { count: 2 } },
        { key: "en", received: { count: 1 } },
      ],
    };
    const missing = { count: 0 };
    expect(withDrills(fresh, previous, missing)).toEqual({
      received: { count: 2, drill: { receivedFrom: "2026-01-01" } },
      rows: [
        { key: "bg", received: { count: 5, drill: { locale: ["bg"] } } },
        { key: "tr", received: { count: 2, drill: { locale: ["tr"] } } },
        { key: "en", received: { count: 1, drill: null } },
      ],
    });
    expect(missing.count).toBe(1);
  });

  it("the refetch query is valid against the schema and within the API's limits", () => {
    expect(validate(schema, parse(DASHBOARD_QUERY), [...specifiedRules, queryLimitsRule]).map((e) => e.message)).toEqual([]);
    // …which it would not be with each figure's drill-down filter: hence the merge above.
    const withFilters = DASHBOARD_QUERY.replaceAll("{ count }", "{ count drill { kind channel departmentCode receivedFrom receivedTo clock timeliness } }");
    expect(validate(schema, parse(withFilters), [queryLimitsRule]).map((e) => e.message).join(" ")).toMatch(/Query too large: fields/);
  });
});
