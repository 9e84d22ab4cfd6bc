// Launches Debian's Chromium through playwright-core with the flags these machines need.
import fs from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM_PATH);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/**
 * Leaves the bridge's page before the bridge stops: the font subsets a page's text needs load on demand, and
 * a bridge stopped under a page still loading one would log a refused connection.
 */
export async function leaveBridgePage(page: Page): Promise<void> {
  if (page.isClosed() || page.url() === 'about:blank') return;
  await page.goto('about:blank');
}
