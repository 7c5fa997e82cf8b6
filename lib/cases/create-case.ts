// The one way a case comes into being, shared by the citizen's submitFeedback and the
// clerk's registerSubmission: validated submission in → category, answer owed, clocks,
// access code, reference → inserted with its submitter, clocks and CASE_RECEIVED event.
//
// Without `inTransaction` the insert is the single statement of lib/cases/insert-case.ts
// (the web path's speed). With it, the insert runs in a transaction between the caller's
// `before` writes (the audit record: the audit lock comes before the outbox lock in
// every transaction, and insertCase takes the outbox lock) and its `after` writes (mail).
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { config } from "@/lib/config";
import type { Prisma } from "@/lib/db/generated/client";
import { answerDueDate, sofiaDate } from "@/lib/domain/deadlines";
import { decideAnswerOwed } from "@/lib/domain/answer-owed";
import type { Channel } from "@/lib/domain/kinds";
import { generateAccessCode, hashAccessCode } from "@/lib/security/access-code";
import type { ValidSubmission } from "@/lib/cases/submit-feedback-input";
import { clocksFor, loadCalendar, loadPolicies } from "@/lib/cases/settings";
import { insertCase, REFERENCE_TOKEN } from "@/lib/cases/insert-case";
import { registeredMail } from "@/lib/mail/messages";
import { wakeMailWorker } from "@/lib/mail/wake";
import { eventsCommitted } from "@/lib/events/bus";
import { findCategory } from "@/lib/cases/reference-data";
import type { SubmitFeedbackResult } from "@/lib/cases/types";

export interface CreateCaseOptions {
  submission: ValidSubmission;
  channel: Channel;
  /** When it actually arrived. */
  receivedAt: Date;
  /** Front-office unit that registered it (non-web channels). */
  serviceUnitId: string | null;
  isDemo: boolean;
  /** Another e-mail (the clerk's slip) tells the citizen instead of the "registered" one. */
  skipRegisteredMail?: boolean;
  /** Writes that belong to the same transaction as the insert. */
  inTransaction?: {
    /** Before the insert (audit); may return extra data for the CASE_RECEIVED event. */
    before?: (tx: Prisma.TransactionClient, c: { caseId: string }) => Promise<Record<string, unknown> | void>;
    /** After the insert (mail). */
    after?: (tx: Prisma.TransactionClient, c: CreatedCase) => Promise<void>;
  };
}

export interface CreatedCase extends SubmitFeedbackResult {
  caseId: string;
}

export async function createCase(options: CreateCaseOptions): Promise<CreatedCase> {
  const v = options.submission;
  const db = await prisma();
  const category = v.categoryCode ? await findCategory(v.categoryCode) : null;
  if (v.categoryCode && !category) throw AppError.badInput([{ field: "categoryCode", code: "INVALID_CHOICE" }]);

  const [policies, calendar] = await Promise.all([loadPolicies(db), loadCalendar(db)]);
  const policy = policies[v.kind];
  const { receivedAt, channel } = options;
  const owed = decideAnswerOwed({ policy, anonymous: v.anonymous, incidentDate: v.incidentDate, receivedAt });
  // Where the law excuses an answer (anonymous, too old …) no term runs; kinds that owe
  // none by nature (praise, opinions) keep their internal target clock.
  const clocks = owed.reason ? [] : clocksFor(policy, calendar, receivedAt);
  const accessCode = generateAccessCode();
  const caseId = randomUUID();
  const newCase = {
    id: caseId,
    referencePrefix: config.referencePrefix,
    year: Number(sofiaDate(receivedAt).slice(0, 4)),
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
    serviceUnitId: options.serviceUnitId,
    isDemo: options.isDemo,
    submitter: v.anonymous ? null : { name: v.name, email: v.email, phone: v.phone, address: v.address },
    clocks,
    eventData: { kind: v.kind, channel },
    // The citizen is told by e-mail, in their language, that the submission was registered.
    mail:
      v.email && !options.isDemo && !options.skipRegisteredMail
        ? {
            to: v.email,
            ...registeredMail({
              locale: v.locale,
              reference: REFERENCE_TOKEN,
              receivedAt,
              answerDueDate: owed.answerOwed ? answerDueDate(clocks) : null,
              noAnswerReason: owed.reason,
            }),
          }
        : null,
  };
  const created = (reference: string): CreatedCase => ({
    caseId,
    reference,
    accessCode,
    receivedAt,
    answerOwed: owed.answerOwed,
    noAnswerReason: owed.reason,
    clocks,
    answerDueDate: owed.answerOwed ? answerDueDate(clocks) : null,
  });

  const hooks = options.inTransaction;
  const result = hooks
    ? await db.$transaction(async (tx) => {
        const extra = (await hooks.before?.(tx, { caseId })) ?? {};
        const c = created(await insertCase(tx, { ...newCase, eventData: { ...newCase.eventData, ...extra } }));
        await hooks.after?.(tx, c);
        return c;
      })
    : created(await insertCase(db, newCase));
  eventsCommitted();
  if (newCase.mail) wakeMailWorker();
  return result;
}
