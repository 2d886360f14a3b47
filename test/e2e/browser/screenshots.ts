/** Screenshots of each step, under out/e2e/ (out/ is git-ignored), for people to look at. */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { ROOT } from './preview-build';

export const SHOTS_DIR = path.join(ROOT, 'out', 'e2e');

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  const file = path.join(SHOTS_DIR, `${name}.png`);
  // Wait for fonts and for Fluent's transitions (the spinner, the message bars) to settle.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}
