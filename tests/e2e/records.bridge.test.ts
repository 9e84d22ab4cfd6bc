// Organisations and assessments as records a user keeps, in real Chromium through the test bridge: the
// organisation's cover details, a warning for a second organisation of the same name, an assessment's
// details (assessor, period, status), duplicates, an imported copy that says so until renamed, and a trash
// that keeps everything restorable until the user empties it.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bridge, startBridge } from '../bridge/server';
import { chromiumAvailable, launchChromium, leaveBridgePage } from '../support/chromium';
import { artifactPath, removeDir, tempDir } from '../support/temp';
import { addOrganisation, createAssessment } from '../support/ui';

describe.skipIf(!chromiumAvailable())('organisations, assessments and the trash in Chromium via the test bridge', () => {
  let browser: Browser;
  let page: Page;
  let bridge: Bridge | null = null;
  const dataDir = tempDir();
  const filesDir = tempDir('mamori-files-');
  const exportPath = path.join(filesDir, 'sakura.mamori');
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'ja-JP', reducedMotion: 'reduce' })).newPage();
    // An action that cannot happen fails in 10 s, with what it waited for, before the test's own time runs out.
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await bridge?.close();
    await browser?.close();
    removeDir(dataDir);
    removeDir(filesDir);
  });

  async function restartBridge() {
    await leaveBridgePage(page);
    await bridge?.close();
    bridge = await startBridge({ dataDir, chooseExportPath: async () => exportPath, chooseImportPath: async () => exportPath });
    await page.goto(bridge.url);
    await page.waitForSelector('[data-testid="add-organisation"]');
  }
  const card = (title: string) => page.getByTestId('assessment-card').filter({ has: page.getByTestId('assessment-open').getByText(title, { exact: true }) });
  async function cardMenu(title: string, item: string) {
    await card(title).getByTestId('assessment-menu').click();
    await page.getByTestId(item).click();
  }

  it('keeps the cover details of an organisation, and warns about a second one of the same name', async () => {
    await restartBridge();
    await page.getByRole('button', { name: '組織を追加' }).first().click();
    await page.getByTestId('organisation-name').fill('さくら商事株式会社');
    await page.getByTestId('organisation-address').fill('東京都千代田区丸の内1-1-1');
    await page.getByTestId('organisation-representative').fill('代表取締役 桜井 花子');
    await page.getByTestId('organisation-industry').fill('卸売業');
    await page.getByTestId('organisation-employees').fill('32');
    await page.getByTestId('organisation-sites').fill('本社（東京）、大阪営業所');
    await page.getByTestId('create-organisation').click();
    await page.getByTestId('organisation-card').waitFor();

    await page.getByTestId('add-organisation').click();
    await page.getByTestId('organisation-name').fill('さくら商事株式会社 ');
    expect(await page.getByTestId('organisation-duplicate').innerText()).toContain('「さくら商事株式会社」という名前の組織がすでにあります');
    await page.screenshot({ path: artifactPath('records-duplicate-name-ja.png') });
    await page.keyboard.press('Escape');

    await restartBridge();
    await page.getByTestId('organisation-menu').click();
    await page.getByTestId('menu-edit-organisation').click();
    expect(await page.getByTestId('organisation-address').inputValue()).toBe('東京都千代田区丸の内1-1-1');
    expect(await page.getByTestId('organisation-employees').inputValue()).toBe('32');
    await page.getByTestId('organisation-industry').fill('文具卸売業');
    await page.getByTestId('create-organisation').click();
    await expect.poll(() => page.getByTestId('organisation-card').innerText()).toContain('文具卸売業');
  });

  it('records the assessor, the period and the status; refuses a period that ends before it starts', async () => {
    await createAssessment(page, { title: '2026年度 自己点検' });
    await cardMenu('2026年度 自己点検', 'menu-details');
    await page.getByTestId('details-assessor').fill('総務部 山田');
    await page.getByTestId('details-period-from').fill('2026-10-01');
    await page.getByTestId('details-period-to').fill('2026-09-30');
    await page.getByTestId('details-save').click();
    expect(await page.getByRole('dialog').innerText()).toContain('期間の終わりが始まりより前になっています。');
    await page.getByTestId('details-period-to').fill('2026-12-31');
    await page.getByTestId('details-status').getByText('確認中').click();
    await page.getByTestId('details-save').click();
    await expect.poll(() => card('2026年度 自己点検').getByTestId('assessment-status').innerText()).toBe('確認中');
    await restartBridge();
    await cardMenu('2026年度 自己点検', 'menu-details');
    expect(await page.getByTestId('details-assessor').inputValue()).toBe('総務部 山田');
    expect(await page.getByTestId('details-period-to').inputValue()).toBe('2026-12-31');
    await page.keyboard.press('Escape');
  });

  it('duplicates an assessment, and an imported copy says so until it is renamed', async () => {
    await cardMenu('2026年度 自己点検', 'menu-duplicate');
    await card('2026年度 自己点検 のコピー').waitFor();
    expect(await card('2026年度 自己点検 のコピー').getByTestId('copy-badge').count()).toBe(0);

    await cardMenu('2026年度 自己点検', 'menu-export');
    await page.getByTestId('export-submit').click();
    await expect.poll(() => fs.existsSync(exportPath)).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('import-assessment').click();
    await page.getByTestId('mode-copy').click();
    await page.getByTestId('import-submit').click();
    await expect.poll(() => page.getByTestId('copy-badge').count()).toBe(1);
    await page.keyboard.press('Escape');
    // Two cards of the same title, but only one is the copy, and it says where it came from.
    expect(await card('2026年度 自己点検').count()).toBe(2);
    const copy = page.getByTestId('assessment-card').filter({ has: page.getByTestId('copy-badge') });
    expect(await copy.getByTestId('copy-badge').getAttribute('title')).toContain('「2026年度 自己点検」');
    await page.screenshot({ path: artifactPath('records-copy-ja.png') });
    await copy.getByTestId('assessment-menu').click();
    await page.getByTestId('menu-details').click();
    await page.getByTestId('details-title').fill('2026年度 自己点検（大阪営業所）');
    await page.getByTestId('details-save').click();
    await expect.poll(() => page.getByTestId('copy-badge').count()).toBe(0);
    await card('2026年度 自己点検（大阪営業所）').waitFor();
  });

  it('moves assessments and organisations to the trash, restores them, and empties the trash only when asked', async () => {
    const files = () => fs.readdirSync(path.join(dataDir, 'assessments')).filter((name) => name.endsWith('.json')).length;
    expect(files()).toBe(3);
    await cardMenu('2026年度 自己点検 のコピー', 'menu-delete');
    await page.getByTestId('confirm').click();
    await expect.poll(() => card('2026年度 自己点検 のコピー').count()).toBe(0);
    expect(await page.getByTestId('trash').innerText()).toContain('2026年度 自己点検 のコピー');
    await page.getByTestId('restore-assessment').click();
    await card('2026年度 自己点検 のコピー').waitFor();
    await expect.poll(() => page.getByTestId('trash').count()).toBe(0);

    // The organisation goes with its assessments, and comes back with them.
    await addOrganisation(page, 'もみじ工業株式会社');
    await createAssessment(page, { title: 'もみじ 初回点検', organisation: 'もみじ工業株式会社' });
    await page.getByTestId('organisation-card').filter({ hasText: 'もみじ工業株式会社' }).getByTestId('organisation-menu').click();
    await page.getByTestId('menu-delete-organisation').click();
    expect(await page.getByRole('dialog').innerText()).toContain('「もみじ工業株式会社」とその点検 1 件');
    await page.getByTestId('confirm').click();
    await expect.poll(() => page.getByTestId('organisation-card').count()).toBe(1);
    await restartBridge();
    expect(await page.getByTestId('trash').innerText()).toContain('もみじ工業株式会社');
    await page.screenshot({ path: artifactPath('records-trash-ja.png') });
    await page.getByTestId('restore-organisation').click();
    await card('もみじ 初回点検').waitFor();

    // Emptied only when the user says so, and only what is in the trash.
    await cardMenu('もみじ 初回点検', 'menu-delete');
    await page.getByTestId('confirm').click();
    await page.getByTestId('empty-trash').click();
    await page.getByTestId('confirm').click();
    await expect.poll(() => page.getByTestId('trash').count()).toBe(0);
    expect(files()).toBe(3);
    expect(await page.getByTestId('assessment-card').count()).toBe(3);
    expect(pageErrors).toEqual([]);
  });
});
