// The staff live feed (issue 4, "Subscriptions"): every outbox event about a case the
// viewer may read, replayed from `after` and then live. Each event is authorised for
// this subscriber when it is delivered — the viewer's session is re-checked (signed
// out or disabled → the stream ends) and the case is reloaded through the viewer's
// read filter — so a case transferred away or a revoked user stops the flow at once.
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { viewerStillValid } from "@/lib/auth/session";
import { readsCases } from "@/lib/domain/access";
import { caseWhereForViewer, requireViewer } from "@/lib/cases/access";
import { SUMMARY_SELECT, toSummary, type CaseSummary } from "@/lib/cases/staff-types";
import { filterMap, openEventStream } from "@/lib/events/stream";
import type { EventType } from "@/lib/events/outbox";
import { CLOCK_TYPES, type ClockType, type Kind } from "@/lib/domain/kinds";

export interface CaseEventFilter {
  types?: EventType[] | null;
  kinds?: Kind[] | null;
  departmentCode?: string | null;
}

export interface CaseEventView {
  id: bigint;
  type: EventType;
  at: Date;
  case: CaseSummary;
  /** For SLA_WARNING / SLA_BREACHED: the term that crossed, and when it ends. */
  clock: ClockType | null;
  dueAt: Date | null;
}

/** Refuses at subscribe time (not at the first event) callers who have no case feed. */
export function authorizeCaseEvents(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (!readsCases(v)) throw new AppError("FORBIDDEN", "this role has no case feed");
  return v;
}

/** Checks the caller, fixes the starting point, and returns the feed. */
export async function openCaseEvents(options: {
  viewer: Viewer | null;
  after?: bigint;
  filter?: CaseEventFilter;
}): Promise<AsyncIterableIterator<CaseEventView>> {
  let viewer = authorizeCaseEvents(options.viewer);
  const filter = options.filter ?? {};
  const caseFilter: Prisma.CaseWhereInput = {
    ...(filter.kinds?.length ? { kind: { in: filter.kinds } } : {}),
    ...(filter.departmentCode ? { department: { code: filter.departmentCode } } : {}),
  };
  const db = await prisma();
  const events = await openEventStream({
    after: options.after,
    where: { caseId: { not: null }, ...(filter.types?.length ? { type: { in: filter.types } } : {}) },
  });
  return filterMap(events, async (event): Promise<CaseEventView | undefined> => {
    const fresh = await viewerStillValid(viewer);
    if (!fresh) {
      await events.return?.();
      throw new AppError("UNAUTHENTICATED", "session ended");
    }
    viewer = fresh;
    const row = await db.case.findFirst({
      where: { AND: [{ id: event.caseId! }, caseWhereForViewer(viewer), caseFilter] },
      select: SUMMARY_SELECT,
    });
    if (!row) return undefined;
    const data = (event.data ?? {}) as { clock?: string; dueAt?: string };
    const clock = (CLOCK_TYPES as readonly string[]).includes(data.clock ?? "") ? (data.clock as ClockType) : null;
    return { id: event.id, type: event.type, at: event.at, case: toSummary(row), clock, dueAt: data.dueAt ? new Date(data.dueAt) : null };
  });
}
