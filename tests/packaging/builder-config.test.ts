// The installer configuration, checked without building (there is no Electron binary here): targets, what
// goes into the package, and the fuses, for the release build and the Playwright test build.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../..');
const configPath = path.join(root, 'build/electron-builder.config.cjs');

function loadConfig(testBuild: boolean) {
  delete require.cache[configPath];
  const before = process.env.MAMORI_TEST_BUILD;
  if (testBuild) process.env.MAMORI_TEST_BUILD = '1';
  else delete process.env.MAMORI_TEST_BUILD;
  try {
    return require(configPath);
  } finally {
    if (before === undefined) delete process.env.MAMORI_TEST_BUILD;
    else process.env.MAMORI_TEST_BUILD = before;
  }
}

describe('electron-builder configuration', () => {
  const config = loadConfig(false);

  it('builds AppImage and deb, NSIS and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('packs the built app and the catalogs, in an asar, and nothing else of the sources', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'assessments/catalogs/*.yaml', 'package.json']));
    expect(config.files.some((f: string) => /^(electron|renderer|tests)\//.test(f))).toBe(false);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('ships the example assessment and the two report font weights (unpacked for the worker), no other weight', () => {
    expect(config.files).toContain('assessments/examples/*.mamori');
    expect(fs.existsSync(path.join(root, 'assessments/examples/sakura-mihon-2026.mamori'))).toBe(true);
    const fontsDir = path.join(root, 'node_modules/@expo-google-fonts/noto-sans-jp');
    const weights = fs.readdirSync(fontsDir).filter((name) => /^\d00[A-Z]/.test(name));
    const excluded = config.files.find((f: string) => f.startsWith('!node_modules/@expo-google-fonts/noto-sans-jp/{'));
    const left = weights.filter((w) => !excluded.includes(w));
    expect(left.sort()).toEqual(['400Regular', '700Bold']);
    expect(config.asarUnpack).toEqual(['node_modules/@expo-google-fonts/noto-sans-jp/{400Regular,700Bold}/*.ttf']);
    // The files the report code opens are the ones that ship.
    for (const w of left) expect(fs.readdirSync(path.join(fontsDir, w)).some((f) => f.endsWith('.ttf'))).toBe(true);
  });

  it('flips the fuses: no RunAsNode, asar integrity, app only from asar, no inspect', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
    });
  });

  it('keeps the inspect fuse on only in the test build that Playwright drives', () => {
    const test = loadConfig(true);
    expect(test.electronFuses.enableNodeCliInspectArguments).toBe(true);
    expect(test.electronFuses.runAsNode).toBe(false);
    expect(test.directories.output).not.toBe(config.directories.output);
  });

  it('has its icons and entitlements on disk', () => {
    for (const file of ['build/icon.png', 'build/icons/512x512.png', config.mac.entitlements]) {
      expect(fs.existsSync(path.join(root, file)), file).toBe(true);
    }
  });

  it('ships only main-process runtime libraries as dependencies (the renderer is bundled)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    // The report font and the PDF, chart, spreadsheet and lock libraries run in main, so they ship; React,
    // Mantine and the rest of the renderer are bundled and stay devDependencies.
    expect(Object.keys(pkg.dependencies).sort()).toEqual([
      '@expo-google-fonts/noto-sans-jp',
      'conf',
      'echarts',
      'electron-store',
      'exceljs',
      'pdfmake',
      'proper-lockfile',
      'yaml',
      'zod',
    ]);
  });
});
