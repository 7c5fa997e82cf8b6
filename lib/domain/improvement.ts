// Who may do what with the improvement-action register (charter commitment 12: feedback
// is analysed and acted on). Pure; lib/improvement applies it.
//
// Decisions where the issue is silent:
// - Management (MANAGER) keeps the register for the whole municipality: reads, creates,
//   edits every action, for any department or none (municipality-wide).
// - A head keeps the actions of their own department (read, create, edit); they do not see
//   other departments' or municipality-wide actions (NOT_FOUND), as with cases.
// - The integrity officer reads every action (to see what changed after signals) but does
//   not keep the register.
// - Officers, clerks and administrators: no access (FORBIDDEN); the public sees the summary.
// - Linking a case needs the right to read it (else NOT_FOUND, no existence oracle), and
//   the list of linked cases shows each viewer only the cases they may read.
import type { Actor, Decision } from "./access";

export const IMPROVEMENT_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE", "CANCELLED"] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];

/** The actions a viewer reads: all, those of one department, or none. */
export type ImprovementScope = { all: true } | { all: false; departmentId: string } | null;

export function improvementReadScope(viewer: Actor | null): ImprovementScope {
  if (!viewer) return null;
  if (viewer.role === "MANAGER" || viewer.role === "INTEGRITY") return { all: true };
  if (viewer.role === "HEAD" && viewer.departmentId) return { all: false, departmentId: viewer.departmentId };
  return null;
}

/** Reading the register at all. */
export function canReadImprovements(viewer: Actor | null): Decision {
  if (!viewer) return "UNAUTHENTICATED";
  return improvementReadScope(viewer) ? "ALLOW" : "FORBIDDEN";
}

/** Creating an action for `departmentId` (null: municipality-wide). */
export function canCreateImprovement(viewer: Actor | null, departmentId: string | null): Decision {
  if (!viewer) return "UNAUTHENTICATED";
  if (viewer.role === "MANAGER") return "ALLOW";
  if (viewer.role === "HEAD" && viewer.departmentId !== null && departmentId === viewer.departmentId) return "ALLOW";
  return "FORBIDDEN";
}

/** Changing an existing action (its fields, status, linked cases). */
export function canEditImprovement(viewer: Actor | null, action: { departmentId: string | null }): Decision {
  if (!viewer) return "UNAUTHENTICATED";
  const scope = improvementReadScope(viewer);
  if (!scope) return "FORBIDDEN";
  if (!scope.all && action.departmentId !== scope.departmentId) return "NOT_FOUND";
  if (viewer.role === "MANAGER") return "ALLOW";
  if (viewer.role === "HEAD") return "ALLOW";
  return "FORBIDDEN";
}
