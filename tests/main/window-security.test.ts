// Every window security default that can be checked without the Electron binary.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  denyPermission,
  denyPermissionCheck,
  handleWindowOpen,
  refuseNavigation,
  refuseWebview,
} from '../../electron/main/security';
import { createSecureWindow } from '../../electron/main/window-options';
import { isVettedExternalUrl } from '../../electron/services/external-links';

const repoRoot = path.resolve(import.meta.dirname, '../..');

describe('the Mamori window', () => {
  class FakeBrowserWindow {
    constructor(readonly options: Record<string, unknown>) {}
  }
  const window = createSecureWindow(FakeBrowserWindow, '/app/out/preload', { width: 1000, height: 700 });
  const webPreferences = window.options.webPreferences as Record<string, unknown>;

  it('isolates the page from Node and Electron', () => {
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(window.options).toMatchObject({ width: 1000, height: 700, show: false });
    expect(webPreferences.preload).toBe(path.join('/app/out/preload', 'index.cjs'));
  });

  it('is created only through these options, and wires every lockdown handler', () => {
    const main = fs.readFileSync(path.join(repoRoot, 'electron/main/index.ts'), 'utf8');
    expect(main).not.toMatch(/new BrowserWindow\(/);
    expect(main.match(/createSecureWindow\(/g)).toHaveLength(1);
    for (const wiring of [
      'setWindowOpenHandler((details) => handleWindowOpen(details, (url) => void openVetted(url)))',
      'if (!isVettedExternalUrl(url)) throw',
      "on('will-navigate', refuseNavigation)",
      "on('will-redirect', refuseNavigation)",
      "on('will-attach-webview', refuseWebview)",
      'setPermissionRequestHandler(denyPermission)',
      'setPermissionCheckHandler(denyPermissionCheck)',
      'requestSingleInstanceLock()',
    ]) {
      expect(main).toContain(wiring);
    }
  });
});

describe('navigation, new windows and permissions', () => {
  it('refuses every navigation and webview', () => {
    const event = { preventDefault: vi.fn() };
    refuseNavigation(event);
    refuseWebview(event);
    expect(event.preventDefault).toHaveBeenCalledTimes(2);
  });

  it('never opens a window; only vetted https links go to the system browser', () => {
    const opened: string[] = [];
    const open = (url: string) => opened.push(url);
    expect(handleWindowOpen({ url: 'https://www.ppc.go.jp/personalinfo/legal/' }, open)).toEqual({ action: 'deny' });
    expect(handleWindowOpen({ url: 'http://www.ppc.go.jp/' }, open)).toEqual({ action: 'deny' });
    expect(handleWindowOpen({ url: 'file:///etc/passwd' }, open)).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.ppc.go.jp/personalinfo/legal/']);
  });

  it('denies every permission request and check', () => {
    const callback = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      denyPermission(null, permission, callback);
    }
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
    expect(denyPermissionCheck()).toBe(false);
  });

  it.each([
    ['https://www.ppc.go.jp/', true],
    ['https://elaws.e-gov.go.jp/document?lawid=415AC0000000057', true],
    ['https://www.ppc.go.jp.evil.example/', false],
    ['https://user:pw@www.ppc.go.jp/', false],
    ['https://www.ppc.go.jp:8443/', false],
    ['javascript:alert(1)', false],
    ['mamori://x', false],
    ['not a url', false],
    ['http://privacymark.jp/', false],
  ])('vets %s as %s', (url, expected) => {
    expect(isVettedExternalUrl(url)).toBe(expected);
  });
});

describe('the renderer page', () => {
  const html = fs.readFileSync(path.join(repoRoot, 'renderer/index.html'), 'utf8');
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directives = new Map(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('has a strict Content-Security-Policy', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(csp).not.toContain('unsafe-eval');
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp).not.toMatch(/https?:/);
  });
});
