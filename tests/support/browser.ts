// Headless Chromium from Debian (/usr/bin/chromium), driven by playwright-core; never a
// downloaded browser (toolchain.md, "Browsers"). Suites skip, saying why, when it is missing.
import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.HARTA_CHROMIUM ?? "/usr/bin/chromium";
export const chromiumAvailable = fs.existsSync(CHROMIUM_PATH);
if (!chromiumAvailable) {
  console.log(`[e2e] skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set HARTA_CHROMIUM)`);
}

// No --user-data-dir: playwright refuses it in launch() ("use launchPersistentContext")
// and already gives each launch a fresh temporary profile, removed on close.
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
