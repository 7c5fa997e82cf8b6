// checkAuditTrail: the administrator walks the audit chain from the admin page — the
// same check as `npm run audit:verify` (lib/audit/verify.ts), for administrators only.
import { prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import { verifyAuditChain, type AuditVerification } from "@/lib/audit/verify";
import { assertAdmin } from "@/lib/admin/access";

export async function checkAuditTrail(options: { viewer: Viewer | null | undefined }): Promise<AuditVerification> {
  await assertAdmin(options.viewer);
  return verifyAuditChain(await prisma());
}
