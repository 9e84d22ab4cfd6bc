// The README's first command, `npm install && npm start`, on a fresh machine: `npm start` builds the app,
// makes sure the Electron binary is there through Electron's own downloader, and launches it on the built
// app. No Electron binary runs on these machines, so a stand-in records what it was started with; and with
// no binary and the download unreachable, `npm start` stops with one clear paragraph — no stack trace.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDir, tempDir } from '../support/temp';

const root = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

function npmStart(env: NodeJS.ProcessEnv) {
  return spawnSync('npm', ['start'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 240_000 });
}

/** A port on 127.0.0.1 where nothing listens. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A copy of the electron package as a fresh install leaves it: no binary downloaded yet. */
function freshElectronPackage(): string {
  const dir = path.join(tempDir(), 'electron');
  dirs.push(path.dirname(dir));
  fs.mkdirSync(dir);
  const source = path.join(root, 'node_modules/electron');
  for (const file of ['package.json', 'index.js', 'install.js', 'checksums.json', 'cli.js']) fs.copyFileSync(path.join(source, file), path.join(dir, file));
  // install.js resolves its downloader from the project's node_modules, as it would inside it.
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

describe('npm start', () => {
  it('builds the app and launches Electron on it', { timeout: 300_000 }, () => {
    const stand = tempDir();
    dirs.push(stand);
    const record = path.join(stand, 'launched.json');
    const binary = path.join(stand, 'electron');
    fs.writeFileSync(binary, `#!/usr/bin/env node\nrequire('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({ args: process.argv.slice(2), cwd: process.cwd() }));\n`, { mode: 0o755 });
    const started = Date.now();
    const result = npmStart({ ELECTRON_OVERRIDE_DIST_PATH: stand });
    expect(result.status, result.stderr).toBe(0);
    const launched = JSON.parse(fs.readFileSync(record, 'utf8')) as { args: string[]; cwd: string };
    expect(launched.args).toEqual([root]);
    // Electron starts package.json's "main": the main process this very run has just built.
    const main = path.join(root, JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).main as string);
    expect(main).toBe(path.join(root, 'out/main/index.js'));
    expect(fs.statSync(main).mtimeMs).toBeGreaterThanOrEqual(started - 1000);
    for (const built of ['out/preload/index.cjs', 'out/renderer/index.html', 'out/main/catalog-worker.js', 'out/catalogs/built-in.json']) {
      expect(fs.existsSync(path.join(root, built)), built).toBe(true);
    }
  });

  it('stops with one clear paragraph when the binary is missing and cannot be downloaded', { timeout: 120_000 }, async () => {
    const port = await closedPort();
    const cache = tempDir();
    dirs.push(cache);
    const result = spawnSync(process.execPath, [path.join(root, 'scripts/launch.mjs'), 'start'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, MAMORI_ELECTRON_PACKAGE: freshElectronPackage(), ELECTRON_MIRROR: `http://127.0.0.1:${port}/`, electron_config_cache: cache, LANG: 'en_GB.UTF-8' },
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`Mamori could not start: the Electron`);
    expect(result.stderr).toContain(`http://127.0.0.1:${port}/: the connection was refused`);
    expect(result.stderr).toMatch(/set HTTPS_PROXY=.*ELECTRON_MIRROR=.*rm -rf node_modules\/electron && npm install/s);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).not.toContain('Electron uninstall');
  });

  it('is what the README tells a new user to run, and `npm run dev` goes the same way', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.scripts.start).toBe('npm run build && node scripts/launch.mjs start');
    expect(pkg.scripts.dev).toMatch(/node scripts\/launch\.mjs dev$/);
    expect(fs.readFileSync(path.join(root, 'README.md'), 'utf8')).toContain('npm install && npm start');
  });
});
