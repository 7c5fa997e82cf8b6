// submitFeedback: a citizen's submission from the web form or the public API.
// One statement: reference number, case, submitter's personal data (apart), clocks,
// and the CASE_RECEIVED outbox event (architecture.md, "Events"; lib/cases/create-case.ts).
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { Channel } from "@/lib/domain/kinds";
import { consumeSubmission } from "@/lib/security/rate-limit";
import { validateSubmission, type SubmitFeedbackInput } from "@/lib/cases/submit-feedback-input";
import { createCase } from "@/lib/cases/create-case";
import type { ClientInfo, SubmitFeedbackResult } from "@/lib/cases/types";

export interface SubmitFeedbackOptions {
  input: SubmitFeedbackInput;
  client: ClientInfo;
  /** WEB for the public form and API; the demo seed passes its own channel (clerks use registerSubmission). */
  channel?: Channel;
  /** When it actually arrived (defaults to now). */
  receivedAt?: Date;
  /** Front-office unit that registered it (non-web channels). */
  serviceUnitId?: string | null;
  /** Internal callers (staff registration, demo seed) are not rate-limited per client. */
  trusted?: boolean;
  /** Demo data, removable by one setting. */
  isDemo?: boolean;
}

export async function submitFeedback(options: SubmitFeedbackOptions): Promise<SubmitFeedbackResult> {
  const { input, client } = options;

  // Honeypot: a field people never see or reach. Refuse without saying why in detail.
  if (typeof input.website === "string" && input.website.trim() !== "") {
    log.warn({ clientKey: client.clientKey }, "honeypot filled; submission refused");
    throw AppError.badInput([{ field: "website", code: "UNKNOWN_FIELD" }]);
  }

  const validation = validateSubmission(input);
  if (!validation.ok) throw AppError.badInput(validation.errors);
  const v = validation.value;

  if (!options.trusted) await consumeSubmission(client.clientKey);

  const channel = options.channel ?? "WEB";
  const { caseId: _caseId, ...receipt } = await createCase({
    submission: v,
    channel,
    receivedAt: options.receivedAt ?? new Date(),
    serviceUnitId: options.serviceUnitId ?? null,
    isDemo: options.isDemo ?? false,
  });
  if (!options.isDemo) log.info({ reference: receipt.reference, kind: v.kind, channel }, "submission received");
  return receipt;
}
