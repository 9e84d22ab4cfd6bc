#!/usr/bin/env node
// Runs Doyensec's electronegativity over the main-process and preload sources and the built renderer page, and
// fails on any HIGH or MEDIUM finding that is not in the reviewed list. (The tool itself exits 0 whatever it
// finds, so its CSV output is read here.) Its parser predates current TypeScript syntax, so each source file
// is first transpiled on its own with esbuild — file by file, not bundled, so names such as `BrowserWindow`
// stay as written and its checks can see them. `npm run build` comes first in `npm test`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'out');
for (const part of ['renderer/index.html']) {
  if (!fs.existsSync(path.join(out, part))) {
    console.error(`security: ${path.join(out, part)} is missing; run "npm run build" first`);
    process.exit(2);
  }
}

const scan = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-eneg-'));
for (const folder of ['electron/main', 'electron/preload', 'electron/ipc']) {
  for (const name of fs.readdirSync(path.join(root, folder))) {
    if (!name.endsWith('.ts')) continue;
    const source = fs.readFileSync(path.join(root, folder, name), 'utf8');
    const { code } = transformSync(source, { loader: 'ts', format: 'esm', target: 'es2020', sourcefile: name });
    fs.mkdirSync(path.join(scan, folder), { recursive: true });
    fs.writeFileSync(path.join(scan, folder, name.replace(/\.ts$/, '.js')), code);
  }
}
fs.copyFileSync(path.join(out, 'renderer/index.html'), path.join(scan, 'index.html'));
fs.copyFileSync(path.join(root, 'package.json'), path.join(scan, 'package.json'));
const csv = path.join(scan, 'findings.csv');
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;

const run = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'), '-i', scan, '-o', csv, '-r', '-v', 'false', '-e', electronVersion],
  { encoding: 'utf8', timeout: 300_000 },
);
if (run.status !== 0 || !fs.existsSync(csv)) {
  console.error(`security: electronegativity did not run (exit ${run.status}):\n${run.stderr}\n${run.stdout}`);
  process.exit(1);
}

function parseCsvLine(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

const reviewed = JSON.parse(fs.readFileSync(path.join(root, 'tests/security/electronegativity-reviewed.json'), 'utf8')).reviewed;
const lines = fs.readFileSync(csv, 'utf8').split('\n').slice(1).filter((l) => l.trim() !== '');
const findings = lines.map((line) => {
  const [check, severity, confidence, file, location, sample] = parseCsvLine(line);
  return { check, severity, confidence, file, location, sample };
});
const blocking = findings.filter(
  (f) =>
    (f.severity === 'HIGH' || f.severity === 'MEDIUM') &&
    !reviewed.some((r) => r.check === f.check && r.sample === f.sample),
);
const waived = findings.filter((f) => reviewed.some((r) => r.check === f.check && r.sample === f.sample));
fs.rmSync(scan, { recursive: true, force: true });

for (const f of findings) {
  const mark = blocking.includes(f) ? 'FAIL' : waived.includes(f) ? 'reviewed' : 'info';
  console.log(`security: [${mark}] ${f.severity} ${f.check} ${f.file}:${f.location} ${f.sample}`);
}
if (blocking.length > 0) {
  console.error(`security: ${blocking.length} HIGH/MEDIUM electronegativity finding(s) — fix them, or review and justify in tests/security/electronegativity-reviewed.json`);
  process.exit(1);
}
console.log(`security: electronegativity found no unreviewed HIGH or MEDIUM issue (${findings.length} finding(s) in all, ${waived.length} reviewed)`);
