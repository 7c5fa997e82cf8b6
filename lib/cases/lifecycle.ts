// Which statuses a verb may act on (the lifecycle's guard rails). A verb on a case in
// the wrong state is CONFLICT: the page was stale, or two people acted at once.
import { AppError } from "@/lib/errors";
import type { CaseStatus } from "@/lib/domain/kinds";

/** Still being handled: not answered, forwarded or closed. */
export const HANDLED_STATUSES: readonly CaseStatus[] = ["RECEIVED", "IN_PROGRESS", "AWAITING_CITIZEN"];

export function conflict(message: string): AppError {
  return new AppError("CONFLICT", message);
}

/** The case is still being handled (RECEIVED, IN_PROGRESS, AWAITING_CITIZEN). */
export function assertOpen(status: CaseStatus, verb: string): void {
  if (!HANDLED_STATUSES.includes(status)) throw conflict(`cannot ${verb} a case that is ${status}`);
}
