// listUsers: the administrator's list of staff accounts (the admin page), with where
// each one belongs and whether it is enabled. Changes go through lib/auth/users.ts
// (disableUser, enableUser, upsertUser), which audit them.
import { prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import type { UserSummary } from "@/lib/auth/users";
import { assertAdmin } from "@/lib/admin/access";

export async function listUsers(options: { viewer: Viewer | null | undefined }): Promise<UserSummary[]> {
  await assertAdmin(options.viewer);
  const db = await prisma();
  const rows = await db.user.findMany({
    orderBy: [{ disabled: "asc" }, { role: "asc" }, { name: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      disabled: true,
      totpEnabledAt: true,
      department: { select: { code: true } },
      serviceUnit: { select: { code: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    departmentCode: r.department?.code ?? null,
    unitCode: r.serviceUnit?.code ?? null,
    locale: r.locale,
    disabled: r.disabled,
    totpEnabled: r.totpEnabledAt !== null,
  }));
}
