// What the dashboard page and its CSV download both do first: who may see which figures
// (lib/dashboard scopeForViewer: manager, heads for their department, the integrity
// officer for restricted kinds; nobody else), the form's query checked field by field,
// the figures for it (getDashboard), and the names of every code in the reader's
// language. One function, so the page and the file can never disagree on a figure.
import type { Viewer } from "@/lib/auth/viewer";
import { CHANNELS, CLOCK_TYPES, KINDS, type Locale } from "@/lib/domain/kinds";
import { isAppError } from "@/lib/errors";
import { message } from "@/lib/i18n/lookup";
import { getReferenceData } from "@/lib/cases/reference-data";
import { NOT_OWED_REASONS } from "@/lib/cases/list-cases";
import { getDashboard, scopeForViewer } from "@/lib/dashboard/get-dashboard";
import { DASHBOARD_LIMITS, type DashboardFigures, type DashboardFilter, type DashboardScope } from "@/lib/dashboard/types";
import { checkDashboardQuery, parseDashboardQuery, type DashboardFieldError, type DashboardQuery, type SearchParams } from "./dashboard-query";
import type { DashboardLabels } from "./dashboard-view";
import { LANGUAGE_CODES } from "./labels";

export interface LoadedDashboard {
  scope: DashboardScope;
  /** The form's values as typed. */
  query: DashboardQuery;
  errors: DashboardFieldError[];
  /** What was asked of getDashboard (empty dates: the default range). */
  filter: Partial<DashboardFilter>;
  figures: DashboardFigures;
  labels: DashboardLabels;
  reference: Awaited<ReturnType<typeof getReferenceData>>;
}

/** getDashboard's field names → the form's. */
const FORM_FIELD: Record<string, keyof DashboardQuery> = {
  from: "from",
  to: "to",
  departmentCode: "department",
  kind: "kind",
  channel: "channel",
  serviceUnitCode: "unit",
};

/** validateDashboardFilter's codes (lib/dashboard/types.ts) → the form's messages. */
const FORM_CODE: Partial<Record<string, DashboardFieldError["code"]>> = {
  INVALID_DATE: "INVALID_DATE",
  RANGE_REVERSED: "FROM_AFTER_TO",
  RANGE_TOO_LONG: "RANGE_TOO_LONG",
};

/** null: this viewer has no dashboard (the page answers "not found"). */
export async function loadDashboard(viewer: Viewer, locale: Locale, sp: SearchParams, now = new Date()): Promise<LoadedDashboard | null> {
  const scope = await scopeForViewer(viewer);
  if (!scope) return null;
  const reference = await getReferenceData(locale);
  const query = parseDashboardQuery(sp);
  const { checked, errors } = checkDashboardQuery(query, {
    departments: reference.departments.map((d) => d.code),
    units: reference.serviceUnits.map((u) => u.code),
    // A head's figures are their department's whatever the address says.
    fixedDepartment: scope.audience === "DEPARTMENT" ? scope.departmentCode : undefined,
    kinds: scope.kinds,
    maxYears: DASHBOARD_LIMITS.maxRangeYears,
  });
  let filter: Partial<DashboardFilter> = {
    ...(checked.from ? { from: checked.from } : {}),
    ...(checked.to ? { to: checked.to } : {}),
    departmentCode: scope.audience === "DEPARTMENT" ? null : checked.department,
    kind: checked.kind ? [checked.kind] : null,
    channel: checked.channel ? [checked.channel] : null,
    serviceUnitCode: checked.unit,
  };
  let figures: DashboardFigures;
  try {
    figures = await getDashboard({ viewer, filter, now });
  } catch (error) {
    // Anything the form's own checks let through (e.g. only "to", before the default
    // "from"): say so at the field, and show the figures without the filters.
    if (!isAppError(error) || error.code !== "BAD_INPUT") throw error;
    for (const e of error.fieldErrors) {
      const field = FORM_FIELD[e.field];
      if (field && !errors.some((x) => x.field === field)) errors.push({ field, code: FORM_CODE[e.code] ?? "INVALID_CHOICE" });
    }
    filter = {};
    figures = await getDashboard({ viewer, filter, now });
  }
  const names = (list: { code: string; name: string }[]) => Object.fromEntries(list.map((x) => [x.code, x.name]));
  const labels: DashboardLabels = {
    kinds: Object.fromEntries(KINDS.map((k) => [k, message(locale, `kinds.${k}.name`)])),
    channels: Object.fromEntries(CHANNELS.map((c) => [c, message(locale, `channels.${c}`)])),
    clocks: Object.fromEntries(CLOCK_TYPES.map((c) => [c, message(locale, `workspace.clocks.${c}`)])),
    departments: names(reference.departments),
    serviceUnits: names(reference.serviceUnits),
    categories: names(reference.categories),
    languages: Object.fromEntries(LANGUAGE_CODES.map((l) => [l, message(locale, `dashboard.languages.${l}`)])),
    notOwed: Object.fromEntries(NOT_OWED_REASONS.map((r) => [r, message(locale, `dashboard.notOwedReasons.${r}`)])),
  };
  return { scope, query, errors, filter, figures, labels, reference };
}
