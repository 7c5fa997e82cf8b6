// The answer letter of one case, from its latest SENT draft: what the answer e-mail
// attaches and what staff print for post.
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { renderAnswerLetter } from "@/lib/letters/answer-letter";
import { translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/domain/kinds";

export interface CaseAnswerLetter {
  filename: string;
  pdf: Buffer;
}

type Db = PrismaClient | Prisma.TransactionClient;

/** The PDF letter of a case's sent answer, or null when no answer has been sent. */
export async function caseAnswerLetter(db: Db, caseId: string): Promise<CaseAnswerLetter | null> {
  const found = await db.case.findUnique({
    where: { id: caseId },
    select: {
      reference: true,
      locale: true,
      subject: true,
      answeredAt: true,
      department: { select: { name: true } },
      submitter: { select: { name: true, address: true } },
      drafts: { where: { status: "SENT" }, orderBy: [{ sentAt: "desc" }, { createdAt: "desc" }], take: 1 },
    },
  });
  const draft = found?.drafts[0];
  if (!found || !draft) return null;
  const signerId = draft.approvedById ?? draft.authorId;
  const signer = await db.user.findUnique({ where: { id: signerId }, select: { name: true } });
  const locale = found.locale as Locale;
  const pdf = await renderAnswerLetter({
    locale,
    reference: found.reference,
    date: draft.sentAt ?? found.answeredAt ?? new Date(),
    recipient: { name: found.submitter?.name ?? null, address: found.submitter?.address ?? null },
    subject: found.subject,
    findings: draft.findings,
    decision: draft.decision,
    reasons: draft.reasons,
    signedBy: signer?.name ?? "",
    departmentName: localisedName(found.department?.name, locale) ?? translator(locale)("letter.municipality"),
  });
  return { filename: `${found.reference}.pdf`, pdf };
}

function localisedName(name: Prisma.JsonValue | undefined, locale: Locale): string | null {
  if (!name || typeof name !== "object" || Array.isArray(name)) return null;
  const value = name[locale] ?? name.bg;
  return typeof value === "string" && value.trim() ? value : null;
}
