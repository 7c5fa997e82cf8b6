// Download of a file attached to a case, for signed-in staff who may read the case
// (getAttachment applies the same rules as getCase and records confidential reads).
// Always a download (Content-Disposition: attachment), with the type checked at upload.
import { getViewer } from "@/lib/auth/get-viewer";
import { getAttachment } from "@/lib/cases/get-attachment";
import { fileResponse, notFoundOr, refusal } from "@/lib/ui/staff/file-response";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const viewer = await getViewer();
  if (!viewer) return refusal(401, "Sign-in required");
  try {
    const file = await getAttachment({ viewer, attachmentId: id });
    return fileResponse(file.data, { filename: file.filename, mimeType: file.mimeType, disposition: "attachment" });
  } catch (error) {
    return notFoundOr(error);
  }
}
