// rateService: the citizen rates the service with the one-time link from the answer
// e-mail — a score from 1 to 5 and an optional comment. One rating per case; a wrong or
// used token is NOT_FOUND (nothing says which), and failed tries count against the
// client like wrong tracking codes do. The comment is the citizen's and stays out of the
// audit trail.
import { AppError } from "@/lib/errors";
import { prisma } from "@/lib/db/client";
import { hashToken } from "@/lib/security/one-time-token";
import { assertTrackingAllowed, recordTrackingFailure } from "@/lib/security/rate-limit";
import { recordChange } from "@/lib/cases/change-case";
import { eventsCommitted } from "@/lib/events/bus";
import { FieldChecks, STAFF_LIMITS } from "@/lib/cases/staff-input";
import type { ClientInfo } from "@/lib/cases/types";

export async function rateService(options: {
  token: string;
  score: number;
  comment?: string | null;
  client: ClientInfo;
}): Promise<{ reference: string; score: number }> {
  await assertTrackingAllowed(options.client.clientKey);
  const checks = new FieldChecks();
  const score = checks.int("score", options.score, STAFF_LIMITS.rating);
  const comment = checks.text("comment", options.comment, STAFF_LIMITS.ratingComment, false);
  if (!checks.ok || score === null) throw AppError.badInput(checks.errors);

  const tokenHash = hashToken("rating", options.token.slice(0, 200));
  const db = await prisma();
  const rated = await db.$transaction(async (tx) => {
    // Conditional update: of two concurrent uses of one token, one wins.
    const { count } = await tx.rating.updateMany({ where: { tokenHash, ratedAt: null }, data: { score, comment, ratedAt: new Date() } });
    if (count === 0) return null;
    const row = await tx.rating.findUniqueOrThrow({ where: { tokenHash }, select: { case: { select: { id: true, reference: true, kind: true } } } });
    await recordChange(tx, null, row.case.id, {
      kind: row.case.kind,
      action: "RATING_RECEIVED",
      after: { score, withComment: comment !== null },
      event: "RATING_RECEIVED",
      eventData: { score },
    });
    return { reference: row.case.reference, score };
  });
  if (!rated) {
    await recordTrackingFailure(options.client.clientKey);
    throw new AppError("NOT_FOUND", "rating token unknown or used");
  }
  eventsCommitted();
  return rated;
}
