// getAttachment: the file itself, for download — to whoever may read its case (the same
// rules as getCase; NOT_FOUND otherwise). Opening a file of a confidential case is
// recorded, like reading the case.
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { canRead } from "@/lib/domain/access";
import { recordAudit } from "@/lib/audit/record";
import { isUuid, notFound, requireViewer } from "@/lib/cases/access";
import { isConfidential } from "@/lib/cases/get-case";

export async function getAttachment(options: {
  viewer: Viewer | null | undefined;
  attachmentId: string;
}): Promise<{ filename: string; mimeType: string; size: number; data: Buffer }> {
  const viewer = requireViewer(options.viewer);
  const db = await prisma();
  const found = isUuid(options.attachmentId)
    ? await db.attachment.findUnique({
        where: { id: options.attachmentId },
        include: { case: { select: { id: true, kind: true, departmentId: true, submitterConfidential: true } } },
      })
    : null;
  if (!found || !canRead(viewer, found.case)) throw notFound("attachment");
  if (isConfidential(found.case)) {
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actorId: viewer.id,
        action: "CASE_READ_CONFIDENTIAL",
        entityType: "Case",
        entityId: found.case.id,
        after: { attachmentId: found.id },
      }),
    );
  }
  return { filename: found.filename, mimeType: found.mimeType, size: found.size, data: Buffer.from(found.data) };
}
