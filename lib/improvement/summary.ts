// Improvement actions in summary: for the dashboard (the viewer's part of the register)
// and for the public (title, status and dates only — no description, owner or cases:
// descriptions and links can point at a person or a case; see app/[locale]/figures).
import { prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import { sofiaDate } from "@/lib/domain/deadlines";
import { IMPROVEMENT_STATUSES, improvementReadScope, type ImprovementStatus } from "@/lib/domain/improvement";
import { isoDay } from "@/lib/cases/clocks";
import { listImprovementActions, type ImprovementActionView } from "./actions";

export interface PublicImprovement {
  title: string;
  status: ImprovementStatus;
  /** Sofia dates, YYYY-MM-DD. */
  startedOn: string;
  dueDate: string | null;
  completedOn: string | null;
}

/**
 * Actions under way at some time in [from, to): started before `to`, not completed before
 * `from`. Cancelled ones are left out: they were not taken.
 */
export async function publicImprovements(range: { from: Date; to: Date }): Promise<PublicImprovement[]> {
  const db = await prisma();
  const rows = await db.improvementAction.findMany({
    where: {
      status: { not: "CANCELLED" },
      createdAt: { lt: range.to },
      OR: [{ completedAt: null }, { completedAt: { gte: range.from } }],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { title: true, status: true, createdAt: true, dueDate: true, completedAt: true },
  });
  return rows.map((r) => ({
    title: r.title,
    status: r.status,
    startedOn: sofiaDate(r.createdAt),
    dueDate: r.dueDate ? isoDay(r.dueDate) : null,
    completedOn: r.completedAt ? sofiaDate(r.completedAt) : null,
  }));
}

export interface ImprovementSummary {
  counts: Record<ImprovementStatus, number>;
  /** Open (planned or in progress) and past their due date. */
  overdue: number;
  /** Open actions, earliest due first (at most `limit`). */
  open: ImprovementActionView[];
}

/** The dashboard's section; null when the viewer does not read the register. */
export async function improvementSummary(options: { viewer: Viewer | null; now?: Date; limit?: number }): Promise<ImprovementSummary | null> {
  if (!improvementReadScope(options.viewer)) return null;
  const today = sofiaDate(options.now ?? new Date());
  const all = await listImprovementActions({ viewer: options.viewer });
  const counts = Object.fromEntries(IMPROVEMENT_STATUSES.map((s) => [s, 0])) as Record<ImprovementStatus, number>;
  for (const a of all) counts[a.status] += 1;
  const open = all.filter((a) => a.status === "PLANNED" || a.status === "IN_PROGRESS");
  return {
    counts,
    overdue: open.filter((a) => a.dueDate !== null && a.dueDate < today).length,
    open: open.slice(0, options.limit ?? 5),
  };
}
