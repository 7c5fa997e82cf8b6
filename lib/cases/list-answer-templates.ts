// listAnswerTemplates: the answer templates (AnswerTemplate, kept by the administrator)
// in one language — the choices of the "template" select next to the draft answer.
// saveAnswerDraft picks the template in the case's language, so that is the one asked for.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { readsCases } from "@/lib/domain/access";
import type { Locale } from "@/lib/domain/kinds";
import { requireViewer } from "@/lib/cases/access";

export interface AnswerTemplateChoice {
  code: string;
  title: string;
}

export async function listAnswerTemplates(options: { viewer: Viewer | null | undefined; locale: Locale }): Promise<AnswerTemplateChoice[]> {
  const viewer = requireViewer(options.viewer);
  // Only those who can write an answer need them; clerks and administrators have other pages.
  if (!readsCases(viewer)) throw new AppError("FORBIDDEN", "this role writes no answers");
  const db = await prisma();
  return db.answerTemplate.findMany({ where: { locale: options.locale }, orderBy: { title: "asc" }, select: { code: true, title: true } });
}
