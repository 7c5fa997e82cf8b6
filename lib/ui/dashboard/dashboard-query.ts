// The dashboard's address ⇄ its filters. Everything is in the query string of a GET form,
// so a filtered dashboard can be bookmarked and shared, and works without JavaScript; the
// live client reads the same filter to refetch the figures. Bad input is reported per
// field (the form shows each message next to its field) and the figures are then shown
// without that filter rather than not at all.
import { CHANNELS, KINDS, type Channel, type Kind } from "@/lib/domain/kinds";
import { addYearsIso, isIsoDate, type IsoDate } from "@/lib/domain/iso-date";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The form's values as typed (strings), echoed back into the form. */
export interface DashboardQuery {
  from: string;
  to: string;
  department: string;
  kind: string;
  channel: string;
  unit: string;
}

/** The checked filter: only values that passed. Dates are Sofia calendar days (YYYY-MM-DD), both ends included. */
export interface CheckedDashboardQuery {
  from: string | null;
  to: string | null;
  department: string | null;
  kind: Kind | null;
  channel: Channel | null;
  unit: string | null;
}

export type DashboardFieldError = { field: keyof DashboardQuery; code: "INVALID_DATE" | "FROM_AFTER_TO" | "INVALID_CHOICE" | "RANGE_TOO_LONG" };


const one = (v: string | string[] | undefined): string => ((Array.isArray(v) ? v[0] : v) ?? "").trim();

export function parseDashboardQuery(sp: SearchParams): DashboardQuery {
  return { from: one(sp.from), to: one(sp.to), department: one(sp.department), kind: one(sp.kind), channel: one(sp.channel), unit: one(sp.unit) };
}

/** A real calendar day written YYYY-MM-DD (what <input type="date"> sends), not before 2000. */
function isCalendarDay(s: string): s is IsoDate {
  return isIsoDate(s) && s >= "2000-01-01";
}

/**
 * Checks the typed query against the codes that exist. `departments`/`units` are the
 * codes offered; `fixedDepartment` is a head's own department (the field is not offered
 * and any value in the address is ignored: a head sees their department, full stop).
 */
export function checkDashboardQuery(
  q: DashboardQuery,
  options: { departments: readonly string[]; units: readonly string[]; fixedDepartment?: string | null; kinds?: readonly Kind[]; maxYears: number },
): { checked: CheckedDashboardQuery; errors: DashboardFieldError[] } {
  const errors: DashboardFieldError[] = [];
  const date = (field: "from" | "to") => {
    const v = q[field];
    if (!v) return null;
    if (!isCalendarDay(v)) {
      errors.push({ field, code: "INVALID_DATE" });
      return null;
    }
    return v;
  };
  let from = date("from");
  let to = date("to");
  if (from && to && from > to) {
    errors.push({ field: "from", code: "FROM_AFTER_TO" });
    from = to = null;
  } else if (from && to && addYearsIso(from, options.maxYears) <= to) {
    errors.push({ field: "to", code: "RANGE_TOO_LONG" });
    from = to = null;
  }
  const choice = <T extends string>(field: keyof DashboardQuery, allowed: readonly T[]): T | null => {
    const v = q[field];
    if (!v) return null;
    if (!(allowed as readonly string[]).includes(v)) {
      errors.push({ field, code: "INVALID_CHOICE" });
      return null;
    }
    return v as T;
  };
  const department = options.fixedDepartment !== undefined ? (options.fixedDepartment ?? null) : choice("department", options.departments);
  const kind = choice("kind", options.kinds ?? KINDS);
  const channel = choice("channel", CHANNELS);
  const unit = choice("unit", options.units);
  return { checked: { from, to, department, kind, channel, unit }, errors };
}

/** The dashboard address for a (checked or typed) query, relative to the locale. */
export function dashboardHref(q: Partial<Record<keyof DashboardQuery, string | null>>): string {
  const p = new URLSearchParams();
  for (const key of ["from", "to", "department", "kind", "channel", "unit"] as const) {
    const v = q[key];
    if (v) p.set(key, v);
  }
  const s = p.toString();
  return s ? `/staff/dashboard?${s}` : "/staff/dashboard";
}
