// The administrator's settings (issue: "Administrator: users, departments, service units,
// categories, policies (terms per kind), calendar overrides, answer templates; not case
// content"). ADMIN only: the scope is the first gate, the use cases (lib/admin) decide.
import { builder } from "@/graphql/builder";
import { run } from "@/graphql/errors";
import { CALENDAR_OVERRIDE_TYPES, listCalendarOverrides, removeCalendarOverride, setCalendarOverride } from "@/lib/admin/calendar";
import type { CalendarChangeResult, CalendarOverrideView } from "@/lib/admin/calendar";
import { listKindPolicies, resetKindPolicy, updateKindPolicy, type KindPolicyView } from "@/lib/admin/policies";
import { ClockTypeEnum, KindEnum, LocaleEnum } from "@/graphql/types/enums";
import { listOrganisation, saveCategory, saveDepartment, saveServiceUnit, type Organisation, type OrgUnitView } from "@/lib/admin/organisation";
import { deleteTemplate, listTemplates, saveTemplate, type AnswerTemplateView } from "@/lib/admin/templates";
import { CLOCK_TYPES } from "@/lib/domain/kinds";
import type { ClockRule } from "@/lib/domain/policy";

const adminOnly = { roles: ["ADMIN"] } as const;

// ---------------------------------------------------------------------------------------
// Calendar overrides

export const CalendarOverrideTypeEnum = builder.enumType("CalendarOverrideType", {
  description: "DAY_OFF: declared by the Council of Ministers; WORKING_DAY: a Saturday worked in exchange; LOCAL_HOLIDAY: by the municipal council.",
  values: CALENDAR_OVERRIDE_TYPES,
});

const CalendarOverrideObject = builder.objectRef<CalendarOverrideView>("CalendarOverride").implement({
  fields: (t) => ({
    date: t.field({ type: "Date", resolve: (o) => o.date }),
    type: t.field({ type: CalendarOverrideTypeEnum, resolve: (o) => o.type }),
    note: t.exposeString("note"),
  }),
});

const CalendarChange = builder.objectRef<CalendarChangeResult>("CalendarChange").implement({
  description: "An override saved or removed, and the open terms it moved (each moved case has a CASE_UPDATED event).",
  fields: (t) => ({
    override: t.field({ type: CalendarOverrideObject, nullable: true, resolve: (r) => r.override }),
    recountedCases: t.exposeInt("recountedCases"),
    recountedClocks: t.exposeInt("recountedClocks"),
  }),
});

builder.queryField("calendarOverrides", (t) =>
  t.field({
    type: [CalendarOverrideObject],
    authScopes: adminOnly,
    resolve: (_r, _a, ctx) => run(ctx.locale, () => listCalendarOverrides({ viewer: ctx.viewer })),
  }),
);

builder.mutationField("setCalendarOverride", (t) =>
  t.field({
    type: CalendarChange,
    description: "Declare a day off, a working day or a local holiday (replacing any override of that date); recounts the open terms it moves.",
    authScopes: adminOnly,
    args: {
      date: t.arg({ type: "Date", required: true }),
      type: t.arg({ type: CalendarOverrideTypeEnum, required: true }),
      note: t.arg.string({ required: false }),
    },
    resolve: (_r, args, ctx) =>
      run(ctx.locale, () => setCalendarOverride({ viewer: ctx.viewer, date: args.date, type: args.type, note: args.note })),
  }),
);

builder.mutationField("removeCalendarOverride", (t) =>
  t.field({
    type: CalendarChange,
    authScopes: adminOnly,
    args: { date: t.arg({ type: "Date", required: true }) },
    resolve: (_r, args, ctx) => run(ctx.locale, () => removeCalendarOverride({ viewer: ctx.viewer, date: args.date })),
  }),
);

// ---------------------------------------------------------------------------------------
// Terms per kind (policies): a change applies to cases received from then on.

const ClockStartEnum = builder.enumType("ClockStart", {
  description: "What a term counts from: the day of receipt, or the day another clock of the case was met (else its due date).",
  values: ["RECEIPT", ...CLOCK_TYPES] as const,
});

const ClockRuleObject = builder.objectRef<ClockRule>("ClockRule").implement({
  fields: (t) => ({
    clock: t.field({ type: ClockTypeEnum, resolve: (r) => r.clock }),
    termDays: t.int({ nullable: true, resolve: (r) => ("days" in r.term ? r.term.days : null) }),
    termMonths: t.int({ nullable: true, resolve: (r) => ("months" in r.term ? r.term.months : null) }),
    termMinutes: t.int({
      nullable: true,
      description: "A test term in minutes (HARTA_ALLOW_MINUTE_TERMS only); null for legal terms.",
      resolve: (r) => ("minutes" in r.term ? r.term.minutes : null),
    }),
    from: t.field({ type: ClockStartEnum, resolve: (r) => r.from }),
    basis: t.exposeString("basis"),
    warnBeforeWorkingDays: t.int({ nullable: true, resolve: (r) => r.warnBeforeWorkingDays ?? null }),
    pausable: t.boolean({
      description: "Whether the clock pauses while the case waits for the citizen's clarification (the internal target only, by default).",
      resolve: (r) => r.pausable ?? false,
    }),
  }),
});

const KindPolicyObject = builder.objectRef<KindPolicyView>("KindPolicy").implement({
  description: "The terms a kind of submission carries. The stored policy applies to cases received after it was saved.",
  fields: (t) => ({
    kind: t.field({ type: KindEnum, resolve: (p) => p.kind }),
    answerOwed: t.exposeBoolean("answerOwed"),
    clocks: t.field({ type: [ClockRuleObject], resolve: (p) => p.clocks }),
    custom: t.exposeBoolean("custom", { description: "False: the legal default." }),
    updatedAt: t.field({ type: "DateTime", nullable: true, resolve: (p) => p.updatedAt }),
    defaults: t.field({ type: [ClockRuleObject], description: "The legal default's terms.", resolve: (p) => p.defaults.clocks }),
  }),
});

const ClockRuleInput = builder.inputType("ClockRuleInput", {
  description: "One term: termDays OR termMonths.",
  fields: (t) => ({
    clock: t.field({ type: ClockTypeEnum, required: true }),
    termDays: t.int({ required: false }),
    termMonths: t.int({ required: false }),
    from: t.field({ type: ClockStartEnum, required: true }),
    basis: t.string({ required: true }),
    warnBeforeWorkingDays: t.int({ required: false }),
    pausable: t.boolean({ required: false, description: "Unset: the legal default for that clock (only TARGET pauses)." }),
  }),
});

builder.queryField("kindPolicies", (t) =>
  t.field({
    type: [KindPolicyObject],
    authScopes: adminOnly,
    resolve: (_r, _a, ctx) => run(ctx.locale, () => listKindPolicies({ viewer: ctx.viewer })),
  }),
);

builder.mutationField("updateKindPolicy", (t) =>
  t.field({
    type: KindPolicyObject,
    description: "Replace a kind's terms. Applies to cases received from now on; running terms do not change.",
    authScopes: adminOnly,
    args: {
      kind: t.arg({ type: KindEnum, required: true }),
      answerOwed: t.arg.boolean({ required: true }),
      clocks: t.arg({ type: [ClockRuleInput], required: true }),
    },
    resolve: (_r, args, ctx) =>
      run(ctx.locale, () => updateKindPolicy({ viewer: ctx.viewer, kind: args.kind, answerOwed: args.answerOwed, clocks: args.clocks })),
  }),
);

builder.mutationField("resetKindPolicy", (t) =>
  t.field({
    type: KindPolicyObject,
    description: "Back to the legal default (for cases received from now on).",
    authScopes: adminOnly,
    args: { kind: t.arg({ type: KindEnum, required: true }) },
    resolve: (_r, args, ctx) => run(ctx.locale, () => resetKindPolicy({ viewer: ctx.viewer, kind: args.kind })),
  }),
);

// ---------------------------------------------------------------------------------------
// Answer templates (used by saveAnswerDraft's templateCode, in the case's language)

const AnswerTemplateObject = builder.objectRef<AnswerTemplateView>("AnswerTemplate").implement({
  fields: (t) => ({
    code: t.exposeString("code"),
    locale: t.field({ type: LocaleEnum, resolve: (a) => a.locale }),
    title: t.exposeString("title"),
    findings: t.exposeString("findings"),
    decision: t.exposeString("decision"),
    reasons: t.exposeString("reasons"),
    updatedAt: t.field({ type: "DateTime", resolve: (a) => a.updatedAt }),
  }),
});

const AnswerTemplateInputType = builder.inputType("AnswerTemplateInput", {
  fields: (t) => ({
    code: t.string({ required: true }),
    locale: t.field({ type: LocaleEnum, required: true }),
    title: t.string({ required: true }),
    findings: t.string({ required: false }),
    decision: t.string({ required: false }),
    reasons: t.string({ required: false }),
  }),
});

builder.queryField("answerTemplates", (t) =>
  t.field({
    type: [AnswerTemplateObject],
    description: "Every answer template in every language (the administrator's list).",
    authScopes: adminOnly,
    resolve: (_r, _a, ctx) => run(ctx.locale, () => listTemplates({ viewer: ctx.viewer })),
  }),
);

builder.mutationField("saveAnswerTemplate", (t) =>
  t.field({
    type: AnswerTemplateObject,
    description: "Create the template of (code, locale) or replace its texts.",
    authScopes: adminOnly,
    args: { input: t.arg({ type: AnswerTemplateInputType, required: true }) },
    resolve: (_r, args, ctx) => run(ctx.locale, () => saveTemplate({ viewer: ctx.viewer, input: args.input })),
  }),
);

builder.mutationField("deleteAnswerTemplate", (t) =>
  t.boolean({
    description: "False when there was no such template. Drafts keep the text they copied.",
    authScopes: adminOnly,
    args: { code: t.arg.string({ required: true }), locale: t.arg({ type: LocaleEnum, required: true }) },
    resolve: (_r, args, ctx) => run(ctx.locale, () => deleteTemplate({ viewer: ctx.viewer, code: args.code, locale: args.locale })),
  }),
);

// ---------------------------------------------------------------------------------------
// Departments, service units, categories: create and rename (codes never change)

const OrgUnitObject = builder.objectRef<OrgUnitView>("OrganisationUnit").implement({
  description: "A department, service unit or category with its names in every language.",
  fields: (t) => ({
    code: t.exposeString("code"),
    nameBg: t.string({ resolve: (u) => u.name.bg ?? "" }),
    nameTr: t.string({ nullable: true, resolve: (u) => u.name.tr ?? null }),
    nameEn: t.string({ nullable: true, resolve: (u) => u.name.en ?? null }),
    departmentCode: t.string({ nullable: true, resolve: (u) => u.departmentCode ?? null }),
    address: t.string({ nullable: true, resolve: (u) => u.address ?? null }),
    hours: t.string({ nullable: true, resolve: (u) => u.hours ?? null }),
    caseCount: t.exposeInt("caseCount"),
  }),
});

const OrganisationObject = builder.objectRef<Organisation>("Organisation").implement({
  fields: (t) => ({
    departments: t.field({ type: [OrgUnitObject], resolve: (o) => o.departments }),
    serviceUnits: t.field({ type: [OrgUnitObject], resolve: (o) => o.serviceUnits }),
    categories: t.field({ type: [OrgUnitObject], resolve: (o) => o.categories }),
  }),
});

const OrgUnitInput = builder.inputType("OrganisationUnitInput", {
  description: "code: the key (A–Z, 0–9, _), never changed; saving an existing code renames it. departmentCode: categories only; address and hours: service units only.",
  fields: (t) => ({
    code: t.string({ required: true }),
    nameBg: t.string({ required: true }),
    nameTr: t.string({ required: false }),
    nameEn: t.string({ required: false }),
    departmentCode: t.string({ required: false }),
    address: t.string({ required: false }),
    hours: t.string({ required: false }),
  }),
});

builder.queryField("organisation", (t) =>
  t.field({
    type: OrganisationObject,
    description: "Departments, service units and categories with every language's names (the administrator's view).",
    authScopes: adminOnly,
    resolve: (_r, _a, ctx) => run(ctx.locale, () => listOrganisation({ viewer: ctx.viewer })),
  }),
);

builder.mutationField("saveDepartment", (t) =>
  t.field({
    type: OrgUnitObject,
    authScopes: adminOnly,
    args: { input: t.arg({ type: OrgUnitInput, required: true }) },
    resolve: (_r, args, ctx) => run(ctx.locale, () => saveDepartment({ viewer: ctx.viewer, input: args.input })),
  }),
);

builder.mutationField("saveServiceUnit", (t) =>
  t.field({
    type: OrgUnitObject,
    authScopes: adminOnly,
    args: { input: t.arg({ type: OrgUnitInput, required: true }) },
    resolve: (_r, args, ctx) => run(ctx.locale, () => saveServiceUnit({ viewer: ctx.viewer, input: args.input })),
  }),
);

builder.mutationField("saveCategory", (t) =>
  t.field({
    type: OrgUnitObject,
    authScopes: adminOnly,
    args: { input: t.arg({ type: OrgUnitInput, required: true }) },
    resolve: (_r, args, ctx) => run(ctx.locale, () => saveCategory({ viewer: ctx.viewer, input: args.input })),
  }),
);
