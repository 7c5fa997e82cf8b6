// trackFeedback: a citizen follows a case with its reference and access code.
// Unknown reference and wrong code answer the same null (no existence oracle), take
// the same work, and both count against the client's failed-guess limit.
import { prisma } from "@/lib/db/client";
import { parseReference } from "@/lib/domain/reference";
import { accessCodeMatches, hashAccessCode } from "@/lib/security/access-code";
import { assertTrackingAllowed, recordTrackingFailure } from "@/lib/security/rate-limit";
import { answerDueDate } from "@/lib/domain/deadlines";
import type { ClockType } from "@/lib/domain/kinds";
import type { ClientInfo, Deadline, TrackedCase } from "@/lib/cases/types";

export interface TrackFeedbackOptions {
  reference: string;
  accessCode: string;
  client: ClientInfo;
}

// Compared against when the reference is unknown, so both paths hash once.
const NO_MATCH_HASH = hashAccessCode("no-such-case");

export async function trackFeedback(options: TrackFeedbackOptions): Promise<TrackedCase | null> {
  await assertTrackingAllowed(options.client.clientKey);
  const reference = parseReference(options.reference);
  const db = await prisma();
  const found = reference
    ? await db.case.findUnique({
        where: { reference },
        include: {
          // Stopped terms (forwarded, no answer owed after all) no longer promise anything.
          clocks: { where: { state: { not: "STOPPED" } }, orderBy: { dueAt: "asc" } },
          events: { where: { public: true }, orderBy: { id: "asc" }, select: { type: true, at: true } },
        },
      })
    : null;
  const code = options.accessCode.slice(0, 64);
  if (!accessCodeMatches(code, found?.accessCodeHash ?? NO_MATCH_HASH) || !found) {
    await recordTrackingFailure(options.client.clientKey);
    return null;
  }
  const clocks: Deadline[] = found.clocks.map((c) => ({
    clock: c.clock as ClockType,
    dueDate: c.dueDate.toISOString().slice(0, 10),
    dueAt: c.dueAt,
    basis: c.basis,
  }));
  return {
    reference: found.reference,
    kind: found.kind,
    status: found.status,
    locale: found.locale,
    subject: found.subject,
    receivedAt: found.receivedAt,
    answerOwed: found.answerOwed,
    noAnswerReason: found.noAnswerReason,
    answerDueDate: found.answerOwed ? answerDueDate(clocks) : null,
    clocks,
    timeline: found.events.map((e) => ({ type: e.type, at: e.at })),
    answer:
      found.answerText && found.answeredAt && (found.status === "ANSWERED" || found.status === "CLOSED")
        ? { text: found.answerText, sentAt: found.answeredAt }
        : null,
  };
}
