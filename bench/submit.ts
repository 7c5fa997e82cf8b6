// Benchmark: citizen submissions per second through the whole stack (HTTP → Apollo →
// submitFeedback → PostgreSQL), on a fresh database. Figures go to bench/results/.
//
//   npm run bench:submit                      # embedded PGlite
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:submit
//
// Options (env): BENCH_SECONDS (10), BENCH_CONCURRENCY (32).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { randomUUID } from "node:crypto";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32);
const adminUrl = process.env.BENCH_DATABASE_URL;

async function main(): Promise<void> {
  process.env.HARTA_DEMO = "false";
  process.env.LOG_LEVEL = "warn";
  process.env.HARTA_SUBMIT_LIMIT_PER_HOUR = "100000000"; // one client sends everything here
  let dbName: string | null = null;
  if (adminUrl) {
    dbName = `harta_bench_${randomUUID().slice(0, 8)}`;
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`CREATE DATABASE ${dbName}`);
    await c.end();
    const u = new URL(adminUrl);
    u.pathname = `/${dbName}`;
    process.env.DATABASE_URL = u.toString();
  } else {
    process.env.HARTA_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "harta-bench-"));
  }
  const { startServer } = await import("@/lib/server/main");
  const server = await startServer({ port: 0, dev: false });
  // The client runs in a worker thread: its own event loop, so it does not steal the
  // server's (both still share the machine's 2 cores, as they would on one box).
  const { Worker } = await import("node:worker_threads");
  const worker = new Worker(new URL("./submit-load.mjs", import.meta.url), {
    workerData: { url: server.url, seconds, concurrency, offset: 1000 },
  });
  const { latencies, errors, elapsed } = await new Promise<{ latencies: number[]; errors: number; elapsed: number }>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
  const rate = (latencies.length - errors) / elapsed;
  const mode = adminUrl ? "PostgreSQL 15 (127.0.0.1)" : "embedded PGlite";
  const line = `| ${new Date().toISOString().slice(0, 16)} | ${mode} | ${concurrency} | ${latencies.length} | ${errors} | **${rate.toFixed(0)}/s** | ${pct(50)} | ${pct(95)} | ${pct(99)} |`;
  console.log(`\n${mode}: ${rate.toFixed(0)} submissions/s over ${elapsed.toFixed(1)} s, p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms, errors ${errors}\n`);
  const file = path.join("bench", "results", "submit.md");
  if (!fs.existsSync(file)) {
    fs.writeFileSync(
      file,
      "# Submission throughput\n\nMethod: `bench/submit.ts` starts the real server in-process on a fresh database; a worker thread (`bench/submit-load.mjs`, its own event loop) sends `submitFeedback` over HTTP from N concurrent loopback clients for a fixed time (¾ named complaints with personal data, ¼ anonymous signals), after 50 warm-up requests. Machine: 2 cores, 24 GiB (the project's standard machine); client and server share the 2 cores.\n\n| when (UTC) | database | concurrency | requests | errors | throughput | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|---|---|---|\n",
    );
  }
  fs.appendFileSync(file, `${line}\n`);
  await server.close();
  if (dbName && adminUrl) {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await c.end();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
