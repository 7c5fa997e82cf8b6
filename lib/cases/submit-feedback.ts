// submitFeedback: a citizen's submission from the web form or the public API.
// One transaction: reference number, case, submitter's personal data (apart),
// clocks, and the CASE_RECEIVED outbox event (architecture.md, "Events").
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { config } from "@/lib/config";
import { log } from "@/lib/log";
import { answerDueDate, sofiaDate } from "@/lib/domain/deadlines";
import { decideAnswerOwed } from "@/lib/domain/answer-owed";
import type { Channel } from "@/lib/domain/kinds";
import { generateAccessCode, hashAccessCode } from "@/lib/security/access-code";
import { consumeSubmission } from "@/lib/security/rate-limit";
import { validateSubmission, type SubmitFeedbackInput } from "@/lib/cases/submit-feedback-input";
import { clocksFor, loadCalendar, loadPolicies } from "@/lib/cases/settings";
import { insertCase } from "@/lib/cases/insert-case";
import { eventsCommitted } from "@/lib/events/bus";
import { findCategory } from "@/lib/cases/reference-data";
import type { ClientInfo, SubmitFeedbackResult } from "@/lib/cases/types";

export interface SubmitFeedbackOptions {
  input: SubmitFeedbackInput;
  client: ClientInfo;
  /** WEB for the public form and API; staff registration passes its own channel. */
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

  const db = await prisma();
  const category = v.categoryCode ? await findCategory(v.categoryCode) : null;
  if (v.categoryCode && !category) throw AppError.badInput([{ field: "categoryCode", code: "INVALID_CHOICE" }]);

  const [policies, calendar] = await Promise.all([loadPolicies(db), loadCalendar(db)]);
  const policy = policies[v.kind];
  const receivedAt = options.receivedAt ?? new Date();
  const owed = decideAnswerOwed({ policy, anonymous: v.anonymous, incidentDate: v.incidentDate, receivedAt });
  // Where the law excuses an answer (anonymous, too old …) no term runs; kinds that owe
  // none by nature (praise, opinions) keep their internal target clock.
  const clocks = owed.reason ? [] : clocksFor(policy, calendar, receivedAt);
  const accessCode = generateAccessCode();
  const caseId = randomUUID();
  const year = Number(sofiaDate(receivedAt).slice(0, 4));

  const channel = options.channel ?? "WEB";
  const reference = await insertCase(db, {
    id: caseId,
    referencePrefix: config.referencePrefix,
    year,
    kind: v.kind,
    channel,
    locale: v.locale,
    subject: v.subject,
    body: v.body,
    place: v.place,
    anonymous: v.anonymous,
    answerOwed: owed.answerOwed,
    noAnswerReason: owed.reason,
    incidentDate: v.incidentDate,
    receivedAt,
    accessCodeHash: hashAccessCode(accessCode),
    categoryId: category?.id ?? null,
    departmentId: category?.departmentId ?? null,
    serviceUnitId: options.serviceUnitId ?? null,
    isDemo: options.isDemo ?? false,
    submitter: v.anonymous ? null : { name: v.name, email: v.email, phone: v.phone, address: v.address },
    clocks,
    eventData: { kind: v.kind, channel },
  });
  eventsCommitted();

  if (!options.isDemo) log.info({ reference, kind: v.kind, channel }, "submission received");
  return {
    reference,
    accessCode,
    receivedAt,
    answerOwed: owed.answerOwed,
    noAnswerReason: owed.reason,
    clocks,
    answerDueDate: owed.answerOwed ? answerDueDate(clocks) : null,
  };
}
