// staffNames: who the ids in a case's timeline are ("assignee: — → Erol Mustafov"). The
// list of staff is not secret among staff (lib/domain/access.ts, canListAssignees), but
// only those who read cases see a timeline, so only they may ask.
import { prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import { readsCases } from "@/lib/domain/access";
import { isUuid, requireViewer } from "@/lib/cases/access";

export async function staffNames(options: { viewer: Viewer | null | undefined; ids: readonly string[] }): Promise<Map<string, string>> {
  const viewer = requireViewer(options.viewer);
  const ids = [...new Set(options.ids.filter(isUuid))];
  if (!readsCases(viewer) || ids.length === 0) return new Map();
  const db = await prisma();
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}
