// The answer letter of a case as a PDF (lib/letters/case-answer-letter.ts), for staff
// who may read the case: to print and post when the citizen gave no e-mail address.
// Reading it is reading the case (getCase checks access and records confidential reads).
// Shown in the browser (inline) so that it can be printed from there.
import { prisma } from "@/lib/db/client";
import { getViewer } from "@/lib/auth/get-viewer";
import { getCase } from "@/lib/cases/get-case";
import { caseAnswerLetter } from "@/lib/letters/case-answer-letter";
import { fileResponse, notFoundOr, refusal } from "@/lib/ui/staff/file-response";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const viewer = await getViewer();
  if (!viewer) return refusal(401, "Sign-in required");
  try {
    const detail = await getCase({ viewer, caseId: id });
    const letter = await caseAnswerLetter(await prisma(), detail.id);
    if (!letter) return refusal(404, "No answer has been sent on this case");
    return fileResponse(letter.pdf, { filename: letter.filename, mimeType: "application/pdf", disposition: "inline" });
  } catch (error) {
    return notFoundOr(error);
  }
}
