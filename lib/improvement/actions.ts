// The improvement-action register (issue 5, "Improvement actions"; charter commitment 12):
// what the administration changes because of feedback — title, description, owner, due
// date, status and the cases that prompted it. Who may do what: lib/domain/improvement.ts.
// Every change is recorded in the audit chain in its own transaction.
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { AppError, type FieldError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAudit } from "@/lib/audit/record";
import { canRead } from "@/lib/domain/access";
import {
  IMPROVEMENT_STATUSES,
  canCreateImprovement,
  canEditImprovement,
  canReadImprovements,
  improvementReadScope,
  type ImprovementStatus,
} from "@/lib/domain/improvement";
import { isIsoDate } from "@/lib/domain/iso-date";
import { addDaysIso } from "@/lib/domain/iso-date";
import { startOfSofiaDay } from "@/lib/domain/deadlines";
import type { Kind } from "@/lib/domain/kinds";
import { parseReference } from "@/lib/domain/reference";
import { isUuid, requireViewer } from "@/lib/cases/access";
import { isoDay } from "@/lib/cases/clocks";
import { findDepartment, type Names } from "@/lib/cases/reference-data";
import { FieldChecks } from "@/lib/cases/staff-input";

export const IMPROVEMENT_LIMITS = {
  title: { min: 3, max: 200 },
  description: { min: 10, max: 4_000 },
  owner: { min: 2, max: 200 },
  /** Due dates further away than this are a typo, not a plan. */
  dueYearsAhead: 10,
} as const;

export interface ImprovementActionView {
  id: string;
  title: string;
  description: string;
  owner: string;
  department: { code: string; name: Names } | null;
  /** Sofia calendar date, YYYY-MM-DD. */
  dueDate: string | null;
  status: ImprovementStatus;
  completedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** The linked cases this viewer may read. */
  cases: { id: string; reference: string }[];
  /** Linked cases this viewer may not read (counted, never named). */
  hiddenCaseCount: number;
}

export interface ImprovementActionInput {
  title?: string | null;
  description?: string | null;
  owner?: string | null;
  /** YYYY-MM-DD; blank for none. */
  dueDate?: string | null;
  status?: string | null;
  /** A department code; blank: municipality-wide (management only). Heads: their own. */
  departmentCode?: string | null;
}

export interface ImprovementFilter {
  status?: ImprovementStatus[] | null;
  departmentCode?: string | null;
  /** Actions created or completed in this calendar year (Sofia). */
  year?: number | null;
}

const SELECT = {
  id: true,
  title: true,
  description: true,
  owner: true,
  departmentId: true,
  department: { select: { code: true, name: true } },
  dueDate: true,
  status: true,
  completedAt: true,
  createdAt: true,
  updatedAt: true,
  cases: {
    select: { case: { select: { id: true, reference: true, kind: true, departmentId: true, submitterConfidential: true, receivedAt: true } } },
  },
} as const satisfies Prisma.ImprovementActionSelect;

type Row = Prisma.ImprovementActionGetPayload<{ select: typeof SELECT }>;

function toView(viewer: Viewer | null, r: Row): ImprovementActionView {
  const linked = [...r.cases.map((c) => c.case)].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  const readable = linked.filter((c) => canRead(viewer, { kind: c.kind as Kind, departmentId: c.departmentId, submitterConfidential: c.submitterConfidential }));
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    owner: r.owner,
    department: r.department ? { code: r.department.code, name: r.department.name as Names } : null,
    dueDate: r.dueDate ? isoDay(r.dueDate) : null,
    status: r.status,
    completedAt: r.completedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    cases: readable.map((c) => ({ id: c.id, reference: c.reference })),
    hiddenCaseCount: linked.length - readable.length,
  };
}

function deny(decision: string): never {
  if (decision === "UNAUTHENTICATED") throw new AppError("UNAUTHENTICATED", "sign in");
  if (decision === "NOT_FOUND") throw new AppError("NOT_FOUND", "no such improvement action");
  throw new AppError("FORBIDDEN", "this role does not keep improvement actions");
}

/** Calendar-year bounds in Sofia time. */
export function yearRange(year: number): { from: Date; to: Date } {
  return { from: startOfSofiaDay(`${year}-01-01`), to: startOfSofiaDay(`${year + 1}-01-01`) };
}

/** Prisma filter for the actions a viewer may read (null: none at all). */
function scopeWhere(viewer: Viewer | null): Prisma.ImprovementActionWhereInput | null {
  const scope = improvementReadScope(viewer);
  if (!scope) return null;
  return scope.all ? {} : { departmentId: scope.departmentId };
}

export async function listImprovementActions(options: {
  viewer: Viewer | null | undefined;
  filter?: ImprovementFilter | null;
}): Promise<ImprovementActionView[]> {
  const viewer = options.viewer ?? null;
  const decision = canReadImprovements(viewer);
  if (decision !== "ALLOW") deny(decision);
  const f = options.filter ?? {};
  const and: Prisma.ImprovementActionWhereInput[] = [scopeWhere(viewer)!];
  const errors: FieldError[] = [];
  if (f.status?.length) {
    if (f.status.some((s) => !IMPROVEMENT_STATUSES.includes(s))) errors.push({ field: "status", code: "INVALID_CHOICE" });
    else and.push({ status: { in: f.status } });
  }
  if (f.departmentCode) {
    const d = await findDepartment(f.departmentCode);
    if (!d) errors.push({ field: "departmentCode", code: "INVALID_CHOICE" });
    else and.push({ departmentId: d.id });
  }
  if (f.year != null) {
    if (!Number.isInteger(f.year) || f.year < 2000 || f.year > 2100) errors.push({ field: "year", code: "INVALID_CHOICE" });
    else {
      const { from, to } = yearRange(f.year);
      and.push({ OR: [{ createdAt: { gte: from, lt: to } }, { completedAt: { gte: from, lt: to } }] });
    }
  }
  if (errors.length) throw AppError.badInput(errors);
  const db = await prisma();
  const rows = await db.improvementAction.findMany({
    where: { AND: and },
    // Open work first (by due date), then what is done, newest first.
    orderBy: [{ status: "asc" }, { dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }],
    select: SELECT,
  });
  return rows.map((r) => toView(viewer, r));
}

export async function getImprovementAction(options: { viewer: Viewer | null | undefined; id: string }): Promise<ImprovementActionView> {
  const viewer = options.viewer ?? null;
  const decision = canReadImprovements(viewer);
  if (decision !== "ALLOW") deny(decision);
  if (!isUuid(options.id)) deny("NOT_FOUND");
  const db = await prisma();
  const row = await db.improvementAction.findFirst({ where: { AND: [{ id: options.id }, scopeWhere(viewer)!] }, select: SELECT });
  if (!row) deny("NOT_FOUND");
  return toView(viewer, row);
}

interface Checked {
  title: string;
  description: string;
  owner: string;
  dueDate: Date | null;
  status: ImprovementStatus;
  departmentId: string | null;
}

async function checkInput(viewer: Viewer, input: ImprovementActionInput, now: Date, current: ImprovementStatus | null): Promise<Checked> {
  const checks = new FieldChecks();
  const title = checks.text("title", input.title, IMPROVEMENT_LIMITS.title, true);
  const description = checks.text("description", input.description, IMPROVEMENT_LIMITS.description, true);
  const owner = checks.text("owner", input.owner, IMPROVEMENT_LIMITS.owner, true);
  let dueDate: Date | null = null;
  const due = input.dueDate?.trim() ?? "";
  if (due) {
    const today = isoDay(now);
    const latest = `${Number(today.slice(0, 4)) + IMPROVEMENT_LIMITS.dueYearsAhead}${today.slice(4)}`;
    if (!isIsoDate(due)) checks.errors.push({ field: "dueDate", code: "INVALID_DATE" });
    else if (due > latest) checks.errors.push({ field: "dueDate", code: "DATE_TOO_FAR", params: { years: IMPROVEMENT_LIMITS.dueYearsAhead } });
    // A new action due in the past is a typo; an existing one may stay overdue.
    else if (current === null && due < addDaysIso(today, -1)) checks.errors.push({ field: "dueDate", code: "DATE_IN_PAST" });
    else dueDate = new Date(`${due}T00:00:00Z`);
  }
  const statusRaw = input.status?.trim() || (current ?? "PLANNED");
  const status = checks.choice<ImprovementStatus>("status", statusRaw, IMPROVEMENT_STATUSES);
  let departmentId: string | null = null;
  const code = input.departmentCode?.trim() ?? "";
  if (code) {
    const d = await findDepartment(code);
    if (!d) checks.errors.push({ field: "departmentCode", code: "INVALID_CHOICE" });
    else departmentId = d.id;
  } else if (viewer.role === "HEAD") {
    // A head's actions are their department's.
    departmentId = viewer.departmentId;
  }
  if (!checks.ok || !title || !description || !owner || !status) throw AppError.badInput(checks.errors);
  return { title, description, owner, dueDate, status, departmentId };
}

const auditFields = (a: { title: string; description: string; owner: string; dueDate: Date | null; status: string; departmentId: string | null }) => ({
  title: a.title,
  description: a.description,
  owner: a.owner,
  dueDate: a.dueDate ? isoDay(a.dueDate) : null,
  status: a.status,
  departmentId: a.departmentId,
});

export async function createImprovementAction(options: {
  viewer: Viewer | null | undefined;
  input: ImprovementActionInput;
  now?: Date;
}): Promise<ImprovementActionView> {
  const viewer = requireViewer(options.viewer);
  // The role first: someone who keeps no register learns nothing from validation.
  if (viewer.role !== "MANAGER" && viewer.role !== "HEAD") deny(canCreateImprovement(viewer, null));
  const now = options.now ?? new Date();
  const data = await checkInput(viewer, options.input, now, null);
  const decision = canCreateImprovement(viewer, data.departmentId);
  if (decision !== "ALLOW") deny(decision);
  const db = await prisma();
  const id = await db.$transaction(async (tx) => {
    const created = await tx.improvementAction.create({
      data: { ...data, completedAt: data.status === "DONE" ? now : null, createdById: viewer.id, createdAt: now },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: viewer.id, action: "IMPROVEMENT_CREATED", entityType: "ImprovementAction", entityId: created.id, before: null, after: auditFields(data) });
    return created.id;
  });
  return getImprovementAction({ viewer, id });
}

/** Loads the action for a change, locked, after checking the viewer may change it. */
async function lockForEdit(tx: Prisma.TransactionClient, viewer: Viewer, id: string) {
  const early = canEditImprovement(viewer, { departmentId: viewer.departmentId });
  // Roles that never edit are refused before anything is looked up.
  if (early === "FORBIDDEN" || early === "UNAUTHENTICATED") deny(early);
  if (!isUuid(id)) deny("NOT_FOUND");
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ImprovementAction" WHERE id = ${id}::uuid FOR UPDATE`;
  if (rows.length === 0) deny("NOT_FOUND");
  const row = await tx.improvementAction.findUniqueOrThrow({
    where: { id },
    select: { id: true, title: true, description: true, owner: true, dueDate: true, status: true, departmentId: true, completedAt: true },
  });
  const decision = canEditImprovement(viewer, row);
  if (decision !== "ALLOW") deny(decision);
  return row;
}

/** Replaces the fields of an action (the edit form sends them all). */
export async function updateImprovementAction(options: {
  viewer: Viewer | null | undefined;
  id: string;
  input: ImprovementActionInput;
  now?: Date;
}): Promise<ImprovementActionView> {
  const viewer = requireViewer(options.viewer);
  const now = options.now ?? new Date();
  const db = await prisma();
  // Validation needs reference data (its own query), so it runs before the transaction:
  // the embedded database serves one connection (lib/cases/clocks.ts loadSettings).
  const preflight = canEditImprovement(viewer, { departmentId: viewer.departmentId });
  if (preflight === "FORBIDDEN" || preflight === "UNAUTHENTICATED") deny(preflight);
  const current = await db.improvementAction.findUnique({ where: { id: isUuid(options.id) ? options.id : "00000000-0000-0000-0000-000000000000" }, select: { status: true } });
  const data = await checkInput(viewer, options.input, now, current?.status ?? "PLANNED");
  await db.$transaction(async (tx) => {
    const before = await lockForEdit(tx, viewer, options.id);
    // A head cannot move an action to another department (it would leave their sight).
    if (viewer.role === "HEAD" && data.departmentId !== viewer.departmentId) throw AppError.badInput([{ field: "departmentCode", code: "INVALID_CHOICE" }]);
    const completedAt = data.status === "DONE" ? (before.status === "DONE" ? before.completedAt : now) : null;
    await tx.improvementAction.update({ where: { id: before.id }, data: { ...data, completedAt } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "IMPROVEMENT_UPDATED",
      entityType: "ImprovementAction",
      entityId: before.id,
      before: auditFields(before),
      after: auditFields(data),
    });
  });
  return getImprovementAction({ viewer, id: options.id });
}

/** Links the case with `reference` to the action (idempotent). */
export async function linkImprovementActionCase(options: {
  viewer: Viewer | null | undefined;
  actionId: string;
  reference: string;
  link?: boolean;
}): Promise<ImprovementActionView> {
  const viewer = requireViewer(options.viewer);
  const link = options.link ?? true;
  const db = await prisma();
  await db.$transaction(async (tx) => {
    const action = await lockForEdit(tx, viewer, options.actionId);
    const reference = parseReference(options.reference ?? "");
    if (!reference) throw AppError.badInput([{ field: "reference", code: options.reference?.trim() ? "INVALID_CHOICE" : "REQUIRED" }]);
    const c = await tx.case.findUnique({ where: { reference }, select: { id: true, kind: true, departmentId: true, submitterConfidential: true } });
    // A case the viewer may not read does not exist for them (no existence oracle).
    if (!c || !canRead(viewer, { kind: c.kind as Kind, departmentId: c.departmentId, submitterConfidential: c.submitterConfidential })) {
      throw new AppError("NOT_FOUND", "no such case");
    }
    const key = { actionId_caseId: { actionId: action.id, caseId: c.id } };
    const exists = await tx.improvementActionCase.findUnique({ where: key, select: { caseId: true } });
    if (link === Boolean(exists)) return;
    if (link) await tx.improvementActionCase.create({ data: { actionId: action.id, caseId: c.id } });
    else await tx.improvementActionCase.delete({ where: key });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: link ? "IMPROVEMENT_CASE_LINKED" : "IMPROVEMENT_CASE_UNLINKED",
      entityType: "ImprovementAction",
      entityId: action.id,
      before: null,
      after: { caseId: c.id },
    });
  });
  return getImprovementAction({ viewer, id: options.actionId });
}

export function unlinkImprovementActionCase(options: { viewer: Viewer | null | undefined; actionId: string; reference: string }): Promise<ImprovementActionView> {
  return linkImprovementActionCase({ ...options, link: false });
}
