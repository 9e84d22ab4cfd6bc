// Work is never lost, in real Chromium through the test bridge: a save that fails says so, keeps the answer
// on screen and goes through once main answers again; Ctrl+Z undoes the last change and saves that; a change
// still on its way when the window closes is saved; scoping can be revisited without losing answers; and
// evidence files are attached (dialog and drag-and-drop), refused when too large, renamed, shared between
// items and detached.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../assessments';
import { type Bridge, startBridge } from '../bridge/server';
import { chromiumAvailable, launchChromium } from '../support/chromium';
import { details, smallCompany } from '../support/profiles';
import { removeDir, tempDir } from '../support/temp';

describe.skipIf(!chromiumAvailable())('autosave, undo, scope and evidence in Chromium via the test bridge', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let bridge: Bridge;
  const dataDir = tempDir();
  const filesDir = tempDir('mamori-evidence-');
  const pageErrors: string[] = [];
  let assessmentId = '';
  const KEY1 = 'appi-safeguards/APPI-BP-01';

  /** Main's view of things, asked directly (not through the window). */
  async function ipc<T>(channel: string, input: unknown): Promise<T> {
    const response = await fetch(`${bridge.url}__ipc/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
    const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: string };
    if (!result.ok) throw new Error(result.error);
    return result.value;
  }
  const stored = () => ipc<Assessment>('getAssessment', { id: assessmentId });
  const savedState = () => page.getByTestId('save-state').getAttribute('data-state');
  const currentKey = () => page.getByTestId('item-view').getAttribute('data-item');
  /** Closes the messages in the corner, as a user would before reaching a menu they cover. */
  async function dismissNotifications() {
    await expect
      .poll(async () => {
        const close = page.locator('.mantine-Notification-closeButton').first();
        if ((await close.count()) > 0) await close.click({ timeout: 500 }).catch(() => undefined);
        return page.locator('.mantine-Notification-root').count();
      })
      .toBe(0);
  }

  async function openPage() {
    page = await context.newPage();
    // An action that cannot happen fails in 10 s, with what it waited for, before the test's own time runs out.
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('filechooser', (chooser) => void chooser.setFiles(path.join(filesDir, '入退室記録.csv')));
    await page.goto(bridge.url);
    await page.getByTestId('assessment-open').click();
    await page.getByTestId('item-view').waitFor();
  }

  beforeAll(async () => {
    fs.writeFileSync(path.join(filesDir, '入退室記録.csv'), '日付,氏名,入室,退室\n2026-11-02,山田,09:01,18:12\n');
    bridge = await startBridge({ dataDir });
    const organisation = await ipc<{ id: string }>('createOrganisation', details('さくら商事株式会社'));
    const created = await ipc<{ id: string }>('createAssessment', {
      organisationId: organisation.id,
      title: '2026年度 自己点検',
      catalogIds: ['appi-safeguards'],
      profile: { ...smallCompany, foreignTransfer: 'yes' },
      assessor: '',
    });
    assessmentId = created.id;
    await ipc('saveAnswer', { assessmentId, key: 'appi-safeguards/APPI-EXT-01', answer: { status: 'implemented', note: '委託先の所在国を台帳で管理', reason: '', alternative: '', flagged: false, evidence: [] } });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'ja-JP', reducedMotion: 'reduce' });
    await openPage();
  });
  afterAll(async () => {
    await bridge?.close();
    await browser?.close();
    removeDir(dataDir);
    removeDir(filesDir);
  });

  it('says when a save fails, keeps the answer on screen, and saves it once main answers again', async () => {
    bridge.failing.add('saveAnswer');
    await page.getByTestId('answer-partial').click();
    await expect.poll(savedState).toBe('failed');
    expect(await page.getByTestId('save-state').innerText()).toContain('保存できませんでした');
    expect(await page.getByTestId('answer-partial').getAttribute('aria-checked')).toBe('true');
    expect((await stored()).answers[KEY1]).toBeUndefined();
    bridge.failing.delete('saveAnswer');
    // Tried again by itself (every few seconds), or at once with the button.
    await page.getByTestId('save-state').getByRole('button').click();
    await expect.poll(savedState).toBe('saved');
    expect((await stored()).answers[KEY1]?.status).toBe('partial');
  });

  it('undoes the last change with Ctrl+Z, and saves the undo', async () => {
    await page.getByTestId('answer-not-implemented').click();
    await expect.poll(async () => (await stored()).answers[KEY1]?.status).toBe('not-implemented');
    await page.locator('body').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('answer-partial').getAttribute('aria-checked')).toBe('true');
    await expect.poll(async () => (await stored()).answers[KEY1]?.status).toBe('partial');
  });

  it('saves a note still on its way when the window closes', async () => {
    await page.getByTestId('answer-note').fill('施錠管理は総務部が担当');
    // At once, inside the 300 ms the note waits for typing to pause.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.close({ runBeforeUnload: true });
    await expect.poll(async () => (await stored()).answers[KEY1]?.note).toBe('施錠管理は総務部が担当');
    await openPage();
    expect(await page.getByTestId('answer-note').inputValue()).toBe('施錠管理は総務部が担当');
  });

  it('revisits the scope: items that stop applying leave with their answers kept, and come back with them', async () => {
    await page.getByTestId('tab-scope').click();
    await page.getByTestId('scope-summary').waitFor();
    expect(await page.getByTestId('scope-applying').getAttribute('data-applying')).toBe('97');
    await page.getByTestId('scoping-foreignTransfer-no').check();
    await expect.poll(() => page.getByTestId('scope-applying').getAttribute('data-applying')).toBe('92');
    const excluded = await page.getByTestId('scope-excluded').innerText();
    expect(excluded).toContain('APPI-EXT-01');
    expect(excluded).toContain('次の質問に「いいえ」と回答したため：外国での取扱い');
    expect(await page.getByTestId('scope-kept').innerText()).toContain('対象外の項目に 1 件の回答が残っています。');
    await expect.poll(async () => (await stored()).profile.foreignTransfer).toBe('no');
    expect((await stored()).answers['appi-safeguards/APPI-EXT-01']?.note).toBe('委託先の所在国を台帳で管理');

    await page.getByTestId('tab-checklist').click();
    await expect.poll(() => page.getByTestId('item-position').innerText()).toMatch(/^92 項目中/);
    await page.getByTestId('tab-scope').click();
    await page.getByTestId('scoping-foreignTransfer-unsure').check(); // "not sure" keeps the items in
    await expect.poll(() => page.getByTestId('scope-applying').getAttribute('data-applying')).toBe('97');
    await expect.poll(async () => (await stored()).profile.foreignTransfer).toBe('unsure');
    await page.getByTestId('tab-checklist').click();
    await page.getByTestId('checklist-search').fill('APPI-EXT-01');
    await expect.poll(currentKey).toBe('appi-safeguards/APPI-EXT-01');
    expect(await page.getByTestId('answer-note').inputValue()).toBe('委託先の所在国を台帳で管理');
    await page.getByTestId('checklist-search').fill('');
  });

  it('attaches evidence by dialog and by drag-and-drop, refuses a file over 50 MB, renames, shares and detaches', { timeout: 90_000 }, async () => {
    await page.getByTestId('checklist-search').fill('APPI-BP-01');
    await expect.poll(currentKey).toBe(KEY1);
    await page.getByTestId('checklist-search').fill('');
    // The file dialog (answered by the listener) ...
    await page.getByTestId('attach-evidence').click();
    await page.getByTestId('evidence-row').waitFor();
    const hash = (await page.getByTestId('evidence-row').getAttribute('data-hash'))!;
    expect(await page.getByTestId('evidence-sha256').innerText()).toContain(hash);
    // ... and a file dropped on the panel.
    await page.getByTestId('evidence-panel').evaluate((panel) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['持出し記録\n'], '持出し記録.txt', { type: 'text/plain' }));
      panel.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.getByTestId('evidence-row').count()).toBe(2);
    // Too large: refused with the limit, before anything is sent.
    await page.getByTestId('evidence-panel').evaluate((panel) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(51 * 1024 * 1024)], '監視カメラ映像.mp4', { type: 'video/mp4' }));
      panel.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.getByText('監視カメラ映像.mp4 は 50 MB を超えるため、添付しませんでした。').isVisible()).toBe(true);
    expect(await page.getByTestId('evidence-row').count()).toBe(2);

    // Renamed: the label changes, the file (and its hash) does not.
    await dismissNotifications();
    const row = page.getByTestId('evidence-row').filter({ hasText: '入退室記録.csv' });
    await row.getByTestId('evidence-menu').click();
    await page.getByTestId('evidence-rename').click();
    await page.getByTestId('evidence-label').fill('入退室記録（11月）.csv');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await stored()).evidence[hash]?.name).toBe('入退室記録（11月）.csv');

    // One file backs a second item.
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('j');
    await expect.poll(currentKey).not.toBe(KEY1);
    const second = (await currentKey())!;
    await page.getByTestId('link-evidence').click();
    await page.getByRole('option', { name: '入退室記録（11月）.csv' }).click();
    await expect.poll(async () => (await stored()).answers[second]?.evidence).toEqual([hash]);
    expect((await stored()).answers[KEY1]?.evidence).toContain(hash);

    // Opened with the system's viewer (the bridge records which file), then detached from the second item.
    await page.getByTestId('evidence-menu').click();
    await page.getByTestId('evidence-open').click();
    await expect.poll(() => bridge.openedFiles.length).toBe(1);
    expect(fs.readFileSync(bridge.openedFiles[0]!, 'utf8')).toContain('2026-11-02,山田');
    await page.getByTestId('evidence-menu').click();
    await page.getByTestId('evidence-detach').click();
    await expect.poll(async () => (await stored()).answers[second]?.evidence).toEqual([]);
    expect((await stored()).answers[KEY1]?.evidence).toContain(hash);
    expect(pageErrors).toEqual([]);
  });
});
