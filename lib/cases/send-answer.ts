// sendAnswer: the head sends the approved answer. The text, with the case reference and
// the date, becomes Case.answerText (the citizen's tracking page shows it); the case is
// ANSWERED; every open term is met — the decision and its notification (АПК чл. 121,
// 123(1); 118(1)), or the whistleblower feedback (ЗЗЛПСПОИН чл. 16). A citizen who gave
// an e-mail address gets the answer, the PDF letter and a one-time link to rate the
// service (only its keyed hash is stored, in Rating). Without an address, staff print the
// letter (lib/letters/case-answer-letter.ts) and post it.
import type { Viewer } from "@/lib/auth/viewer";
import { answerReadyMail } from "@/lib/mail/messages";
import { generateToken, hashToken } from "@/lib/security/one-time-token";
import { changeCase, citizenEmail } from "@/lib/cases/change-case";
import { assertOpen, conflict } from "@/lib/cases/lifecycle";
import { meetClocks } from "@/lib/cases/clocks";
import { renderAnswerText } from "@/lib/cases/answer-text";
import { SUMMARY_SELECT, toSummary, type CaseSummary } from "@/lib/cases/staff-types";

export async function sendAnswer(options: { viewer: Viewer | null | undefined; caseId: string }): Promise<CaseSummary & { emailed: boolean }> {
  return changeCase({ viewer: options.viewer, caseId: options.caseId, action: "SEND" }, async ({ tx, viewer, case: c, record, mail }) => {
    assertOpen(c.status, "answer");
    const draft = await tx.answerDraft.findFirst({
      where: { caseId: c.id, status: "APPROVED" },
      orderBy: { createdAt: "desc" },
      include: { approvedBy: { select: { name: true } } },
    });
    if (!draft) throw conflict(`${c.reference} has no approved answer to send`);
    const sentAt = new Date();
    const answerText = renderAnswerText({
      locale: c.locale,
      reference: c.reference,
      date: sentAt,
      findings: draft.findings,
      decision: draft.decision,
      reasons: draft.reasons,
      signedBy: draft.approvedBy?.name ?? viewer.name,
    });
    await tx.answerDraft.update({ where: { id: draft.id }, data: { status: "SENT", sentAt }, select: { id: true } });
    await meetClocks(tx, c.id, sentAt);
    const row = await tx.case.update({
      where: { id: c.id },
      data: { status: "ANSWERED", answerText, answeredAt: sentAt },
      select: SUMMARY_SELECT,
    });

    const citizen = await citizenEmail(tx, c.id);
    if (citizen) {
      // One rating per case: a case answered again keeps an earlier rating, or gets a fresh link.
      const rating = await tx.rating.findUnique({ where: { caseId: c.id }, select: { ratedAt: true } });
      const token = rating?.ratedAt ? null : generateToken();
      if (token) {
        const tokenHash = hashToken("rating", token);
        await tx.rating.upsert({ where: { caseId: c.id }, create: { caseId: c.id, tokenHash }, update: { tokenHash } });
      }
      await mail({
        to: citizen.to,
        ...answerReadyMail({
          locale: c.locale,
          reference: c.reference,
          name: citizen.name,
          date: sentAt,
          findings: draft.findings,
          decision: draft.decision,
          reasons: draft.reasons,
          ratingToken: token,
          pdfAttached: true,
        }),
        attachAnswerPdf: true,
        redactAfterSend: token ? [token] : [],
      });
    }
    await record({
      action: "ANSWER_SENT",
      before: { status: c.status },
      after: { status: "ANSWERED", draftId: draft.id, approvedById: draft.approvedById, emailed: citizen !== null },
      event: "CASE_ANSWERED",
      publicEvent: true,
    });
    return { ...toSummary(row), emailed: citizen !== null };
  });
}
