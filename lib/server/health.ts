// GET /api/health: database reachability and migration state, for load balancers and
// operators. 200 when the database answers and no migration is pending, else 503.
import fs from "node:fs";
import path from "node:path";
import type { ServerResponse } from "node:http";
import { getDb } from "@/lib/db/client";

export async function healthReport(): Promise<{ ok: boolean; body: Record<string, unknown> }> {
  try {
    const db = await getDb();
    const rows = await db.prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((r) => r.migration_name));
    const dir = path.join(process.cwd(), "prisma", "migrations");
    const committed = fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const pending = committed.filter((m) => !applied.has(m)).sort();
    return {
      ok: pending.length === 0,
      body: {
        status: pending.length === 0 ? "ok" : "migrations-pending",
        database: { reachable: true, mode: db.mode },
        migrations: { applied: applied.size, pending },
      },
    };
  } catch (error) {
    return {
      ok: false,
      body: { status: "database-unreachable", database: { reachable: false, error: (error as Error).message } },
    };
  }
}

export async function handleHealth(res: ServerResponse): Promise<void> {
  const report = await healthReport();
  res.writeHead(report.ok ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(report.body));
}
