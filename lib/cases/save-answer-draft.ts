// saveAnswerDraft: the assigned officer (or the head) writes the reasoned answer — what
// was found, what is decided, and why (АПК чл. 123(1)). A case has one answer in the
// making: saving again edits it, and editing an approved draft takes the approval back.
// A template (AnswerTemplate, in the case's language) fills what the author left blank.
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { changeCase } from "@/lib/cases/change-case";
import { assertOpen } from "@/lib/cases/lifecycle";
import { loadSettings } from "@/lib/cases/clocks";
import { resumeClocks } from "@/lib/cases/clock-pauses";
import { FieldChecks, STAFF_LIMITS } from "@/lib/cases/staff-input";
import type { DraftView } from "@/lib/cases/staff-types";

export interface AnswerDraftInput {
  findings?: string | null;
  decision?: string | null;
  reasons?: string | null;
  templateCode?: string | null;
}

const FIELDS = ["findings", "decision", "reasons"] as const;

export async function saveAnswerDraft(options: { viewer: Viewer | null | undefined; caseId: string; input: AnswerDraftInput }): Promise<DraftView> {
  const { input } = options;
  const checks = new FieldChecks();
  const templateCode = checks.text("templateCode", input.templateCode, STAFF_LIMITS.templateCode, false);
  // Templates are read before the transaction (one connection in embedded mode); the
  // case's language picks one inside it.
  const templates = templateCode ? await (await prisma()).answerTemplate.findMany({ where: { code: templateCode } }) : [];
  if (templateCode && templates.length === 0) checks.errors.push({ field: "templateCode", code: "INVALID_CHOICE" });
  if (!checks.ok) throw AppError.badInput(checks.errors);
  const settings = await loadSettings();

  return changeCase({ viewer: options.viewer, caseId: options.caseId, action: "DRAFT" }, async ({ tx, viewer, case: c, record }) => {
    assertOpen(c.status, "draft an answer on");
    const template = templates.find((t) => t.locale === c.locale) ?? null;
    if (templateCode && !template) throw AppError.badInput([{ field: "templateCode", code: "INVALID_CHOICE" }]);
    const fields = new FieldChecks();
    const [findings, decision, reasons] = FIELDS.map((f) => {
      const typed = input[f]?.trim() ? input[f] : (template?.[f] ?? null);
      return fields.text(f, typed, STAFF_LIMITS[f], true);
    });
    if (!fields.ok) throw AppError.badInput(fields.errors);
    const text = { findings: findings!, decision: decision!, reasons: reasons! };

    const current = await tx.answerDraft.findFirst({
      where: { caseId: c.id, status: { in: ["DRAFT", "APPROVED"] } },
      orderBy: { createdAt: "desc" },
    });
    const include = { author: { select: { id: true, name: true } } } as const;
    const draft = current
      ? await tx.answerDraft.update({
          where: { id: current.id },
          // Changed text needs approving again.
          data: { ...text, status: "DRAFT", approvedById: null, approvedAt: null },
          include,
        })
      : await tx.answerDraft.create({ data: { ...text, caseId: c.id, authorId: viewer.id }, include });
    // Work on the answer means the case is in hand again (e.g. after the citizen replied).
    // Work on the answer means the citizen's reply is in: clocks paused for it resume.
    const resumed = c.status === "AWAITING_CITIZEN" ? await resumeClocks(tx, c, settings, { at: new Date(), byId: viewer.id }) : [];
    if (c.status !== "IN_PROGRESS") await tx.case.update({ where: { id: c.id }, data: { status: "IN_PROGRESS" }, select: { id: true } });
    await record({
      action: "DRAFT_SAVED",
      before: { status: c.status, draftStatus: current?.status ?? null },
      after: { status: "IN_PROGRESS", draftId: draft.id, draftStatus: "DRAFT", templateCode, ...(resumed.length ? { clocksResumed: resumed } : {}) },
      event: "DRAFT_SAVED",
      eventData: { draftId: draft.id },
    });
    return {
      id: draft.id,
      status: draft.status,
      findings: draft.findings,
      decision: draft.decision,
      reasons: draft.reasons,
      author: draft.author,
      approvedBy: null,
      approvedAt: null,
      sentAt: null,
      updatedAt: draft.updatedAt,
    };
  });
}
