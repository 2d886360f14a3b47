/**
 * The system's Chromium (Debian's /usr/bin/chromium; CI installs it with apt-get), or whatever
 * CHROME_PATH names (Chrome or Edge elsewhere), driven by playwright-core. Never a downloaded
 * browser (`npx playwright install`): the tests run what people have.
 */
import * as fs from 'fs';
import { chromium, type Browser } from 'playwright-core';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.CHROME_PATH || DEFAULT_CHROMIUM;
  if (!fs.existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install it (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH ` +
        'to Chrome or Edge (e.g. CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome").',
    );
  }
  return path;
}

/** Headless, sandbox-free (CI containers run as root), and quiet: no call home, no updates, no sync. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One browser for a suite; playwright gives every launch a fresh temporary profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, timeout: 60_000 });
}
