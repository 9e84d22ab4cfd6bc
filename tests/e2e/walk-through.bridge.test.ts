// The walk-through as a new user lives it, in real Chromium at 1280×720 through the test bridge: an
// organisation, the scoping questions answered as a small business, twenty items answered by keyboard alone
// (a reason for Not applicable, a description for an Alternative control, notes, review flags), an evidence
// file attached, the data service restarted — and everything still there, with the dashboard's overall score
// equal to the one worked out below by hand from the product's scoring rules. Screenshots in ja and en.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Bridge, startBridge } from '../bridge/server';
import { chromiumAvailable, launchChromium, leaveBridgePage } from '../support/chromium';
import { smallCompany } from '../support/profiles';
import { artifactPath, removeDir, tempDir } from '../support/temp';
import { createAssessment } from '../support/ui';

type Status = 'implemented' | 'partial' | 'not-implemented' | 'not-applicable' | 'alternative';
type Step = { status: Status; text?: string; note?: string; flag?: boolean; evidence?: boolean };

// What the user does on each of the first twenty items, in order. Number keys: 1 implemented, 2 partial,
// 3 not implemented, 4 not applicable, 5 alternative control.
const steps: Step[] = [
  { status: 'implemented', note: '基本方針は2025年4月に代表が承認', evidence: true },
  { status: 'partial', flag: true },
  { status: 'implemented' },
  { status: 'not-implemented', note: '次の取締役会で決める' },
  { status: 'implemented' },
  { status: 'not-applicable', text: '年次の見直しは親会社が一括して行うため' },
  { status: 'implemented' },
  { status: 'alternative', text: '規程の代わりに業務マニュアルの第3章で定めている' },
  { status: 'partial' },
  { status: 'implemented', flag: true },
  { status: 'not-implemented' },
  { status: 'implemented' },
  { status: 'implemented', note: '台帳は共有フォルダの「個人情報台帳.xlsx」' },
  { status: 'partial' },
  { status: 'implemented' },
  { status: 'not-implemented', flag: true },
  { status: 'implemented' },
  { status: 'partial' },
  { status: 'implemented' },
  { status: 'implemented' },
];
const keyFor: Record<Status, string> = { implemented: '1', partial: '2', 'not-implemented': '3', 'not-applicable': '4', alternative: '5' };

type CatalogItem = { id: string; weight: number; appliesWhen?: string[] };
type CatalogFile = { id: string; domains: { items: CatalogItem[] }[] };
// A new assessment gets the newest edition of the catalog.
const catalog = parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../assessments/catalogs/appi-safeguards@2.yaml'), 'utf8')) as CatalogFile;

/**
 * The overall score by hand, from the rules as the product states them: implemented and alternative count 1,
 * partial 0.5, not implemented and unanswered 0, not applicable leaves the item out; the score is the
 * weight-weighted mean × 100, to one decimal. An item applies unless every condition it names is answered no.
 */
function scoreByHand(answers: Map<string, Status>): number {
  const value: Record<Status | 'unanswered', number | null> = { implemented: 1, alternative: 1, partial: 0.5, 'not-implemented': 0, unanswered: 0, 'not-applicable': null };
  let points = 0;
  let weights = 0;
  for (const item of catalog.domains.flatMap((d) => d.items)) {
    const conditions = item.appliesWhen ?? [];
    if (conditions.length > 0 && conditions.every((flag) => smallCompany[flag as keyof typeof smallCompany] === 'no')) continue;
    const v = value[answers.get(`${catalog.id}/${item.id}`) ?? 'unanswered'];
    if (v === null) continue;
    points += v * item.weight;
    weights += item.weight;
  }
  return Math.round((points / weights) * 1000) / 10;
}

describe.skipIf(!chromiumAvailable())('the walk-through in Chromium via the test bridge', () => {
  let browser: Browser;
  let page: Page;
  let bridge: Bridge | null = null;
  const dataDir = tempDir();
  const filesDir = tempDir('mamori-evidence-');
  const evidencePath = path.join(filesDir, '基本方針_承認記録.pdf');
  const pageErrors: string[] = [];
  const answered = new Map<string, Status>();
  const keys: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'ja-JP', reducedMotion: 'reduce' })).newPage();
    // An action that cannot happen fails in 10 s, with what it waited for, before the test's own time runs out.
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Listening from the start: Playwright turns file-chooser interception on asynchronously, and a key
    // pressed right after a one-off wait could open the real (headless, invisible) dialog instead.
    page.on('filechooser', (chooser) => void chooser.setFiles(evidencePath));
    fs.writeFileSync(evidencePath, '%PDF-1.4\n% 承認記録のスキャン（テスト用）\n');
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
    bridge = await startBridge({ dataDir });
    await page.goto(bridge.url);
    await page.waitForSelector('[data-testid="add-organisation"], [data-testid="assessment-card"]');
  }
  const currentKey = () => page.getByTestId('item-view').getAttribute('data-item');
  const focusedTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? '');
  const savedState = () => page.getByTestId('save-state').getAttribute('data-state');
  async function shot(name: string) {
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifactPath(name) });
  }

  it('starts as a small business: every scoping question asked, none assumed', async () => {
    await restartBridge();
    await page.getByText('組織を登録する').waitFor();
    await page.getByRole('button', { name: '組織を追加' }).first().click();
    await page.getByTestId('organisation-name').fill('さくら商事株式会社');
    await page.keyboard.press('Enter');
    await page.getByTestId('organisation-card').waitFor();

    // Nothing is pre-filled, and Next refuses until the size questions are answered.
    await page.getByTestId('new-assessment').click();
    await page.getByTestId('assessment-title').fill('2026年度 自己点検');
    await page.getByTestId('assessment-next').click();
    expect(await page.getByTestId('scoping-employees').inputValue()).toBe('');
    expect(await page.getByTestId('scoping-form').locator('input[type="radio"]:checked').count()).toBe(0);
    await page.getByTestId('scoping-next').click();
    await expect.poll(focusedTestId).toBe('scoping-employees');
    expect(await page.getByTestId('create-assessment').count()).toBe(0);
    await page.keyboard.press('Escape');
    await createAssessment(page, { title: '2026年度 自己点検', profile: smallCompany });
    expect(await page.getByTestId('assessment-progress').innerText()).toBe('92 項目中 0 項目に回答');
  });

  it('answers twenty items by keyboard alone, with a reason, an alternative, notes, flags and an evidence file', { timeout: 120_000 }, async () => {
    await page.getByTestId('assessment-open').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('item-view').waitFor();
    await page.locator('body').focus();
    for (const step of steps) {
      const key = (await currentKey())!;
      keys.push(key);
      answered.set(key, step.status);
      if (step.note) {
        await page.keyboard.press('n');
        await expect.poll(focusedTestId).toBe('answer-note');
        await page.keyboard.type(step.note);
        await page.keyboard.press('Escape');
      }
      if (step.flag) await page.keyboard.press('f');
      if (step.evidence) {
        await page.keyboard.press('e'); // the file dialog, answered by the listener above
        await page.getByTestId('evidence-row').waitFor();
      }
      await page.keyboard.press(keyFor[step.status]);
      if (step.text) {
        // Asked for in place, with the cursor already there; the item stays until it is given.
        await expect.poll(focusedTestId).toBe(step.status === 'not-applicable' ? 'answer-reason' : 'answer-alternative-text');
        await expect.poll(savedState).toBe('waiting-for-text');
        await page.keyboard.type(step.text);
        await page.keyboard.press('Escape');
        await page.keyboard.press('j');
      }
      await expect.poll(currentKey).not.toBe(key);
    }
    await expect.poll(savedState).toBe('saved');
    expect(new Set(keys).size).toBe(20);
    await page.keyboard.press('k');
    await shot('walk-through-checklist-ja.png');
  });

  it('keeps every answer, note, flag and evidence file across a restart', async () => {
    await restartBridge();
    await expect.poll(() => page.getByTestId('assessment-progress').innerText()).toBe('91 項目中 19 項目に回答');
    await page.getByTestId('assessment-open').click();
    await page.getByTestId('item-view').waitFor();
    await page.locator('body').focus();
    for (const [i, step] of steps.entries()) {
      expect(await currentKey()).toBe(keys[i]);
      const view = page.getByTestId('item-view');
      expect(await view.getByTestId(`answer-${step.status}`).getAttribute('aria-checked')).toBe('true');
      expect(await view.getByTestId('answer-note').inputValue()).toBe(step.note ?? '');
      expect(await view.getByTestId('answer-flag').isChecked()).toBe(step.flag === true);
      if (step.status === 'not-applicable') expect(await view.getByTestId('answer-reason').inputValue()).toBe(step.text);
      if (step.status === 'alternative') expect(await view.getByTestId('answer-alternative-text').inputValue()).toBe(step.text);
      if (step.evidence) {
        const row = view.getByTestId('evidence-row');
        expect(await row.innerText()).toContain('基本方針_承認記録.pdf');
        expect(await row.getByTestId('evidence-sha256').innerText()).toMatch(/[0-9a-f]{64}/);
      } else {
        expect(await view.getByTestId('evidence-row').count()).toBe(0);
      }
      await page.keyboard.press('j');
    }
  });

  it('shows on the dashboard the overall score worked out by hand', async () => {
    await page.getByTestId('tab-dashboard').click();
    await page.getByTestId('radar-chart').locator('svg').waitFor();
    const expected = scoreByHand(answered);
    expect(Number(await page.getByTestId('dashboard-score').getAttribute('data-score'))).toBe(expected);
    expect(await page.getByTestId('dashboard-score').innerText()).toBe(`${expected} / 100`);
    const counts = Object.fromEntries(
      await page
        .getByTestId('dashboard-counts')
        .locator('[data-status]')
        .evaluateAll((badges) => badges.map((b) => [b.getAttribute('data-status'), Number(b.getAttribute('data-count'))])),
    );
    expect(counts).toMatchObject({ implemented: 11, partial: 4, 'not-implemented': 3, 'not-applicable': 1, alternative: 1, unanswered: 72 });
    // The most urgent gap is a click away from its item.
    const first = page.getByTestId('gap-link').first();
    const key = await first.getAttribute('data-item');
    await first.click();
    await expect.poll(currentKey).toBe(key);
    await page.getByTestId('tab-dashboard').click();
    await page.getByTestId('radar-chart').locator('svg').waitFor();
    await shot('walk-through-dashboard-ja.png');
  });

  it('the list view, the quick-check result and the dashboard, in ja and en', { timeout: 90_000 }, async () => {
    await page.getByTestId('tab-checklist').click();
    await page.locator('body').focus();
    await page.keyboard.press('l');
    await page.getByTestId('domain-list').waitFor();
    await shot('walk-through-list-ja.png');
    await page.keyboard.press('l');
    await page.getByTestId('back-home').click();

    // A quick check, answered by keyboard to the end: IPA's 100-point total, its band and the band's advice.
    await createAssessment(page, { title: '5分でできる自社診断', catalogs: ['quick-check'] });
    await page.getByTestId('assessment-card').filter({ hasText: '5分でできる自社診断' }).click();
    await page.getByTestId('item-view').waitFor();
    await page.locator('body').focus();
    const total = Math.max(...(await page.getByTestId('item-position').innerText()).match(/\d+/g)!.map(Number));
    for (let i = 0; i < total; i += 1) await page.keyboard.press(i % 5 === 4 ? '2' : '1');
    await expect.poll(savedState).toBe('saved');
    const result = page.getByTestId('quick-check-total');
    // Every fifth answer "partly done" (2 points), the rest "done" (4): worked out from the scale.
    const points = Array.from({ length: total }, (_, i) => (i % 5 === 4 ? 2 : 4)).reduce((a, b) => a + b, 0);
    await expect.poll(() => result.innerText()).toBe(`${total * 4} 点満点中 ${points} 点`);
    await page.getByTestId('tab-dashboard').click();
    await page.getByTestId('quick-check-result').waitFor();
    await shot('walk-through-quick-check-ja.png');

    await page.locator('label', { hasText: /^English$/ }).click();
    await expect.poll(() => result.innerText()).toBe(`${points} of ${total * 4} points`);
    await shot('walk-through-quick-check-en.png');
    await page.getByTestId('back-home').click();
    await page.getByTestId('assessment-card').filter({ hasText: '2026年度 自己点検' }).click();
    await page.getByTestId('item-view').waitFor();
    await shot('walk-through-checklist-en.png');
    await page.locator('body').focus();
    await page.keyboard.press('l');
    await page.getByTestId('domain-list').waitFor();
    await shot('walk-through-list-en.png');
    await page.getByTestId('tab-dashboard').click();
    await page.getByTestId('radar-chart').locator('svg').waitFor();
    expect(await page.getByTestId('dashboard-score').innerText()).toBe(`${scoreByHand(answered)} / 100`);
    await shot('walk-through-dashboard-en.png');
    expect(pageErrors).toEqual([]);
  });
});
