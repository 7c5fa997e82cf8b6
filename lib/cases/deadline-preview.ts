// deadlinePreview: the terms a submission of this kind received at this instant would
// carry, with the law behind each (public API; the submit page shows them too).
import { prisma } from "@/lib/db/client";
import { computeClocks } from "@/lib/domain/deadlines";
import type { Kind } from "@/lib/domain/kinds";
import { loadCalendar, loadPolicies } from "@/lib/cases/settings";
import type { Deadline } from "@/lib/cases/types";

export async function deadlinePreview(options: { kind: Kind; receivedAt?: Date }): Promise<Deadline[]> {
  const db = await prisma();
  const [policies, calendar] = await Promise.all([loadPolicies(db), loadCalendar(db)]);
  return computeClocks(policies[options.kind], options.receivedAt ?? new Date(), calendar);
}
