// lookupCaseStatus: the clerk at the counter tells a citizen where their case stands,
// by reference. Only what the citizen's own tracking page shows — status, dates, terms —
// and no text but the subject: no body, no identity, no notes. For a corruption signal
// or whistleblower report not even the subject (it may name the people reported).
import { prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import { canLookUpStatus, isRestrictedKind } from "@/lib/domain/access";
import { parseReference } from "@/lib/domain/reference";
import { answerDueDate } from "@/lib/domain/deadlines";
import type { CaseStatus, ClockType } from "@/lib/domain/kinds";
import { assertDecision, notFound } from "@/lib/cases/access";
import type { Deadline } from "@/lib/cases/types";
import { isoDay } from "@/lib/cases/clocks";

export interface CaseStatusCard {
  reference: string;
  status: CaseStatus;
  /** Null for restricted kinds. */
  subject: string | null;
  receivedAt: Date;
  answerOwed: boolean;
  answerDueDate: string | null;
  deadlines: Deadline[];
  answeredAt: Date | null;
  closedAt: Date | null;
}

export async function lookupCaseStatus(options: { viewer: Viewer | null | undefined; reference: string }): Promise<CaseStatusCard> {
  assertDecision(canLookUpStatus(options.viewer ?? null), "look up case status");
  const reference = parseReference(options.reference);
  if (!reference) throw notFound("reference");
  const db = await prisma();
  const c = await db.case.findUnique({
    where: { reference },
    select: {
      reference: true,
      kind: true,
      status: true,
      subject: true,
      receivedAt: true,
      answerOwed: true,
      answeredAt: true,
      closedAt: true,
      clocks: { where: { clock: { not: "TARGET" } }, orderBy: { dueAt: "asc" }, select: { clock: true, dueDate: true, dueAt: true, basis: true } },
    },
  });
  if (!c) throw notFound("reference");
  const deadlines: Deadline[] = c.clocks.map((k) => ({ clock: k.clock as ClockType, dueDate: isoDay(k.dueDate), dueAt: k.dueAt, basis: k.basis }));
  return {
    reference: c.reference,
    status: c.status,
    subject: isRestrictedKind(c.kind) ? null : c.subject,
    receivedAt: c.receivedAt,
    answerOwed: c.answerOwed,
    answerDueDate: c.answerOwed ? answerDueDate(deadlines) : null,
    deadlines,
    answeredAt: c.answeredAt,
    closedAt: c.closedAt,
  };
}
