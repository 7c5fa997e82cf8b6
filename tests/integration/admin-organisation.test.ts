// Departments, service units and categories: the administrator creates and renames them;
// codes never change, and a category with cases stays in its department.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestDb, type TestDb } from "@/tests/support/db";
import { gql } from "@/tests/support/graphql";
import { complaintInput, makeOrg, submit, type Org } from "@/tests/support/fixtures";
import type { Viewer } from "@/lib/auth/viewer";

let t: TestDb;
let org: Org;
beforeAll(async () => {
  t = await startTestDb();
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await t.reset();
  org = await makeOrg(t.db.prisma);
});

type Errors = { errors?: readonly { extensions?: Record<string, unknown>; message: string }[] };
const code = (r: Errors) => r.errors?.[0]?.extensions?.code;

async function ok<T>(document: string, variables: Record<string, unknown>, viewer: Viewer | null): Promise<T> {
  const r = await gql<T>(document, variables, { viewer });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as T;
}

const DEP = `mutation($i: OrganisationUnitInput!) { saveDepartment(input: $i) { code nameBg nameTr nameEn } }`;
const UNIT = `mutation($i: OrganisationUnitInput!) { saveServiceUnit(input: $i) { code nameBg address hours } }`;
const CAT = `mutation($i: OrganisationUnitInput!) { saveCategory(input: $i) { code nameBg departmentCode caseCount } }`;
const ORG = `{ organisation { departments { code nameBg } serviceUnits { code } categories { code departmentCode caseCount } } }`;

describe("organisation", () => {
  it("creates and renames departments, service units and categories; citizens see the new names", async () => {
    expect(await ok(DEP, { i: { code: "CULT", nameBg: "Култура", nameTr: "Kültür", nameEn: "Culture" } }, org.admin)).toEqual({
      saveDepartment: { code: "CULT", nameBg: "Култура", nameTr: "Kültür", nameEn: "Culture" },
    });
    await ok(DEP, { i: { code: "CULT", nameBg: "Култура и туризъм", nameEn: "Culture and tourism" } }, org.admin);
    await ok(UNIT, { i: { code: "DZH", nameBg: "Звено Джебел", address: "ул. Еделвайс 1", hours: "Пн–Пт 08:00–17:00" } }, org.admin);
    expect(await ok(CAT, { i: { code: "MUSEUM", nameBg: "Музей", departmentCode: "CULT" } }, org.admin)).toEqual({
      saveCategory: { code: "MUSEUM", nameBg: "Музей", departmentCode: "CULT", caseCount: 0 },
    });

    const data = await ok<{ organisation: { departments: { code: string; nameBg: string }[] } }>(ORG, {}, org.admin);
    expect(data.organisation.departments).toContainEqual({ code: "CULT", nameBg: "Култура и туризъм" });
    // The public reference data follows at once (its cache is dropped).
    const pub = await gql<{ departments: { code: string; name: string }[] }>(`{ departments { code name } }`, {}, { acceptLanguage: "en" });
    expect(pub.data!.departments).toContainEqual({ code: "CULT", name: "Culture and tourism" });
    const audits = await t.db.prisma.auditRecord.findMany({ where: { action: "SETTINGS_CHANGED" }, orderBy: { id: "asc" } });
    expect(audits.map((a) => `${a.entityType}:${a.entityId}`)).toEqual(["Department:CULT", "Department:CULT", "ServiceUnit:DZH", "Category:MUSEUM"]);
    expect(audits[1]!.before).toEqual({ names: { bg: "Култура", tr: "Kültür", en: "Culture" } });
  });

  it("a category with cases keeps its department; one without may move", async () => {
    await submit(t.db.prisma, complaintInput); // category LIGHT, department INF
    const r = await gql(CAT, { i: { code: "LIGHT", nameBg: "Осветление", departmentCode: "ENV" } }, { viewer: org.admin });
    expect(code(r)).toBe("CONFLICT");
    // Renaming in place is fine.
    expect(await ok(CAT, { i: { code: "LIGHT", nameBg: "Улично осветление и паркове", departmentCode: "INF" } }, org.admin)).toEqual({
      saveCategory: { code: "LIGHT", nameBg: "Улично осветление и паркове", departmentCode: "INF", caseCount: 1 },
    });
    await ok(CAT, { i: { code: "ROADS", nameBg: "Пътища", departmentCode: "ENV" } }, org.admin);
  });

  it("refuses bad codes and missing names, naming the field", async () => {
    const r = await gql(CAT, { i: { code: "bad code", nameBg: "", departmentCode: "NOPE" } }, { viewer: org.admin });
    expect(code(r)).toBe("BAD_USER_INPUT");
    expect((r.errors![0]!.extensions!.fieldErrors as { field: string; code: string }[]).map((e) => `${e.field}:${e.code}`)).toEqual([
      "code:INVALID_CHOICE",
      "nameBg:REQUIRED",
      "departmentCode:INVALID_CHOICE",
    ]);
    const u = await gql(UNIT, { i: { code: "X1", nameBg: "Звено" } }, { viewer: org.admin });
    expect((u.errors![0]!.extensions!.fieldErrors as { field: string }[]).map((e) => e.field)).toEqual(["address", "hours"]);
  });

  it("non-admins cannot change settings", async () => {
    for (const viewer of [org.clerk, org.officer, org.head, org.manager, org.integrity]) {
      expect(code(await gql(DEP, { i: { code: "CULT", nameBg: "Култура" } }, { viewer }))).toBe("FORBIDDEN");
      expect(code(await gql(CAT, { i: { code: "LIGHT", nameBg: "x", departmentCode: "ENV" } }, { viewer }))).toBe("FORBIDDEN");
      expect(code(await gql(ORG, {}, { viewer }))).toBe("FORBIDDEN");
    }
    expect(await t.db.prisma.department.count({ where: { code: "CULT" } })).toBe(0);
  });
});
