// A user imports their own checklist from the new-assessment dialog: a broken file is refused with its
// errors shown (file, line, field), nothing is stored; the fixed file is imported and can be chosen.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bridge, startBridge } from '../bridge/server';
import { chromiumAvailable, launchChromium } from '../support/chromium';
import { artifactPath, removeDir, tempDir } from '../support/temp';
import { scopeNewAssessment } from '../support/ui';

const valid = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/catalogs/valid-custom.yaml'), 'utf8');

describe.skipIf(!chromiumAvailable())('importing a custom checklist in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let bridge: Bridge;
  const dataDir = tempDir();

  beforeAll(async () => {
    bridge = await startBridge({ dataDir });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    await page.goto(bridge.url);
    await page.locator('label', { hasText: /^English$/ }).click();
    await page.getByTestId('add-organisation').click();
    await page.getByTestId('organisation-name').fill('Sakura Trading');
    await page.keyboard.press('Enter');
    await page.getByTestId('new-assessment').click();
  });
  afterAll(async () => {
    await browser?.close();
    await bridge?.close();
    removeDir(dataDir);
  });

  it('refuses a broken file and shows where it is wrong', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-catalog').click();
    await (await chooser).setFiles({ name: 'house-rules.yaml', mimeType: 'text/yaml', buffer: Buffer.from(valid.replace('weight: 2', 'weight: 9')) });
    await expect.poll(() => page.getByTestId('import-error').innerText()).toContain('house-rules.yaml:24 domains[0].items[0].weight');
    expect(fs.existsSync(path.join(dataDir, 'catalogs'))).toBe(false);
    await page.screenshot({ path: artifactPath('import-catalog-error-en.png') });
  });

  it('imports the fixed file, lists it as custom and pins it in a new assessment', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-catalog').click();
    await (await chooser).setFiles({ name: 'house-rules.yaml', mimeType: 'text/yaml', buffer: Buffer.from(valid) });
    await expect.poll(() => page.getByTestId('catalog-sakura-house-rules').isVisible()).toBe(true);
    expect(await page.getByTestId('import-error').count()).toBe(0);
    expect(fs.readdirSync(path.join(dataDir, 'catalogs'))).toEqual(['sakura-house-rules@1.yaml']);
    await page.getByTestId('assessment-next').click();
    await scopeNewAssessment(page);
    await page.getByTestId('create-assessment').click();
    await expect.poll(() => page.getByText('Sakura Trading house rules (v1)').isVisible()).toBe(true);
  });
});
