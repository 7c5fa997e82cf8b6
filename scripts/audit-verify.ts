// `npm run audit:verify`: walks the audit chain of the configured database and exits 0
// when it is intact, 1 at the first broken link, 2 when it could not check (issue
// "Staff workspace", "Audit trail").
//
// DATABASE_URL set → that PostgreSQL; safe while Harta runs.
// Unset → the embedded database in HARTA_DATA_DIR (.data). PGlite keeps no lock on its
// folder: a second process opening it while the server runs would write to the same
// files and can corrupt them. So in embedded mode this refuses to run while a Harta
// server answers on HOST:PORT; stop the server first (or use the admin page, which
// verifies through the running server).

// Keep the output to the verdict: the logger reads LOG_LEVEL when first imported, so
// the app's modules are imported dynamically, after this line.
process.env.LOG_LEVEL ||= "warn";
export {};

const { config } = await import("@/lib/config");
const { getDb, closeDb } = await import("@/lib/db/client");
const { verifyAuditChain } = await import("@/lib/audit/verify");

/** Whether a Harta server (its health report names the database) answers on HOST:PORT. */
async function serverAnswers(): Promise<boolean> {
  try {
    const res = await fetch(`http://${config.host}:${config.port}/api/health`, { signal: AbortSignal.timeout(1500) });
    const body = (await res.json()) as { database?: unknown };
    return body.database !== undefined;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  const embedded = !config.databaseUrl;
  if (embedded && (await serverAnswers())) {
    console.error(
      `A Harta server answers on ${config.host}:${config.port}. The embedded database (${config.dataDir}) can be ` +
        "opened by one process at a time: stop the server and run again, or verify from the admin page.",
    );
    return 2;
  }
  let db;
  try {
    db = await getDb();
  } catch (error) {
    console.error(`cannot open the database: ${(error as Error).message}`);
    if (embedded) {
      console.error(`The embedded database (${config.dataDir}) can be opened by one process at a time: stop the server and run again.`);
    }
    return 2;
  }
  const started = performance.now();
  const result = await verifyAuditChain(db.prisma);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.ok) {
    console.log(`audit chain OK: ${result.checked} records (${seconds} s)`);
    return 0;
  }
  console.log(`audit chain BROKEN at record #${result.firstBroken!.id}: ${result.firstBroken!.reason}`);
  return 1;
}

let code = 2;
try {
  code = await main();
} catch (error) {
  console.error(error);
} finally {
  await closeDb();
}
process.exit(code);
