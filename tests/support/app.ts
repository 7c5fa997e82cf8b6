// The whole app in this process, on a fresh database (in-memory PGlite, or PostgreSQL
// with HARTA_TEST_DATABASE_URL), on a free port.
import { startTestDb, type TestDb } from "@/tests/support/db";
import type { RunningServer } from "@/lib/server/main";

export interface TestApp {
  url: string;
  db: TestDb;
  close(): Promise<void>;
}

export async function startTestApp(options: { demo?: boolean } = {}): Promise<TestApp> {
  process.env.HARTA_DEMO = "false";
  const db = await startTestDb();
  if (options.demo) {
    const { seedDemo } = await import("@/lib/db/seed-demo");
    await seedDemo(db.db.prisma, { cases: 20 });
  }
  const { startServer } = await import("@/lib/server/main");
  const server: RunningServer = await startServer({ port: 0, dev: false });
  return {
    url: server.url,
    db,
    close: async () => {
      await server.close();
      await db.close();
    },
  };
}
