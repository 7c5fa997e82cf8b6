// The authorisation matrix: EVERY query, mutation and subscription of the schema, run as
// every role — and as nobody — against an ordinary complaint and a corruption signal,
// with the outcome each cell must have. The list is checked against the schema itself
// (introspection), so an operation added without an entry here fails this test.
//
// The complaint belongs to INF (category LIGHT) and is assigned to `officer`. The
// corruption signal is routed to INF too — wrongly, on purpose: a restricted case is
// still invisible to the department — and is assigned to the integrity officer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDb, type TestDb } from "@/tests/support/db";
import { gql, gqlSubscribe } from "@/tests/support/graphql";
import { complaintInput, corruptionInput, makeOrg, submit, type Org } from "@/tests/support/fixtures";
import type { Viewer } from "@/lib/auth/viewer";
import { assignCase } from "@/lib/cases/assign-case";
import { saveAnswerDraft } from "@/lib/cases/save-answer-draft";
import { approveAnswer } from "@/lib/cases/approve-answer";
import { sendAnswer } from "@/lib/cases/send-answer";
import { closeCase } from "@/lib/cases/close-case";
import { requestInformation } from "@/lib/cases/request-information";
import { unmarked } from "@/lib/mail/outbox";
import { resetRateLimits } from "@/lib/security/rate-limit";
import { createImprovementAction } from "@/lib/improvement/actions";

const ACTORS = ["anonymous", "clerk", "officer", "officerOther", "head", "headOther", "manager", "integrity", "admin"] as const;
type Actor = (typeof ACTORS)[number];
type Outcome = "OK" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";
type Target = "complaint" | "signal";
type Row = Record<Actor, Outcome>;

const WORDS: Record<string, Outcome> = { OK: "OK", U: "UNAUTHENTICATED", F: "FORBIDDEN", N: "NOT_FOUND" };
/** One row, in ACTORS order: anonymous clerk officer officerOther head headOther manager integrity admin. */
function row(cells: string): Row {
  const words = cells.trim().split(/\s+/);
  if (words.length !== ACTORS.length) throw new Error(`row needs ${ACTORS.length} cells: ${cells}`);
  return Object.fromEntries(ACTORS.map((a, i) => [a, WORDS[words[i]!]!])) as Row;
}
const EVERYONE = row("OK OK OK OK OK OK OK OK OK");
const ADMIN_ONLY = row("U F F F F F F F OK");

/** A case in the state an operation needs, fresh for each cell of a mutation. */
interface Fixture {
  id: string;
  reference: string;
  accessCode: string;
  ratingToken?: string;
  original?: string;
}
type CaseState = "assigned" | "awaiting" | "drafted" | "approved" | "answered" | "closed";

interface Operation {
  document: string;
  /** Variables for the cell; `c` is a fresh case (or the shared one for reads). */
  variables: (c: Fixture, target: Target) => Record<string, unknown>;
  /** The case state the operation acts on. */
  state?: CaseState;
  /** Needs a second case to merge into. */
  needsOriginal?: boolean;
  /** Changes state: a fresh case per cell. */
  mutates: boolean;
  expect: Record<Target, Row>;
}

const same = (r: Row): Record<Target, Row> => ({ complaint: r, signal: r });
/** Case-bound operations: the complaint's row as given, the signal only for the integrity officer. */
const caseBound = (complaint: string): Record<Target, Row> => ({ complaint: row(complaint), signal: row("U N N N N N N OK N") });

const draft = { findings: "Установихме повредата на място.", decision: "Ремонтът ще бъде извършен.", reasons: "Задължение на общината по закон." };

const OPERATIONS: Record<string, Operation> = {
  // ----- public (citizens) -----
  "Query.kinds": { document: `{ kinds { kind } }`, variables: () => ({}), mutates: false, expect: same(EVERYONE) },
  "Query.departments": { document: `{ departments { code } }`, variables: () => ({}), mutates: false, expect: same(EVERYONE) },
  "Query.categories": { document: `{ categories { code } }`, variables: () => ({}), mutates: false, expect: same(EVERYONE) },
  "Query.serviceUnits": { document: `{ serviceUnits { code } }`, variables: () => ({}), mutates: false, expect: same(EVERYONE) },
  "Query.deadlinePreview": { document: `{ deadlinePreview(kind: SIGNAL) { clock } }`, variables: () => ({}), mutates: false, expect: same(EVERYONE) },
  "Query.trackFeedback": {
    document: `query($r: String!, $a: String!) { trackFeedback(reference: $r, accessCode: $a) { status } }`,
    variables: (c) => ({ r: c.reference, a: c.accessCode }),
    mutates: false,
    expect: same(EVERYONE),
  },
  "Mutation.submitFeedback": {
    document: `mutation($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { reference } }`,
    variables: (_c, target) => ({ i: target === "complaint" ? complaintInput : corruptionInput }),
    mutates: true,
    expect: same(EVERYONE),
  },
  "Mutation.rateService": {
    document: `mutation($t: String!) { rateService(token: $t, score: 4) { score } }`,
    variables: (c) => ({ t: c.ratingToken }),
    state: "answered",
    mutates: true,
    expect: same(EVERYONE),
  },
  "Subscription.publicEvents": { document: `subscription { publicEvents { id type } }`, variables: () => ({}), mutates: false, expect: same(EVERYONE) },
  "Subscription.caseEvents": {
    document: `subscription { caseEvents { id type case { reference } } }`,
    variables: () => ({}),
    mutates: false,
    expect: same(row("U F OK OK OK OK OK OK F")),
  },

  // ----- staff, not bound to one case -----
  "Query.me": { document: `{ me { id role } }`, variables: () => ({}), mutates: false, expect: same(EVERYONE) },
  "Query.cases": {
    document: `{ cases(first: 5) { totalCount } }`,
    variables: () => ({}),
    mutates: false,
    expect: same(row("U F OK OK OK OK OK OK F")),
  },
  "Query.dashboard": {
    document: `{ dashboard { received { count } live { open { count } } } }`,
    variables: () => ({}),
    mutates: false,
    expect: same(row("U F F F OK OK OK OK F")),
  },
  "Query.assignableUsers": {
    document: `query($d: String!, $k: Kind) { assignableUsers(departmentCode: $d, kind: $k) { id } }`,
    variables: (_c, target) => (target === "complaint" ? { d: "INF", k: "COMPLAINT" } : { d: "INT", k: "CORRUPTION_SIGNAL" }),
    mutates: false,
    expect: { complaint: row("U F F F OK F F F F"), signal: row("U F F F F F F OK F") },
  },
  "Mutation.registerSubmission": {
    document: `mutation($i: RegisterSubmissionInput!) { registerSubmission(input: $i) { reference } }`,
    variables: (_c, target) => ({ i: { ...(target === "complaint" ? complaintInput : corruptionInput), channel: "LETTER" } }),
    mutates: true,
    expect: same(row("U OK F F F F F F F")),
  },
  "Query.caseStatusByReference": {
    document: `query($r: String!) { caseStatusByReference(reference: $r) { status } }`,
    variables: (c) => ({ r: c.reference }),
    mutates: false,
    expect: same(row("U OK F F F F F F F")),
  },

  // ----- administrator's settings (not case content) -----
  "Query.calendarOverrides": { document: `{ calendarOverrides { date type } }`, variables: () => ({}), mutates: false, expect: same(ADMIN_ONLY) },
  "Mutation.setCalendarOverride": {
    document: `mutation { setCalendarOverride(date: "2031-07-14", type: LOCAL_HOLIDAY, note: "Празник на града") { recountedCases } }`,
    variables: () => ({}),
    mutates: false,
    expect: same(ADMIN_ONLY),
  },
  "Mutation.removeCalendarOverride": {
    document: `mutation { removeCalendarOverride(date: "2031-07-15") { recountedCases } }`,
    variables: () => ({}),
    mutates: false,
    expect: same(ADMIN_ONLY),
  },
  "Query.kindPolicies": { document: `{ kindPolicies { kind } }`, variables: () => ({}), mutates: false, expect: same(ADMIN_ONLY) },
  "Mutation.updateKindPolicy": {
    document: `mutation { updateKindPolicy(kind: PRAISE, answerOwed: false, clocks: [{ clock: TARGET, termDays: 30, from: RECEIPT, basis: "Харта" }]) { kind } }`,
    variables: () => ({}),
    mutates: false,
    expect: same(ADMIN_ONLY),
  },
  "Mutation.resetKindPolicy": { document: `mutation { resetKindPolicy(kind: OPINION) { kind } }`, variables: () => ({}), mutates: false, expect: same(ADMIN_ONLY) },
  "Query.answerTemplates": { document: `{ answerTemplates { code locale } }`, variables: () => ({}), mutates: false, expect: same(ADMIN_ONLY) },
  "Mutation.saveAnswerTemplate": {
    document: `mutation { saveAnswerTemplate(input: { code: "LIGHT_FIXED", locale: bg, title: "Поправено осветление", decision: "Осветлението е поправено." }) { code } }`,
    variables: () => ({}),
    mutates: false,
    expect: same(ADMIN_ONLY),
  },
  "Mutation.deleteAnswerTemplate": {
    document: `mutation { deleteAnswerTemplate(code: "NO_SUCH", locale: en) }`,
    variables: () => ({}),
    mutates: false,
    expect: same(ADMIN_ONLY),
  },
  "Query.organisation": { document: `{ organisation { departments { code } } }`, variables: () => ({}), mutates: false, expect: same(ADMIN_ONLY) },
  "Mutation.saveDepartment": {
    document: `mutation { saveDepartment(input: { code: "CULT", nameBg: "Култура" }) { code } }`,
    variables: () => ({}),
    mutates: false,
    expect: same(ADMIN_ONLY),
  },
  "Mutation.saveServiceUnit": {
    document: `mutation { saveServiceUnit(input: { code: "CSI2", nameBg: "Звено Джебел", address: "ул. Еделвайс 1", hours: "08:00–17:00" }) { code } }`,
    variables: () => ({}),
    mutates: false,
    expect: same(ADMIN_ONLY),
  },
  "Mutation.saveCategory": {
    document: `mutation { saveCategory(input: { code: "PARKS", nameBg: "Паркове", departmentCode: "ENV" }) { code } }`,
    variables: () => ({}),
    mutates: false,
    expect: same(ADMIN_ONLY),
  },

  // ----- one case -----                                   anon clerk off  offO head headO mgr  integ admin
  "Query.case": { document: `query($c: ID!) { case(id: $c) { id } }`, variables: (c) => ({ c: c.id }), mutates: false, expect: caseBound("U N OK N OK N OK N N") },
  "Mutation.triageCase": {
    document: `mutation($c: ID!) { triageCase(caseId: $c, input: { categoryCode: "ROADS" }) { id } }`,
    variables: (c) => ({ c: c.id }),
    mutates: true,
    expect: caseBound("U N F N OK N F N N"),
  },
  "Mutation.assignCase": {
    document: `mutation($c: ID!, $u: ID!) { assignCase(caseId: $c, assigneeId: $u) { id } }`,
    variables: (c, target) => ({ c: c.id, u: target === "complaint" ? org.officer2.id : org.integrity.id }),
    mutates: true,
    expect: caseBound("U N F N OK N F N N"),
  },
  "Mutation.transferCase": {
    document: `mutation($c: ID!) { transferCase(caseId: $c, departmentCode: "ENV") { id } }`,
    variables: (c) => ({ c: c.id }),
    mutates: true,
    expect: caseBound("U N F N OK N F N N"),
  },
  "Mutation.requestInformation": {
    document: `mutation($c: ID!) { requestInformation(caseId: $c, question: "Моля, посочете номера на стълба.") { citizenEmailed } }`,
    variables: (c) => ({ c: c.id }),
    mutates: true,
    expect: caseBound("U N OK N OK N F N N"),
  },
  "Mutation.recordInformationReceived": {
    document: `mutation($c: ID!) { recordInformationReceived(caseId: $c, summary: "Отговор по телефона: стълб № 14.") { id status } }`,
    variables: (c) => ({ c: c.id }),
    state: "awaiting",
    mutates: true,
    expect: caseBound("U N OK N OK N F N N"),
  },
  "Mutation.forwardCase": {
    document: `mutation($c: ID!) { forwardCase(caseId: $c, forwardedTo: "Областна администрация Кърджали") { citizenEmailed } }`,
    variables: (c) => ({ c: c.id }),
    mutates: true,
    expect: caseBound("U N F N OK N F N N"),
  },
  "Mutation.mergeCase": {
    document: `mutation($c: ID!, $r: String!) { mergeCase(caseId: $c, intoReference: $r) { id } }`,
    variables: (c) => ({ c: c.id, r: c.original }),
    needsOriginal: true,
    mutates: true,
    expect: caseBound("U N F N OK N F N N"),
  },
  "Mutation.decideNoAnswer": {
    document: `mutation($c: ID!) { decideNoAnswer(caseId: $c, reason: ABUSIVE_LANGUAGE) { id } }`,
    variables: (c) => ({ c: c.id }),
    mutates: true,
    expect: caseBound("U N F N OK N F N N"),
  },
  "Mutation.saveAnswerDraft": {
    document: `mutation($c: ID!, $i: AnswerDraftInput!) { saveAnswerDraft(caseId: $c, input: $i) { id } }`,
    variables: (c) => ({ c: c.id, i: draft }),
    mutates: true,
    expect: caseBound("U N OK N OK N F N N"),
  },
  "Mutation.approveAnswer": {
    document: `mutation($c: ID!) { approveAnswer(caseId: $c) { id } }`,
    variables: (c) => ({ c: c.id }),
    state: "drafted",
    mutates: true,
    expect: caseBound("U N F N OK N F N N"),
  },
  "Mutation.sendAnswer": {
    document: `mutation($c: ID!) { sendAnswer(caseId: $c) { citizenEmailed } }`,
    variables: (c) => ({ c: c.id }),
    state: "approved",
    mutates: true,
    expect: caseBound("U N F N OK N F N N"),
  },
  "Mutation.closeCase": {
    document: `mutation($c: ID!) { closeCase(caseId: $c) { id } }`,
    variables: (c) => ({ c: c.id }),
    state: "answered",
    mutates: true,
    expect: caseBound("U N F N OK N F N N"),
  },
  "Mutation.reopenCase": {
    document: `mutation($c: ID!) { reopenCase(caseId: $c, reason: "Гражданинът се върна.") { id } }`,
    variables: (c) => ({ c: c.id }),
    state: "closed",
    mutates: true,
    expect: caseBound("U N F N OK N F N N"),
  },
  "Mutation.addNote": {
    document: `mutation($c: ID!) { addNote(caseId: $c, text: "Обаждане.") { id } }`,
    variables: (c) => ({ c: c.id }),
    mutates: true,
    expect: caseBound("U N OK N OK N F N N"),
  },
  // ----- improvement actions (lib/domain/improvement.ts); `improvementId` is INF's action -----
  "Query.improvementActions": {
    document: `{ improvementActions { id title cases { reference } } }`,
    variables: () => ({}),
    mutates: false,
    expect: same(row("U F F F OK OK OK OK F")),
  },
  "Mutation.createImprovementAction": {
    document: `mutation($i: ImprovementActionInput!) { createImprovementAction(input: $i) { id } }`,
    variables: () => ({ i: improvementInput }),
    mutates: true,
    expect: same(row("U F F F OK OK OK F F")),
  },
  "Mutation.updateImprovementAction": {
    document: `mutation($a: ID!, $i: ImprovementActionInput!) { updateImprovementAction(id: $a, input: $i) { id } }`,
    variables: () => ({ a: improvementId, i: { ...improvementInput, departmentCode: "INF", status: "IN_PROGRESS" } }),
    mutates: true,
    expect: same(row("U F F F OK N OK F F")),
  },
  "Mutation.linkImprovementActionCase": {
    document: `mutation($a: ID!, $r: String!) { linkImprovementActionCase(actionId: $a, reference: $r) { id } }`,
    variables: (c) => ({ a: improvementId, r: c.reference }),
    mutates: true,
    expect: { complaint: row("U F F F OK N OK F F"), signal: row("U F F F N N N F F") },
  },
  "Mutation.unlinkImprovementActionCase": {
    document: `mutation($a: ID!, $r: String!) { unlinkImprovementActionCase(actionId: $a, reference: $r) { id } }`,
    variables: (c) => ({ a: improvementId, r: c.reference }),
    mutates: true,
    expect: { complaint: row("U F F F OK N OK F F"), signal: row("U F F F N N N F F") },
  },
};

const improvementInput = { title: "Нови улични лампи", description: "Подмяна на осветлението по сигнали на граждани.", owner: "Отдел „Благоустройство“" };
let improvementId = "";

let t: TestDb;
let org: Org;
beforeAll(async () => {
  t = await startTestDb();
  org = await makeOrg(t.db.prisma);
  improvementId = (await createImprovementAction({ viewer: org.manager, input: { ...improvementInput, departmentCode: "INF" } })).id;
});
afterAll(async () => {
  await t?.close();
});

function viewerOf(actor: Actor): Viewer | null {
  return actor === "anonymous" ? null : org[actor];
}

/** A case of the target kind, brought to `state` by the people who would do it. */
async function fixture(target: Target, state: CaseState = "assigned", needsOriginal = false): Promise<Fixture> {
  const input = target === "complaint" ? complaintInput : corruptionInput;
  const head = target === "complaint" ? org.head : org.integrity;
  const worker = target === "complaint" ? org.officer : org.integrity;
  const c = await submit(t.db.prisma, input);
  const f: Fixture = { id: c.id, reference: c.reference, accessCode: c.accessCode };
  await assignCase({ viewer: head, caseId: c.id, assigneeId: worker.id });
  if (needsOriginal) f.original = (await submit(t.db.prisma, input)).reference;
  if (state === "assigned") return f;
  if (state === "awaiting") {
    await requestInformation({ viewer: worker, caseId: c.id, question: "Моля, посочете номера на стълба." });
    return f;
  }
  await saveAnswerDraft({ viewer: worker, caseId: c.id, input: draft });
  if (state === "drafted") return f;
  await approveAnswer({ viewer: head, caseId: c.id });
  if (state === "approved") return f;
  await sendAnswer({ viewer: head, caseId: c.id });
  const mail = await t.db.prisma.outboundMail.findFirstOrThrow({ where: { caseId: c.id, attachAnswerPdf: true } });
  f.ratingToken = /\/rate\/([A-Za-z0-9_-]+)/.exec(unmarked(mail.text))![1]!;
  if (state === "answered") return f;
  await closeCase({ viewer: head, caseId: c.id });
  return f;
}

async function outcome(name: string, op: Operation, c: Fixture, target: Target, actor: Actor): Promise<Outcome | string> {
  resetRateLimits();
  const viewer = viewerOf(actor);
  const variables = op.variables(c, target);
  let errors: readonly { extensions?: Record<string, unknown>; message: string }[] | undefined;
  if (name.startsWith("Subscription.")) {
    const result = await gqlSubscribe(op.document, variables, { viewer });
    if (Symbol.asyncIterator in result) await (result as AsyncGenerator).return(undefined);
    else errors = result.errors;
  } else {
    const result = await gql(op.document, variables, { viewer });
    errors = result.errors;
    if (!errors && (result.data === null || result.data === undefined)) return "NO DATA";
  }
  if (!errors?.length) return "OK";
  const code = errors[0]!.extensions?.code;
  return code === "UNAUTHENTICATED" || code === "FORBIDDEN" || code === "NOT_FOUND" ? code : `${String(code)}: ${errors[0]!.message}`;
}

describe("authorisation matrix", () => {
  it("has an entry for every operation in the schema", async () => {
    const { data } = await gql<{
      __schema: { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] }; subscriptionType: { fields: { name: string }[] } | null };
    }>(`{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }`);
    const inSchema = [
      ...data!.__schema.queryType.fields.map((f) => `Query.${f.name}`),
      ...data!.__schema.mutationType.fields.map((f) => `Mutation.${f.name}`),
      ...(data!.__schema.subscriptionType?.fields ?? []).map((f) => `Subscription.${f.name}`),
    ].sort();
    expect(Object.keys(OPERATIONS).sort()).toEqual(inSchema);
  });

  for (const [name, op] of Object.entries(OPERATIONS)) {
    it(`${name} — as each role, on a complaint and on a corruption signal`, async () => {
      const actual: Record<Target, Record<Actor, Outcome | string>> = { complaint: {} as Row, signal: {} as Row };
      for (const target of ["complaint", "signal"] as const) {
        const shared = op.mutates ? null : await fixture(target, op.state, op.needsOriginal);
        for (const actor of ACTORS) {
          const c = shared ?? (await fixture(target, op.state, op.needsOriginal));
          actual[target][actor] = await outcome(name, op, c, target, actor);
        }
      }
      expect(actual).toEqual(op.expect);
    });
  }
});
