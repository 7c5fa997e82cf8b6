// approveAnswer: the head of the department approves the answer in the making (the
// integrity officer for restricted kinds). Only heads approve, so an officer's draft
// always passes a second pair of eyes; a head may approve a draft they wrote themselves
// — they sign for the department either way (lib/domain/access.ts).
import type { Viewer } from "@/lib/auth/viewer";
import { changeCase } from "@/lib/cases/change-case";
import { assertOpen, conflict } from "@/lib/cases/lifecycle";
import type { DraftView } from "@/lib/cases/staff-types";

export async function approveAnswer(options: { viewer: Viewer | null | undefined; caseId: string }): Promise<DraftView> {
  return changeCase({ viewer: options.viewer, caseId: options.caseId, action: "APPROVE" }, async ({ tx, viewer, case: c, record }) => {
    assertOpen(c.status, "approve an answer on");
    const draft = await tx.answerDraft.findFirst({ where: { caseId: c.id, status: "DRAFT" }, orderBy: { createdAt: "desc" } });
    if (!draft) throw conflict(`${c.reference} has no draft answer to approve`);
    const approvedAt = new Date();
    const approved = await tx.answerDraft.update({
      where: { id: draft.id },
      data: { status: "APPROVED", approvedById: viewer.id, approvedAt },
      include: { author: { select: { id: true, name: true } } },
    });
    await record({
      action: "DRAFT_APPROVED",
      before: { draftId: draft.id, draftStatus: "DRAFT" },
      after: { draftId: draft.id, draftStatus: "APPROVED", authorId: draft.authorId },
      event: "DRAFT_APPROVED",
      eventData: { draftId: draft.id },
    });
    return {
      id: approved.id,
      status: approved.status,
      findings: approved.findings,
      decision: approved.decision,
      reasons: approved.reasons,
      author: approved.author,
      approvedBy: { id: viewer.id, name: viewer.name },
      approvedAt,
      sentAt: null,
      updatedAt: approved.updatedAt,
    };
  });
}
