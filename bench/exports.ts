// Measures the exports and reports of issue 5 on a large database (read-only): the CSV of
// an inbox list at its 100,000-row cap, the annual report (figures + PDF + CSV) for the
// manager and a head, and the public figures of a year (uncached: 13 figure loads).
//
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/harta_bench npx tsx bench/exports.ts
//
// Each is run BENCH_RUNS times (default 3) after one warm-up; prints min / median / max.
// These are not interactive queries (a download, a report once a year, a page cached for
// five minutes), so there is no 200 ms bound; the point is that they finish in seconds.
const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.error("Set BENCH_DATABASE_URL to a PostgreSQL database filled by `npm run generate:cases`.");
  process.exit(2);
}
process.env.DATABASE_URL = url;
process.env.HARTA_DEMO = "false";
process.env.LOG_LEVEL = "warn";
const runs = Number(process.env.BENCH_RUNS ?? 3);

const { prisma } = await import("@/lib/db/client");
const { exportCaseList } = await import("@/lib/export/case-list");
const { annualReport, annualReportCsv, annualReportPdf } = await import("@/lib/reports/annual-report");
const { loadPublicFigures } = await import("@/lib/figures/public-figures");
import type { Viewer } from "@/lib/auth/viewer";

const db = await prisma();
const asViewer = async (role: "MANAGER" | "HEAD"): Promise<Viewer> => {
  const u = await db.user.findFirstOrThrow({ where: { role, disabled: false }, orderBy: { email: "asc" } });
  return { id: u.id, email: u.email, name: u.name, role: u.role, departmentId: u.departmentId, serviceUnitId: u.serviceUnitId, locale: u.locale, sessionVersion: u.sessionVersion };
};
const manager = await asViewer("MANAGER");
const head = await asViewer("HEAD");
const cases = await db.case.count();
const year = new Date().getUTCFullYear() - 1;

async function time(label: string, fn: () => Promise<string>): Promise<void> {
  await fn();
  const ms: number[] = [];
  let note = "";
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    note = await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const f = (x: number) => `${(x / 1000).toFixed(2)} s`;
  console.log(`| ${label} | ${f(ms[0]!)} | ${f(ms[Math.floor(ms.length / 2)]!)} | ${f(ms.at(-1)!)} | ${note} |`);
}

console.log(`${cases.toLocaleString("en")} cases; ${runs} runs after a warm-up\n`);
console.log("| What | min | median | max | size |\n|---|---|---|---|---|");
await time("Case list CSV, manager, no filter (cap 100,000 rows)", async () => {
  const r = await exportCaseList({ viewer: manager, filter: {}, locale: "bg" });
  return `${r.rows.toLocaleString("en")} rows, ${(Buffer.byteLength(r.csv) / 1e6).toFixed(1)} MB${r.truncated ? ", cut" : ""}`;
});
await time("Case list CSV, head, open cases of the department", async () => {
  const r = await exportCaseList({ viewer: head, filter: { status: ["RECEIVED", "IN_PROGRESS", "AWAITING_CITIZEN"] }, locale: "bg" });
  return `${r.rows.toLocaleString("en")} rows`;
});
await time(`Annual report ${year}, manager (figures + PDF + CSV)`, async () => {
  const r = await annualReport({ viewer: manager, year });
  const pdf = await annualReportPdf(r);
  const csv = annualReportCsv(r);
  return `${r.figures.received.count.toLocaleString("en")} cases; PDF ${(pdf.length / 1024).toFixed(0)} KB, CSV ${(csv.length / 1024).toFixed(0)} KB`;
});
await time(`Annual report ${year}, head`, async () => {
  const r = await annualReport({ viewer: head, year });
  await annualReportPdf(r);
  return `${r.figures.received.count.toLocaleString("en")} cases`;
});
await time(`Public figures ${year}, uncached (year + 12 months)`, async () => {
  const f = await loadPublicFigures(year, { fresh: true });
  return `${f.received.toLocaleString("en")} cases`;
});
process.exit(0);
