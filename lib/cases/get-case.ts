// getCase: everything about one case on one screen — text, submitter (where the viewer
// may see who it is), terms with their state, the timeline of every action, notes,
// attachments (metadata; files via getAttachment), linked cases, drafts — and what the
// viewer may do next. NOT_FOUND for whoever may not read it. Reading a confidential case
// (restricted kind, or once restricted) is itself recorded: CASE_READ_CONFIDENTIAL.
import type { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import { allowedActions, canRead, canSeeSubmitter, isRestrictedKind } from "@/lib/domain/access";
import type { ClockType } from "@/lib/domain/kinds";
import { recordAudit } from "@/lib/audit/record";
import { isUuid, notFound, requireViewer } from "@/lib/cases/access";
import { OPEN_CLOCK_STATES, isoDay } from "@/lib/cases/clocks";
import { dueDateOf, type CaseDetail, type NamedRef, type StaffRef, type StaffTimelineEntry, type TimelineChange } from "@/lib/cases/staff-types";
import type { Names } from "@/lib/cases/reference-data";

const staff = { select: { id: true, name: true } } as const;
const named = { select: { code: true, name: true } } as const;
const linked = { select: { id: true, reference: true, kind: true, departmentId: true, submitterConfidential: true } } as const;

const DETAIL_INCLUDE = {
  department: named,
  category: named,
  serviceUnit: named,
  assignee: staff,
  noAnswerBy: staff,
  submitter: true,
  clocks: { orderBy: { dueAt: "asc" }, include: { pauses: { orderBy: { startedAt: "asc" }, select: { reason: true, startedAt: true, endedAt: true, daysAdded: true } } } },
  notes: { orderBy: { createdAt: "asc" }, include: { author: staff } },
  attachments: { orderBy: { createdAt: "asc" }, select: { id: true, filename: true, mimeType: true, size: true, createdAt: true } },
  drafts: { orderBy: { createdAt: "asc" }, include: { author: staff, approvedBy: staff } },
  mergedInto: linked,
  merged: { ...linked, orderBy: { receivedAt: "asc" } },
  rating: { select: { score: true, comment: true, ratedAt: true } },
  events: { orderBy: { id: "asc" }, select: { type: true, at: true, data: true } },
} as const satisfies Prisma.CaseInclude;

/** Confidential: of a restricted kind now, or ever (its submitter stays hidden). */
export function isConfidential(c: { kind: Parameters<typeof isRestrictedKind>[0]; submitterConfidential: boolean }): boolean {
  return isRestrictedKind(c.kind) || c.submitterConfidential;
}

export async function getCase(options: { viewer: Viewer | null | undefined; caseId: string }): Promise<CaseDetail> {
  const viewer = requireViewer(options.viewer);
  const db = await prisma();
  const c = isUuid(options.caseId) ? await db.case.findUnique({ where: { id: options.caseId }, include: DETAIL_INCLUDE }) : null;
  if (!c || !canRead(viewer, c)) throw notFound();

  if (isConfidential(c)) {
    await db.$transaction((tx) =>
      recordAudit(tx, { actorId: viewer.id, action: "CASE_READ_CONFIDENTIAL", entityType: "Case", entityId: c.id }),
    );
  }
  const timeline = await loadTimeline(db, c.id, c.events);
  const showSubmitter = canSeeSubmitter(viewer, c);
  const open = c.clocks.filter((k) => (OPEN_CLOCK_STATES as readonly string[]).includes(k.state));
  const next = open.reduce<(typeof open)[number] | null>((a, k) => (a && a.dueAt <= k.dueAt ? a : k), null);

  return {
    id: c.id,
    reference: c.reference,
    kind: c.kind,
    status: c.status,
    channel: c.channel,
    locale: c.locale,
    subject: c.subject,
    body: c.body,
    place: c.place,
    anonymous: c.anonymous,
    incidentDate: c.incidentDate ? isoDay(c.incidentDate) : null,
    receivedAt: c.receivedAt,
    answerOwed: c.answerOwed,
    noAnswerReason: c.noAnswerReason,
    noAnswerDecidedBy: c.noAnswerBy,
    departmentCode: c.department?.code ?? null,
    department: namedRef(c.department),
    category: namedRef(c.category),
    serviceUnit: namedRef(c.serviceUnit),
    assigneeId: c.assigneeId,
    assignee: c.assignee,
    submitter:
      showSubmitter && c.submitter
        ? {
            name: c.submitter.name,
            email: c.submitter.email,
            phone: c.submitter.phone,
            address: c.submitter.address,
            erased: c.submitter.erasedAt !== null,
          }
        : null,
    submitterHidden: !showSubmitter && !c.anonymous,
    nextDueAt: c.nextDueAt,
    nextDueDate: dueDateOf(c.nextDueAt),
    nextClock: (next?.clock as ClockType | undefined) ?? null,
    overdue: c.nextDueAt !== null && c.nextDueAt < new Date(),
    clocks: c.clocks.map((k) => ({
      clock: k.clock,
      dueDate: isoDay(k.dueDate),
      dueAt: k.dueAt,
      warnAt: k.warnAt,
      state: k.state,
      basis: k.basis,
      metAt: k.metAt,
      pauses: k.pauses,
    })),
    timeline,
    notes: c.notes.map((n) => ({ id: n.id, text: n.text, author: n.author, createdAt: n.createdAt })),
    attachments: c.attachments,
    drafts: c.drafts.map((d) => ({
      id: d.id,
      status: d.status,
      findings: d.findings,
      decision: d.decision,
      reasons: d.reasons,
      author: d.author,
      approvedBy: d.approvedBy,
      approvedAt: d.approvedAt,
      sentAt: d.sentAt,
      updatedAt: d.updatedAt,
    })),
    // Linked cases the viewer may not read are left out (no existence oracle).
    mergedInto: c.mergedInto && canRead(viewer, c.mergedInto) ? { id: c.mergedInto.id, reference: c.mergedInto.reference } : null,
    mergedCases: c.merged.filter((m) => canRead(viewer, m)).map((m) => ({ id: m.id, reference: m.reference })),
    forwardedTo: c.forwardedTo,
    forwardedAt: c.forwardedAt,
    answerText: c.answerText,
    answeredAt: c.answeredAt,
    closedAt: c.closedAt,
    rating: c.rating,
    allowedActions: allowedActions(viewer, c),
  };
}

function namedRef(row: { code: string; name: Prisma.JsonValue } | null): NamedRef | null {
  return row ? { code: row.code, name: row.name as Names } : null;
}

/**
 * Audit records of the case (who did what), and the events that have none — receipt from
 * the web, warnings and breaches from the sweeper. A use case's event carries the id of
 * its audit record (data.auditId), so no change is shown twice.
 */
async function loadTimeline(
  db: Awaited<ReturnType<typeof prisma>>,
  caseId: string,
  events: { type: string; at: Date; data: Prisma.JsonValue }[],
): Promise<StaffTimelineEntry[]> {
  const audits = await db.auditRecord.findMany({ where: { entityType: "Case", entityId: caseId }, orderBy: { id: "asc" } });
  const actorIds = [...new Set(audits.map((a) => a.actorId).filter((id): id is string => id !== null))];
  const actors = new Map<string, StaffRef>(
    actorIds.length > 0 ? (await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u]) : [],
  );
  const entries: StaffTimelineEntry[] = audits.map((a) => ({
    at: a.at,
    action: a.action,
    actor: a.actorId ? (actors.get(a.actorId) ?? { id: a.actorId, name: "" }) : null,
    changes: changesOf(a.before, a.after),
  }));
  for (const e of events) {
    const data = (e.data ?? {}) as { auditId?: unknown };
    if (data.auditId === undefined) entries.push({ at: e.at, action: e.type, actor: null, changes: [] });
  }
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
}

function changesOf(before: Prisma.JsonValue, after: Prisma.JsonValue): TimelineChange[] {
  const b = asObject(before);
  const a = asObject(after);
  const changes: TimelineChange[] = [];
  for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
    const was = text(b[field]);
    const now = text(a[field]);
    if (was !== now) changes.push({ field, before: was, after: now });
  }
  return changes;
}

function asObject(v: Prisma.JsonValue): Record<string, Prisma.JsonValue> {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, Prisma.JsonValue>) : {};
}

function text(v: Prisma.JsonValue | undefined): string | null {
  if (v === undefined || v === null) return null;
  return typeof v === "string" ? v : JSON.stringify(v);
}
