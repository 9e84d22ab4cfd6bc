// A full audit as an auditor plays it on site, in real Chromium through the test bridge: the switch to auditor
// mode (the company's answers read only), verdicts on ten items from the keyboard with comments and the
// evidence checked, the findings tab with its filters feeding the plan, the sign-off with the hash shown, an
// edit refused everywhere it could be tried, the export verified by `mamori verify` — and failing, naming the
// item, once one byte of an answer's note is changed in the file; then a new version reopened from it.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../assessments';
import { type Bridge, startBridge } from '../bridge/server';
import { seriousViolations } from '../support/a11y';
import { chromiumAvailable, launchChromium, leaveBridgePage } from '../support/chromium';
import { mamori } from '../support/cli';
import { details, smallCompany } from '../support/profiles';
import { artifactPath, removeDir, tempDir } from '../support/temp';

const NOTE = '個人情報保護方針は2026年4月に取締役会で見直した';

describe.skipIf(!chromiumAvailable())('a full audit in Chromium via the test bridge', () => {
  let browser: Browser;
  let page: Page;
  let bridge: Bridge;
  const dataDir = tempDir();
  const savedDir = tempDir('mamori-saved-');
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const findings: Record<string, string[]> = {};
  let assessmentId = '';
  let evidenceHash = '';
  const judged: { key: string; code: string }[] = [];

  async function ipc<T>(channel: string, input: unknown): Promise<{ ok: true; value: T } | { ok: false; error: string }> {
    const response = await fetch(`${bridge.url}__ipc/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
    return (await response.json()) as { ok: true; value: T } | { ok: false; error: string };
  }
  async function value<T>(channel: string, input: unknown): Promise<T> {
    const result = await ipc<T>(channel, input);
    if (!result.ok) throw new Error(result.error);
    return result.value;
  }
  const stored = () => value<Assessment>('getAssessment', { id: assessmentId });
  async function look(name: string) {
    await page.evaluate(() => document.fonts.ready);
    findings[name] = await seriousViolations(page);
    await page.screenshot({ path: artifactPath(`audit-${name}.png`) });
  }
  const currentItem = async () => (await page.getByTestId('item-view').getAttribute('data-item'))!;

  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'ja-JP', reducedMotion: 'reduce' });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/\.woff2/.test(message.location().url)) consoleErrors.push(message.text());
    });
    bridge = await startBridge({ dataDir, chooseExportPath: async (name) => path.join(savedDir, name) });
    const organisation = await value<{ id: string }>('createOrganisation', details('さくら商事株式会社'));
    const created = await value<{ id: string }>('createAssessment', { organisationId: organisation.id, title: '2026年度 内部監査', catalogIds: ['appi-safeguards'], profile: smallCompany, assessor: '総務部 山田' });
    assessmentId = created.id;
    const answer = (status: string, note = '') => ({ status, note, reason: '', alternative: '', flagged: false, evidence: [] });
    await value('saveAnswer', { assessmentId, key: 'appi-safeguards/APPI-BP-01', answer: answer('implemented', NOTE) });
    for (const id of ['APPI-BP-02', 'APPI-BP-03', 'APPI-BP-04']) await value('saveAnswer', { assessmentId, key: `appi-safeguards/${id}`, answer: answer('partial') });
    const attached = await value<{ file: { hash: string } }>('attachEvidence', {
      assessmentId,
      key: 'appi-safeguards/APPI-BP-01',
      name: '個人情報保護方針.pdf',
      mediaType: 'application/pdf',
      data: Buffer.from('%PDF-1.4 policy').toString('base64'),
    });
    evidenceHash = attached.file.hash;
    await page.goto(bridge.url);
    await page.getByTestId('assessment-open').click();
    await page.getByTestId('item-view').waitFor();
  });
  afterAll(async () => {
    if (page) await leaveBridgePage(page);
    await bridge?.close();
    await browser?.close();
    removeDir(dataDir);
    removeDir(savedDir);
  });

  it('switches to auditor mode, where the company answer shows read only beside the verdict', async () => {
    await page.getByTestId('writer-switch').getByText('監査員の判定').click();
    await page.getByTestId('verdict-panel').waitFor();
    await expect(page.getByTestId('auditor-mode-hint').textContent()).resolves.toContain('読み取り専用');
    expect(await currentItem()).toBe('appi-safeguards/APPI-BP-01');
    await expect(page.getByTestId('company-answer').textContent()).resolves.toContain(NOTE);
    expect(await page.getByTestId('answer-implemented').count()).toBe(0);
    await look('auditor-mode');
  });

  it('takes verdicts on ten items from the keyboard, with comments and the evidence checked, and saves them apart from the answers', async () => {
    const codes = ['conforming', 'major-nonconformity', 'minor-nonconformity', 'observation', 'improvement-opportunity', 'good-practice'];
    const plan = [1, 2, 3, 4, 5, 6, 3, 4, 2, 1];
    for (const [i, digit] of plan.entries()) {
      const key = await currentItem();
      await page.keyboard.press(String(digit));
      await expect.poll(() => page.getByTestId(`verdict-${codes[digit - 1]}`).getAttribute('aria-checked')).toBe('true');
      if (i === 0) await page.getByTestId('verdict-evidence').check();
      if (digit !== 1) {
        await page.keyboard.press('n');
        await page.keyboard.type(`指摘 ${i + 1}：記録を確認できなかった`);
        await page.keyboard.press('Escape');
      }
      judged.push({ key, code: codes[digit - 1]! });
      await page.keyboard.press('j');
      await expect.poll(currentItem).not.toBe(key);
    }
    await expect.poll(async () => Object.keys((await stored()).verdicts ?? {}).length).toBe(10);
    await expect.poll(async () => (await stored()).verdicts?.[judged[1]!.key]?.comment).toBe('指摘 2：記録を確認できなかった');
    const saved = await stored();
    expect(Object.fromEntries(Object.entries(saved.verdicts!).map(([k, v]) => [k, v.code]))).toEqual(Object.fromEntries(judged.map((j) => [j.key, j.code])));
    expect(saved.verdicts!['appi-safeguards/APPI-BP-01']?.evidenceChecked).toEqual([evidenceHash]);
    expect(saved.answers['appi-safeguards/APPI-BP-01']?.status).toBe('implemented');
  });

  it('lists the findings, filtered by class and domain, each opening its item, and puts the nonconformities on the plan', async () => {
    await page.getByTestId('tab-findings').click();
    await page.getByTestId('findings-table').waitFor();
    const findingsCount = judged.filter((j) => j.code !== 'conforming').length;
    expect(await page.getByTestId('finding-row').count()).toBe(findingsCount);
    await look('findings');
    await page.getByTestId('findings-class').click();
    await page.getByRole('option', { name: /^重大な不適合/ }).click();
    await expect.poll(() => page.getByTestId('finding-row').count()).toBe(judged.filter((j) => j.code === 'major-nonconformity').length);
    await page.getByTestId('findings-class').click();
    await page.getByRole('option', { name: 'すべての判定' }).click();
    await expect.poll(() => page.getByTestId('finding-row').count()).toBe(10);

    const major = judged.find((j) => j.code === 'major-nonconformity')!;
    await page.locator(`[data-testid="finding-row"][data-item="${major.key}"]`).getByRole('button').click();
    await page.getByTestId('verdict-panel').waitFor();
    expect(await currentItem()).toBe(major.key);

    // APPI-BP-01 was answered "implemented": only a nonconformity could put it on the plan — and none did.
    await page.getByTestId('tab-plan').click();
    await page.getByTestId('plan-table').waitFor();
    const planText = (await page.getByTestId('plan-table').textContent()) ?? '';
    const { value: catalog } = (await ipc<{ domains: { items: { id: string; title: { ja: string } }[] }[] }>('getCatalog', { id: 'appi-safeguards', version: 2 })) as { ok: true; value: { domains: { items: { id: string; title: { ja: string } }[] }[] } };
    const titleOf = (key: string) => catalog.domains.flatMap((d) => d.items).find((i) => `appi-safeguards/${i.id}` === key)!.title.ja;
    expect(planText).toContain(titleOf(major.key));
    expect(planText).not.toContain(titleOf('appi-safeguards/APPI-BP-01'));
  });

  it('signs off, locks the assessment and shows the content hash', async () => {
    await page.getByTestId('tab-checklist').click();
    await page.getByTestId('open-signoff').click();
    await page.getByTestId('signoff-reviewer').waitFor();
    await look('signoff-dialog');
    await expect(page.getByTestId('signoff-assessor').inputValue()).resolves.toBe('総務部 山田');
    await page.getByTestId('signoff-confirm').click();
    await expect(page.getByTestId('signoff-reviewer').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.getByTestId('signoff-reviewer').fill('監査室 佐藤');
    await page.getByTestId('signoff-date').fill('2026-11-27');
    await page.getByTestId('signoff-confirm').click();
    await page.getByTestId('seal-banner').waitFor();
    const hash = (await page.getByTestId('seal-hash').textContent())!.trim();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await stored()).signOff?.contentHash).toBe(hash);
    expect(await page.getByTestId('seal-banner').textContent()).toContain('2026-11-27');
    expect(await page.getByTestId('open-signoff').count()).toBe(0);
    await look('signed');
  });

  it('prints the finding sheets of the signed audit, one page per finding, with the hash on each', async () => {
    await page.getByTestId('tab-reports').click();
    await page.getByTestId('reports-screen').waitFor();
    await page.getByTestId('report-kind').getByText('指摘事項シート').click();
    await page.getByTestId('report-generate').click();
    await page.getByTestId('report-ready').waitFor({ timeout: 30_000 });
    await page.getByTestId('report-save').click();
    await page.getByTestId('report-saved').waitFor();
    const pdfFile = fs.readdirSync(savedDir).find((f) => f.endsWith('.pdf'))!;
    const pdf = await getDocumentProxy(new Uint8Array(fs.readFileSync(path.join(savedDir, pdfFile))));
    expect(pdf.numPages).toBe(judged.filter((j) => j.code !== 'conforming').length);
    const { text } = await extractText(pdf, { mergePages: false });
    const hash = (await stored()).signOff!.contentHash;
    for (const page of text) expect(page.replace(/\s/g, '')).toContain(hash);
    const major = judged.find((j) => j.code === 'major-nonconformity')!;
    expect(text[0]).toContain(major.key.split('/')[1]);
    expect(text[0]).toContain('重大な不適合');
    await look('reports-sheets');
    await page.getByTestId('tab-checklist').click();
  }, 60_000);

  it('refuses every attempt to edit: the keys, the buttons, the note, details, scope, plan and policy, and a second writer', async () => {
    const before = await stored();
    await page.getByTestId('writer-switch').getByText('会社の回答').click();
    await page.getByTestId('answer-note').waitFor();
    const key = await currentItem();
    const status = before.answers[key]?.status ?? 'unanswered';
    await page.keyboard.press('3');
    await page.getByTestId('answer-note').click();
    await page.keyboard.type('書き換え');
    await expect(page.getByTestId('answer-note').inputValue()).resolves.toBe(before.answers[key]?.note ?? '');
    if (status !== 'not-implemented') await expect(page.getByTestId('answer-not-implemented').isDisabled()).resolves.toBe(true);
    expect(await page.getByTestId('attach-evidence').count()).toBe(0);

    // Every other place that could change it is read only: details, scope, plan, policy.
    expect(await page.getByTestId('open-details').count()).toBe(0);
    await page.getByTestId('tab-scope').click();
    await page.getByTestId('scope-screen').waitFor();
    await expect(page.getByTestId('scoping-employees').isDisabled()).resolves.toBe(true);
    await look('signed-scope');
    await page.getByTestId('tab-plan').click();
    await page.getByTestId('plan-table').waitFor();
    expect(await page.getByTestId('plan-edit').count()).toBe(0);
    await page.getByTestId('tab-policy').click();
    await page.getByTestId('signed-read-only').waitFor();
    await page.getByTestId('tab-checklist').click();
    await page.getByTestId('item-view').waitFor();

    const second = await ipc('saveVerdict', { assessmentId, key, verdict: { code: 'observation', comment: '', evidenceChecked: [] } });
    expect(second.ok).toBe(false);
    expect(second.ok ? '' : second.error).toMatch(/signed off on 2026-11-27|2026-11-27 に承認/);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = await stored();
    expect(after).toEqual(before);
  });

  it('exports a file that mamori verify accepts, and that names the item once one byte of its note is changed', async () => {
    const exported = await value<{ saved: true; file: string }>('exportAssessment', { assessmentId });
    const hash = (await stored()).signOff!.contentHash;
    const good = await mamori(['verify', exported.file, '--lang', 'ja']);
    expect(good.code, good.stderr).toBe(0);
    expect(good.stdout).toContain(hash);

    const text = fs.readFileSync(exported.file, 'utf8');
    const at = text.indexOf('2026年4月');
    expect(at).toBeGreaterThan(0);
    const tampered = path.join(savedDir, 'tampered.mamori');
    const bytes = Buffer.from(text, 'utf8');
    const offset = Buffer.from(text.slice(0, at + 5), 'utf8').length; // the "4" of 4月
    expect(String.fromCharCode(bytes[offset]!)).toBe('4');
    bytes[offset] = '5'.charCodeAt(0);
    fs.writeFileSync(tampered, bytes);
    const bad = await mamori(['verify', tampered, '--lang', 'en']);
    expect(bad.code).toBe(1);
    expect(bad.stdout + bad.stderr).toContain('APPI-BP-01');
    expect(bad.stdout).toMatch(/APPI-BP-01[^\n]*note/);
  });

  it('reopens as a new, editable version while the signed one stays locked, as the home screen shows', async () => {
    await page.getByTestId('reopen').click();
    await expect(page.getByTestId('reopen-title').inputValue()).resolves.toBe('2026年度 内部監査（第2版）');
    await page.getByTestId('reopen-confirm').click();
    await page.getByTestId('based-on').waitFor();
    await expect(page.getByTestId('assessment-heading').textContent()).resolves.toBe('2026年度 内部監査（第2版）');
    expect(await page.getByTestId('seal-banner').count()).toBe(0);
    const reopenedId = await page.evaluate(() => document.querySelector('[data-testid="item-view"]')?.getAttribute('data-item'));
    expect(reopenedId).toBeTruthy();
    await page.keyboard.press('3');
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
    await page.getByTestId('back-home').click();
    await page.getByTestId('signed-badge').first().waitFor();
    expect(await page.getByTestId('signed-badge').count()).toBe(1);
    // The signed card shows the seal instead of draft / in review; the reopened version is a draft.
    const signedCard = page.getByTestId('assessment-card').filter({ has: page.getByTestId('signed-badge') });
    expect(await signedCard.getByTestId('assessment-status').count()).toBe(0);
    await expect(page.getByTestId('assessment-card').filter({ hasText: '（第2版）' }).getByTestId('assessment-status').textContent()).resolves.toBe('作成中');
    expect((await stored()).signOff).toBeDefined();
    await look('home-with-signed');
  });

  it('starts next year\'s assessment from the signed one: scoping and answers pre-filled, each answer to re-confirm until touched', async () => {
    await page.getByTestId('new-assessment').click();
    await page.getByTestId('assessment-title').fill('2027年度 内部監査');
    await page.getByTestId('assessment-based-on').click();
    await page.getByRole('option', { name: '2026年度 内部監査', exact: true }).click();
    await expect.poll(() => page.getByTestId('catalog-appi-safeguards').isChecked()).toBe(true);
    await look('start-from-previous');
    await page.getByTestId('assessment-next').click();
    // The size questions come answered from the earlier assessment.
    await expect(page.getByTestId('scoping-employees').inputValue()).resolves.toBe(String(smallCompany.employees));
    await page.getByTestId('scoping-next').click();
    await page.getByTestId('create-assessment').click();
    await page.getByTestId('assessment-card').filter({ hasText: '2027年度 内部監査' }).getByTestId('assessment-open').click();
    await page.getByTestId('reconfirm-notice').waitFor();
    expect(await currentItem()).toBe('appi-safeguards/APPI-BP-01');
    await expect(page.getByTestId('answer-note').inputValue()).resolves.toBe(NOTE);
    const list = await value<{ id: string; title: string }[]>('listAssessments', {});
    const next = list.find((a) => a.title === '2027年度 内部監査')!;
    const created = await value<Assessment>('getAssessment', { id: next.id });
    expect(created.basedOn).toEqual({ id: assessmentId, title: '2026年度 内部監査', how: 'previous' });
    expect(created.reconfirm?.length).toBe(4);
    await expect(page.getByTestId('reconfirm-count').textContent()).resolves.toBe('再確認が必要な回答 4 件');
    expect(created.verdicts).toBeUndefined();
    await look('reconfirm');
    await page.getByTestId('reconfirm-answer').click();
    await expect.poll(async () => (await value<Assessment>('getAssessment', { id: next.id })).reconfirm?.length).toBe(3);
    // The window follows once main has answered the save.
    await expect.poll(() => page.getByTestId('reconfirm-notice').count()).toBe(0);
    await expect.poll(() => page.getByTestId('reconfirm-count').textContent()).toBe('再確認が必要な回答 3 件');
  });

  it('shows every screen without serious accessibility problems or page errors', () => {
    expect(findings).toEqual(Object.fromEntries(Object.keys(findings).map((k) => [k, []])));
    expect(pageErrors).toEqual([]);
    expect(consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
