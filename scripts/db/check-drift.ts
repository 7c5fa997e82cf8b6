// npm run db:check — exits 1 when prisma/schema.prisma and prisma/migrations disagree
// (CI runs it), 0 when the committed migrations produce exactly the schema.
// Offline: see lib/db/schema-engine.ts (checkDrift).
import { checkDrift } from "../../lib/db/schema-engine";

checkDrift().then(
  (report) => {
    if (report.drift) {
      console.error(`db:check FAILED\n${report.message}`);
      process.exit(1);
    }
    console.log("db:check ok: schema.prisma matches prisma/migrations.");
    // Explicit exit: the wasm engine leaves a ~10 s timer behind that would delay a natural exit.
    process.exit(0);
  },
  (err: unknown) => {
    console.error("db:check could not run:", err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
