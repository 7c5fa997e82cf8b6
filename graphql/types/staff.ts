// Staff members: who is signed in (me) and whom a case can be assigned to.
import { builder } from "@/graphql/builder";
import { run } from "@/graphql/errors";
import { KindEnum, LocaleEnum, RoleEnum } from "@/graphql/types/enums";
import { me } from "@/lib/cases/me";
import { listAssignableUsers } from "@/lib/cases/list-assignable-users";
import type { StaffRef, StaffUserView } from "@/lib/cases/staff-types";

export const StaffRefType = builder.objectRef<StaffRef>("StaffRef").implement({
  description: "A staff member as named on a case.",
  fields: (t) => ({ id: t.exposeID("id"), name: t.exposeString("name") }),
});

export const StaffUser = builder.objectRef<StaffUserView>("StaffUser").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    email: t.exposeString("email"),
    role: t.field({ type: RoleEnum, resolve: (u) => u.role }),
    locale: t.field({ type: LocaleEnum, resolve: (u) => u.locale }),
    departmentCode: t.exposeString("departmentCode", { nullable: true }),
    serviceUnitCode: t.exposeString("serviceUnitCode", { nullable: true }),
  }),
});

builder.queryField("me", (t) =>
  t.field({
    type: StaffUser,
    nullable: true,
    description: "The signed-in staff member; null for citizens.",
    authScopes: { public: true },
    resolve: (_r, _a, ctx) => run(ctx.locale, () => me({ viewer: ctx.viewer })),
  }),
);

builder.queryField("assignableUsers", (t) =>
  t.field({
    type: [StaffUser],
    description: "Officers and heads of a department a case can be assigned to (the head's dropdown).",
    authScopes: { staff: true },
    args: { departmentCode: t.arg.string({ required: true }), kind: t.arg({ type: KindEnum, required: false }) },
    resolve: (_r, args, ctx) =>
      run(ctx.locale, () => listAssignableUsers({ viewer: ctx.viewer, departmentCode: args.departmentCode, kind: args.kind })),
  }),
);
