// listAssignableUsers: the people a head may give a case of their department to (the
// assign dropdown): its active officers and heads — for the integrity unit, its
// integrity officers. The same rule as assignCase checks (canBeAssigned).
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { canBeAssigned, canListAssignees } from "@/lib/domain/access";
import type { Kind } from "@/lib/domain/kinds";
import { assertDecision } from "@/lib/cases/access";
import { findDepartment } from "@/lib/cases/reference-data";
import type { StaffUserView } from "@/lib/cases/staff-types";

export async function listAssignableUsers(options: {
  viewer: Viewer | null | undefined;
  departmentCode: string;
  /** For a case of a restricted kind, only integrity officers qualify. */
  kind?: Kind | null;
}): Promise<StaffUserView[]> {
  const viewer = options.viewer ?? null;
  if (!viewer) throw new AppError("UNAUTHENTICATED", "sign-in required");
  const department = await findDepartment(options.departmentCode);
  if (!department) throw AppError.badInput([{ field: "departmentCode", code: "INVALID_CHOICE" }]);
  assertDecision(canListAssignees(viewer, department.id), "list assignable users");
  const db = await prisma();
  const users = await db.user.findMany({
    where: { departmentId: department.id, disabled: false },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true, role: true, locale: true, departmentId: true, disabled: true, serviceUnit: { select: { code: true } } },
  });
  // Without a kind, the rule for an ordinary (not restricted) case of the department.
  const facts = { kind: options.kind ?? ("COMPLAINT" satisfies Kind), departmentId: department.id };
  return users
    .filter((u) => canBeAssigned(u, facts))
    .map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      role: u.role,
      locale: u.locale,
      departmentCode: department.code,
      serviceUnitCode: u.serviceUnit?.code ?? null,
    }));
}
