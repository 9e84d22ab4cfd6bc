// Every screen and dialog, as a keyboard and screen-reader user meets them, in real Chromium at 1280×720:
// no serious or critical axe-core finding, no dialog taller than the window, focus that goes into a dialog
// and comes back when it closes, and in Japanese no English sentence — refusals, notices and the unlock
// screen included. Screenshots of each in ja and en land in tests/.artifacts/.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bridge, startBridge } from '../bridge/server';
import { dialogFit, englishOnJapaneseScreen, seriousViolations } from '../support/a11y';
import { chromiumAvailable, launchChromium, leaveBridgePage } from '../support/chromium';
import { exportOf, workspaceWithAssessment } from '../support/exchange';
import { artifactPath, removeDir, tempDir } from '../support/temp';
import { answerScoping, scopeNewAssessment } from '../support/ui';

const PASSPHRASE = 'やまざくら spring 2026';
const SLOW = { timeout: 20_000 };
const validCatalog = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/catalogs/valid-custom.yaml'), 'utf8');

describe.skipIf(!chromiumAvailable())('accessibility and language on every screen, in Chromium at 1280×720', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let bridge: Bridge | null = null;
  const dataDir = tempDir();
  const filesDir = tempDir('mamori-files-');
  let importFrom = '';
  const findings: Record<string, string[]> = {};
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    // Reduced motion: no dialog caught half-faded by a check or a screenshot.
    context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'ja-JP', reducedMotion: 'reduce' });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const source = workspaceWithAssessment();
    fs.writeFileSync(path.join(filesDir, 'sakura.mamori'), JSON.stringify(exportOf(source)));
    source.close();
    removeDir(source.dataDir);
    fs.writeFileSync(path.join(filesDir, 'garbage.mamori'), 'hello, this is not an export');
  });
  afterAll(async () => {
    await bridge?.close();
    await browser?.close();
    removeDir(dataDir);
    removeDir(filesDir);
  });

  async function restart() {
    await leaveBridgePage(page);
    await bridge?.close();
    bridge = await startBridge({ dataDir, chooseImportPath: async () => importFrom, chooseExportPath: async () => path.join(filesDir, 'out.mamori') });
    await page.goto(bridge.url);
    await page.waitForSelector('[data-testid="add-organisation"], [data-testid="unlock-screen"]');
  }

  /** Checks what is on screen now and saves a screenshot of it. */
  async function audit(name: string, options: { japanese?: boolean; dialog?: boolean } = {}) {
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(350); // dialog transitions
    findings[name] = await seriousViolations(page);
    if (options.dialog) {
      const fit = await dialogFit(page);
      expect(fit, `${name}: the dialog is ${fit.contentHeight}px for a ${fit.windowHeight}px window`).toMatchObject({ fits: true });
    }
    if (options.japanese) expect(await englishOnJapaneseScreen(page), `${name}: English on a Japanese screen`).toEqual([]);
    await page.screenshot({ path: artifactPath(`a11y-${name}.png`) });
  }

  const focused = () => page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null ? 'dialog' : (document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? ''));

  /** Moves down an open menu, one item at a time (each step waits for the focus to move), to the one named. */
  async function arrowDownTo(testId: string) {
    for (let i = 0; i < 8 && (await focused()) !== testId; i += 1) {
      const before = await focused();
      await page.keyboard.press('ArrowDown');
      await expect.poll(focused).not.toBe(before);
    }
  }

  async function language(to: 'ja' | 'en') {
    await page.locator('label', { hasText: to === 'en' ? /^English$/ : /^日本語$/ }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(to);
  }

  it('home, organisation and new-assessment dialogs, in both languages', async () => {
    await restart();
    await audit('home-empty-ja', { japanese: true });
    await page.getByTestId('add-organisation').click();
    await page.getByTestId('organisation-name').waitFor();
    await page.getByTestId('create-organisation').click(); // empty: the field says what is wrong
    await audit('organisation-dialog-ja', { japanese: true, dialog: true });
    await page.getByTestId('organisation-name').fill('さくら商事株式会社');
    await page.keyboard.press('Enter');
    // A new record takes focus, never the page body.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('さくら商事株式会社');

    for (const lang of ['ja', 'en'] as const) {
      await language(lang);
      await page.getByTestId('new-assessment').click();
      await page.getByTestId('assessment-next').waitFor();
      await page.getByTestId('catalog-appi-safeguards').click(); // nothing chosen: the list says so
      await page.getByTestId('assessment-next').click();
      await audit(`new-assessment-step1-${lang}`, { japanese: lang === 'ja', dialog: true });
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('import-catalog').click();
      await (await chooser).setFiles({ name: 'house-rules.yaml', mimeType: 'text/yaml', buffer: Buffer.from(validCatalog.replace('weight: 2', 'weight: 9')) });
      await page.getByTestId('import-error').waitFor();
      await audit(`catalog-refusal-${lang}`, { japanese: lang === 'ja', dialog: true });
      await page.getByTestId('catalog-appi-safeguards').click();
      await page.getByTestId('assessment-next').click();
      await page.getByTestId('scoping-next').waitFor();
      await page.getByTestId('scoping-next').click(); // nothing answered: each question says so
      await audit(`new-assessment-step2-${lang}`, { japanese: lang === 'ja', dialog: true });
      await answerScoping(page);
      await page.getByTestId('scoping-next').click();
      await page.getByTestId('create-assessment').click(); // nothing answered: each question says so
      await audit(`new-assessment-step3-${lang}`, { japanese: lang === 'ja', dialog: true });
      await answerScoping(page);
      await audit(`new-assessment-step3-answered-${lang}`, { japanese: lang === 'ja', dialog: true });
      await page.keyboard.press('Escape');
      await expect.poll(focused).toBe('new-assessment');
    }
    await language('ja');
    await page.getByTestId('new-assessment').click();
    await page.getByTestId('assessment-title').fill('2026年度 自己点検');
    await page.getByTestId('assessment-next').click();
    await scopeNewAssessment(page);
    await page.getByTestId('create-assessment').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('2026年度 自己点検');
    await audit('home-ja', { japanese: true });
  });

  it('dialogs opened from the card menu by keyboard take focus and give it back', async () => {
    await page.getByTestId('assessment-menu').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('menu-backups').waitFor();
    await audit('card-menu-ja', { japanese: true });
    await arrowDownTo('menu-backups');
    expect(await focused()).toBe('menu-backups');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('dialog');
    await page.getByTestId('backups-dialog').waitFor();
    await audit('backups-ja', { japanese: true, dialog: true });
    await page.keyboard.press('Escape');
    await expect.poll(focused).toBe('assessment-menu');

    await page.keyboard.press('Enter');
    await page.getByTestId('menu-export').waitFor();
    await arrowDownTo('menu-export');
    expect(await focused()).toBe('menu-export');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('dialog');
    await page.getByTestId('export-protect').click();
    await audit('export-ja', { japanese: true, dialog: true });
    await page.keyboard.press('Escape');
    await expect.poll(focused).toBe('assessment-menu');
  });

  it('the assessment: checklist, list, scope, dashboard, evidence and details, by keyboard, in both languages', async () => {
    // Opened from the card by keyboard alone.
    await page.getByTestId('assessment-open').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('item-view').waitFor();
    for (const lang of ['ja', 'en'] as const) {
      await language(lang);
      const japanese = lang === 'ja';
      await page.getByTestId('tab-checklist').click();
      await page.getByTestId('item-view').waitFor();
      await page.locator('body').focus();
      await audit(`checklist-${lang}`, { japanese });
      await page.keyboard.press('4'); // not applicable: the reason is asked for, in place
      await expect.poll(focused).toBe('answer-reason');
      await audit(`checklist-reason-${lang}`, { japanese });
      await page.keyboard.press('Escape');
      await page.keyboard.press('l');
      await page.getByTestId('domain-list').waitFor();
      await audit(`checklist-list-${lang}`, { japanese });
      await page.keyboard.press('l');
      await page.keyboard.press('?');
      await page.getByRole('dialog').waitFor();
      await audit(`shortcuts-${lang}`, { japanese, dialog: true });
      await page.keyboard.press('Escape');
      await page.getByTestId('tab-scope').click();
      await page.getByTestId('scope-summary').waitFor();
      await audit(`scope-${lang}`, { japanese });
      await page.getByTestId('tab-dashboard').click();
      await page.getByTestId('radar-chart').locator('svg').waitFor();
      await audit(`dashboard-${lang}`, { japanese });
      await page.getByTestId('tab-evidence').click();
      await page.getByTestId('evidence-library').waitFor();
      await audit(`evidence-${lang}`, { japanese });
      await page.getByTestId('open-details').focus();
      await page.keyboard.press('Enter');
      await expect.poll(focused).toBe('dialog');
      await audit(`details-${lang}`, { japanese, dialog: true });
      await page.keyboard.press('Escape');
      await expect.poll(focused).toBe('open-details');
    }
    await language('ja');
    await page.getByTestId('tab-checklist').click();
    await page.getByTestId('answer-reason').fill('紙の書類は扱っていないため');
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
    await page.getByTestId('back-home').click();
    await page.getByTestId('assessment-card').waitFor();
  });

  it('an import refusal and an import preview, in both languages', async () => {
    for (const lang of ['ja', 'en'] as const) {
      await language(lang);
      importFrom = path.join(filesDir, 'garbage.mamori');
      await page.getByTestId('import-assessment').click();
      await page.getByTestId('import-failure').waitFor();
      const refusal = await page.getByTestId('import-failure').innerText();
      expect(refusal).toContain(lang === 'ja' ? 'garbage.mamori は取り込めません：1 行目、（最上位）：予期しない文字「h」があります' : 'garbage.mamori is refused: line 1, at (top level): unexpected character "h"');
      await audit(`import-refusal-${lang}`, { japanese: lang === 'ja', dialog: true });
      await page.keyboard.press('Escape');
      importFrom = path.join(filesDir, 'sakura.mamori');
      await page.getByTestId('import-assessment').click();
      await page.getByTestId('import-submit').waitFor();
      await audit(`import-preview-${lang}`, { japanese: lang === 'ja', dialog: true });
      await page.keyboard.press('Escape');
      await expect.poll(focused).toBe('import-assessment');
    }
    await language('ja');
  });

  it('a recovery notice, in both languages', async () => {
    await restart(); // a start takes the backup that the recovery below restores
    const [file] = fs.readdirSync(path.join(dataDir, 'assessments')).filter((n) => n.endsWith('.json'));
    fs.writeFileSync(path.join(dataDir, 'assessments', file!), '{"schemaVersion": 2, "cut off');
    await restart();
    await page.getByTestId('notice-recovered').waitFor();
    expect(await page.getByTestId('notice-recovered').innerText()).toContain('詳細：JSON として完結していません（途中で切れている可能性があります）');
    await audit('recovery-notice-ja', { japanese: true });
    await language('en');
    expect(await page.getByTestId('notice-recovered').innerText()).toContain('Details: it is not complete JSON (it may have been cut off)');
    await audit('recovery-notice-en');
    await language('ja');
    await page.getByTestId('dismiss-notices').click();
  });

  it('encryption, then the unlock screen in the language the user chose, which it can switch', SLOW, async () => {
    await page.getByTestId('data-security').click();
    await page.getByTestId('encryption-passphrase').waitFor();
    await audit('encryption-ja', { japanese: true, dialog: true });
    await page.getByTestId('encryption-passphrase').fill(PASSPHRASE);
    await page.getByTestId('encryption-confirm').fill(PASSPHRASE);
    await page.getByTestId('encryption-understood').click();
    await page.getByTestId('encryption-enable').click();
    await page.getByTestId('encrypted-badge').waitFor(SLOW);
    await language('en');
    await restart();
    await page.getByTestId('unlock-screen').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByTestId('unlock-screen').innerText()).toContain('Unlock your data');
    await audit('unlock-en');
    await language('ja');
    expect(await page.getByTestId('unlock-screen').innerText()).toContain('データのロックを解除');
    await audit('unlock-ja', { japanese: true });
    await page.getByTestId('unlock-passphrase').fill('not the passphrase');
    await page.getByTestId('unlock').click();
    await page.getByTestId('unlock-error').waitFor(SLOW);
    await audit('unlock-wrong-ja', { japanese: true });
    await page.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await page.getByTestId('unlock').click();
    await page.getByTestId('new-assessment').waitFor(SLOW);
    // The language chosen on the lock screen was kept.
    await restart();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
  });

  it('found no serious or critical accessibility problem anywhere, and no page error', () => {
    const screens = Object.keys(findings);
    expect(screens.length).toBeGreaterThanOrEqual(40);
    expect(Object.fromEntries(Object.entries(findings).filter(([, v]) => v.length > 0))).toEqual({});
    expect(pageErrors).toEqual([]);
    console.log(`accessibility: ${screens.length} screens and dialogs checked, 0 serious or critical findings`);
  });
});
