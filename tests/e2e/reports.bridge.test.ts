// The plan and the reports as a user reaches them, in real Chromium through the test bridge: the plan's
// actions edited (a risk accepted needs its reason), sorted and filtered, and exported as XLSX; the audit
// report generated with its progress shown, saved and opened; the statement copied and saved; and the
// example company opened from the home screen, fully answered, straight into its dashboard.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bridge, startBridge } from '../bridge/server';
import { seriousViolations } from '../support/a11y';
import { chromiumAvailable, launchChromium, leaveBridgePage } from '../support/chromium';
import { details, smallCompany } from '../support/profiles';
import { artifactPath, removeDir, tempDir } from '../support/temp';

describe.skipIf(!chromiumAvailable())('the plan and the reports in Chromium via the test bridge', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let bridge: Bridge;
  const dataDir = tempDir();
  const savedDir = tempDir('mamori-saved-');
  const pageErrors: string[] = [];
  const findings: Record<string, string[]> = {};
  let assessmentId = '';

  async function ipc<T>(channel: string, input: unknown): Promise<T> {
    const response = await fetch(`${bridge.url}__ipc/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
    const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: string };
    if (!result.ok) throw new Error(result.error);
    return result.value;
  }
  const plan = async () => (await ipc<{ plan: Record<string, { owner: string; status: string; reason: string; dueDate: string }> }>('getAssessment', { id: assessmentId })).plan;
  async function start() {
    bridge = await startBridge({ dataDir, chooseExportPath: async (name) => path.join(savedDir, name) });
    await page.goto(bridge.url);
  }
  async function audit(name: string) {
    await page.evaluate(() => document.fonts.ready);
    findings[name] = await seriousViolations(page);
    await page.screenshot({ path: artifactPath(`reports-${name}.png`) });
  }

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'ja-JP', reducedMotion: 'reduce', permissions: ['clipboard-read', 'clipboard-write'] });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await start();
    const organisation = await ipc<{ id: string }>('createOrganisation', { ...details('さくら商事株式会社'), address: '東京都千代田区丸の内1-1-1', representative: '代表取締役 桜井 花子' });
    const created = await ipc<{ id: string }>('createAssessment', { organisationId: organisation.id, title: '2026年度 自己点検', catalogIds: ['appi-safeguards'], profile: smallCompany, assessor: '総務部 山田' });
    assessmentId = created.id;
    const answer = (status: string, note = '') => ({ status, note, reason: '', alternative: '', flagged: false, evidence: [] });
    for (const [id, status] of [
      ['APPI-BP-01', 'implemented'],
      ['APPI-BP-02', 'not-implemented'],
      ['APPI-BP-03', 'partial'],
      ['APPI-BP-04', 'implemented'],
      ['APPI-ORG-01', 'not-implemented'],
    ] as const) {
      await ipc('saveAnswer', { assessmentId, key: `appi-safeguards/${id}`, answer: answer(status) });
    }
    await page.goto(bridge.url);
    await page.getByTestId('assessment-open').click();
    await page.getByTestId('item-view').waitFor();
  });
  afterAll(async () => {
    await bridge?.close();
    await browser?.close();
    removeDir(dataDir);
    removeDir(savedDir);
  });

  it('edits an action (a risk accepted needs its reason), sorts and filters the plan, and exports it as XLSX', async () => {
    await page.getByTestId('tab-plan').click();
    await page.getByTestId('plan-table').waitFor();
    await audit('plan-ja');
    // The answered gaps come first among the most urgent, unanswered items too (each is a gap).
    const first = page.getByTestId('plan-row').first();
    expect(await first.innerText()).toMatch(/^P[1-4]/);
    const row = page.getByTestId('plan-row').filter({ hasText: 'APPI-BP-02' });
    await row.getByTestId('plan-edit').click();
    await page.getByTestId('action-owner').fill('総務部 山田');
    await page.getByTestId('action-due').fill('2026-12-15');
    await page.getByTestId('action-status').click();
    await page.getByRole('option', { name: 'リスク受容' }).click();
    await page.getByTestId('action-save').click();
    expect(await page.getByRole('dialog').innerText()).toContain('リスクを受容する理由を記入してください。');
    await audit('plan-edit-ja');
    await page.getByTestId('action-reason').fill('来年度の規程改定で対応するため');
    await page.getByTestId('action-save').click();
    await expect.poll(async () => (await plan())['appi-safeguards/APPI-BP-02']).toMatchObject({ owner: '総務部 山田', status: 'risk-accepted', dueDate: '2026-12-15' });
    // "Still to do only" hides it now; without that filter it is there, accepted.
    await expect.poll(() => page.getByTestId('plan-row').filter({ hasText: 'APPI-BP-02' }).count()).toBe(0);
    await page.getByTestId('plan-active-only').click();
    expect(await page.getByTestId('plan-row').filter({ hasText: 'APPI-BP-02' }).getByTestId('plan-status').innerText()).toBe('リスク受容');
    await page.getByTestId('plan-search').fill('APPI-BP-03');
    await expect.poll(() => page.getByTestId('plan-row').count()).toBe(1);
    await page.getByTestId('plan-search').fill('');

    await page.getByTestId('plan-export').click();
    await page.getByTestId('plan-export-xlsx').click();
    await expect.poll(() => fs.readdirSync(savedDir).some((f) => f.endsWith('.xlsx'))).toBe(true);
    const file = fs.readdirSync(savedDir).find((f) => f.endsWith('.xlsx'))!;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(savedDir, file));
    const values = book.worksheets[0]!.getSheetValues().flat().map(String).join('\n');
    expect(values).toContain('来年度の規程改定で対応するため');
    expect(values).toContain('APPI-BP-02');
  });

  it('generates the audit report with its progress shown, saves it, and opens it', async () => {
    await page.getByTestId('tab-reports').click();
    await page.getByTestId('reports-screen').waitFor();
    await page.getByTestId('report-era').click();
    await page.getByTestId('report-date').fill('2026-11-30');
    await page.getByTestId('report-classification').fill('社外秘');
    await audit('reports-ja');
    await page.getByTestId('report-generate').click();
    await page.getByTestId('report-ready').waitFor({ timeout: 30_000 });
    await page.getByTestId('report-save').click();
    await page.getByTestId('report-saved').waitFor();
    const pdfFile = fs.readdirSync(savedDir).find((f) => f.endsWith('.pdf'))!;
    expect(pdfFile).toBe('2026年度 自己点検 点検報告書 2026-11-30.pdf');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(fs.readFileSync(path.join(savedDir, pdfFile)))), { mergePages: true });
    expect(text).toContain('さくら商事株式会社');
    expect(text).toContain('令和8年11月30日');
    expect(text).toContain('来年度の規程改定で対応するため');
    await page.getByTestId('report-open').click();
    await expect.poll(() => bridge.openedFiles).toEqual([path.join(savedDir, pdfFile)]);
    await audit('reports-ready-ja');
  }, 60_000);

  it('shows, copies and saves the safeguards statement in the language chosen', async () => {
    const statement = page.getByTestId('statement-text');
    expect(await statement.inputValue()).toContain('基本方針');
    await page.getByTestId('statement-copy').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('基本方針');
    await page.getByTestId('statement-language').click();
    await page.getByRole('option', { name: 'English' }).click();
    await expect.poll(() => statement.inputValue()).toMatch(/basic policy/i);
    await page.getByTestId('statement-save-markdown').click();
    await expect.poll(() => fs.readdirSync(savedDir).some((f) => f.endsWith('.md'))).toBe(true);
  });

  it('opens the example company from an empty home screen, fully answered, into its dashboard', async () => {
    await leaveBridgePage(page);
    await bridge.close();
    const fresh = tempDir();
    bridge = await startBridge({ dataDir: fresh, chooseExportPath: async (name) => path.join(savedDir, name) });
    await page.goto(bridge.url);
    await page.getByTestId('open-example').click();
    await page.getByTestId('dashboard').waitFor({ timeout: 20_000 });
    const score = Number(await page.getByTestId('dashboard-score').getAttribute('data-score'));
    expect(score).toBeGreaterThan(50);
    await page.getByTestId('radar-chart').locator('svg').waitFor();
    await audit('example-dashboard-ja');
    await leaveBridgePage(page);
    await bridge.close();
    removeDir(fresh);
    bridge = await startBridge({ dataDir, chooseExportPath: async (name) => path.join(savedDir, name) });
    expect(Object.fromEntries(Object.entries(findings).filter(([, v]) => v.length > 0))).toEqual({});
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
