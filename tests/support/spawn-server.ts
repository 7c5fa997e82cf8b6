// A Harta server as a separate process (`node --import tsx lib/server/main.ts`), the way
// an operator runs it: started with PORT=0, its printed address read from stdout.
import { spawn, type ChildProcess } from "node:child_process";

export interface SpawnedServer {
  child: ChildProcess;
  url: string;
  /** Everything it printed so far. */
  output(): string;
}

/** `port`: 0 (the default) takes a free one; a fixed port restarts a server where its clients left it. */
export function spawnServer(env: NodeJS.ProcessEnv, timeoutMs = 120_000, port = 0): Promise<SpawnedServer> {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/server/main.ts"], {
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), timeoutMs);
    const check = setInterval(() => {
      const m = /Harta is running at (http:\/\/[^\s/]+)/.exec(out);
      if (m) {
        clearInterval(check);
        clearTimeout(timer);
        resolve({ child, url: m[1]!, output: () => out });
      }
    }, 100);
    child.once("exit", (code) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}

/** SIGTERM, then the exit code. */
export function stopServer(server: Pick<SpawnedServer, "child">): Promise<number | null> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve(server.child.exitCode);
    server.child.removeAllListeners("exit");
    server.child.once("exit", (code) => resolve(code));
    server.child.kill("SIGTERM");
  });
}
