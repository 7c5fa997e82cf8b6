// listCases: the staff inbox — every case the viewer may read (caseWhereForViewer),
// filtered, searched, and sorted by the term that ends first (Case.nextDueAt; cases with
// no open term last). Cursor pagination on (nextDueAt, id): the cursor carries the
// values, not a position, so a page never repeats or skips a case because others were
// added or answered meanwhile.
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { readsCases } from "@/lib/domain/access";
import { parseReference } from "@/lib/domain/reference";
import { CASE_STATUSES, CHANNELS, KINDS, type CaseStatus, type Channel, type ClockType, type Kind } from "@/lib/domain/kinds";
import { caseWhereForViewer, isUuid, requireViewer } from "@/lib/cases/access";
import { OPEN_CLOCK_STATES } from "@/lib/cases/clocks";
import { findDepartment } from "@/lib/cases/reference-data";
import { matchingCaseIds, searchTerms } from "@/lib/cases/search";
import { SUMMARY_SELECT, toSummary, type CaseListItem } from "@/lib/cases/staff-types";

export const LIST_LIMITS = { defaultFirst: 25, maxFirst: 100, maxDueWithinDays: 366, search: { max: 200 } } as const;

export interface CaseFilter {
  status?: CaseStatus[] | null;
  kind?: Kind[] | null;
  channel?: Channel[] | null;
  departmentCode?: string | null;
  assigneeId?: string | null;
  /** Cases nobody is assigned to. */
  unassigned?: boolean | null;
  /** The triage queue: cases with no department yet. */
  unrouted?: boolean | null;
  /** An open term ends within this many days (overdue ones included). */
  dueWithinDays?: number | null;
  /** true: an open term has ended; false: none has. */
  overdue?: boolean | null;
  /** Words of the subject or body (bg, tr, en; prefixes), or a reference. */
  search?: string | null;
}

export interface CaseConnection {
  items: { cursor: string; node: CaseListItem }[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}

export async function listCases(options: {
  viewer: Viewer | null | undefined;
  filter?: CaseFilter | null;
  first?: number | null;
  after?: string | null;
  now?: Date;
}): Promise<CaseConnection> {
  const viewer = requireViewer(options.viewer);
  if (!readsCases(viewer)) throw new AppError("FORBIDDEN", "this role reads no cases");
  const now = options.now ?? new Date();
  const first = options.first ?? LIST_LIMITS.defaultFirst;
  if (!Number.isInteger(first) || first < 1 || first > LIST_LIMITS.maxFirst) {
    throw AppError.badInput([{ field: "first", code: "TOO_LONG", params: { max: LIST_LIMITS.maxFirst } }]);
  }
  const cursor = options.after ? decodeCursor(options.after) : null;
  const db = await prisma();
  const where: Prisma.CaseWhereInput = { AND: [caseWhereForViewer(viewer), ...(await filterWhere(db, options.filter ?? {}, now))] };

  const [rows, totalCount] = await Promise.all([
    db.case.findMany({
      where: cursor ? { AND: [where, afterCursor(cursor)] } : where,
      orderBy: [{ nextDueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: first + 1,
      select: {
        ...SUMMARY_SELECT,
        channel: true,
        subject: true,
        receivedAt: true,
        answerOwed: true,
        assignee: { select: { id: true, name: true } },
        clocks: { where: { state: { in: [...OPEN_CLOCK_STATES] } }, orderBy: { dueAt: "asc" }, take: 1, select: { clock: true } },
      },
    }),
    db.case.count({ where }),
  ]);
  const page = rows.slice(0, first);
  const items = page.map((r) => ({
    cursor: encodeCursor(r.nextDueAt, r.id),
    node: {
      ...toSummary(r),
      channel: r.channel,
      subject: r.subject,
      receivedAt: r.receivedAt,
      answerOwed: r.answerOwed,
      assignee: r.assignee,
      nextClock: (r.clocks[0]?.clock as ClockType | undefined) ?? null,
      overdue: r.nextDueAt !== null && r.nextDueAt < now,
    },
  }));
  return { items, hasNextPage: rows.length > first, endCursor: items.at(-1)?.cursor ?? null, totalCount };
}

async function filterWhere(db: Awaited<ReturnType<typeof prisma>>, f: CaseFilter, now: Date): Promise<Prisma.CaseWhereInput[]> {
  const and: Prisma.CaseWhereInput[] = [];
  const errors: { field: string; code: "INVALID_CHOICE" | "TOO_LONG"; params?: Record<string, number> }[] = [];
  const within = <T extends string>(field: string, values: T[] | null | undefined, allowed: readonly T[]) => {
    if (!values?.length) return null;
    if (values.some((v) => !allowed.includes(v))) errors.push({ field, code: "INVALID_CHOICE" });
    return values;
  };
  const status = within("status", f.status, CASE_STATUSES);
  if (status) and.push({ status: { in: status } });
  const kind = within("kind", f.kind, KINDS);
  if (kind) and.push({ kind: { in: kind } });
  const channel = within("channel", f.channel, CHANNELS);
  if (channel) and.push({ channel: { in: channel } });
  if (f.departmentCode) {
    const d = await findDepartment(f.departmentCode);
    if (!d) errors.push({ field: "departmentCode", code: "INVALID_CHOICE" });
    else and.push({ departmentId: d.id });
  }
  if (f.unrouted) and.push({ departmentId: null });
  if (f.assigneeId) {
    if (!isUuid(f.assigneeId)) errors.push({ field: "assigneeId", code: "INVALID_CHOICE" });
    else and.push({ assigneeId: f.assigneeId });
  }
  if (f.unassigned) and.push({ assigneeId: null });
  if (f.dueWithinDays != null) {
    const days = f.dueWithinDays;
    if (!Number.isInteger(days) || days < 0 || days > LIST_LIMITS.maxDueWithinDays) errors.push({ field: "dueWithinDays", code: "INVALID_CHOICE" });
    else and.push({ nextDueAt: { lte: new Date(now.getTime() + days * 86_400_000) } });
  }
  if (f.overdue === true) and.push({ nextDueAt: { lt: now } });
  if (f.overdue === false) and.push({ OR: [{ nextDueAt: null }, { nextDueAt: { gte: now } }] });
  const search = f.search?.trim();
  if (search) {
    if (search.length > LIST_LIMITS.search.max) errors.push({ field: "search", code: "TOO_LONG", params: { max: LIST_LIMITS.search.max } });
    else {
      const reference = parseReference(search);
      const ids = await matchingCaseIds(db, searchTerms(search));
      and.push({ OR: [{ id: { in: ids } }, ...(reference ? [{ reference }] : [])] });
    }
  }
  if (errors.length > 0) throw AppError.badInput(errors);
  return and;
}

// Cursor: base64url of [nextDueAt ISO or null, id].
function encodeCursor(nextDueAt: Date | null, id: string): string {
  return Buffer.from(JSON.stringify([nextDueAt?.toISOString() ?? null, id])).toString("base64url");
}

function decodeCursor(cursor: string): { due: Date | null; id: string } {
  try {
    const [due, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown];
    const date = typeof due === "string" ? new Date(due) : null;
    if (typeof id === "string" && isUuid(id) && (due === null || (date && !Number.isNaN(date.getTime())))) return { due: date, id };
  } catch {
    // fall through
  }
  throw AppError.badInput([{ field: "after", code: "INVALID_CHOICE" }]);
}

/** Rows after the cursor in (nextDueAt ASC NULLS LAST, id ASC) order. */
function afterCursor(c: { due: Date | null; id: string }): Prisma.CaseWhereInput {
  if (c.due === null) return { nextDueAt: null, id: { gt: c.id } };
  return { OR: [{ nextDueAt: { gt: c.due } }, { nextDueAt: c.due, id: { gt: c.id } }, { nextDueAt: null }] };
}
