// The improvement-action register (lib/improvement/actions.ts). Staff scope is the first
// gate; the use cases decide who keeps or reads which actions (lib/domain/improvement.ts).
import { builder } from "@/graphql/builder";
import { run } from "@/graphql/errors";
import { IMPROVEMENT_STATUSES } from "@/lib/domain/improvement";
import { pick } from "@/lib/cases/reference-data";
import {
  createImprovementAction,
  linkImprovementActionCase,
  listImprovementActions,
  unlinkImprovementActionCase,
  updateImprovementAction,
  type ImprovementActionView,
} from "@/lib/improvement/actions";

export const ImprovementStatusEnum = builder.enumType("ImprovementStatus", { values: IMPROVEMENT_STATUSES });

const LinkedCase = builder.objectRef<{ id: string; reference: string }>("ImprovementLinkedCase").implement({
  fields: (t) => ({ id: t.exposeID("id"), reference: t.exposeString("reference") }),
});

const ImprovementActionType = builder.objectRef<ImprovementActionView>("ImprovementAction").implement({
  description: "Something the administration changes because of feedback (charter commitment 12).",
  fields: (t) => ({
    id: t.exposeID("id"),
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    owner: t.exposeString("owner", { description: "Who answers for it (a person or a unit)." }),
    departmentCode: t.string({ nullable: true, resolve: (a) => a.department?.code ?? null }),
    departmentName: t.string({ nullable: true, resolve: (a, _args, ctx) => (a.department ? pick(a.department.name, ctx.locale) : null) }),
    dueDate: t.field({ type: "Date", nullable: true, resolve: (a) => a.dueDate }),
    status: t.field({ type: ImprovementStatusEnum, resolve: (a) => a.status }),
    completedAt: t.field({ type: "DateTime", nullable: true, resolve: (a) => a.completedAt }),
    createdAt: t.field({ type: "DateTime", resolve: (a) => a.createdAt }),
    updatedAt: t.field({ type: "DateTime", resolve: (a) => a.updatedAt }),
    cases: t.field({ type: [LinkedCase], description: "The cases that prompted it, of those the viewer may read.", resolve: (a) => a.cases }),
    hiddenCaseCount: t.exposeInt("hiddenCaseCount", { description: "Linked cases the viewer may not read." }),
  }),
});

const ImprovementFilterInput = builder.inputType("ImprovementActionFilter", {
  fields: (t) => ({
    status: t.field({ type: [ImprovementStatusEnum], required: false }),
    departmentCode: t.string({ required: false }),
    year: t.int({ required: false, description: "Created or completed in this calendar year." }),
  }),
});

const ImprovementInput = builder.inputType("ImprovementActionInput", {
  fields: (t) => ({
    title: t.string({ required: true }),
    description: t.string({ required: true }),
    owner: t.string({ required: true }),
    dueDate: t.field({ type: "Date", required: false }),
    status: t.field({ type: ImprovementStatusEnum, required: false, description: "Default PLANNED (create) or unchanged (update)." }),
    departmentCode: t.string({ required: false, description: "Blank: municipality-wide (management); a head's actions are their department's." }),
  }),
});

builder.queryField("improvementActions", (t) =>
  t.field({
    type: [ImprovementActionType],
    description: "The register: management and the integrity officer read all of it, heads their department's.",
    authScopes: { staff: true },
    args: { filter: t.arg({ type: ImprovementFilterInput, required: false }) },
    resolve: (_r, args, ctx) => run(ctx.locale, () => listImprovementActions({ viewer: ctx.viewer, filter: args.filter })),
  }),
);

builder.mutationField("createImprovementAction", (t) =>
  t.field({
    type: ImprovementActionType,
    authScopes: { staff: true },
    args: { input: t.arg({ type: ImprovementInput, required: true }) },
    resolve: (_r, args, ctx) => run(ctx.locale, () => createImprovementAction({ viewer: ctx.viewer, input: args.input })),
  }),
);

builder.mutationField("updateImprovementAction", (t) =>
  t.field({
    type: ImprovementActionType,
    description: "Replaces the action's fields; DONE records when it was completed.",
    authScopes: { staff: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: ImprovementInput, required: true }) },
    resolve: (_r, args, ctx) => run(ctx.locale, () => updateImprovementAction({ viewer: ctx.viewer, id: String(args.id), input: args.input })),
  }),
);

builder.mutationField("linkImprovementActionCase", (t) =>
  t.field({
    type: ImprovementActionType,
    description: "Links a case (by reference) that prompted the action; the viewer must be able to read it.",
    authScopes: { staff: true },
    args: { actionId: t.arg.id({ required: true }), reference: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) =>
      run(ctx.locale, () => linkImprovementActionCase({ viewer: ctx.viewer, actionId: String(args.actionId), reference: args.reference })),
  }),
);

builder.mutationField("unlinkImprovementActionCase", (t) =>
  t.field({
    type: ImprovementActionType,
    authScopes: { staff: true },
    args: { actionId: t.arg.id({ required: true }), reference: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) =>
      run(ctx.locale, () => unlinkImprovementActionCase({ viewer: ctx.viewer, actionId: String(args.actionId), reference: args.reference })),
  }),
);
