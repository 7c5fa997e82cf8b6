// Answer templates: the administrator keeps them per code and language; an author's draft
// takes the blank parts from the template in the case's language.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestDb, type TestDb } from "@/tests/support/db";
import { gql } from "@/tests/support/graphql";
import { complaintInput, makeOrg, submit, type Org } from "@/tests/support/fixtures";
import type { Viewer } from "@/lib/auth/viewer";
import { assignCase } from "@/lib/cases/assign-case";

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

const SAVE = `mutation($i: AnswerTemplateInput!) { saveAnswerTemplate(input: $i) { code locale title findings decision reasons } }`;
const LIST = `{ answerTemplates { code locale title } }`;
const DELETE = `mutation($c: String!, $l: Locale!) { deleteAnswerTemplate(code: $c, locale: $l) }`;
const DRAFT = `mutation($c: ID!, $i: AnswerDraftInput!) { saveAnswerDraft(caseId: $c, input: $i) { findings decision reasons } }`;

const lightBg = {
  code: "LIGHT_FIXED",
  locale: "bg",
  title: "Поправено осветление",
  findings: "При проверка на място установихме повредата.",
  decision: "Осветлението е поправено от поддържащата фирма.",
  reasons: "Поддръжката на уличното осветление е задължение на общината.",
};

describe("answer templates", () => {
  it("are created, listed, changed and deleted by the administrator, each change audited", async () => {
    expect(await ok(SAVE, { i: lightBg }, org.admin)).toEqual({ saveAnswerTemplate: lightBg });
    await ok(SAVE, { i: { ...lightBg, locale: "tr", title: "Aydınlatma onarıldı" } }, org.admin);
    await ok(SAVE, { i: { ...lightBg, title: "Поправено улично осветление" } }, org.admin);
    expect(await ok(LIST, {}, org.admin)).toEqual({
      answerTemplates: [
        { code: "LIGHT_FIXED", locale: "bg", title: "Поправено улично осветление" },
        { code: "LIGHT_FIXED", locale: "tr", title: "Aydınlatma onarıldı" },
      ],
    });
    expect(await ok(DELETE, { c: "LIGHT_FIXED", l: "tr" }, org.admin)).toEqual({ deleteAnswerTemplate: true });
    expect(await ok(DELETE, { c: "LIGHT_FIXED", l: "tr" }, org.admin)).toEqual({ deleteAnswerTemplate: false });
    const audits = await t.db.prisma.auditRecord.findMany({ where: { action: "SETTINGS_CHANGED", entityType: "AnswerTemplate" }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.entityId)).toEqual(["LIGHT_FIXED/bg", "LIGHT_FIXED/tr", "LIGHT_FIXED/bg", "LIGHT_FIXED/tr"]);
    expect(audits[2]!.before).toMatchObject({ title: "Поправено осветление" });
    expect(audits[3]!.after).toBeNull();
  });

  it("fill the blank parts of a draft in the case's language", async () => {
    await ok(SAVE, { i: lightBg }, org.admin);
    const c = await submit(t.db.prisma, complaintInput);
    await assignCase({ viewer: org.head, caseId: c.id, assigneeId: org.officer.id });
    const d = await ok<{ saveAnswerDraft: { findings: string; decision: string } }>(
      DRAFT,
      { c: c.id, i: { templateCode: "LIGHT_FIXED", findings: "На 3 ноември екип смени лампите на стълбовете." } },
      org.officer,
    );
    expect(d.saveAnswerDraft).toEqual({ findings: "На 3 ноември екип смени лампите на стълбовете.", decision: lightBg.decision, reasons: lightBg.reasons });
  });

  it("refuse bad input, naming the field", async () => {
    const r = await gql(SAVE, { i: { code: "bad code!", locale: "en", title: "", decision: "x".repeat(4001) } }, { viewer: org.admin });
    expect(code(r)).toBe("BAD_USER_INPUT");
    expect((r.errors![0]!.extensions!.fieldErrors as { field: string; code: string }[]).map((e) => `${e.field}:${e.code}`)).toEqual([
      "code:INVALID_CHOICE",
      "title:REQUIRED",
      "decision:TOO_LONG",
    ]);
    const empty = await gql(SAVE, { i: { code: "EMPTY", locale: "en", title: "Empty" } }, { viewer: org.admin });
    expect(empty.errors![0]!.extensions!.fieldErrors).toEqual([expect.objectContaining({ field: "findings", code: "REQUIRED" })]);
    expect(await t.db.prisma.answerTemplate.count()).toBe(0);
  });

  it("non-admins cannot change settings", async () => {
    for (const viewer of [org.clerk, org.officer, org.head, org.manager, org.integrity]) {
      expect(code(await gql(SAVE, { i: lightBg }, { viewer }))).toBe("FORBIDDEN");
      expect(code(await gql(DELETE, { c: "LIGHT_FIXED", l: "bg" }, { viewer }))).toBe("FORBIDDEN");
      expect(code(await gql(LIST, {}, { viewer }))).toBe("FORBIDDEN");
    }
    expect(code(await gql(SAVE, { i: lightBg }, { viewer: null }))).toBe("UNAUTHENTICATED");
    expect(await t.db.prisma.answerTemplate.count()).toBe(0);
  });
});
