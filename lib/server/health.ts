// GET /api/health: database reachability and migration state, for load balancers and
// operators. 200 when the database answers and no migration is pending, else 503.
import type { ServerResponse } from "node:http";
import { getDb } from "@/lib/db/client";
import { migrationStatus } from "@/lib/db/migrate";

export async function healthReport(): Promise<{ ok: boolean; body: Record<string, unknown> }> {
  let db;
  try {
    db = await getDb();
    await db.prisma.$queryRaw`SELECT 1`;
  } catch (error) {
    return { ok: false, body: { status: "database-unreachable", database: { reachable: false, error: (error as Error).message } } };
  }
  // Through the handle the app already holds: embedded PGlite serves one connection.
  const status = await migrationStatus({ query: (sql) => db.prisma.$queryRawUnsafe(sql) });
  const ok = status.pending.length === 0 && status.failed.length === 0;
  return {
    ok,
    body: {
      status: ok ? "ok" : status.failed.length > 0 ? "migration-failed" : "migrations-pending",
      database: { reachable: true, mode: db.mode },
      migrations: { applied: status.applied.length, pending: status.pending, failed: status.failed },
    },
  };
}

export async function handleHealth(res: ServerResponse): Promise<void> {
  const report = await healthReport();
  res.writeHead(report.ok ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(report.body));
}
