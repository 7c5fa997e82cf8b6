// me: the signed-in staff member as the staff pages show them (null for citizens).
import type { Viewer } from "@/lib/auth/viewer";
import { referenceIndex } from "@/lib/cases/reference-data";
import type { StaffUserView } from "@/lib/cases/staff-types";

export async function me(options: { viewer: Viewer | null | undefined }): Promise<StaffUserView | null> {
  const v = options.viewer;
  if (!v) return null;
  const index = await referenceIndex();
  return {
    id: v.id,
    name: v.name,
    email: v.email,
    role: v.role,
    locale: v.locale,
    departmentCode: v.departmentId ? (index.departments.get(v.departmentId)?.code ?? null) : null,
    serviceUnitCode: v.serviceUnitId ? (index.serviceUnits.get(v.serviceUnitId)?.code ?? null) : null,
  };
}
