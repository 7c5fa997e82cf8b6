// Runs `scripts/user-create.ts` the way an operator does (a separate process), for the
// tests of the command on its own and through a running server's local admin channel.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const roots: string[] = [];
afterAll(() => {
  for (const dir of roots) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh HARTA_DATA_DIR, removed after the file's tests. */
export function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "harta-user-create-"));
  roots.push(dir);
  return dir;
}

/** The test's environment without DATABASE_URL unless given: embedded unless asked. */
export function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "warn", ...extra };
  if (!extra.DATABASE_URL) delete env.DATABASE_URL;
  return env;
}

export function userCreate(args: string[], env: Record<string, string>, stdin?: string): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/user-create.ts", ...args], { env: baseEnv(env), stdio: ["pipe", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (err += d.toString()));
  child.stdin.end(stdin ?? "");
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, out, err })));
}
