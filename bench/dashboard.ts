// Benchmark: the management dashboard at scale (issue 5, "At scale": every dashboard query
// within 200 ms at the 95th percentile at 1,000,000 cases on PostgreSQL). Figures go to
// bench/results/dashboard.md.
//
//   npm run generate:cases -- --count 1000000 --years 5 --database-url postgres://…/harta_bench
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/harta_bench npm run bench:dashboard
//
// Options (env): BENCH_ITERATIONS (20 timed loads per scenario), BENCH_WARMUP (3),
// BENCH_ONLY (substring of scenario names to run), BENCH_NO_WRITE=1 (print only).
//
// Method: loads the dashboard the way the app does (dashboardScope → validateDashboardFilter
// → loadFigures, in-process, warm caches), for the manager, a head and the integrity officer
// with a realistic mix of filters. Every SQL statement is timed at the driver (pg
// Client.query, which Prisma's adapter-pg calls) and labelled by what it computes; the
// whole load is timed around loadFigures. The statements of one load run concurrently
// (loadFigures issues them together), as they do in production; then the same loads run
// again with the statements queued one at a time, for each statement's time alone. Last, a
// burst of changes not folded into the summary yet, and the fold itself.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const url = process.env.BENCH_DATABASE_URL;
const iterations = Number(process.env.BENCH_ITERATIONS ?? 20);
const warmup = Number(process.env.BENCH_WARMUP ?? 3);
const only = process.env.BENCH_ONLY ?? "";
const BOUND_MS = 200;

if (!url) {
  console.error("Set BENCH_DATABASE_URL to a PostgreSQL database filled by `npm run generate:cases` (its own database, not a test one).");
  process.exit(2);
}
process.env.DATABASE_URL = url;
process.env.HARTA_DEMO = "false";
process.env.LOG_LEVEL = "warn";

// --- Timing every statement at the driver ---------------------------------------------
interface Timing {
  label: string;
  ms: number;
}
let recording: Timing[] | null = null;
/** When set, statements run one at a time (each waits for the previous): their time alone. */
let serial = false;
let serialTail: Promise<unknown> = Promise.resolve();

function labelOf(text: string): string {
  if (text.includes('GROUP BY "dim", "value"')) return "summary by category and language";
  if (text.includes('FROM "CaseFigure"')) return "summary (range: totals, breakdowns, terms, ratings, days to answer)";
  if (text.includes("WITH pending")) return "pending (open terms as of now, latest comments)";
  if (text.includes('FROM "CaseWeekFigure"')) return "weekly (received / answered per week)";
  if (text.includes('"receivedToday"')) return "live (now, month vs last month)";
  return "other";
}

type QueryFn = (this: pg.Client, ...args: unknown[]) => unknown;
const originalQuery = pg.Client.prototype.query as unknown as QueryFn;
(pg.Client.prototype as unknown as { query: QueryFn }).query = function timedQuery(this: pg.Client, ...args: unknown[]) {
  const first = args[0] as string | { text?: string } | undefined;
  const text = typeof first === "string" ? first : (first?.text ?? "");
  const sink = recording;
  if (!sink || !text) return originalQuery.apply(this, args);
  if (serial && typeof args[args.length - 1] !== "function") {
    // Queue behind the statement before; time only this one's own run.
    const run = serialTail.then(() => {
      const started = performance.now();
      return (originalQuery.apply(this, args) as Promise<unknown>).finally(() => sink.push({ label: labelOf(text), ms: performance.now() - started }));
    });
    serialTail = run.catch(() => undefined);
    return run;
  }
  const started = performance.now();
  const done = () => sink.push({ label: labelOf(text), ms: performance.now() - started });
  const last = args[args.length - 1];
  if (typeof last === "function") {
    args[args.length - 1] = (...cb: unknown[]) => {
      done();
      return (last as (...a: unknown[]) => unknown)(...cb);
    };
    return originalQuery.apply(this, args);
  }
  const result = originalQuery.apply(this, args);
  if (result && typeof (result as Promise<unknown>).then === "function") {
    return (result as Promise<unknown>).then(
      (v) => {
        done();
        return v;
      },
      (e: unknown) => {
        done();
        throw e;
      },
    );
  }
  return result;
};

// ----------------------------------------------------------------------------------------
function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
}

async function main(): Promise<void> {
  const { prisma, closeDb } = await import("@/lib/db/client");
  const { loadFigures } = await import("@/lib/dashboard/figures");
  const { dashboardScope, validateDashboardFilter } = await import("@/lib/dashboard/types");
  const { referenceIndex } = await import("@/lib/cases/reference-data");
  const { sofiaDate } = await import("@/lib/domain/deadlines");
  const { addDaysIso, addMonthsIso, addYearsIso, dayOfWeekIso } = await import("@/lib/domain/iso-date");
  type Filter = import("@/lib/dashboard/types").DashboardFilterInput;
  type Scope = import("@/lib/dashboard/types").DashboardScope;

  const db = await prisma();
  const ref = await referenceIndex();
  const codeOfDept = (id: string | null) => (id ? (ref.departments.get(id)?.code ?? null) : null);
  const cases = await db.case.count();
  const clocks = await db.caseClock.count();
  const [span] = await db.$queryRaw<{ first: Date; last: Date }[]>`SELECT min("receivedAt") AS first, max("receivedAt") AS last FROM "Case"`;
  const [sizes] = await db.$queryRaw<{ db: string; cases: string }[]>`
    SELECT pg_size_pretty(pg_database_size(current_database())) AS db, pg_size_pretty(pg_total_relation_size('"Case"')) AS cases`;
  const [version] = await db.$queryRaw<{ v: string }[]>`SELECT current_setting('server_version') AS v`;
  const [summaryRows] = await db.$queryRaw<{ figures: bigint; weeks: bigint; deltas: bigint }[]>`
    SELECT (SELECT count(*) FROM "CaseFigure") AS figures, (SELECT count(*) FROM "CaseWeekFigure") AS weeks,
           (SELECT count(*) FROM "CaseFigureDelta") AS deltas`;
  const [settings] = await db.$queryRaw<{ sb: string; wm: string; par: string }[]>`
    SELECT current_setting('shared_buffers') AS sb, current_setting('work_mem') AS wm, current_setting('max_parallel_workers_per_gather') AS par`;
  // The head of the department with the most cases: the heaviest head's dashboard.
  const [busiest] = await db.$queryRaw<{ departmentId: string }[]>`
    SELECT "departmentId" FROM "Case" WHERE "departmentId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`;
  const busiestCode = codeOfDept(busiest?.departmentId ?? null);
  if (!busiestCode) throw new Error("no cases with a department: fill the database with npm run generate:cases first");

  const now = new Date();
  const today = sofiaDate(now);
  const lastMonday = addDaysIso(today, -((dayOfWeekIso(today) + 6) % 7) - 7 * 26);
  const someUnit = [...ref.serviceUnits.values()].find((u) => u.code === "CSI")?.code ?? [...ref.serviceUnits.values()][0]!.code;
  const fiveYears = { from: addDaysIso(addYearsIso(today, -5), 1), to: today };
  const scopes: { name: string; scope: Scope }[] = [
    { name: "manager", scope: dashboardScope({ role: "MANAGER", departmentId: null })! },
    { name: `head (${busiestCode})`, scope: dashboardScope({ role: "HEAD", departmentId: busiest!.departmentId }, busiestCode)! },
    { name: "integrity", scope: dashboardScope({ role: "INTEGRITY", departmentId: null })! },
  ];
  const filters: { name: string; filter: Filter; scopes: string[] }[] = [
    { name: "last 12 months (default)", filter: {}, scopes: ["manager", "head", "integrity"] },
    { name: "whole 5 years", filter: fiveYears, scopes: ["manager", "head", "integrity"] },
    { name: `one department (${busiestCode})`, filter: { departmentCode: busiestCode }, scopes: ["manager"] },
    { name: "one kind (COMPLAINT)", filter: { kind: ["COMPLAINT"] }, scopes: ["manager", "head"] },
    { name: "one channel (WEB)", filter: { channel: ["WEB"] }, scopes: ["manager", "head"] },
    { name: `one service unit (${someUnit})`, filter: { serviceUnitCode: someUnit }, scopes: ["manager"] },
    { name: "a week half a year ago", filter: { from: lastMonday, to: addDaysIso(lastMonday, 6) }, scopes: ["manager", "head"] },
    { name: "last 3 months, 5 years back", filter: { from: addMonthsIso(fiveYears.from, 0), to: addMonthsIso(fiveYears.from, 3) }, scopes: ["manager"] },
  ];

  const known = { departments: [...ref.departments.values()].map((d) => d.code), serviceUnits: [...ref.serviceUnits.values()].map((u) => u.code) };
  const loads: number[] = [];
  const byStatement = new Map<string, number[]>();
  const isolated = new Map<string, number[]>();
  const scenarioRows: string[] = [];
  let statementsPerLoad = 0;

  for (const s of scopes) {
    for (const f of filters) {
      if (!f.scopes.some((n) => s.name.startsWith(n))) continue;
      const name = `${s.name} · ${f.name}`;
      if (only && !name.includes(only)) continue;
      const filter = validateDashboardFilter(f.filter, { now, scope: s.scope, known });
      for (let i = 0; i < warmup; i++) await loadFigures(s.scope, filter, { now });
      const times: number[] = [];
      const worst = new Map<string, number[]>();
      for (let i = 0; i < iterations; i++) {
        recording = [];
        const t = performance.now();
        const figures = await loadFigures(s.scope, filter, { now });
        const ms = performance.now() - t;
        const timings = recording;
        recording = null;
        times.push(ms);
        loads.push(ms);
        statementsPerLoad = Math.max(statementsPerLoad, timings.length);
        for (const x of timings) {
          (byStatement.get(x.label) ?? byStatement.set(x.label, []).get(x.label)!).push(x.ms);
          (worst.get(x.label) ?? worst.set(x.label, []).get(x.label)!).push(x.ms);
        }
        if (i === 0) console.log(`${name}: received ${figures.received.count}, open ${figures.live.open.count}, statements ${timings.length}`);
      }
      // The same loads with the statements one at a time: each statement's time alone.
      serial = true;
      for (let i = 0; i < iterations; i++) {
        recording = [];
        await loadFigures(s.scope, filter, { now });
        for (const x of recording) (isolated.get(x.label) ?? isolated.set(x.label, []).get(x.label)!).push(x.ms);
        recording = null;
      }
      serial = false;
      const st = [...worst.entries()]
        .filter(([label]) => label !== "other")
        .map(([label, v]) => `${label.split(" ")[0]} ${pct(v, 95).toFixed(0)}`)
        .join(" / ");
      scenarioRows.push(`| ${name} | ${pct(times, 50).toFixed(0)} | ${pct(times, 95).toFixed(0)} | ${Math.max(...times).toFixed(0)} | ${st} |`);
      console.log(`  load p50 ${pct(times, 50).toFixed(0)} ms, p95 ${pct(times, 95).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms; statement p95: ${st}`);
    }
  }

  // Changes not folded yet: the triggers append ±1 rows to "CaseFigureDelta" and the
  // sweeper folds them every 2 s; readers add what is not folded. A burst: 1,000 cases
  // switched to another language and back (each change withdraws and adds the case's
  // rows; the data ends as it was), ~50,000 delta rows — more than 2 s of 500
  // submissions per second leave. Then the manager's default view, then one fold.
  const burstRows: string[] = [];
  if (!only || "burst".includes(only)) {
    const { compactCaseFigures } = await import("@/lib/dashboard/summary");
    const manager = scopes[0]!.scope;
    const filter = validateDashboardFilter({}, { now, scope: manager, known });
    const swap = (a: string, b: string) => db.$executeRawUnsafe(
      `UPDATE "Case" SET "locale" = CASE "locale" WHEN '${a}' THEN '${b}'::"Locale" WHEN '${b}' THEN '${a}'::"Locale" ELSE "locale" END
       WHERE "id" IN (SELECT "id" FROM "Case" WHERE "locale" IN ('${a}', '${b}') ORDER BY "receivedAt" DESC LIMIT 1000)`,
    );
    await swap("bg", "tr");
    await swap("bg", "tr");
    const [pendingChanges] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "CaseFigureDelta"`;
    const n = pendingChanges!.n;
    const times: number[] = [];
    const summaryTimes: number[] = [];
    for (let i = 0; i < iterations; i++) {
      recording = [];
      const t = performance.now();
      await loadFigures(manager, filter, { now });
      times.push(performance.now() - t);
      for (const x of recording) if (x.label.startsWith("summary") || x.label.startsWith("weekly")) summaryTimes.push(x.ms);
      recording = null;
    }
    const t = performance.now();
    const folded = await compactCaseFigures(db);
    const foldMs = performance.now() - t;
    burstRows.push(
      `With ${Number(n).toLocaleString("en")} changes not folded yet (1,000 cases switched to another language and back): manager · last 12 months, load p50 ${pct(times, 50).toFixed(0)} ms, p95 ${pct(times, 95).toFixed(0)} ms; summary and weekly statements p95 ${pct(summaryTimes, 95).toFixed(0)} ms. Folding them (harta_compact_case_figures, as the sweeper does every 2 s): ${foldMs.toFixed(0)} ms for ${folded.toLocaleString("en")} rows.`,
      "",
    );
    console.log(burstRows[0]);
  }

  const statementRows = [...byStatement.entries()]
    .sort()
    .map(([label, v]) => {
      const p95 = pct(v, 95);
      return `| ${label} | ${v.length} | ${pct(v, 50).toFixed(1)} | **${p95.toFixed(1)}** | ${Math.max(...v).toFixed(1)} | ${p95 <= BOUND_MS ? "yes" : "**no**"} |`;
    });
  const isolatedRows = [...isolated.entries()]
    .sort()
    .map(([label, v]) => {
      const p95 = pct(v, 95);
      return `| ${label} | ${v.length} | ${pct(v, 50).toFixed(1)} | **${p95.toFixed(1)}** | ${Math.max(...v).toFixed(1)} | ${p95 <= BOUND_MS ? "yes" : "**no**"} |`;
    });
  const loadP95 = pct(loads, 95);
  const load = os.loadavg().map((x) => x.toFixed(2)).join(", ");
  const summary = [
    `## ${new Date().toISOString().slice(0, 16)} UTC`,
    "",
    `Data: ${cases.toLocaleString("en")} cases (${clocks.toLocaleString("en")} clocks) received ${span!.first.toISOString().slice(0, 10)} … ${span!.last.toISOString().slice(0, 10)}; database ${sizes!.db}, "Case" with indexes ${sizes!.cases}. PostgreSQL ${version!.v} (shared_buffers ${settings!.sb}, work_mem ${settings!.wm}, max_parallel_workers_per_gather ${settings!.par}), defaults otherwise.`,
    `Summary tables: "CaseFigure" ${Number(summaryRows!.figures).toLocaleString("en")} rows, "CaseWeekFigure" ${Number(summaryRows!.weeks).toLocaleString("en")} rows, ${Number(summaryRows!.deltas).toLocaleString("en")} changes not folded yet.`,
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), ${Math.round(os.totalmem() / 2 ** 30)} GiB; load average at the end ${load} (shared with other work).`,
    `Run: ${warmup} warm-up + ${iterations} timed loads per scenario; ${statementsPerLoad} SQL statements per load at most.`,
    "",
    "Per statement, all scenarios together (ms):",
    "",
    "| statement | samples | p50 | p95 | max | ≤ 200 ms at p95 |",
    "|---|---|---|---|---|---|",
    ...statementRows,
    `| **whole load** (loadFigures) | ${loads.length} | ${pct(loads, 50).toFixed(1)} | **${loadP95.toFixed(1)}** | ${Math.max(...loads).toFixed(1)} | ${loadP95 <= BOUND_MS ? "yes" : "**no**"} |`,
    "",
    "Per statement alone (the same loads again with the statements run one at a time; ms):",
    "",
    "| statement | samples | p50 | p95 | max | ≤ 200 ms at p95 |",
    "|---|---|---|---|---|---|",
    ...isolatedRows,
    "",
    "Per scenario (ms; statement column: p95 of each statement):",
    "",
    "| scope · filter | load p50 | load p95 | load max | statements p95 |",
    "|---|---|---|---|---|",
    ...scenarioRows,
    "",
    ...burstRows,
  ].join("\n");
  console.log(`\n${summary}`);

  if (!process.env.BENCH_NO_WRITE) {
    const file = path.join("bench", "results", "dashboard.md");
    if (!fs.existsSync(file)) {
      fs.writeFileSync(
        file,
        [
          "# Dashboard at scale",
          "",
          "Bound (issue 5): every dashboard query within 200 ms at the 95th percentile at 1,000,000 cases on PostgreSQL, on the project's 2-core machines.",
          "",
          "Method: `npm run generate:cases -- --count 1000000 --years 5` fills a database of its own with synthetic cases (scripts/generate-cases.ts; README, \"Synthetic cases and the dashboard benchmark\"). `bench/dashboard.ts` then loads the dashboard in-process exactly as the app does (dashboardScope → validateDashboardFilter → loadFigures) for the manager, the head of the busiest department and the integrity officer, with the default filter (last 12 months), the whole 5 years, one department, one kind, one channel, one service unit, a single week half a year ago and a quarter 5 years back; warm caches (warm-up loads first), then many timed loads. Every SQL statement is timed at the driver (pg `Client.query`) and the whole load around `loadFigures`. The statements of one load run concurrently, as in production.",
          "",
          "",
        ].join("\n"),
      );
    }
    fs.appendFileSync(file, `${summary}\n`);
    console.log(`appended to ${file}`);
  }
  await closeDb();
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
