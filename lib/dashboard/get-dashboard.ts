// getDashboard: the use case behind the staff dashboard and the GraphQL `dashboard`
// query. Access: the manager, heads (their department) and the integrity officer
// (restricted kinds only) — see dashboardScope in types.ts; everyone else FORBIDDEN.
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { requireViewer } from "@/lib/cases/access";
import { referenceIndex } from "@/lib/cases/reference-data";
import { loadFigures } from "./figures";
import { dashboardScope, validateDashboardFilter, type DashboardFigures, type DashboardFilter, type DashboardFilterInput, type DashboardScope } from "./types";

/** The viewer's dashboard scope (null: no dashboard), with their department's code filled in. */
export async function scopeForViewer(viewer: Viewer): Promise<DashboardScope | null> {
  const ref = await referenceIndex();
  const departmentCode = viewer.departmentId ? (ref.departments.get(viewer.departmentId)?.code ?? null) : null;
  return dashboardScope(viewer, departmentCode);
}

/** Checks a filter against the existing codes and the scope's choices (BAD_INPUT per field). */
export async function resolveDashboardFilter(
  input: DashboardFilterInput | null | undefined,
  scope: DashboardScope,
  now: Date,
): Promise<DashboardFilter> {
  const ref = await referenceIndex();
  return validateDashboardFilter(input, {
    now,
    scope,
    known: {
      departments: [...ref.departments.values()].map((d) => d.code),
      serviceUnits: [...ref.serviceUnits.values()].map((u) => u.code),
    },
  });
}

export async function getDashboard(options: {
  viewer: Viewer | null | undefined;
  filter?: DashboardFilterInput | null;
  now?: Date;
}): Promise<DashboardFigures> {
  const viewer = requireViewer(options.viewer);
  const now = options.now ?? new Date();
  const scope = await scopeForViewer(viewer);
  if (!scope) throw new AppError("FORBIDDEN", "this role has no dashboard");
  const filter = await resolveDashboardFilter(options.filter, scope, now);
  return loadFigures(scope, filter, { now });
}
