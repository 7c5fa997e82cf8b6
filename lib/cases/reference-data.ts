// Reference data the public pages and API show: kinds with plain-language help,
// departments, categories and service units, in the reader's language.
import { prisma } from "@/lib/db/client";
import { KINDS, type Locale } from "@/lib/domain/kinds";
import { DEFAULT_POLICIES } from "@/lib/domain/policy";
import { message } from "@/lib/i18n/lookup";
import type { LocalisedCategory, LocalisedDepartment, LocalisedKind, LocalisedServiceUnit } from "@/lib/cases/types";

export type Names = Partial<Record<Locale, string>>;

interface Raw {
  departments: { id: string; code: string; name: Names }[];
  categories: { id: string; code: string; name: Names; departmentId: string; departmentCode: string }[];
  serviceUnits: { id: string; code: string; name: Names; address: string; hours: string }[];
  at: number;
}

const TTL_MS = 60_000;
const registry = globalThis as { __hartaReferenceData?: Raw };

async function raw(): Promise<Raw> {
  const cached = registry.__hartaReferenceData;
  if (cached && Date.now() - cached.at < TTL_MS) return cached;
  const db = await prisma();
  const [departments, categories, serviceUnits] = await Promise.all([
    db.department.findMany({ orderBy: { code: "asc" } }),
    db.category.findMany({ orderBy: { code: "asc" }, include: { department: { select: { code: true } } } }),
    db.serviceUnit.findMany({ orderBy: { code: "asc" } }),
  ]);
  const fresh: Raw = {
    departments: departments.map((d) => ({ id: d.id, code: d.code, name: d.name as Names })),
    categories: categories.map((c) => ({
      id: c.id,
      code: c.code,
      name: c.name as Names,
      departmentId: c.departmentId,
      departmentCode: c.department.code,
    })),
    serviceUnits: serviceUnits.map((u) => ({ id: u.id, code: u.code, name: u.name as Names, address: u.address, hours: u.hours })),
    at: Date.now(),
  };
  registry.__hartaReferenceData = fresh;
  return fresh;
}

/** A name in the reader's language, else Bulgarian. */
export const pick = (names: Names, locale: Locale): string => names[locale] ?? names.bg ?? "";

export function localisedKinds(locale: Locale): LocalisedKind[] {
  return KINDS.map((kind) => ({
    kind,
    name: message(locale, `kinds.${kind}.name`),
    description: message(locale, `kinds.${kind}.description`),
    answerOwed: DEFAULT_POLICIES[kind].answerOwed,
  }));
}

export async function getReferenceData(locale: Locale): Promise<{
  kinds: LocalisedKind[];
  categories: LocalisedCategory[];
  departments: LocalisedDepartment[];
  serviceUnits: LocalisedServiceUnit[];
}> {
  const r = await raw();
  return {
    kinds: localisedKinds(locale),
    departments: r.departments.map((d) => ({ code: d.code, name: pick(d.name, locale) })),
    categories: r.categories.map((c) => ({ code: c.code, name: pick(c.name, locale), departmentCode: c.departmentCode })),
    serviceUnits: r.serviceUnits.map((u) => ({ code: u.code, name: pick(u.name, locale), address: u.address, hours: u.hours })),
  };
}

export async function findCategory(code: string): Promise<{ id: string; departmentId: string } | null> {
  const r = await raw();
  return r.categories.find((c) => c.code === code) ?? null;
}

export async function findDepartment(code: string): Promise<{ id: string; code: string } | null> {
  const r = await raw();
  return r.departments.find((d) => d.code === code) ?? null;
}

/** Codes and names by id, for showing what a case row refers to. */
export async function referenceIndex(): Promise<{
  departments: Map<string, { code: string; name: Names }>;
  categories: Map<string, { code: string; name: Names }>;
  serviceUnits: Map<string, { code: string; name: Names }>;
}> {
  const r = await raw();
  return {
    departments: new Map(r.departments.map((d) => [d.id, { code: d.code, name: d.name }])),
    categories: new Map(r.categories.map((c) => [c.id, { code: c.code, name: c.name }])),
    serviceUnits: new Map(r.serviceUnits.map((u) => [u.id, { code: u.code, name: u.name }])),
  };
}

export async function findServiceUnit(code: string): Promise<{ id: string } | null> {
  const r = await raw();
  return r.serviceUnits.find((u) => u.code === code) ?? null;
}

/** Forget cached reference data (after an administrator's change, and in tests). */
export function invalidateReferenceData(): void {
  registry.__hartaReferenceData = undefined;
}
