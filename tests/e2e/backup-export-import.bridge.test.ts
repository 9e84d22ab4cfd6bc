// A user's work is never one click from lost, in real Chromium against the real services: a backup is kept
// each time the assessment is opened and a restore can be undone; an assessment travels to a file and back
// as a new copy; a passphrase-protected file refuses the wrong passphrase and imports nothing; and a damaged
// file restored from a backup is reported on the home screen until dismissed.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bridge, startBridge } from '../bridge/server';
import { chromiumAvailable, launchChromium, leaveBridgePage } from '../support/chromium';
import { artifactPath, removeDir, tempDir } from '../support/temp';
import { scopeNewAssessment } from '../support/ui';

const KEY = 'appi-safeguards/APPI-BP-01';
// A passphrase costs main about half a second of scrypt, more on a busy test machine.
const SLOW = { timeout: 15_000 };

describe.skipIf(!chromiumAvailable())('backups, export and import in Chromium via the test bridge', () => {
  let browser: Browser;
  let page: Page;
  let bridge: Bridge | null = null;
  let assessmentId = '';
  const dataDir = tempDir();
  const filesDir = tempDir('mamori-files-');
  // What the stand-ins for main's save and open dialogs answer; each test points them at its own file.
  let exportTo = path.join(filesDir, 'sakura.mamori');
  let importFrom = exportTo;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'ja-JP' });
    page.on('console', (message) => {
      // A font subset still loading when the bridge restarts is the bridge's artefact (the app reads its
      // fonts from disk), not an error of the page.
      if (message.type() === 'error' && !message.location().url.endsWith('.woff2')) consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
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
    bridge = await startBridge({
      dataDir,
      chooseExportPath: async () => exportTo,
      chooseImportPath: async () => importFrom,
    });
    await page.goto(bridge.url);
    await expect.poll(() => page.getByTestId('add-organisation').isVisible()).toBe(true);
  }

  const answerKeys = () =>
    page.evaluate(async (id) => {
      const result = await window.mamori!.getAssessment({ id });
      return result.ok ? Object.keys(result.value.answers) : result.error;
    }, assessmentId);

  async function screenshot(name: string) {
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(400); // let the dialog's opening transition finish
    await page.screenshot({ path: artifactPath(name) });
  }

  async function openMenu(item: 'menu-backups' | 'menu-export', card = 0) {
    await page.getByTestId('assessment-menu').nth(card).click();
    await page.getByTestId(item).click();
  }

  it('keeps a backup each time the assessment is opened, and a restore can be undone', async () => {
    await restartBridge();
    await page.getByTestId('add-organisation').click();
    await page.getByTestId('organisation-name').fill('さくら商事株式会社');
    await page.keyboard.press('Enter');
    await page.getByTestId('new-assessment').click();
    expect(await page.getByTestId('catalog-appi-safeguards').isChecked()).toBe(true);
    await page.getByTestId('assessment-title').fill('2026年度 自己点検');
    await page.getByTestId('assessment-next').click();
    await scopeNewAssessment(page);
    await page.getByTestId('create-assessment').click();
    await expect.poll(() => page.getByTestId('assessment-card').count()).toBe(1);

    // Opened again: a backup from before the answer below.
    await restartBridge();
    assessmentId = await page.evaluate(async () => {
      const result = await window.mamori!.listAssessments({});
      return result.ok ? (result.value[0]?.id ?? '') : '';
    });
    const saved = await page.evaluate(
      (id) => window.mamori!.saveAnswer({ assessmentId: id, key: 'appi-safeguards/APPI-BP-01', answer: { status: 'implemented', note: '基本方針を社内に掲示済み' } }),
      assessmentId,
    );
    expect(saved.ok).toBe(true);

    // And once more: a backup with the answer.
    await restartBridge();
    await openMenu('menu-backups');
    await expect.poll(() => page.getByTestId('backup-row').count()).toBe(2);
    expect(await page.getByTestId('backups-dialog').innerText()).toContain('点検を開いたとき');

    await page.getByTestId('restore-backup').last().click();
    await expect.poll(() => page.getByTestId('restore-confirm').innerText()).toContain('現在の状態は復元の前にバックアップされる');
    // The question takes the focus, so Enter answers it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('confirm-restore');
    await screenshot('backups-ja.png');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('restore-done').innerText()).toMatch(/のバックアップを復元しました/);
    expect(await answerKeys()).toEqual([]);
    // The state it replaced was backed up first, and the restored state right after; both are listed.
    await expect.poll(() => page.getByTestId('backup-row').count()).toBe(4);
    expect(await page.getByTestId('backups-dialog').innerText()).toContain('復元の前');
    expect(await page.getByTestId('backups-dialog').innerText()).toContain('復元の直後');
    await screenshot('backups-restored-ja.png');

    await page.getByTestId('undo-restore').click();
    await expect.poll(() => page.getByTestId('restore-undone').isVisible()).toBe(true);
    expect(await answerKeys()).toEqual([KEY]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('backups-dialog').count()).toBe(0);
  });

  it('exports the assessment to a file and imports it back as a new copy', async () => {
    await page.locator('label', { hasText: /^English$/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Assessments' }).isVisible()).toBe(true);

    await openMenu('menu-export');
    expect(await page.getByTestId('export-dialog').innerText()).toContain('every answer and note');
    await page.getByTestId('export-submit').click();
    await expect.poll(() => page.getByText(`Saved to ${exportTo}`).isVisible()).toBe(true);
    expect(fs.statSync(exportTo).size).toBeGreaterThan(0);
    expect(await page.getByTestId('export-dialog').count()).toBe(0);

    await page.getByTestId('import-assessment').click();
    await expect.poll(() => page.getByTestId('import-preview').isVisible()).toBe(true);
    const preview = await page.getByTestId('import-preview').innerText();
    expect(preview).toContain('2026年度 自己点検');
    expect(preview).toContain('さくら商事株式会社');
    expect(preview).toContain('APPI safeguards (v2)');
    expect(await page.getByTestId('mode-copy').isChecked()).toBe(true);
    await screenshot('import-en.png');

    // Replacing the assessment that is already here has to be confirmed first.
    await page.getByTestId('mode-replace').check();
    expect(await page.getByTestId('import-submit').isDisabled()).toBe(true);
    await page.getByTestId('replace-confirm').check();
    expect(await page.getByTestId('import-submit').isDisabled()).toBe(false);
    await page.getByTestId('mode-copy').check();

    await page.getByTestId('import-submit').click();
    await expect.poll(() => page.getByTestId('assessment-card').count()).toBe(2);
    expect(await page.getByTestId('import-dialog').count()).toBe(0);
    expect(await page.getByText('Assessment "2026年度 自己点検" imported.').isVisible()).toBe(true);
  });

  it('protects an export with a passphrase, refuses a wrong one and imports nothing until it is right', async () => {
    exportTo = path.join(filesDir, 'sakura-protected.mamori');
    importFrom = exportTo;
    await openMenu('menu-export');
    await page.getByTestId('export-protect').check();
    await page.getByTestId('export-passphrase').fill('short');
    await page.getByTestId('export-submit').click();
    await expect.poll(() => page.getByTestId('export-dialog').innerText()).toContain('must be at least 8 characters');
    await page.getByTestId('export-passphrase').fill('sakura-2026-secret');
    await page.getByTestId('export-passphrase-confirm').fill('sakura-2026-secreT');
    await expect.poll(() => page.getByTestId('export-dialog').innerText()).toContain('The passphrases do not match.');
    expect(fs.existsSync(exportTo)).toBe(false);
    await page.getByTestId('export-passphrase-confirm').fill('sakura-2026-secret');
    await screenshot('export-en.png');
    await page.getByTestId('export-submit').click();
    await expect.poll(() => page.getByText(`Saved to ${exportTo}`).isVisible(), SLOW).toBe(true);
    expect(fs.readFileSync(exportTo).subarray(0, 10).toString()).toBe('MAMORI-PWD');
    expect(fs.readFileSync(exportTo).includes(Buffer.from('基本方針'))).toBe(false);

    await page.getByTestId('import-assessment').click();
    await expect.poll(() => page.getByTestId('import-passphrase').isVisible()).toBe(true);
    await page.getByTestId('import-passphrase').fill('not-the-passphrase');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('import-failure').isVisible(), SLOW).toBe(true);
    expect(await page.getByTestId('import-failure').innerText()).toContain('The file could not be read');
    await screenshot('import-wrong-passphrase-en.png');
    expect(await page.getByTestId('import-preview').count()).toBe(0);
    expect(await page.getByTestId('assessment-card').count()).toBe(2);

    await page.getByTestId('import-passphrase').fill('sakura-2026-secret');
    await page.getByTestId('import-unlock').click();
    await expect.poll(() => page.getByTestId('import-preview').isVisible(), SLOW).toBe(true);
    expect(await page.getByTestId('import-failure').count()).toBe(0);
    await page.getByTestId('import-submit').click();
    await expect.poll(() => page.getByTestId('assessment-card').count(), SLOW).toBe(3);
  });

  it('says so when a damaged file was restored from a backup, until dismissed', async () => {
    // Opened once more (a backup of the answered state), then the file is damaged while the app is closed.
    await restartBridge();
    await bridge?.close();
    bridge = null;
    fs.writeFileSync(path.join(dataDir, 'assessments', `${assessmentId}.json`), '');
    await restartBridge();
    await expect.poll(() => page.getByTestId('notice-recovered').isVisible()).toBe(true);
    const notice = await page.getByTestId('notice-recovered').innerText();
    expect(notice).toContain('The assessment "2026年度 自己点検" was damaged, so it was restored from the backup taken');
    expect(notice).toContain(path.join(dataDir, 'quarantine'));
    expect(await answerKeys()).toEqual([KEY]);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: artifactPath('notices-en.png'), fullPage: true });

    await page.getByTestId('dismiss-notices').click();
    await expect.poll(() => page.getByTestId('notices').count()).toBe(0);
    const left = await page.evaluate(async () => {
      const result = await window.mamori!.listNotices({});
      return result.ok ? result.value.length : -1;
    });
    expect(left).toBe(0);
  });

  it('logged no errors in the page', () => {
    expect(consoleErrors).toEqual([]);
  });
});
