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
import {
  CASE_STATUSES,
  CHANNELS,
  CLOCK_TYPES,
  KINDS,
  LOCALES,
  NO_ANSWER_REASONS,
  type CaseStatus,
  type Channel,
  type ClockType,
  type Kind,
  type Locale,
  type NoAnswerReason,
} from "@/lib/domain/kinds";
import { caseWhereForViewer, isUuid, requireViewer } from "@/lib/cases/access";
import { OPEN_CLOCK_STATES } from "@/lib/cases/clocks";
import { findCategory, findDepartment, findServiceUnit } from "@/lib/cases/reference-data";
import { endOfSofiaDay, startOfSofiaDay } from "@/lib/domain/deadlines";
import { isIsoDate } from "@/lib/domain/iso-date";
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

  // Drill-down from the dashboard (lib/dashboard): each figure's list is exactly the cases
  // it counts, so these follow the definitions at the top of lib/dashboard/types.ts.
  /** Received on or after this day (ISO date, Europe/Sofia). */
  receivedFrom?: string | null;
  /** Received on or before this day (ISO date, Europe/Sofia; inclusive). */
  receivedTo?: string | null;
  /** Answer sent on or after this day (Sofia). */
  answeredFrom?: string | null;
  /** Answer sent on or before this day (Sofia; inclusive). */
  answeredTo?: string | null;
  /** Registered by this front-office service unit. */
  serviceUnitCode?: string | null;
  /** Reached no service unit (web submissions). */
  withoutServiceUnit?: boolean | null;
  categoryCode?: string | null;
  /** No category yet. */
  uncategorised?: boolean | null;
  /** Language the citizen wrote in. */
  locale?: Locale[] | null;
  anonymous?: boolean | null;
  /** true: an answer was sent; false: not (yet). */
  answered?: boolean | null;
  /** No answer owed, for this reason (KIND_POLICY: the kind owes none). */
  notOwedReason?: NotOwedReason | null;
  /** With `timeliness`: the outcome of this term; alone: cases that carry this term. */
  clock?: ClockType | null;
  /**
   * ON_TIME: a term was met by its end and none is late; LATE: a term was met after its
   * end or is open past it (for `clock`: that term's outcome).
   */
  timeliness?: Timeliness | null;
  /** A rating link was sent with the answer. */
  ratingLinkSent?: boolean | null;
  /** true: the citizen rated; false: a link was sent and not (yet) used. */
  rated?: boolean | null;
  /** Rated with this score (1–5). */
  ratingScore?: number | null;
}

/** Why no answer is owed: a recorded reason, or KIND_POLICY (the kind owes none). */
export type NotOwedReason = NoAnswerReason | "KIND_POLICY";
export const NOT_OWED_REASONS: readonly NotOwedReason[] = [...NO_ANSWER_REASONS, "KIND_POLICY"];

export const TIMELINESS = ["ON_TIME", "LATE"] as const;
export type Timeliness = (typeof TIMELINESS)[number];

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

/**
 * The cases listCases would show `viewer` for `filter`, as a Prisma filter: the CSV export
 * (lib/export/case-list.ts) pages through exactly these, with the same checks and errors.
 */
export async function caseListWhere(viewer: Viewer, filter: CaseFilter, now: Date): Promise<Prisma.CaseWhereInput> {
  const db = await prisma();
  return { AND: [caseWhereForViewer(viewer), ...(await filterWhere(db, filter, now))] };
}

async function filterWhere(db: Awaited<ReturnType<typeof prisma>>, f: CaseFilter, now: Date): Promise<Prisma.CaseWhereInput[]> {
  const and: Prisma.CaseWhereInput[] = [];
  const errors: FilterError[] = [];
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
  and.push(...(await drillDownWhere(db, f, now, errors)));
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

type FilterError = { field: string; code: "INVALID_CHOICE" | "INVALID_DATE" | "TOO_LONG"; params?: Record<string, number> };

/** The dashboard's drill-down fields (definitions: lib/dashboard/types.ts). */
async function drillDownWhere(
  db: Awaited<ReturnType<typeof prisma>>,
  f: CaseFilter,
  now: Date,
  errors: FilterError[],
): Promise<Prisma.CaseWhereInput[]> {
  const and: Prisma.CaseWhereInput[] = [];
  const day = (field: keyof CaseFilter, value: string | null | undefined, end: boolean): Date | null => {
    if (value == null || value === "") return null;
    if (!isIsoDate(value)) {
      errors.push({ field, code: "INVALID_DATE" });
      return null;
    }
    return end ? endOfSofiaDay(value) : startOfSofiaDay(value);
  };
  const receivedFrom = day("receivedFrom", f.receivedFrom, false);
  const receivedTo = day("receivedTo", f.receivedTo, true);
  if (receivedFrom) and.push({ receivedAt: { gte: receivedFrom } });
  if (receivedTo) and.push({ receivedAt: { lt: receivedTo } });
  const answeredFrom = day("answeredFrom", f.answeredFrom, false);
  const answeredTo = day("answeredTo", f.answeredTo, true);
  if (answeredFrom) and.push({ answeredAt: { gte: answeredFrom } });
  if (answeredTo) and.push({ answeredAt: { lt: answeredTo } });

  if (f.serviceUnitCode) {
    const u = await findServiceUnit(f.serviceUnitCode);
    if (!u) errors.push({ field: "serviceUnitCode", code: "INVALID_CHOICE" });
    else and.push({ serviceUnitId: u.id });
  }
  if (f.withoutServiceUnit) and.push({ serviceUnitId: null });
  if (f.categoryCode) {
    const c = await findCategory(f.categoryCode);
    if (!c) errors.push({ field: "categoryCode", code: "INVALID_CHOICE" });
    else and.push({ categoryId: c.id });
  }
  if (f.uncategorised) and.push({ categoryId: null });
  if (f.locale?.length) {
    if (f.locale.some((l) => !LOCALES.includes(l))) errors.push({ field: "locale", code: "INVALID_CHOICE" });
    else and.push({ locale: { in: f.locale } });
  }
  if (f.anonymous != null) and.push({ anonymous: f.anonymous });
  if (f.answered === true) and.push({ answeredAt: { not: null } });
  if (f.answered === false) and.push({ answeredAt: null });
  if (f.notOwedReason) {
    if (!NOT_OWED_REASONS.includes(f.notOwedReason)) errors.push({ field: "notOwedReason", code: "INVALID_CHOICE" });
    else if (f.notOwedReason === "KIND_POLICY") and.push({ answerOwed: false, noAnswerReason: null });
    else and.push({ answerOwed: false, noAnswerReason: f.notOwedReason });
  }

  const clock = f.clock ?? null;
  if (clock && !CLOCK_TYPES.includes(clock)) errors.push({ field: "clock", code: "INVALID_CHOICE" });
  else if (f.timeliness && !TIMELINESS.includes(f.timeliness)) errors.push({ field: "timeliness", code: "INVALID_CHOICE" });
  else {
    // Read from the terms themselves, not from Case."metLate"/"metOnTime" (kept by triggers
    // so the dashboard need not visit every case's clocks): counting one way and listing
    // the other, tests/integration/dashboard.test.ts checks the triggers as well.
    // Comparing two columns of CaseClock (metAt ≤ dueAt) needs Prisma's field references.
    const dueAt = db.caseClock.fields.dueAt;
    const ofClock: Prisma.CaseClockWhereInput = clock ? { clock } : {};
    const metOnTime: Prisma.CaseClockWhereInput = { ...ofClock, state: "MET", metAt: { lte: dueAt } };
    const late: Prisma.CaseClockWhereInput = {
      ...ofClock,
      OR: [
        { state: "MET", metAt: { gt: dueAt } },
        { state: { in: [...OPEN_CLOCK_STATES] }, dueAt: { lt: now } },
      ],
    };
    if (f.timeliness === "LATE") and.push({ clocks: { some: late } });
    else if (f.timeliness === "ON_TIME") and.push({ clocks: { some: metOnTime, none: late } });
    else if (clock) and.push({ clocks: { some: { clock } } });
  }

  if (f.ratingLinkSent === true) and.push({ rating: { isNot: null } });
  if (f.ratingLinkSent === false) and.push({ rating: { is: null } });
  if (f.rated === true) and.push({ rating: { is: { ratedAt: { not: null } } } });
  if (f.rated === false) and.push({ rating: { is: { ratedAt: null } } });
  if (f.ratingScore != null) {
    if (!Number.isInteger(f.ratingScore) || f.ratingScore < 1 || f.ratingScore > 5) errors.push({ field: "ratingScore", code: "INVALID_CHOICE" });
    else and.push({ rating: { is: { score: f.ratingScore, ratedAt: { not: null } } } });
  }
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
