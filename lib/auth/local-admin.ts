// The local admin channel: how `npm run user:create` reaches the embedded database while
// a server holds it (PGlite is one process at a time; lib/db/client.ts pid lock).
//
// The server that holds the embedded database listens on a second, loopback-only port
// (127.0.0.1, chosen by the OS) and writes `${HARTA_DATA_DIR}/admin.token` (mode 0600)
// with that port, its pid and 256 random bits, new at every start, removed at stop.
// A request is served only when ALL hold:
//   - it comes from the loopback address (the socket's, never X-Forwarded-For);
//   - it carries the token as a bearer credential (compared in constant time) — so only
//     an OS account that can read the data folder (the one that could open the database
//     files anyway) can use it, not every local user or a local reverse proxy;
//   - it carries no Origin header (browsers always send one on a cross-origin POST);
//   - it is POST /api/admin/local/users with a JSON body of at most 16 KiB.
// Nothing of this is reachable on the public port. With DATABASE_URL (PostgreSQL) there
// is no channel: the command connects to the database itself.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { config } from "@/lib/config";
import { log } from "@/lib/log";
import { isAppError } from "@/lib/errors";
import { upsertUser, type UserInput } from "@/lib/auth/users";

export const LOCAL_USERS_PATH = "/api/admin/local/users";
const MAX_BODY = 16 * 1024;

export interface AdminTokenFile {
  pid: number;
  port: number;
  token: string;
}

export function adminTokenPath(dataDir: string = config.dataDir): string {
  return path.join(dataDir, "admin.token");
}

/** The pid in the embedded database's lock file, when that process is alive. */
export function embeddedLockHolder(dataDir: string = config.dataDir): number | null {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(dataDir, "pglite", "harta.pid"), "utf8"));
  } catch {
    return null;
  }
  if (!pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM" ? pid : null;
  }
}

function isLoopback(address: string | undefined): boolean {
  return address === "127.0.0.1" || address === "::1" || address === "::ffff:127.0.0.1";
}

function writeTokenFile(file: string, content: AdminTokenFile): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.rmSync(tmp, { force: true });
  // Created 0600 from the start ('wx' refuses a file or link planted in its place).
  const fd = fs.openSync(tmp, "wx", 0o600);
  try {
    fs.writeSync(fd, JSON.stringify(content));
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/**
 * Starts the channel when this process holds the embedded database in `dataDir`
 * (not for PostgreSQL or an in-memory database); returns its stop function.
 */
export async function startLocalAdmin(options: { dataDir?: string } = {}): Promise<() => Promise<void>> {
  const dataDir = options.dataDir ?? config.dataDir;
  if (embeddedLockHolder(dataDir) !== process.pid) return async () => {};
  const token = randomBytes(32).toString("base64url");
  const expected = Buffer.from(`Bearer ${token}`);

  const server = http.createServer((req, res) => {
    void (async () => {
      if (!isLoopback(req.socket.remoteAddress)) return send(res, 403, { error: "FORBIDDEN" });
      const given = Buffer.from(req.headers.authorization ?? "");
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return send(res, 401, { error: "UNAUTHENTICATED" });
      if (req.headers.origin) return send(res, 403, { error: "FORBIDDEN" });
      if (req.method !== "POST" || (req.url ?? "").split("?")[0] !== LOCAL_USERS_PATH) return send(res, 404, { error: "NOT_FOUND" });
      if (!(req.headers["content-type"] ?? "").startsWith("application/json")) return send(res, 415, { error: "BAD_INPUT" });
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of req as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > MAX_BODY) return send(res, 413, { error: "PAYLOAD_TOO_LARGE" });
        chunks.push(chunk);
      }
      let input: UserInput;
      try {
        input = JSON.parse(Buffer.concat(chunks).toString("utf8")) as UserInput;
      } catch {
        return send(res, 400, { error: "BAD_INPUT" });
      }
      try {
        const result = await upsertUser({ actor: null, input, via: "cli" });
        log.info({ userId: result.user.id, created: result.created }, "account saved through the local admin channel");
        send(res, 200, result);
      } catch (error) {
        if (isAppError(error)) return send(res, error.code === "BAD_INPUT" ? 400 : 409, { error: error.code, fieldErrors: error.fieldErrors });
        log.error({ err: error }, "local admin request failed");
        send(res, 500, { error: "INTERNAL" });
      }
    })().catch((err: unknown) => {
      log.error({ err }, "local admin request failed");
      if (!res.headersSent) send(res, 500, { error: "INTERNAL" });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  const file = adminTokenPath(dataDir);
  writeTokenFile(file, { pid: process.pid, port, token });
  log.info({ port }, "local admin channel on loopback (npm run user:create uses it while the server runs)");

  return async () => {
    try {
      const current = JSON.parse(fs.readFileSync(file, "utf8")) as AdminTokenFile;
      if (current.token === token) fs.rmSync(file, { force: true });
    } catch {
      /* already gone */
    }
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}

/** The running server's channel, when `dataDir` has one and its server is the lock holder. */
export function readAdminToken(dataDir: string = config.dataDir): AdminTokenFile | null {
  try {
    const content = JSON.parse(fs.readFileSync(adminTokenPath(dataDir), "utf8")) as AdminTokenFile;
    return typeof content.token === "string" && typeof content.port === "number" ? content : null;
  } catch {
    return null;
  }
}

/** Sends an account to the running server (the CLI side of the channel). */
export async function sendUserToRunningServer(
  channel: AdminTokenFile,
  input: UserInput,
): Promise<{ status: number; body: { created?: boolean; user?: unknown; error?: string; fieldErrors?: { field: string; code: string }[] } }> {
  const res = await fetch(`http://127.0.0.1:${channel.port}${LOCAL_USERS_PATH}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${channel.token}` },
    body: JSON.stringify(input),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: res.status, body: (await res.json()) as never };
}
