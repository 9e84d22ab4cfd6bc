// Comparing this year's assessment with last year's, as a user does it, in real Chromium at 1280×720 through
// the test bridge: last year's answered against the first catalog editions, this year's moved to the second
// and a few answers changed. The Comparison tab picks last year by default and shows the overall score then
// and now, the changes by class, each domain's delta and the trend; the items filter by class, by mouse and
// by keyboard, and each opens in the checklist; the Reports tab offers the comparison report. Japanese and
// English, axe-clean, no English sentence on the Japanese screen, nothing wider than the window.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bridge, startBridge } from '../bridge/server';
import { NEWER_TITLE, OLDER_TITLE, seedTwoYears } from '../compare/folder-fixture';
import { pdfText } from '../reports/pdf-text';
import { englishOnJapaneseScreen, seriousViolations } from '../support/a11y';
import { chromiumAvailable, launchChromium } from '../support/chromium';
import { artifactPath, removeDir, tempDir } from '../support/temp';

describe.skipIf(!chromiumAvailable())('comparing two assessments in Chromium via the test bridge', () => {
  let browser: Browser;
  let page: Page;
  let bridge: Bridge;
  const dataDir = tempDir();
  const savedDir = tempDir('mamori-saved-');
  const pageErrors: string[] = [];

  async function check(name: string, language: 'ja' | 'en') {
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifactPath(`compare-${name}.png`) });
    await page.screenshot({ path: artifactPath(`compare-${name}-full.png`), fullPage: true });
    expect(await seriousViolations(page), `axe, ${name}`).toEqual([]);
    if (language === 'ja') expect(await englishOnJapaneseScreen(page)).toEqual([]);
    // Nothing wider than the window: no sideways scrolling at 1280 pixels.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  }

  beforeAll(async () => {
    await seedTwoYears(dataDir);
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'ja-JP', reducedMotion: 'reduce' })).newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    bridge = await startBridge({ dataDir, chooseExportPath: async (name) => path.join(savedDir, name) });
    await page.goto(bridge.url);
    await page.getByTestId('assessment-card').filter({ hasText: NEWER_TITLE }).getByTestId('assessment-open').click();
    await page.getByTestId('assessment-screen').waitFor();
  });
  afterAll(async () => {
    await bridge?.close();
    await browser?.close();
    removeDir(dataDir);
    removeDir(savedDir);
  });

  it('compares with last year by default: scores then and now, changes by class, domain deltas and the trend', async () => {
    await page.getByTestId('tab-compare').click();
    await page.getByTestId('compare-items').waitFor();
    expect(await page.getByTestId('compare-with').inputValue()).toContain(OLDER_TITLE);
    expect(await page.getByTestId('compare-older').innerText()).toContain(OLDER_TITLE);
    expect(await page.getByTestId('compare-newer').innerText()).toContain(NEWER_TITLE);
    expect(await page.getByTestId('compare-overall-delta').innerText()).toMatch(/^[+−±]\d+\.\d$/);
    expect(await page.getByTestId('compare-count-improved').innerText()).toBe('改善 1');
    expect(await page.getByTestId('compare-count-regressed').innerText()).toBe('悪化 1');
    // Basic policy: one item up (partial → implemented), one down, one Not applicable now counted.
    expect(await page.getByTestId('compare-domain-APPI-BP').getByTestId('delta').innerText()).toMatch(/^[+−]\d+\.\d$/);
    // A domain only the second edition has: no earlier score, no delta.
    expect(await page.getByTestId('compare-domain-APPI-MYN').getByTestId('delta').innerText()).toBe('—');
    await page.getByTestId('compare-trend-chart').locator('svg').waitFor();
    expect(await page.getByTestId('compare-trend').innerText()).toContain(OLDER_TITLE);
    await check('ja', 'ja');
  });

  it('filters the items by class, by mouse and by keyboard, and opens one in the checklist', async () => {
    await page.getByTestId('compare-filter').getByText('悪化', { exact: false }).click();
    await expect.poll(() => page.getByTestId('compare-item').count()).toBe(1);
    const row = page.getByTestId('compare-item').first();
    expect(await row.getAttribute('data-item')).toBe('appi-safeguards/APPI-BP-03');
    expect(await row.innerText()).toMatch(/実施している\s+実施していない/);
    // Keyboard: the next class with the arrow key, then Tab to its first item and Enter.
    await page.getByTestId('compare-filter').getByRole('radio', { checked: true }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('compare-item').first().getAttribute('data-class')).toBe('improved');
    await page.getByTestId('compare-filter').getByText('新規', { exact: false }).click();
    await expect.poll(async () => page.getByTestId('compare-item').filter({ hasText: 'APPI-MYN-01' }).count()).toBe(1);
    expect(await page.getByTestId('compare-item').filter({ hasText: 'APPI-MYN-01' }).innerText()).toContain('前回は質問なし');
    await page.getByTestId('compare-item').filter({ hasText: 'APPI-BP-04' }).getByTestId('compare-open-item').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('item-view').waitFor();
    expect(await page.getByTestId('item-view').getAttribute('data-item')).toBe('appi-safeguards/APPI-BP-04');
  });

  it('reads in English too', async () => {
    await page.locator('label', { hasText: /^English$/ }).click();
    await page.getByTestId('tab-compare').click();
    await page.getByTestId('compare-items').waitFor();
    expect(await page.getByTestId('compare-count-regressed').innerText()).toBe('Regressed 1');
    await page.getByTestId('compare-filter').getByText('Removed', { exact: false }).click();
    expect(await page.getByTestId('compare-item').filter({ hasText: 'PMS-ACQ-11' }).innerText()).toContain('No longer asked');
    await check('en', 'en');
    await page.getByTestId('compare-filter').getByText('All changes', { exact: false }).click();
    await page.locator('label', { hasText: /^日本語$/ }).click();
  });

  it('offers the comparison report on the Reports tab, and renders it', async () => {
    await page.getByTestId('tab-reports').click();
    await page.getByTestId('reports-screen').waitFor();
    await page.getByTestId('report-kind').getByText('点検比較報告書').click();
    expect(await page.getByTestId('report-compare-with').inputValue()).toBe(OLDER_TITLE);
    await page.getByTestId('report-date').fill('2027-04-15');
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifactPath('compare-reports-ja.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('report-generate').click();
    await page.getByTestId('report-ready').waitFor({ timeout: 60_000 });
    await page.getByTestId('report-save').click();
    await expect.poll(() => fs.readdirSync(savedDir).some((f) => f.endsWith('.pdf'))).toBe(true);
    const file = fs.readdirSync(savedDir).find((f) => f.endsWith('.pdf'))!;
    expect(file).toBe(`${NEWER_TITLE} 点検比較報告書 2027-04-15.pdf`);
    const text = await pdfText(fs.readFileSync(path.join(savedDir, file)));
    expect(text.squashed).toContain('悪化した項目（1件）');
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
