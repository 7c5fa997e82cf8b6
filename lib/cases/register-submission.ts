// registerSubmission: a clerk at a service unit registers a submission that came by
// any channel but the web (charter, section IV; legal-deadlines.md, "Front office").
// The terms count from the day it was actually received — a letter's stamp — not from
// the day it was typed in. Same validation and insert as the web (createCase), plus the
// clerk's audit record and, when the citizen asked, the slip by e-mail, all in one
// transaction.
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { Viewer } from "@/lib/auth/viewer";
import { canRegister } from "@/lib/domain/access";
import { recordAudit } from "@/lib/audit/record";
import { enqueueMail } from "@/lib/mail/outbox";
import { slipMail } from "@/lib/mail/messages";
import { wakeMailWorker } from "@/lib/mail/worker";
import { assertDecision } from "@/lib/cases/access";
import { createCase, type CreatedCase } from "@/lib/cases/create-case";
import { validateRegistration, type RegisterSubmissionInput } from "@/lib/cases/register-submission-input";

export interface RegisterSubmissionResult extends CreatedCase {
  /** True when the slip was queued for e-mail. */
  slipEmailed: boolean;
}

export async function registerSubmission(options: {
  viewer: Viewer | null | undefined;
  input: RegisterSubmissionInput;
  now?: Date;
}): Promise<RegisterSubmissionResult> {
  const viewer = options.viewer ?? null;
  assertDecision(canRegister(viewer), "register submissions");
  const validation = validateRegistration(options.input, options.now);
  if (!validation.ok) throw AppError.badInput(validation.errors);
  const { submission, channel, receivedAt, emailSlip } = validation.value;
  const clerk = viewer!;

  const created = await createCase({
    submission,
    channel,
    receivedAt,
    serviceUnitId: clerk.serviceUnitId,
    isDemo: false,
    skipRegisteredMail: emailSlip,
    inTransaction: {
      before: async (tx, { caseId }) => {
        const audit = await recordAudit(tx, {
          actorId: clerk.id,
          action: "CASE_REGISTERED",
          entityType: "Case",
          entityId: caseId,
          after: { kind: submission.kind, channel, serviceUnitId: clerk.serviceUnitId, receivedAt, anonymous: submission.anonymous },
        });
        return { auditId: audit.id.toString() };
      },
      after: async (tx, c) => {
        if (!emailSlip || !submission.email) return;
        await enqueueMail(tx, {
          caseId: c.caseId,
          to: submission.email,
          ...slipMail({
            locale: submission.locale,
            reference: c.reference,
            name: submission.name,
            receivedAt: c.receivedAt,
            answerDueDate: c.answerDueDate,
            noAnswerReason: c.noAnswerReason,
            accessCode: c.accessCode,
          }),
          // The access code is shown once: the stored copy of the mail loses it after sending.
          redactAfterSend: [c.accessCode],
        });
      },
    },
  });
  const slipEmailed = emailSlip && submission.email !== null;
  if (slipEmailed) wakeMailWorker();
  log.info({ reference: created.reference, kind: submission.kind, channel }, "submission registered at a service unit");
  return { ...created, slipEmailed };
}
