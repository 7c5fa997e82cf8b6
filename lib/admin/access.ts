// The administrator's pages and actions: an enabled ADMIN whose session is still valid
// (re-read from the User row, so a disabled administrator stops at once).
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { assertViewerStillValid } from "@/lib/auth/session";

export async function assertAdmin(viewer: Viewer | null | undefined): Promise<Viewer> {
  const actor = await assertViewerStillValid(viewer);
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "administrators only");
  return actor;
}
