// The first slice a new user lives, in real Chromium against the real services: the empty home screen,
// creating an organisation and an assessment, a restart of the data service, and both still there, in
// Japanese and in English.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bridge, startBridge } from '../bridge/server';
import { chromiumAvailable, launchChromium, leaveBridgePage } from '../support/chromium';
import { artifactPath, removeDir, tempDir } from '../support/temp';
import { scopeNewAssessment } from '../support/ui';

describe.skipIf(!chromiumAvailable())('first slice in Chromium via the test bridge', () => {
  let browser: Browser;
  let page: Page;
  let bridge: Bridge | null = null;
  const dataDir = tempDir();
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'ja-JP' });
    page.on('console', (message) => {
      // A font subset still loading when the bridge restarts is the bridge's artefact (the app reads its
      // fonts from disk), not an error of the page.
      if (message.type() === 'error' && !message.location().url.endsWith('.woff2')) consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  });
  afterAll(async () => {
    await bridge?.close();
    await browser?.close();
    removeDir(dataDir);
  });

  async function restartBridge() {
    await leaveBridgePage(page);
    await bridge?.close();
    bridge = await startBridge({ dataDir });
    await page.goto(bridge.url);
  }

  it('shows a new user what to do, in Japanese by default', async () => {
    await restartBridge();
    await expect.poll(() => page.getByText('Mamori へようこそ').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('組織を登録する').isVisible()).toBe(true);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: artifactPath('home-empty-ja.png'), fullPage: true });
  });

  it('creates an organisation and an assessment that survive a restart', async () => {
    await page.getByTestId('add-organisation').click();
    await page.getByTestId('organisation-name').fill('さくら商事株式会社');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('organisation-card').count()).toBe(1);

    await page.getByTestId('new-assessment').click();
    await page.getByTestId('assessment-title').fill('2026年度 自己点検');
    await page.getByTestId('assessment-next').click();
    await scopeNewAssessment(page);
    await page.getByTestId('create-assessment').click();
    await expect.poll(() => page.getByTestId('assessment-card').count()).toBe(1);

    await restartBridge();
    await expect.poll(() => page.getByText('さくら商事株式会社').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('2026年度 自己点検').isVisible()).toBe(true);
    expect(await page.getByTestId('assessment-card').count()).toBe(1);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: artifactPath('home-ja.png'), fullPage: true });
  });

  it('switches to English, everywhere, and keeps the choice after a restart', async () => {
    await page.locator('label', { hasText: /^English$/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Assessments' }).isVisible()).toBe(true);
    await restartBridge();
    await expect.poll(() => page.getByRole('heading', { name: 'Assessments' }).isVisible()).toBe(true);
    const text = await page.locator('body').innerText();
    // Nothing Japanese is left on the English screen except the user's own data and the language switch.
    const leftovers = text
      .replaceAll('さくら商事株式会社', '')
      .replaceAll('2026年度 自己点検', '')
      .replaceAll('日本語', '')
      .replaceAll('守', '');
    expect(leftovers).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: artifactPath('home-en.png'), fullPage: true });
  });

  it('logged no errors in the page', () => {
    expect(consoleErrors).toEqual([]);
  });
});
