// Encryption at rest as a user turns it on, in real Chromium against the real services: the data folder is
// encrypted from the header's "Data security" button, the app then opens on an unlock screen, a wrong
// passphrase is refused in words, and the right one brings the assessments back.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bridge, startBridge } from '../bridge/server';
import { chromiumAvailable, launchChromium, leaveBridgePage } from '../support/chromium';
import { artifactPath, removeDir, tempDir } from '../support/temp';
import { details, smallCompany } from '../support/profiles';

const PASSPHRASE = 'みかんの木の下で会いましょう';
const NOTE = '金庫の鍵は総務部長が保管';
const SLOW = { timeout: 20_000 };

function folderContains(dir: string, text: string): boolean {
  const needle = Buffer.from(text, 'utf8');
  const visit = (d: string): boolean =>
    fs.readdirSync(d, { withFileTypes: true }).some((e) => (e.isDirectory() ? visit(path.join(d, e.name)) : fs.readFileSync(path.join(d, e.name)).includes(needle)));
  return visit(dir);
}

describe.skipIf(!chromiumAvailable())('encryption at rest in Chromium via the test bridge', () => {
  let browser: Browser;
  let page: Page;
  let bridge: Bridge | null = null;
  const dataDir = tempDir();

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'ja-JP' });
  });
  afterAll(async () => {
    await bridge?.close();
    await browser?.close();
    removeDir(dataDir);
  });

  async function restartBridge() {
    await leaveBridgePage(page);
    await bridge?.close();
    bridge = await startBridge({ dataDir });
    await page.goto(bridge.url);
  }

  it('encrypts the data folder from the header', async () => {
    await restartBridge();
    await expect.poll(() => page.getByTestId('add-organisation').isVisible()).toBe(true);
    const saved = await page.evaluate(async ({ note, organisation, profile }) => {
      const api = window.mamori!;
      const org = await api.createOrganisation(organisation);
      if (!org.ok) return org.error;
      const a = await api.createAssessment({ organisationId: org.value.id, title: '年次点検', catalogIds: ['appi-safeguards'], profile });
      if (!a.ok) return a.error;
      const r = await api.saveAnswer({ assessmentId: a.value.id, key: 'appi-safeguards/APPI-PHY-07', answer: { status: 'implemented', note } });
      return r.ok ? 'saved' : r.error;
    }, { note: NOTE, organisation: details('みかん商店'), profile: smallCompany });
    expect(saved).toBe('saved');
    expect(folderContains(dataDir, NOTE)).toBe(true);

    await page.getByTestId('data-security').click();
    await page.getByTestId('encryption-passphrase').fill(PASSPHRASE);
    await page.getByTestId('encryption-confirm').fill('something else');
    await expect.poll(() => page.getByText('2つのパスフレーズが一致しません。').isVisible()).toBe(true);
    await page.getByTestId('encryption-confirm').fill(PASSPHRASE);
    expect(await page.getByTestId('encryption-enable').isDisabled()).toBe(true); // not until the warning is ticked
    await page.getByTestId('encryption-understood').check();
    await page.screenshot({ path: artifactPath('encryption-dialog-ja.png') });
    await page.getByTestId('encryption-enable').click();
    await expect.poll(() => page.getByTestId('encrypted-badge').isVisible(), SLOW).toBe(true);
    expect(folderContains(dataDir, NOTE)).toBe(false);
  });

  it('opens locked, refuses a wrong passphrase in words, and unlocks with the right one', async () => {
    await restartBridge();
    await expect.poll(() => page.getByTestId('unlock-screen').isVisible(), SLOW).toBe(true);
    expect(await page.getByTestId('add-organisation').count()).toBe(0);
    await page.getByTestId('unlock-passphrase').fill('まちがったパスフレーズ');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('unlock-error').textContent(), SLOW).toContain('パスフレーズが正しくありません。');
    await page.screenshot({ path: artifactPath('unlock-ja.png') });
    await page.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('年次点検').isVisible(), SLOW).toBe(true);
    expect(await page.getByTestId('encrypted-badge').isVisible()).toBe(true);
    const note = await page.evaluate(async () => {
      const api = window.mamori!;
      const list = await api.listAssessments({});
      if (!list.ok || !list.value[0]) return 'none';
      const a = await api.getAssessment({ id: list.value[0].id });
      return a.ok ? a.value.answers['appi-safeguards/APPI-PHY-07']?.note : a.error;
    });
    expect(note).toBe(NOTE);
  });
});
