// The privacy-policy check as a user meets it, in real Chromium at 1280×720 through the test bridge: an
// assessment with some answers; a Japanese policy pasted and an English web page opened from a file, each
// element's status shown as a careful reader wrote it down; a result chosen shows its passage highlighted in
// the text; a claim the answers do not back is a click away from its item; a file too large or of the wrong
// kind is refused in the user's words; the results are exported as JSON and Markdown; the check is still
// there after the data service restarts; and axe finds nothing serious on the tab in Japanese or English.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Bridge, startBridge } from '../bridge/server';
import { seriousViolations } from '../support/a11y';
import { chromiumAvailable, launchChromium, leaveBridgePage } from '../support/chromium';
import { details, smallCompany } from '../support/profiles';
import { artifactPath, removeDir, tempDir } from '../support/temp';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/policy-check');
type Expected = { elements: Record<string, { status: string }> };
const expectedOf = (name: string) => parse(fs.readFileSync(path.join(fixtures, 'expected', name.replace(/\.\w+$/, '.yaml')), 'utf8')) as Expected;
const statuses = (expected: Expected) => Object.fromEntries(Object.entries(expected.elements).map(([id, e]) => [id, e.status]));

describe.skipIf(!chromiumAvailable())('the privacy-policy check in Chromium via the test bridge', () => {
  let browser: Browser;
  let page: Page;
  let bridge: Bridge | null = null;
  const dataDir = tempDir();
  const filesDir = tempDir('mamori-policy-files-');
  const pageErrors: string[] = [];
  let assessmentId = '';
  /** What main's open and save dialogs answer next. */
  let openFrom = '';
  let saveTo = '';
  const TRAINING = 'appi-safeguards/APPI-PER-01';

  async function ipc<T>(channel: string, input: unknown): Promise<T> {
    const response = await fetch(`${bridge!.url}__ipc/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
    const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: string };
    if (!result.ok) throw new Error(result.error);
    return result.value;
  }
  async function startService() {
    bridge = await startBridge({ dataDir, chooseImportPath: async () => openFrom, chooseExportPath: async () => saveTo });
  }
  async function restartService() {
    await leaveBridgePage(page);
    await bridge?.close();
    await startService();
    await openPolicyTab();
  }
  async function openPolicyTab() {
    await page.goto(bridge!.url);
    await page.getByTestId('assessment-open').click();
    await page.getByTestId('tab-policy').click();
    await page.getByTestId('policy-screen').waitFor();
  }
  /** Each element's status as the screen shows it. */
  const shownStatuses = () =>
    page.getByTestId('policy-element').evaluateAll((cards) => Object.fromEntries(cards.map((c) => [c.getAttribute('data-element'), c.getAttribute('data-status')])));
  const activeMarkText = () => page.getByTestId('policy-text').locator('mark[data-active="true"]').evaluateAll((marks) => marks.map((m) => m.textContent).join(''));
  async function dismissNotifications() {
    await expect
      .poll(async () => {
        const close = page.locator('.mantine-Notification-closeButton').first();
        if ((await close.count()) > 0) await close.click({ timeout: 500 }).catch(() => undefined);
        return page.locator('.mantine-Notification-root').count();
      })
      .toBe(0);
  }
  async function shot(name: string) {
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifactPath(name) });
  }

  beforeAll(async () => {
    await startService();
    const organisation = await ipc<{ id: string }>('createOrganisation', details('株式会社はなみずきトラベル'));
    const created = await ipc<{ id: string }>('createAssessment', {
      organisationId: organisation.id,
      title: '2026年度 自己点検',
      catalogIds: ['appi-safeguards'],
      profile: { ...smallCompany, foreignTransfer: 'yes', jointUse: 'yes' },
      assessor: '',
    });
    assessmentId = created.id;
    const answer = (status: string) => ({ status, note: '', reason: '', alternative: '', flagged: false, evidence: [] });
    // Training is claimed by both policies and not done; entry control and access control are.
    await ipc('saveAnswer', { assessmentId, key: TRAINING, answer: answer('not-implemented') });
    await ipc('saveAnswer', { assessmentId, key: 'appi-safeguards/APPI-PHY-02', answer: answer('implemented') });
    await ipc('saveAnswer', { assessmentId, key: 'appi-safeguards/APPI-TEC-02', answer: answer('implemented') });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'ja-JP', reducedMotion: 'reduce' })).newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await openPolicyTab();
  }, 60_000);
  afterAll(async () => {
    if (page) await leaveBridgePage(page);
    await bridge?.close();
    await browser?.close();
    removeDir(dataDir);
    removeDir(filesDir);
  });

  it('checks a pasted Japanese policy: every disclosure with the status a careful reader gave it, and the rule that decided it', async () => {
    const name = 'ja-hanamizuki-travel.txt';
    await page.getByTestId('policy-paste').fill(fs.readFileSync(path.join(fixtures, name), 'utf8'));
    await page.getByTestId('policy-check').click();
    await page.getByTestId('policy-elements').waitFor();
    expect(await shownStatuses()).toEqual(statuses(expectedOf(name)));
    expect(await page.getByTestId('policy-name').innerText()).toBe('貼り付けたテキスト');
    const card = page.locator('[data-element="business-name"]');
    expect(await card.getByTestId('policy-element-rule').innerText()).toContain('business-name.defined-as-the-company');
    expect(await card.getByTestId('policy-element-status').innerText()).toBe('記載あり');
  });

  it('shows the passage of a result highlighted in the policy text', async () => {
    const quote = page.locator('[data-element="request-fees"]').getByTestId('policy-quote').first();
    await quote.click();
    expect(await activeMarkText()).toBe('利用目的の通知及び開示のご請求については、1回につき1,000円の手数料を申し受けます。');
    expect(await quote.getAttribute('aria-pressed')).toBe('true');
    // In view in the text pane, which alone scrolled.
    const visible = await page.getByTestId('policy-text').locator('mark[data-active="true"]').first().evaluate((mark) => {
      const box = mark.closest('.mantine-ScrollArea-viewport')!.getBoundingClientRect();
      const at = mark.getBoundingClientRect();
      return at.top >= box.top && at.bottom <= box.bottom && window.scrollY === 0;
    });
    expect(visible).toBe(true);
    await shot('policy-ja.png');
  });

  it('has nothing serious for axe on the Policy tab, in Japanese', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('policy-tab-claims').click();
    await page.getByTestId('policy-claims').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('policy-tab-statement').click();
    await page.getByTestId('policy-statement').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('flags a claim the answers do not back, with its item a click away', async () => {
    await page.getByTestId('policy-tab-claims').click();
    const claim = page.getByTestId('policy-claim').filter({ has: page.locator(`[data-testid="policy-unbacked-item"][data-item="${TRAINING}"]`) });
    expect(await claim.getAttribute('data-backing')).toBe('not-backed');
    expect(await claim.getByTestId('policy-claim-quote').innerText()).toContain('研修');
    await claim.locator(`[data-item="${TRAINING}"]`).click();
    await expect.poll(() => page.getByTestId('item-view').getAttribute('data-item')).toBe(TRAINING);
    await page.getByTestId('tab-policy').click();
    await page.getByTestId('policy-elements').waitFor();
  });

  it('opens an English web page from a file, scripts never run, and checks it the same way', async () => {
    const name = 'en-kaiyo-logistics.html';
    openFrom = path.join(fixtures, name);
    await dismissNotifications();
    await page.getByTestId('policy-new').click();
    await page.getByTestId('policy-open-file').click();
    await expect.poll(() => page.getByTestId('policy-name').innerText().catch(() => '')).toBe(name);
    expect(await shownStatuses()).toEqual(statuses(expectedOf(name)));
    expect(await page.getByTestId('policy-text').innerText()).not.toMatch(/<script|function\s*\(/);
    expect(pageErrors).toEqual([]);
  });

  it('refuses a file too large or of another kind, in one line of the user’s language, and keeps the check it had', async () => {
    await dismissNotifications();
    await page.getByTestId('policy-new').click();
    openFrom = path.join(filesDir, 'policy.pdf');
    fs.writeFileSync(openFrom, '%PDF-1.4\n');
    await page.getByTestId('policy-open-file').click();
    await expect.poll(() => page.getByTestId('policy-input-error').innerText().catch(() => '')).toBe(
      'policy.pdf：Mamori が読み込めるプライバシーポリシーは、テキスト（.txt）、Markdown（.md）、ウェブページ（.html、.htm）のファイルです。この種類のファイルは読み込めません。',
    );
    openFrom = path.join(filesDir, 'huge.txt');
    fs.writeFileSync(openFrom, 'a'.repeat(5_000_001));
    await page.getByTestId('policy-open-file').click();
    await expect.poll(() => page.getByTestId('policy-input-error').innerText().catch(() => '')).toContain('huge.txt：ファイルの大きさが 5.1 MB あります');
    await shot('policy-input-ja.png');
    await page.getByRole('button', { name: 'キャンセル' }).click();
    expect(await page.getByTestId('policy-name').innerText()).toBe('en-kaiyo-logistics.html');
  });

  it('exports the results as JSON and as Markdown', async () => {
    saveTo = path.join(filesDir, 'check.json');
    await page.getByTestId('policy-export').click();
    await page.getByTestId('policy-export-json').click();
    await expect.poll(() => fs.existsSync(saveTo)).toBe(true);
    const json = JSON.parse(fs.readFileSync(saveTo, 'utf8'));
    expect(json).toMatchObject({ format: 'mamori-policy-check', formatVersion: 1, policy: { name: 'en-kaiyo-logistics.html' }, assessment: { id: assessmentId } });
    expect(Object.fromEntries(json.elements.map((e: { id: string; status: string }) => [e.id, e.status]))).toEqual(statuses(expectedOf('en-kaiyo-logistics.html')));
    saveTo = path.join(filesDir, 'check.md');
    await page.getByTestId('policy-export').click();
    await page.getByTestId('policy-export-markdown').click();
    await expect.poll(() => fs.existsSync(saveTo)).toBe(true);
    const markdown = fs.readFileSync(saveTo, 'utf8');
    expect(markdown).toContain('# プライバシーポリシーの確認: en-kaiyo-logistics.html');
    expect(markdown).toContain('## 公表事項');
  });

  it('is still there after the data service restarts, and is usable in English with nothing serious for axe', async () => {
    await ipc('updateSettings', { language: 'en' });
    await restartService();
    expect(await page.getByTestId('policy-name').innerText()).toBe('en-kaiyo-logistics.html');
    expect(await shownStatuses()).toEqual(statuses(expectedOf('en-kaiyo-logistics.html')));
    expect(await page.getByTestId('tab-policy').innerText()).toBe('Privacy policy');
    await page.locator('[data-element="joint-use-responsible"]').getByTestId('policy-quote').first().click();
    expect((await activeMarkText()).length).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await shot('policy-en.png');
    await page.getByTestId('policy-tab-claims').click();
    await page.getByTestId('policy-claim-filter').getByText(/^All/).click();
    expect(await seriousViolations(page)).toEqual([]);
    await shot('policy-en-claims.png');
    expect(pageErrors).toEqual([]);
  });
});
