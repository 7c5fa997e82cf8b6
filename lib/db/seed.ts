// What a fresh database needs before anything else: the terms per kind with their
// legal defaults. Idempotent: runs at each start and writes only what is missing.
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { KINDS } from "@/lib/domain/kinds";
import { DEFAULT_POLICIES } from "@/lib/domain/policy";

/** Rows with the legal defaults, so the administrator edits data, not code. */
export async function seedReferenceData(db: PrismaClient): Promise<void> {
  await db.kindPolicy.createMany({
    data: KINDS.map((kind) => ({
      kind,
      answerOwed: DEFAULT_POLICIES[kind].answerOwed,
      clocks: DEFAULT_POLICIES[kind].clocks as unknown as Prisma.InputJsonValue,
    })),
    skipDuplicates: true,
  });
}

