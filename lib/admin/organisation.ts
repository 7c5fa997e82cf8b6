// The municipality's structure the administrator keeps: departments, the front office's
// service units, and categories (each belonging to a department). Minimal on purpose:
// create and rename. A code is the row's key for ever — cases, users, the public API and
// old exports name units by it — so it is never changed; a renamed unit keeps its code.
// A category moves to another department only while no case uses it (a case's department
// is decided by triage, and must not change behind the head's back).
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/admin/access";
import { recordAudit } from "@/lib/audit/record";
import { FieldChecks } from "@/lib/cases/staff-input";
import { invalidateReferenceData, type Names } from "@/lib/cases/reference-data";

const CODE = /^[A-Z0-9_]+$/;
export const ORG_LIMITS = { code: { min: 2, max: 32 }, name: { min: 2, max: 200 }, address: { min: 3, max: 200 }, hours: { min: 3, max: 200 } } as const;

export interface OrgUnitView {
  code: string;
  name: Names;
  /** Categories: their department. */
  departmentCode?: string;
  /** Service units: where and when. */
  address?: string;
  hours?: string;
  /** Cases that name it (a category with cases stays in its department). */
  caseCount: number;
}

export interface Organisation {
  departments: OrgUnitView[];
  serviceUnits: OrgUnitView[];
  categories: OrgUnitView[];
}

export interface NamesInput {
  code?: string | null;
  nameBg?: string | null;
  nameTr?: string | null;
  nameEn?: string | null;
}

export async function listOrganisation(options: { viewer: Viewer | null | undefined }): Promise<Organisation> {
  await assertAdmin(options.viewer);
  const db = await prisma();
  const count = { select: { cases: true } } as const;
  const [departments, serviceUnits, categories] = await Promise.all([
    db.department.findMany({ orderBy: { code: "asc" }, include: { _count: count } }),
    db.serviceUnit.findMany({ orderBy: { code: "asc" }, include: { _count: count } }),
    db.category.findMany({ orderBy: { code: "asc" }, include: { _count: count, department: { select: { code: true } } } }),
  ]);
  return {
    departments: departments.map((d) => ({ code: d.code, name: d.name as Names, caseCount: d._count.cases })),
    serviceUnits: serviceUnits.map((u) => ({ code: u.code, name: u.name as Names, address: u.address, hours: u.hours, caseCount: u._count.cases })),
    categories: categories.map((c) => ({ code: c.code, name: c.name as Names, departmentCode: c.department.code, caseCount: c._count.cases })),
  };
}

function readNames(checks: FieldChecks, input: NamesInput): { code: string | null; name: Names } {
  const code = checks.text("code", input.code, ORG_LIMITS.code, true);
  if (code && !CODE.test(code)) checks.errors.push({ field: "code", code: "INVALID_CHOICE" });
  const bg = checks.text("nameBg", input.nameBg, ORG_LIMITS.name, true);
  const tr = checks.text("nameTr", input.nameTr, ORG_LIMITS.name, false);
  const en = checks.text("nameEn", input.nameEn, ORG_LIMITS.name, false);
  return { code, name: { bg: bg ?? "", ...(tr ? { tr } : {}), ...(en ? { en } : {}) } };
}

type Tx = Prisma.TransactionClient;

/** Audit keys avoid "name" and "address": the audit trail strips those as personal data (lib/audit/chain.ts). */
async function audited<T>(admin: Viewer, entityType: string, code: string, work: (tx: Tx) => Promise<{ before: unknown; after: unknown; result: T }>): Promise<T> {
  const db = await prisma();
  const result = await db.$transaction(async (tx) => {
    const r = await work(tx);
    await recordAudit(tx, { actorId: admin.id, action: "SETTINGS_CHANGED", entityType, entityId: code, before: r.before, after: r.after });
    return r.result;
  });
  invalidateReferenceData();
  return result;
}

/** Creates the department of `code`, or renames it. */
export async function saveDepartment(options: { viewer: Viewer | null | undefined; input: NamesInput }): Promise<OrgUnitView> {
  const admin = await assertAdmin(options.viewer);
  const checks = new FieldChecks();
  const { code, name } = readNames(checks, options.input);
  if (!checks.ok || !code) throw AppError.badInput(checks.errors);
  return audited(admin, "Department", code, async (tx) => {
    const before = await tx.department.findUnique({ where: { code }, include: { _count: { select: { cases: true } } } });
    const row = await tx.department.upsert({ where: { code }, create: { code, name }, update: { name } });
    return { before: before ? { names: before.name } : null, after: { names: name }, result: { code: row.code, name, caseCount: before?._count.cases ?? 0 } };
  });
}

/** Creates the service unit of `code`, or renames it / changes its address and hours. */
export async function saveServiceUnit(options: {
  viewer: Viewer | null | undefined;
  input: NamesInput & { address?: string | null; hours?: string | null };
}): Promise<OrgUnitView> {
  const admin = await assertAdmin(options.viewer);
  const checks = new FieldChecks();
  const { code, name } = readNames(checks, options.input);
  const address = checks.text("address", options.input.address, ORG_LIMITS.address, true);
  const hours = checks.text("hours", options.input.hours, ORG_LIMITS.hours, true);
  if (!checks.ok || !code || !address || !hours) throw AppError.badInput(checks.errors);
  return audited(admin, "ServiceUnit", code, async (tx) => {
    const before = await tx.serviceUnit.findUnique({ where: { code }, include: { _count: { select: { cases: true } } } });
    await tx.serviceUnit.upsert({ where: { code }, create: { code, name, address, hours }, update: { name, address, hours } });
    return {
      before: before ? { names: before.name, unitAddress: before.address, hours: before.hours } : null,
      after: { names: name, unitAddress: address, hours },
      result: { code, name, address, hours, caseCount: before?._count.cases ?? 0 },
    };
  });
}

/** Creates the category of `code` in a department, or renames it (or moves it, while no case uses it). */
export async function saveCategory(options: {
  viewer: Viewer | null | undefined;
  input: NamesInput & { departmentCode?: string | null };
}): Promise<OrgUnitView> {
  const admin = await assertAdmin(options.viewer);
  const checks = new FieldChecks();
  const { code, name } = readNames(checks, options.input);
  const departmentCode = checks.text("departmentCode", options.input.departmentCode, { max: ORG_LIMITS.code.max }, true);
  const db = await prisma();
  const department = departmentCode ? await db.department.findUnique({ where: { code: departmentCode } }) : null;
  if (departmentCode && !department) checks.errors.push({ field: "departmentCode", code: "INVALID_CHOICE" });
  if (!checks.ok || !code || !department) throw AppError.badInput(checks.errors);
  return audited(admin, "Category", code, async (tx) => {
    const before = await tx.category.findUnique({ where: { code }, include: { _count: { select: { cases: true } }, department: { select: { code: true } } } });
    if (before && before.departmentId !== department.id && before._count.cases > 0) {
      throw new AppError("CONFLICT", `category ${code} has cases: it stays in ${before.department.code}`, {
        fieldErrors: [{ field: "departmentCode", code: "INVALID_CHOICE" }],
      });
    }
    await tx.category.upsert({ where: { code }, create: { code, name, departmentId: department.id }, update: { name, departmentId: department.id } });
    return {
      before: before ? { names: before.name, departmentCode: before.department.code } : null,
      after: { names: name, departmentCode: department.code },
      result: { code, name, departmentCode: department.code, caseCount: before?._count.cases ?? 0 },
    };
  });
}
