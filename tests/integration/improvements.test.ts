// The improvement-action register through GraphQL: who keeps and reads it, field-named
// validation in the caller's language, linking only readable cases, the audit trail, and
// the public summary (title, status, dates — nothing else).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestDb, type TestDb } from "@/tests/support/db";
import { gql } from "@/tests/support/graphql";
import { complaintInput, corruptionInput, makeOrg, submit, type Org } from "@/tests/support/fixtures";
import type { Viewer } from "@/lib/auth/viewer";
import { verifyAuditChain } from "@/lib/audit/verify";
import { publicImprovements, improvementSummary } from "@/lib/improvement/summary";
import { yearRange } from "@/lib/improvement/actions";

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

const FIELDS = `id title description owner departmentCode dueDate status completedAt cases { id reference } hiddenCaseCount`;
type Action = {
  id: string;
  title: string;
  owner: string;
  departmentCode: string | null;
  dueDate: string | null;
  status: string;
  completedAt: string | null;
  cases: { id: string; reference: string }[];
  hiddenCaseCount: number;
};
const CREATE = `mutation($i: ImprovementActionInput!) { createImprovementAction(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: ImprovementActionInput!) { updateImprovementAction(id: $id, input: $i) { ${FIELDS} } }`;
const LINK = `mutation($a: ID!, $r: String!) { linkImprovementActionCase(actionId: $a, reference: $r) { ${FIELDS} } }`;
const UNLINK = `mutation($a: ID!, $r: String!) { unlinkImprovementActionCase(actionId: $a, reference: $r) { ${FIELDS} } }`;
const LIST = `query($f: ImprovementActionFilter) { improvementActions(filter: $f) { ${FIELDS} } }`;

const lamps = {
  title: "Подмяна на уличното осветление в кв. „Изгрев“",
  description: "След повтарящи се оплаквания за тъмни улици: LED осветление по ул. „Христо Ботев“.",
  owner: "Отдел „Благоустройство“",
  dueDate: "2030-06-30",
};

async function ok<T>(document: string, variables: Record<string, unknown>, viewer: Viewer | null): Promise<T> {
  const r = await gql<T>(document, variables, { viewer });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as T;
}

async function create(viewer: Viewer, input: Record<string, unknown> = {}): Promise<Action> {
  return (await ok<{ createImprovementAction: Action }>(CREATE, { i: { ...lamps, ...input } }, viewer)).createImprovementAction;
}

describe("improvement actions", () => {
  it("management creates, edits, completes; each change is in the audit chain", async () => {
    const a = await create(org.manager, { departmentCode: "INF" });
    expect(a).toMatchObject({ title: lamps.title, status: "PLANNED", departmentCode: "INF", dueDate: "2030-06-30", completedAt: null, cases: [] });
    const done = (await ok<{ updateImprovementAction: Action }>(UPDATE, { id: a.id, i: { ...lamps, departmentCode: "INF", status: "DONE" } }, org.manager)).updateImprovementAction;
    expect(done.status).toBe("DONE");
    expect(done.completedAt).not.toBeNull();
    const reopened = (await ok<{ updateImprovementAction: Action }>(UPDATE, { id: a.id, i: { ...lamps, departmentCode: "INF", status: "IN_PROGRESS" } }, org.manager)).updateImprovementAction;
    expect(reopened.completedAt).toBeNull();
    const audit = await t.db.prisma.auditRecord.findMany({ where: { entityType: "ImprovementAction", entityId: a.id }, orderBy: { id: "asc" } });
    expect(audit.map((r) => r.action)).toEqual(["IMPROVEMENT_CREATED", "IMPROVEMENT_UPDATED", "IMPROVEMENT_UPDATED"]);
    expect(audit[1]!.actorId).toBe(org.manager.id);
    expect((audit[1]!.before as { status: string }).status).toBe("PLANNED");
    expect((audit[1]!.after as { status: string }).status).toBe("DONE");
    expect((await verifyAuditChain(t.db.prisma)).ok).toBe(true);
  });

  it("names each invalid field in the caller's language", async () => {
    const r = await gql(CREATE, { i: { title: "x", description: "", owner: "", dueDate: "2026-02-30" } }, { viewer: { ...org.manager, locale: "en" } });
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const fields = (r.errors![0]!.extensions!.fieldErrors as { field: string; message: string }[]);
    expect(fields.map((f) => f.field).sort()).toEqual(["description", "dueDate", "owner", "title"]);
    expect(fields.find((f) => f.field === "owner")!.message).toMatch(/^Owner: /);
    const past = await gql(CREATE, { i: { ...lamps, dueDate: "2020-01-01" } }, { viewer: { ...org.manager, locale: "en" } });
    expect(past.errors![0]!.extensions!.fieldErrors).toMatchObject([{ field: "dueDate", code: "DATE_IN_PAST", message: "Due date: This date has passed. Choose today or a later date." }]);
    const far = await gql(CREATE, { i: { ...lamps, dueDate: "2099-01-01" } }, { viewer: { ...org.manager, locale: "en" } });
    expect(far.errors![0]!.extensions!.fieldErrors).toMatchObject([{ field: "dueDate", code: "DATE_TOO_FAR", message: "Due date: The due date cannot be more than 10 years ahead." }]);
    const bg = await gql(CREATE, { i: { ...lamps, owner: "" } }, { viewer: { ...org.manager, locale: "bg" } });
    expect((bg.errors![0]!.extensions!.fieldErrors as { message: string }[])[0]!.message).toMatch(/^Отговорник: /);
    expect(await t.db.prisma.improvementAction.count()).toBe(0);
  });

  it("heads keep their own department's actions only; the integrity officer reads; others are refused", async () => {
    const inf = await create(org.head);
    expect(inf.departmentCode).toBe("INF");
    const env = await create(org.headOther);
    expect(env.departmentCode).toBe("ENV");
    const wide = await create(org.manager);
    expect(wide.departmentCode).toBeNull();
    // A head cannot create for another department.
    const other = await gql(CREATE, { i: { ...lamps, departmentCode: "ENV" } }, { viewer: org.head });
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const titles = async (v: Viewer) => (await ok<{ improvementActions: Action[] }>(LIST, {}, v)).improvementActions.map((a) => a.id).sort();
    expect(await titles(org.head)).toEqual([inf.id]);
    expect(await titles(org.headOther)).toEqual([env.id]);
    expect(await titles(org.manager)).toEqual([inf.id, env.id, wide.id].sort());
    expect(await titles(org.integrity)).toEqual([inf.id, env.id, wide.id].sort());
    for (const v of [org.officer, org.clerk, org.admin]) expect((await gql(LIST, {}, { viewer: v })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // Another department's action does not exist for a head; the integrity officer reads but does not edit.
    expect((await gql(UPDATE, { id: env.id, i: lamps }, { viewer: org.head })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await gql(UPDATE, { id: env.id, i: lamps }, { viewer: org.integrity })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // …nor can a head move their action to another department.
    const moved = await gql(UPDATE, { id: inf.id, i: { ...lamps, departmentCode: "ENV" } }, { viewer: org.head });
    expect(moved.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("links and unlinks cases by reference; an unreadable case is not found; readers see only cases they may read", async () => {
    const complaint = await submit(t.db.prisma, complaintInput);
    const signal = await submit(t.db.prisma, corruptionInput);
    const a = await create(org.manager, { departmentCode: "INF" });
    const linked = (await ok<{ linkImprovementActionCase: Action }>(LINK, { a: a.id, r: complaint.reference.toLowerCase() }, org.head)).linkImprovementActionCase;
    expect(linked.cases).toEqual([{ id: complaint.id, reference: complaint.reference }]);
    // Again: nothing changes, nothing is recorded twice.
    await ok(LINK, { a: a.id, r: complaint.reference }, org.head);
    expect(await t.db.prisma.auditRecord.count({ where: { action: "IMPROVEMENT_CASE_LINKED" } })).toBe(1);

    // The manager and the head cannot read the corruption signal: "not found", like a reference that does not exist.
    for (const r of [signal.reference, "MG-2020-999999"]) {
      expect((await gql(LINK, { a: a.id, r }, { viewer: org.manager })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    expect((await gql(LINK, { a: a.id, r: "не е номер" }, { viewer: org.manager })).errors?.[0]?.extensions?.fieldErrors).toMatchObject([{ field: "reference" }]);

    // Linked by the system's own data (as if management had linked it before a reclassification): the manager sees a count, not the reference.
    await t.db.prisma.improvementActionCase.create({ data: { actionId: a.id, caseId: signal.id } });
    const asManager = (await ok<{ improvementActions: Action[] }>(LIST, {}, org.manager)).improvementActions[0]!;
    expect(asManager.cases.map((c) => c.reference)).toEqual([complaint.reference]);
    expect(asManager.hiddenCaseCount).toBe(1);
    const asIntegrity = (await ok<{ improvementActions: Action[] }>(LIST, {}, org.integrity)).improvementActions[0]!;
    expect(asIntegrity.cases.map((c) => c.reference)).toEqual([signal.reference]);
    expect(asIntegrity.hiddenCaseCount).toBe(1);

    const unlinked = (await ok<{ unlinkImprovementActionCase: Action }>(UNLINK, { a: a.id, r: complaint.reference }, org.manager)).unlinkImprovementActionCase;
    expect(unlinked.cases).toEqual([]);
    expect(await t.db.prisma.auditRecord.count({ where: { action: "IMPROVEMENT_CASE_UNLINKED" } })).toBe(1);
  });

  it("filters by status and year", async () => {
    const a = await create(org.manager);
    await create(org.manager, { status: "IN_PROGRESS" });
    const year = new Date().getUTCFullYear();
    const list = async (f: Record<string, unknown>) => (await ok<{ improvementActions: Action[] }>(LIST, { f }, org.manager)).improvementActions;
    expect((await list({ status: ["PLANNED"] })).map((x) => x.id)).toEqual([a.id]);
    expect(await list({ year })).toHaveLength(2);
    expect(await list({ year: year - 3 })).toHaveLength(0);
    expect((await gql(LIST, { f: { departmentCode: "NOPE" } }, { viewer: org.manager })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("summarises for the public (title, status, dates; not cancelled) and for the dashboard", async () => {
    const complaint = await submit(t.db.prisma, complaintInput);
    const a = await create(org.manager, { departmentCode: "INF" });
    await ok(LINK, { a: a.id, r: complaint.reference }, org.manager);
    const cancelled = await create(org.manager, { title: "Отменена мярка" });
    await ok(UPDATE, { id: cancelled.id, i: { ...lamps, title: "Отменена мярка", status: "CANCELLED" } }, org.manager);
    const year = new Date().getUTCFullYear();
    const pub = await publicImprovements(yearRange(year));
    expect(pub).toHaveLength(1);
    expect(Object.keys(pub[0]!).sort()).toEqual(["completedOn", "dueDate", "startedOn", "status", "title"]);
    expect(pub[0]).toMatchObject({ title: lamps.title, status: "PLANNED", dueDate: "2030-06-30", completedOn: null });
    expect(JSON.stringify(pub)).not.toContain(complaint.reference);
    expect(await publicImprovements(yearRange(year - 1))).toEqual([]);

    const summary = await improvementSummary({ viewer: org.manager });
    expect(summary?.counts).toEqual({ PLANNED: 1, IN_PROGRESS: 0, DONE: 0, CANCELLED: 1 });
    expect(summary?.open.map((x) => x.id)).toEqual([a.id]);
    expect(await improvementSummary({ viewer: org.officer })).toBeNull();
    expect((await improvementSummary({ viewer: org.headOther }))?.open).toEqual([]);
  });
});
