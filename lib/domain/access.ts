// Who may do what with a case (issue "Staff workspace", "Access rules"). Pure: a viewer
// and the facts of a case in, a decision out; no I/O. lib/cases/access.ts turns the same
// read scope into a Prisma filter, so a list and a single lookup can never disagree.
//
// Deny by default. A staff member with no relation to a case gets NOT_FOUND, never
// FORBIDDEN: "forbidden" would confirm that the case exists (style.md, documenso).
// FORBIDDEN is for someone who may read the case but not do this to it.
//
// Decisions where the issue text is silent (documented here and in the issue note):
// - Triage queue (cases with no department): heads of every department and management
//   read it; heads may triage it. Unrouted cases of restricted kinds are the integrity
//   officer's, like every case of a restricted kind.
// - The integrity officer also reads and handles ordinary cases routed to their own
//   unit (department INT), as that unit's head.
// - Officers read every case of their department but write (notes, drafts, attachments,
//   requests for information) only on cases assigned to them.
// - Notes: whoever works on the case (assigned officer, head, integrity officer). The
//   manager is read-only, clerks and administrators never read content.
// - Approving an answer: the head of the case's department (integrity officer for
//   restricted kinds). A head may approve a draft they wrote themselves: the head signs
//   for the department in any case, and there is nobody above them in Harta to approve.
//   An officer can never approve, so an officer's draft always gets a second pair of eyes.
// - Asking the citizen for information: the assigned officer or the head. Forwarding to
//   another body (АПК чл. 112), merging, deciding that no answer is owed, closing and
//   reopening: the head only (they end or change the proceeding).
// - Clerks attach scans to a case their own service unit registered, while it is still
//   RECEIVED (the paper in their hand); they can never read it back.
// - A submitter of a restricted kind stays hidden from everyone but the integrity officer
//   even after the case is reclassified (Case.submitterConfidential; ЗЗЛПСПОИН чл. 31).
import type { Role, Viewer } from "@/lib/auth/viewer";
import { RESTRICTED_KINDS, type CaseStatus, type Kind } from "./kinds";

/** What the rules need to know about the caller. */
export type Actor = Pick<Viewer, "id" | "role" | "departmentId" | "serviceUnitId">;

/** What the rules need to know about a case. */
export interface CaseFacts {
  kind: Kind;
  departmentId: string | null;
  assigneeId: string | null;
  serviceUnitId: string | null;
  status: CaseStatus;
  submitterConfidential: boolean;
}

/** Things a staff member may do to one case. */
export const CASE_ACTIONS = [
  "READ",
  "SEE_SUBMITTER",
  "NOTE",
  "ATTACH",
  "DRAFT",
  "REQUEST_INFORMATION",
  "TRIAGE",
  "ASSIGN",
  "TRANSFER",
  "FORWARD",
  "MERGE",
  "DECIDE_NO_ANSWER",
  "APPROVE",
  "SEND",
  "CLOSE",
  "REOPEN",
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export type Decision = "ALLOW" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

export function isRestrictedKind(kind: Kind): boolean {
  return RESTRICTED_KINDS.has(kind);
}

// ---------------------------------------------------------------------------------------
// Reading

/**
 * The cases a viewer may read, as data: lib/cases/access.ts turns it into a Prisma
 * filter and `canRead` evaluates it for one case, so both always agree.
 */
export interface ReadScope {
  /**
   * Every case of a restricted kind, wherever it is routed, and every case that was one
   * (submitterConfidential): its submitter's identity is in their keeping for good.
   */
  restrictedKinds: boolean;
  /** Non-restricted cases of these departments ("ALL": of every department). */
  departments: "ALL" | readonly string[];
  /** Non-restricted cases with no department yet (the triage queue). */
  unrouted: boolean;
}

const NOTHING: ReadScope = { restrictedKinds: false, departments: [], unrouted: false };

export function readScope(viewer: Actor | null): ReadScope {
  if (!viewer) return NOTHING;
  const own = viewer.departmentId ? [viewer.departmentId] : [];
  switch (viewer.role) {
    case "MANAGER":
      return { restrictedKinds: false, departments: "ALL", unrouted: true };
    case "HEAD":
      return { restrictedKinds: false, departments: own, unrouted: true };
    case "OFFICER":
      return { restrictedKinds: false, departments: own, unrouted: false };
    case "INTEGRITY":
      return { restrictedKinds: true, departments: own, unrouted: false };
    case "CLERK":
    case "ADMIN":
      return NOTHING;
  }
}

export function canRead(viewer: Actor | null, c: Pick<CaseFacts, "kind" | "departmentId" | "submitterConfidential">): boolean {
  const scope = readScope(viewer);
  if (isRestrictedKind(c.kind)) return scope.restrictedKinds;
  if (c.submitterConfidential && scope.restrictedKinds) return true;
  if (c.departmentId === null) return scope.unrouted;
  return scope.departments === "ALL" || scope.departments.includes(c.departmentId);
}

/** Whether the viewer reads any case at all (inbox, search). */
export function readsCases(viewer: Actor | null): boolean {
  const s = readScope(viewer);
  return s.restrictedKinds || s.unrouted || s.departments === "ALL" || s.departments.length > 0;
}

/** The submitter's identity: the integrity officer alone for confidential cases, ALWAYS. */
export function canSeeSubmitter(viewer: Actor | null, c: CaseFacts): boolean {
  if (!canRead(viewer, c)) return false;
  if (isRestrictedKind(c.kind) || c.submitterConfidential) return viewer?.role === "INTEGRITY";
  return true;
}

// ---------------------------------------------------------------------------------------
// Acting

/** Heads the case: the head of its department, or the integrity officer for restricted kinds and their own unit. */
export function headsCase(viewer: Actor, c: Pick<CaseFacts, "kind" | "departmentId" | "submitterConfidential">): boolean {
  if (isRestrictedKind(c.kind)) return viewer.role === "INTEGRITY";
  if (viewer.role !== "HEAD" && viewer.role !== "INTEGRITY") return false;
  return c.departmentId !== null && c.departmentId === viewer.departmentId;
}

/** Works on the case: heads it, or is the officer it is assigned to. */
export function worksOnCase(viewer: Actor, c: Pick<CaseFacts, "kind" | "departmentId" | "assigneeId" | "submitterConfidential">): boolean {
  if (headsCase(viewer, c)) return true;
  return viewer.role === "OFFICER" && c.assigneeId === viewer.id && canRead(viewer, c);
}

function allowed(viewer: Actor, action: CaseAction, c: CaseFacts): boolean {
  switch (action) {
    case "READ":
      return true;
    case "SEE_SUBMITTER":
      return canSeeSubmitter(viewer, c);
    case "NOTE":
    case "DRAFT":
    case "ATTACH":
    case "REQUEST_INFORMATION":
      return worksOnCase(viewer, c);
    case "TRIAGE":
      // The triage queue belongs to every head; routed cases to their own head.
      return headsCase(viewer, c) || (c.departmentId === null && viewer.role === "HEAD" && !isRestrictedKind(c.kind));
    case "ASSIGN":
    case "TRANSFER":
    case "FORWARD":
    case "MERGE":
    case "DECIDE_NO_ANSWER":
    case "APPROVE":
    case "SEND":
    case "CLOSE":
    case "REOPEN":
      return headsCase(viewer, c);
  }
}

/**
 * May `viewer` do `action` to the case? NOT_FOUND when they may not even read it (no
 * existence oracle), FORBIDDEN when they read it but may not do this. Lifecycle rules
 * (e.g. only an approved draft is sent) are the use cases' CONFLICT, not this.
 */
export function decide(viewer: Actor | null, action: CaseAction, c: CaseFacts): Decision {
  if (!viewer) return "UNAUTHENTICATED";
  // A clerk's one write: the scan of the paper they just registered (never a read).
  if (action === "ATTACH" && viewer.role === "CLERK") {
    const own = viewer.serviceUnitId !== null && c.serviceUnitId === viewer.serviceUnitId && c.status === "RECEIVED";
    return own ? "ALLOW" : "NOT_FOUND";
  }
  if (!canRead(viewer, c)) return "NOT_FOUND";
  return allowed(viewer, action, c) ? "ALLOW" : "FORBIDDEN";
}

/** Every action the viewer may take on the case (the staff page shows these buttons). */
export function allowedActions(viewer: Actor | null, c: CaseFacts): CaseAction[] {
  return CASE_ACTIONS.filter((a) => decide(viewer, a, c) === "ALLOW");
}

// ---------------------------------------------------------------------------------------
// Beyond one case

/** Registering a submission from a non-web channel: clerks of a service unit. */
export function canRegister(viewer: Actor | null): Decision {
  if (!viewer) return "UNAUTHENTICATED";
  return viewer.role === "CLERK" && viewer.serviceUnitId !== null ? "ALLOW" : "FORBIDDEN";
}

/** The counter's status look-up by reference: clerks only (others read cases themselves). */
export function canLookUpStatus(viewer: Actor | null): Decision {
  if (!viewer) return "UNAUTHENTICATED";
  return viewer.role === "CLERK" ? "ALLOW" : "FORBIDDEN";
}

/**
 * Who may pick assignees for a department: its head, and the integrity officer for their
 * own unit. Others get FORBIDDEN (the list of staff is not secret among staff).
 */
export function canListAssignees(viewer: Actor | null, departmentId: string): Decision {
  if (!viewer) return "UNAUTHENTICATED";
  const heads = (viewer.role === "HEAD" || viewer.role === "INTEGRITY") && viewer.departmentId === departmentId;
  return heads ? "ALLOW" : "FORBIDDEN";
}

/** Who a case may be assigned to: officers and the head of its department; the integrity officer for restricted kinds. */
export function canBeAssigned(
  user: { role: Role; departmentId: string | null; disabled: boolean },
  c: Pick<CaseFacts, "kind" | "departmentId">,
): boolean {
  if (user.disabled) return false;
  if (isRestrictedKind(c.kind)) return user.role === "INTEGRITY";
  if (c.departmentId === null || user.departmentId !== c.departmentId) return false;
  return user.role === "OFFICER" || user.role === "HEAD" || user.role === "INTEGRITY";
}
