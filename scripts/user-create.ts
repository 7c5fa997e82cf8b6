// `npm run user:create -- --email … --name … --role CLERK|OFFICER|HEAD|MANAGER|INTEGRITY|ADMIN
//    [--department CODE | --unit CODE] (--password … | --password-stdin) [--locale bg|tr|en]
//    [--reset-totp] [--disable | --enable]`
//
// Creates the account with that e-mail, or updates it (only what is given changes; a new
// password, --reset-totp and --disable end the user's sessions). Recorded in the audit
// trail as done by the system (USER_CREATED / USER_UPDATED / USER_DISABLED).
//
// Works whether or not the server runs:
// - DATABASE_URL set → that PostgreSQL, directly (safe while servers run).
// - Embedded database, no server → opens it directly (creating and migrating it on a
//   fresh install, so the first administrator can exist before the first start).
// - Embedded database held by a running server → sends the account to that server over
//   its loopback-only admin channel, authenticated by the token it wrote to
//   ${HARTA_DATA_DIR}/admin.token (lib/auth/local-admin.ts).
//
// Prefer --password-stdin in scripts: a --password value is visible to other local users
// in the process list and stays in the shell history.
// Exit codes: 0 saved, 1 refused (bad input; messages say which field), 2 could not run.
import { parseArgs } from "node:util";

process.env.LOG_LEVEL ||= "warn";

const USAGE = `usage: npm run user:create -- --email EMAIL [--name NAME] [--role CLERK|OFFICER|HEAD|MANAGER|INTEGRITY|ADMIN]
         [--department CODE | --unit CODE] [--password PASSWORD | --password-stdin] [--locale bg|tr|en]
         [--reset-totp] [--disable | --enable]
A new account needs --name, --role and a password; for an existing one, only what is given changes.`;

const { config } = await import("@/lib/config");
const { closeDb, getDb } = await import("@/lib/db/client");
const { upsertUser } = await import("@/lib/auth/users");
const { embeddedLockHolder, readAdminToken, sendUserToRunningServer } = await import("@/lib/auth/local-admin");
const { isAppError } = await import("@/lib/errors");
const { PASSWORD_MIN_LENGTH } = await import("@/lib/auth/password");
type UserInput = import("@/lib/auth/users").UserInput;

const HINTS: Record<string, string> = {
  TOO_SHORT: `at least ${PASSWORD_MIN_LENGTH} characters`,
  TOO_LONG: "too long",
  REQUIRED: "required",
  INVALID_EMAIL: "not an e-mail address",
  INVALID_CHOICE: "not valid here (unknown code, or not for this role)",
};

function printFieldErrors(errors: { field: string; code: string }[]): void {
  for (const e of errors) console.error(`  --${e.field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${HINTS[e.code] ?? e.code}`);
  console.error("Roles: CLERK needs --unit; OFFICER and HEAD need --department; INTEGRITY may have --department; MANAGER and ADMIN have neither.");
}

async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

function report(created: boolean | undefined, user: { email: string; role: string; departmentCode?: string | null; unitCode?: string | null; disabled?: boolean }, via: string): void {
  const place = user.departmentCode ? `, department ${user.departmentCode}` : user.unitCode ? `, unit ${user.unitCode}` : "";
  console.log(`${created ? "created" : "updated"} ${user.email} (${user.role}${place})${user.disabled ? " — disabled" : ""} ${via}`);
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        department: { type: "string" },
        unit: { type: "string" },
        password: { type: "string" },
        "password-stdin": { type: "boolean" },
        locale: { type: "string" },
        "reset-totp": { type: "boolean" },
        disable: { type: "boolean" },
        enable: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (error) {
    console.error((error as Error).message);
    console.error(USAGE);
    return 1;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.email) {
    console.error(USAGE);
    return 1;
  }
  if (values.disable && values.enable) {
    console.error("--disable and --enable exclude each other");
    return 1;
  }
  const password = values["password-stdin"] ? await readStdinLine() : values.password;
  const input = {
    email: values.email,
    name: values.name,
    role: values.role?.toUpperCase(),
    department: values.department,
    unit: values.unit,
    password,
    locale: values.locale,
    resetTotp: values["reset-totp"] || undefined,
    disabled: values.disable ? true : values.enable ? false : undefined,
  } as UserInput;

  const direct = async (): Promise<number> => {
    await getDb();
    try {
      const { created, user } = await upsertUser({ actor: null, input, via: "cli" });
      report(created, user, config.databaseUrl ? "(PostgreSQL)" : `(embedded database in ${config.dataDir})`);
      return 0;
    } catch (error) {
      if (isAppError(error) && error.code === "BAD_INPUT") {
        console.error("refused:");
        printFieldErrors(error.fieldErrors);
        return 1;
      }
      throw error;
    }
  };

  const throughServer = async (holder: number): Promise<number> => {
    const channel = readAdminToken();
    if (!channel || channel.pid !== holder) {
      console.error(
        `The embedded database in ${config.dataDir} is in use by process ${holder}, which offers no admin channel ` +
          "(not a running Harta server?). Try again when it has finished.",
      );
      return 2;
    }
    const { status, body } = await sendUserToRunningServer(channel, input);
    if (status === 200 && body.user) {
      report(body.created, body.user as never, `(through the running server, pid ${holder})`);
      return 0;
    }
    if (status === 400 && body.fieldErrors) {
      console.error("refused:");
      printFieldErrors(body.fieldErrors);
      return 1;
    }
    console.error(`the running server refused: HTTP ${status} ${body.error ?? ""}`);
    return 2;
  };

  if (config.databaseUrl) return direct();
  const holder = embeddedLockHolder();
  if (holder && holder !== process.pid) return throughServer(holder);
  try {
    return await direct();
  } catch (error) {
    // A server started between the check and the open: go through it.
    const now = embeddedLockHolder();
    if (/in use by another Harta process/.test((error as Error).message) && now && now !== process.pid) return throughServer(now);
    throw error;
  }
}

let code = 2;
try {
  code = await main();
} catch (error) {
  console.error(`user:create failed: ${(error as Error).message}`);
} finally {
  await closeDb();
}
process.exit(code);
