// Reference data, localised: kinds with plain-language help, departments, categories,
// service units. `locale` defaults to the request's Accept-Language.
import { builder } from "@/graphql/builder";
import { run } from "@/graphql/errors";
import { KindEnum, LocaleEnum } from "@/graphql/types/enums";
import { getReferenceData, localisedKinds } from "@/lib/cases/reference-data";
import type { LocalisedCategory, LocalisedDepartment, LocalisedKind, LocalisedServiceUnit } from "@/lib/cases/types";

const KindInfo = builder.objectRef<LocalisedKind>("KindInfo").implement({
  fields: (t) => ({
    kind: t.field({ type: KindEnum, resolve: (k) => k.kind }),
    name: t.exposeString("name"),
    description: t.exposeString("description"),
    answerOwed: t.exposeBoolean("answerOwed", { description: "Whether the law owes a written answer to a named submitter." }),
  }),
});
const Department = builder.objectRef<LocalisedDepartment>("Department").implement({
  fields: (t) => ({ code: t.exposeString("code"), name: t.exposeString("name") }),
});
const Category = builder.objectRef<LocalisedCategory>("Category").implement({
  fields: (t) => ({ code: t.exposeString("code"), name: t.exposeString("name"), departmentCode: t.exposeString("departmentCode") }),
});
const ServiceUnit = builder.objectRef<LocalisedServiceUnit>("ServiceUnit").implement({
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    address: t.exposeString("address"),
    hours: t.exposeString("hours"),
  }),
});

builder.queryField("kinds", (t) =>
  t.field({
    type: [KindInfo],
    args: { locale: t.arg({ type: LocaleEnum, required: false }) },
    resolve: (_r, args, ctx) => localisedKinds(args.locale ?? ctx.locale),
  }),
);
builder.queryField("departments", (t) =>
  t.field({
    type: [Department],
    args: { locale: t.arg({ type: LocaleEnum, required: false }) },
    resolve: (_r, args, ctx) => run(ctx.locale, async () => (await getReferenceData(args.locale ?? ctx.locale)).departments),
  }),
);
builder.queryField("categories", (t) =>
  t.field({
    type: [Category],
    args: { locale: t.arg({ type: LocaleEnum, required: false }), departmentCode: t.arg.string({ required: false }) },
    resolve: (_r, args, ctx) =>
      run(ctx.locale, async () =>
        (await getReferenceData(args.locale ?? ctx.locale)).categories.filter(
          (c) => !args.departmentCode || c.departmentCode === args.departmentCode,
        ),
      ),
  }),
);
builder.queryField("serviceUnits", (t) =>
  t.field({
    type: [ServiceUnit],
    args: { locale: t.arg({ type: LocaleEnum, required: false }) },
    resolve: (_r, args, ctx) => run(ctx.locale, async () => (await getReferenceData(args.locale ?? ctx.locale)).serviceUnits),
  }),
);
