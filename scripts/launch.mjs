#!/usr/bin/env node
// `npm start` and `npm run dev`: make sure the Electron binary is there, then start the app with it.
//
// Electron (since 45) no longer downloads its binary when it is installed: the download happens the first
// time it is needed, through the package's own install.js (which honours ELECTRON_MIRROR, proxies through
// HTTPS_PROXY, electron_config_cache and ELECTRON_OVERRIDE_DIST_PATH). electron-vite's own launcher only
// looks for the finished download, so a fresh machine would fail with "Electron uninstall". This script
// runs the download first and, if it cannot happen, says what failed and what to do, in one paragraph.
//
//   node scripts/launch.mjs start   the built app (npm start builds it first)
//   node scripts/launch.mjs dev     electron-vite's development server with hot reload
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// MAMORI_ELECTRON_PACKAGE lets the tests point at a copy of the electron package; users never set it.
const electronPackage = process.env.MAMORI_ELECTRON_PACKAGE ?? path.dirname(require.resolve('electron/package.json'));
const japanese = /^ja/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '');

class CannotInstall extends Error {}

/** The Electron executable, downloading it first when it is missing. Throws CannotInstall with the reason. */
function ensureElectron() {
  const pathFile = path.join(electronPackage, 'path.txt');
  const recorded = () => (fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = path.join(override, recorded() || (process.platform === 'win32' ? 'electron.exe' : 'electron'));
    if (!fs.existsSync(binary)) throw new CannotInstall(`ELECTRON_OVERRIDE_DIST_PATH is set, but ${binary} does not exist`);
    return binary;
  }
  const installed = recorded() && fs.existsSync(path.join(electronPackage, 'dist', recorded()));
  if (!installed) {
    process.stderr.write(japanese ? 'Electron の実行ファイルをダウンロードしています（初回のみ）…\n' : 'Downloading the Electron binary (first start only)…\n');
    // install.js prints a stack trace when it fails; keep its output and say it in words instead.
    const result = spawnSync(process.execPath, [path.join(electronPackage, 'install.js')], { cwd: electronPackage, encoding: 'utf8', env: process.env });
    if (result.status !== 0) throw new CannotInstall(firstLine(result.stderr || result.stdout || String(result.error ?? 'unknown error')), { cause: 'download' });
  }
  const binary = recorded() ? path.join(electronPackage, 'dist', recorded()) : '';
  if (!binary || !fs.existsSync(binary)) throw new CannotInstall('the download finished but left no executable');
  return binary;
}

/** The one line of an error that says what happened (not the stack). */
function firstLine(text) {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('at ') && !/^node:internal/.test(l));
  const error = lines.find((l) => /error|fail|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|HTTP/i.test(l)) ?? lines[0] ?? 'unknown error';
  return error.replace(/^(Error|RequestError|HTTPError):\s*/, '').slice(0, 300);
}

/** Why the download host cannot be reached, in words (install.js only says "fetch failed"). */
async function whyUnreachable() {
  const mirror = process.env.ELECTRON_MIRROR || process.env.npm_config_electron_mirror || 'https://github.com/electron/electron/releases/download/';
  try {
    const response = await fetch(mirror, { method: 'HEAD', signal: AbortSignal.timeout(8000) });
    return `${mirror} answered HTTP ${response.status}`;
  } catch (error) {
    const code = error?.cause?.code ?? error?.code ?? error?.name;
    const words = {
      ECONNREFUSED: japanese ? '接続が拒否されました' : 'the connection was refused',
      ENOTFOUND: japanese ? 'ホスト名を解決できません' : 'the host name could not be resolved',
      EAI_AGAIN: japanese ? 'ホスト名を解決できません' : 'the host name could not be resolved',
      ETIMEDOUT: japanese ? '接続がタイムアウトしました' : 'the connection timed out',
      UND_ERR_CONNECT_TIMEOUT: japanese ? '接続がタイムアウトしました' : 'the connection timed out',
      TimeoutError: japanese ? '接続がタイムアウトしました' : 'the connection timed out',
      ECONNRESET: japanese ? '接続が切断されました' : 'the connection was reset',
    }[code];
    return `${mirror}: ${words ?? error?.cause?.message ?? error?.message ?? 'unreachable'}`;
  }
}

function explain(reason) {
  const version = JSON.parse(fs.readFileSync(path.join(electronPackage, 'package.json'), 'utf8')).version;
  const text = japanese
    ? `Mamori を起動できませんでした。Electron ${version} の実行ファイルがインストールされておらず、ダウンロードもできませんでした（${reason}）。` +
      'プロキシを使うネットワークでは HTTPS_PROXY=http://プロキシ:ポート を、ミラーからダウンロードするには ELECTRON_MIRROR=https://ミラー/electron/ を設定して、もう一度 npm start を実行してください。' +
      'ダウンロードが途中で止まった場合は、rm -rf node_modules/electron && npm install で Electron を入れ直してください。'
    : `Mamori could not start: the Electron ${version} binary is not installed and could not be downloaded (${reason}). ` +
      'Behind a proxy, set HTTPS_PROXY=http://proxy:port; to download from a mirror, set ELECTRON_MIRROR=https://your-mirror/electron/; then run npm start again. ' +
      'If a download was interrupted, reinstall Electron with rm -rf node_modules/electron && npm install.';
  process.stderr.write(`\n${text}\n`);
}

/** Runs a child with the terminal, passing on Ctrl+C and exiting with its code. */
function run(command, args, env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    explain(error.message);
    process.exit(1);
  });
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const mode = process.argv[2] ?? 'start';
let electron;
try {
  electron = ensureElectron();
} catch (error) {
  const reason = error instanceof CannotInstall ? error.message : String(error);
  explain(error instanceof CannotInstall && error.cause === 'download' && /fetch failed|network|ECONN|ENOTFOUND/i.test(reason) ? await whyUnreachable() : reason);
  process.exit(1);
}
if (mode === 'dev') {
  // electron-vite finds Electron through ELECTRON_EXEC_PATH before looking for its own download.
  run(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'dev'], { ...process.env, ELECTRON_EXEC_PATH: electron });
} else {
  const main = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).main;
  if (!fs.existsSync(path.join(root, main))) {
    process.stderr.write(japanese ? `${main} がありません。先に npm run build を実行してください。\n` : `${main} is missing: run npm run build first.\n`);
    process.exit(1);
  }
  // Electron starts the app in this folder: package.json's "main" is the built main process.
  run(electron, [root], process.env);
}
