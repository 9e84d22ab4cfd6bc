// Moving an assessment answered against the first editions to the current ones, as a user does it, in real
// Chromium at 1280×720 through the test bridge: the assessment screen says a newer edition exists; the dialog
// lists what changes (items added, retired, reworded; answers kept and set aside) before anything happens;
// the move keeps every answer by item id; Undo puts the old editions back; the move done again (in English this
// time) survives a restart of the data service and a reload; and the backup it took is listed in Backups with
// its reason. The dialog passes axe and fits the window without scrolling, in Japanese and in English.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../assessments';
import { type Bridge, startBridge } from '../bridge/server';
import { dialogFit, englishOnJapaneseScreen, seriousViolations } from '../support/a11y';
import { chromiumAvailable, launchChromium, leaveBridgePage } from '../support/chromium';
import { artifactPath, removeDir, tempDir } from '../support/temp';
import { testHandlers } from '../support/workspace';

const fixture = new URL('../fixtures/editions/v1-assessment.mamori', import.meta.url).pathname;
const TITLE = '2025年度 第1版での点検';

describe.skipIf(!chromiumAvailable())('moving an assessment to the new catalog editions, in Chromium via the test bridge', () => {
  let browser: Browser;
  let page: Page;
  let bridge: Bridge | null = null;
  const dataDir = tempDir();
  const pageErrors: string[] = [];
  let id = '';
  let answersBefore: Assessment['answers'] = {};

  /** Through the bridge, as the window calls main. */
  async function api<T>(channel: string, input: unknown): Promise<T> {
    const response = await fetch(new URL(`__ipc/${channel}`, bridge!.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
    const result = (await response.json()) as { ok: boolean; value: T; error?: string };
    if (!result.ok) throw new Error(`${channel}: ${result.error}`);
    return result.value;
  }
  const stored = () => api<Assessment>('getAssessment', { id });
  const pins = async () => (await stored()).catalogs.map((c) => `${c.id}@${c.version}`);

  async function restartBridge() {
    await leaveBridgePage(page);
    await bridge?.close();
    bridge = await startBridge({ dataDir });
    await page.goto(bridge.url);
    await page.getByTestId('assessment-card').first().waitFor();
  }
  async function openAssessment() {
    await page.getByTestId('assessment-card').filter({ hasText: TITLE }).getByTestId('assessment-open').click();
    await page.getByTestId('assessment-screen').waitFor();
  }
  async function shot(name: string) {
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifactPath(name) });
  }
  async function checkDialog(language: 'ja' | 'en') {
    expect(await seriousViolations(page), `axe, ${language}`).toEqual([]);
    const fit = await dialogFit(page);
    expect(fit, `the dialog fits 1280×720 in ${language} without scrolling`).toMatchObject({ fits: true });
    if (language === 'ja') expect(await englishOnJapaneseScreen(page)).toEqual([]);
  }
  const count = (catalog: string, what: string) => page.getByTestId(`edition-row-${catalog}`).getByTestId(`edition-count-${what}`).innerText();

  beforeAll(async () => {
    // An assessment answered against version 1 of all three built-in catalogs, imported as a user would.
    const seed = testHandlers(dataDir, { chooseImportPath: async () => fixture });
    const chosen = await seed.handlers.chooseImportFile({});
    if (!chosen.chosen) throw new Error('no file');
    id = (await seed.handlers.importAssessment({ token: chosen.token, mode: 'copy' })).assessment.id;
    seed.close();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'ja-JP', reducedMotion: 'reduce' })).newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await bridge?.close();
    await browser?.close();
    removeDir(dataDir);
  });

  it('says on the assessment screen that newer editions exist, after an answer is changed on the old one', async () => {
    await restartBridge();
    await openAssessment();
    expect(await pins()).toEqual(['appi-safeguards@1', 'pms-controls@1', 'quick-check@1']);
    const notice = page.getByTestId('edition-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/第 1 版（最新は第 2 版）/);
    await shot('editions-notice-ja.png');
    // An answer given now, on version 1, by keyboard: the first item, "partly" (key 2).
    const first = await page.getByTestId('item-view').getAttribute('data-item');
    expect(first).toBe('appi-safeguards/APPI-BP-01');
    await page.getByTestId('item-title').click();
    await page.keyboard.press('2');
    await expect.poll(async () => (await stored()).answers['appi-safeguards/APPI-BP-01']?.status).toBe('partial');
    answersBefore = (await stored()).answers;
    expect(Object.keys(answersBefore).length).toBeGreaterThan(150);
  });

  it('previews every change before anything happens, in Japanese, and fits the window', async () => {
    await page.getByTestId('open-edition-move').click();
    const dialog = page.getByTestId('edition-dialog');
    await dialog.and(page.locator('[data-step="preview"]')).waitFor();
    expect(await count('appi-safeguards', 'added')).toBe('29');
    expect(await count('appi-safeguards', 'retired')).toBe('0');
    expect(await count('pms-controls', 'added')).toBe('12');
    expect(await count('pms-controls', 'retired')).toBe('2');
    expect(await count('pms-controls', 'reworded')).toBe('5');
    expect(await count('quick-check', 'reworded')).toBe('1');
    const carried = Number(await count('appi-safeguards', 'carried')) + Number(await count('pms-controls', 'carried')) + Number(await count('quick-check', 'carried'));
    const retiredAnswered = ['pms-controls/PMS-PROV-04', 'pms-controls/PMS-ACQ-11'].filter((k) => (answersBefore[k]?.status ?? 'unanswered') !== 'unanswered');
    expect(carried).toBe(Object.values(answersBefore).filter((a) => a.status !== 'unanswered').length - retiredAnswered.length);
    expect(await count('pms-controls', 'set-aside')).toBe(String(retiredAnswered.length));
    // The details of one checklist: what was retired and reworded, and why (the changelog).
    await page.getByTestId('edition-tab-pms-controls').click();
    const details = page.getByTestId('edition-details-pms-controls');
    await details.waitFor();
    const text = await details.innerText();
    expect(text).toContain('PMS-PROV-04');
    expect(text).toContain('PMS-ACQ-11');
    expect(text).toContain('PMS-CTX-03');
    expect(text).toMatch(/JIS Q 15001:2023/);
    // Keyboard: the details scroll on their own, reachable with Tab; the dialog itself does not scroll.
    await details.focus();
    await page.keyboard.press('PageDown');
    await page.getByTestId('edition-tab-appi-safeguards').click();
    await checkDialog('ja');
    await shot('editions-preview-ja.png');
    // Nothing has changed yet.
    expect(await pins()).toEqual(['appi-safeguards@1', 'pms-controls@1', 'quick-check@1']);
  });

  it('moves, keeping every answer by item id (those of retired items too), and the checklist follows', async () => {
    await page.getByTestId('confirm-edition-move').click();
    await page.getByTestId('edition-done').waitFor();
    expect(await page.getByTestId('edition-done').innerText()).toMatch(/第 1 版 → 第 2 版/);
    await checkDialog('ja');
    await shot('editions-done-ja.png');
    const after = await stored();
    expect(after.catalogs.map((c) => `${c.id}@${c.version}`)).toEqual(['appi-safeguards@2', 'pms-controls@2', 'quick-check@2']);
    expect(after.answers).toEqual(answersBefore);
    // Undo is where the eye already is.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('undo-edition-move');
  });

  it('is undone with one button: the old editions are back, and the notice with them', async () => {
    await page.getByTestId('undo-edition-move').click();
    await page.getByTestId('edition-undone').waitFor();
    expect(await pins()).toEqual(['appi-safeguards@1', 'pms-controls@1', 'quick-check@1']);
    expect((await stored()).answers).toEqual(answersBefore);
    await page.getByTestId('close-edition-dialog').click();
    await page.getByTestId('edition-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('edition-notice').waitFor();
  });

  it('is done again in English, with the dialog passing the same checks', async () => {
    await page.locator('label', { hasText: /^English$/ }).click();
    await page.getByText('A newer edition of a checklist is available').waitFor();
    await page.getByTestId('open-edition-move').click();
    await page.getByTestId('edition-dialog').and(page.locator('[data-step="preview"]')).waitFor();
    await page.getByTestId('edition-tab-pms-controls').click();
    await page.getByTestId('edition-details-pms-controls').waitFor();
    await checkDialog('en');
    await shot('editions-preview-en.png');
    await page.getByTestId('confirm-edition-move').click();
    await page.getByTestId('edition-done').waitFor();
    await checkDialog('en');
    await shot('editions-done-en.png');
    await page.keyboard.press('Escape');
    await page.getByTestId('edition-dialog').waitFor({ state: 'detached' });
    expect(await page.getByTestId('edition-notice').count()).toBe(0);
    expect(await pins()).toEqual(['appi-safeguards@2', 'pms-controls@2', 'quick-check@2']);
  });

  it('keeps the result across a restart and a reload, with the My Number items in the checklist and the answer given on version 1', async () => {
    await restartBridge();
    await openAssessment();
    expect(await pins()).toEqual(['appi-safeguards@2', 'pms-controls@2', 'quick-check@2']);
    expect((await stored()).answers).toEqual(answersBefore);
    await page.getByTestId('item-view').waitFor();
    expect(await page.getByTestId('edition-notice').count()).toBe(0);
    expect(await page.getByTestId('item-view').getByTestId('answer-partial').getAttribute('aria-checked')).toBe('true');
    expect(await page.getByText('My Number', { exact: false }).count()).toBeGreaterThan(0);
    // The quick check's second edition offers "not applicable", worth 4 points, as its data says.
    await page.getByTestId('domain-link').filter({ hasText: 'Basic measures' }).click();
    await expect.poll(() => page.getByTestId('item-view').getAttribute('data-item')).toMatch(/^quick-check\//);
    expect(await page.getByTestId('item-view').getByTestId('answer-not-applicable').innerText()).toMatch(/Not applicable \(4\)/);
  });

  it('lists the backup the move took in Backups, saying why it was taken', async () => {
    await page.getByTestId('back-home').click();
    await page.getByTestId('assessment-card').filter({ hasText: TITLE }).getByTestId('assessment-menu').click();
    await page.getByTestId('menu-backups').click();
    const dialog = page.getByTestId('backups-dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.innerText()).toContain('Before moving to a new edition');
    await page.keyboard.press('Escape');
    expect(pageErrors).toEqual([]);
    expect(fs.existsSync(artifactPath('editions-preview-ja.png'))).toBe(true);
  });
});
