// addNote: an internal note on a case — staff only, never shown to the citizen. Who
// works on the case may note (assigned officer, head, integrity officer); the manager
// reads, clerks and administrators never see case content. The text stays out of the
// audit trail (it is kept in Note; the record names the note).
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { changeCase } from "@/lib/cases/change-case";
import { FieldChecks, STAFF_LIMITS } from "@/lib/cases/staff-input";
import type { NoteView } from "@/lib/cases/staff-types";

export async function addNote(options: { viewer: Viewer | null | undefined; caseId: string; text: string }): Promise<NoteView> {
  const checks = new FieldChecks();
  const text = checks.text("text", options.text, STAFF_LIMITS.note, true);
  if (!text) throw AppError.badInput(checks.errors);

  return changeCase({ viewer: options.viewer, caseId: options.caseId, action: "NOTE" }, async ({ tx, viewer, case: c, record }) => {
    const note = await tx.note.create({ data: { caseId: c.id, authorId: viewer.id, text }, select: { id: true, createdAt: true } });
    await record({ action: "NOTE_ADDED", after: { noteId: note.id }, event: "NOTE_ADDED", eventData: { noteId: note.id } });
    return { id: note.id, text, author: { id: viewer.id, name: viewer.name }, createdAt: note.createdAt };
  });
}
