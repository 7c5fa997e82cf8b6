// `npm run user:create` while a server holds the embedded database: the account goes
// through the server's loopback admin channel (lib/auth/local-admin.ts), which refuses
// anyone without the token; once the server stops, the command opens the database itself.
import { describe, expect, it } from "vitest";
import { baseEnv, tempDataDir, userCreate } from "@/tests/support/user-create-cli";
import { spawnServer, stopServer, type SpawnedServer } from "@/tests/support/spawn-server";
import fs from "node:fs";
import { adminTokenPath, LOCAL_USERS_PATH, readAdminToken } from "@/lib/auth/local-admin";
import { signInHttp, whoAmI } from "@/tests/support/staff-auth";


const ADMIN = ["--email", "First.Admin@momchilgrad.bg", "--name", "Първи Администратор", "--role", "ADMIN", "--locale", "en"];
const PASSWORD = "the first admin's password";

type Started = SpawnedServer;

function startServer(dataDir: string): Promise<Started> {
  return spawnServer(baseEnv({ HARTA_DATA_DIR: dataDir, HARTA_DEMO: "false", NODE_ENV: "production", NEXTAUTH_SECRET: "a test secret of the running server", HARTA_ACCESS_CODE_KEY: "a test access code key", LOG_LEVEL: "info" }));
}

describe("user:create while a server holds the embedded database", () => {
  it(
    "goes through the server's loopback admin channel, which refuses anyone without the token",
    async () => {
      const dataDir = tempDataDir();
      const server = await startServer(dataDir);
      try {
        const tokenFile = adminTokenPath(dataDir);
        expect(fs.statSync(tokenFile).mode & 0o777).toBe(0o600);
        const channel = readAdminToken(dataDir)!;
        expect(channel.pid).toBe(server.child.pid);

        const created = await userCreate([...ADMIN, "--password", PASSWORD], { HARTA_DATA_DIR: dataDir });
        expect(created.err).toBe("");
        expect(created.out).toContain(`created first.admin@momchilgrad.bg (ADMIN) (through the running server, pid ${server.child.pid})`);

        // The account works at once: the password signs in (TOTP enrolment comes next).
        const signedIn = await signInHttp(server.url, { email: "first.admin@momchilgrad.bg", password: PASSWORD });
        expect(signedIn.sessionCookie).not.toBeNull();
        expect(await whoAmI(server.url, signedIn.sessionCookie)).toBeNull(); // administrators: TOTP first

        const refused = await userCreate(["--email", "x@momchilgrad.bg", "--name", "X", "--role", "OFFICER", "--department", "NOPE", "--password", PASSWORD], {
          HARTA_DATA_DIR: dataDir,
        });
        expect(refused.code).toBe(1);
        expect(refused.err).toContain("--department: not valid here");

        // The channel itself: the token is required, browsers (Origin) are refused, and
        // nothing of it is served on the public port.
        const url = `http://127.0.0.1:${channel.port}${LOCAL_USERS_PATH}`;
        const body = JSON.stringify({ email: "intruder@example.org", name: "I", role: "ADMIN", password: PASSWORD });
        const post = (headers: Record<string, string>) => fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
        expect((await post({})).status).toBe(401);
        expect((await post({ authorization: `Bearer ${"x".repeat(channel.token.length)}` })).status).toBe(401);
        expect((await post({ authorization: `Bearer ${channel.token}`, origin: "http://evil.example" })).status).toBe(403);
        const publicPort = await fetch(`${server.url}${LOCAL_USERS_PATH}`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${channel.token}` }, body });
        expect(publicPort.status).not.toBe(200);
      } finally {
        expect(await stopServer(server)).toBe(0);
      }
      // The token goes with the server; with no server the command opens the database itself.
      expect(fs.existsSync(adminTokenPath(dataDir))).toBe(false);
      const direct = await userCreate(["--email", "first.admin@momchilgrad.bg", "--disable"], { HARTA_DATA_DIR: dataDir });
      expect(direct.out).toContain("updated first.admin@momchilgrad.bg (ADMIN) — disabled (embedded database in");
    },
    240_000,
  );
});

