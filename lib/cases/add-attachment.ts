// addAttachment: a scanned letter or photo added to a case — by whoever works on it, or
// by the clerk who just registered the paper (lib/domain/access.ts). The file is checked
// and cleaned (lib/cases/attachment-file.ts) before the transaction, so the case row is
// not held while an image is re-encoded.
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { changeCase } from "@/lib/cases/change-case";
import { precheckCase, requireViewer } from "@/lib/cases/access";
import { prepareAttachment } from "@/lib/cases/attachment-file";
import type { AttachmentMeta } from "@/lib/cases/staff-types";

export async function addAttachment(options: {
  viewer: Viewer | null | undefined;
  caseId: string;
  filename: string;
  bytes: Uint8Array;
}): Promise<AttachmentMeta> {
  const viewer = requireViewer(options.viewer);
  await precheckCase(await prisma(), viewer, options.caseId, "ATTACH");
  const file = await prepareAttachment(options.filename, options.bytes);

  return changeCase({ viewer, caseId: options.caseId, action: "ATTACH" }, async ({ tx, case: c, record }) => {
    const row = await tx.attachment.create({
      data: { caseId: c.id, filename: file.filename, mimeType: file.mimeType, size: file.size, sha256: file.sha256, data: new Uint8Array(file.data) },
      select: { id: true, filename: true, mimeType: true, size: true, createdAt: true },
    });
    await record({
      action: "ATTACHMENT_ADDED",
      after: { attachmentId: row.id, mimeType: file.mimeType, size: file.size, sha256: file.sha256 },
      event: "ATTACHMENT_ADDED",
      eventData: { attachmentId: row.id },
    });
    return row;
  });
}
