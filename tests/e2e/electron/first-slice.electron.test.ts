// The same first slice as the Chromium test, in the real Electron app: the preload, the sandbox, the IPC
// sender check and electron-store all for real. Runs where the Electron binary exists; skipped elsewhere.
import path from 'node:path';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { electronBinary } from '../../support/electron-binary';
import { artifactPath, removeDir, tempDir } from '../../support/temp';
import { scopeNewAssessment } from '../../support/ui';

const binary = electronBinary();
const root = path.resolve(import.meta.dirname, '../../..');
const reason = 'missing' in binary ? ` — skipped: ${binary.missing}` : '';

describe.skipIf('missing' in binary)(`first slice in Electron${reason}`, () => {
  const dataDir = tempDir();
  let app: ElectronApplication | null = null;

  async function launch() {
    app = await electron.launch({
      executablePath: 'path' in binary ? binary.path : undefined,
      args: [root, '--no-sandbox'],
      env: { ...process.env, MAMORI_DATA_DIR: dataDir, ELECTRON_RENDERER_URL: '' },
    });
    return app.firstWindow();
  }
  afterEach(async () => {
    await app?.close();
    app = null;
  });

  it('creates an organisation and an assessment that are still there after a restart', async () => {
    let page = await launch();
    await page.getByTestId('add-organisation').click();
    await page.getByTestId('organisation-name').fill('さくら商事株式会社');
    await page.keyboard.press('Enter');
    await page.getByTestId('new-assessment').click();
    await page.getByTestId('assessment-title').fill('2026年度 自己点検');
    await page.getByTestId('assessment-next').click();
    await scopeNewAssessment(page);
    await page.getByTestId('create-assessment').click();
    await expect.poll(() => page.getByTestId('assessment-card').count()).toBe(1);
    await app?.close();

    page = await launch();
    await expect.poll(() => page.getByText('2026年度 自己点検').isVisible()).toBe(true);
    await page.screenshot({ path: artifactPath('electron-home.png') });
  });

  it('exposes exactly the contract on window.mamori and nothing of Node', async () => {
    const page = await launch();
    const globals = await page.evaluate(() => ({
      api: Object.keys((window as unknown as { mamori: object }).mamori).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(globals.require).toBe('undefined');
    expect(globals.process).toBe('undefined');
    expect(globals.api.length).toBeGreaterThan(0);
  });

  it('removes the data folder afterwards', () => {
    removeDir(dataDir);
  });
});
