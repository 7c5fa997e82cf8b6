// Builds the Next.js app when there is no build yet or a source file is newer than it,
// so `npm start` and the test suites never serve stale pages and never build twice.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";

const root = process.cwd();
const BUILD_ID = path.join(root, ".next", "BUILD_ID");
const SOURCES = ["app", "lib", "graphql", "public", "next.config.js", "package-lock.json", "tsconfig.json"];
const SKIP = new Set(["node_modules", ".next", ".data", "generated"]);

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of fs.readdirSync(p)) {
    if (SKIP.has(entry)) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

export function buildIsStale(): boolean {
  if (!fs.existsSync(BUILD_ID)) return true;
  const built = fs.statSync(BUILD_ID).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built);
}

const LOCK = path.join(root, ".next-build.lock");

/** One build at a time: parallel test runs wait for the first one's build. */
function withBuildLock(fn: () => void): void {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      const age = Date.now() - (fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 10 * 60_000) fs.rmSync(LOCK, { recursive: true, force: true }); // left by a killed build
      if (Date.now() > deadline) throw new Error("timed out waiting for another next build");
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    fn();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

export function ensureBuild(): void {
  if (!buildIsStale()) return;
  withBuildLock(build);
}

function build(): void {
  if (!buildIsStale()) return; // someone else built while we waited
  console.log("Building the web app (next build)…");
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBuild();
