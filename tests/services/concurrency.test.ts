// Two Mamori processes on one data folder, for real: two `mamori import` runs started at the same moment,
// and an import started while another process is saving answers. One writer at a time holds the folder;
// the other stops at once, exit 1, saying who holds it. Afterwards every import that exited 0 is in the
// index and every acknowledged save is in its file — 20 rounds of each.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportOf, workspaceWithAssessment } from '../support/exchange';
import { removeDir, tempDir } from '../support/temp';
import { testHandlers } from '../support/workspace';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'bin/mamori.mjs');
const saverScript = path.join(root, 'tests/workers/save-answers.ts');
const dirs: string[] = [];
let exportFile = '';
afterAll(() => dirs.forEach(removeDir));

type Exit = { code: number | null; stdout: string; stderr: string };

function run(args: string[], options: { delayMs?: number; env?: NodeJS.ProcessEnv; onLine?: (line: string) => void } = {}): Promise<Exit> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      let pending = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        pending += chunk.toString('utf8');
        let newline: number;
        while ((newline = pending.indexOf('\n')) >= 0) {
          options.onLine?.(pending.slice(0, newline));
          pending = pending.slice(newline + 1);
        }
      });
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    }, options.delayMs ?? 0);
  });
}

const importInto = (dir: string, delayMs = 0) => run([cli, 'import', exportFile, '--data-dir', dir, '--json'], { delayMs });
const importedId = (exit: Exit) => (JSON.parse(exit.stdout) as { assessment: { id: string } }).assessment.id;
const indexIds = (dir: string) => (JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as { assessments: { id: string }[] }).assessments.map((a) => a.id);

beforeAll(() => {
  const source = workspaceWithAssessment();
  dirs.push(source.dataDir);
  exportFile = path.join(tempDir(), 'audit.mamori');
  dirs.push(path.dirname(exportFile));
  fs.writeFileSync(exportFile, JSON.stringify(exportOf(source)));
  source.close();
});

describe('two writers on one data folder', () => {
  it('refuses the app (here: the answer saver) while an import holds the folder, and the import while the app holds it', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    dirs.push(dir);
    const holder = testHandlers(dir);
    holder.workspace.index.update((i) => i); // the folder exists and is held
    const saver = await run(['--import', 'tsx', saverScript, dir, '10']);
    expect(saver.code).toBe(1);
    expect(saver.stderr).toMatch(/refused: The data folder .* is in use by a test \(process \d+ on .*, since .*\)/);
    const imported = await importInto(dir);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toMatch(/is in use by a test \(process \d+/);
    holder.close();
    expect((await importInto(dir)).code).toBe(0);
  });

  it('two imports started together: each either lands in the index or is refused with exit 1, 20 rounds', { timeout: 240_000 }, async () => {
    const dir = tempDir();
    dirs.push(dir);
    testHandlers(dir).close();
    const landed: string[] = [];
    let refusals = 0;
    for (let round = 0; round < 20; round += 1) {
      const results = await Promise.all([importInto(dir), importInto(dir, round % 5)]);
      for (const result of results) {
        if (result.code === 0) landed.push(importedId(result));
        else {
          expect(result.code, result.stderr).toBe(1);
          expect(result.stderr).toMatch(/is in use by mamori import \(process \d+ on .*\)\. Close it, or wait for it to finish, then try again\. Nothing was changed\./);
          refusals += 1;
        }
      }
      expect(results.some((r) => r.code === 0), `round ${round}: one of the two imports must land`).toBe(true);
    }
    expect(indexIds(dir).sort()).toEqual([...landed].sort());
    console.log(`concurrency: two imports at once, 20 rounds: ${landed.length} landed, ${refusals} refused with a message, 0 lost`);
  });

  it('an import while another process saves answers: acknowledged saves and landed imports all stay, 20 rounds', { timeout: 300_000 }, async () => {
    const dir = tempDir();
    dirs.push(dir);
    const landed: string[] = [];
    const acknowledged = new Map<string, number>();
    let assessmentId = '';
    let refusedImports = 0;
    let refusedSavers = 0;
    for (let round = 0; round < 20; round += 1) {
      const acks = new Map<string, number>();
      // Odd rounds: the import starts while the saver holds the folder. Even rounds: the import starts first
      // (the saver takes a second to start), so the saver is the one refused.
      let startImport: () => void = () => undefined;
      const importing = new Promise<Exit>((resolve) => (startImport = () => void importInto(dir).then(resolve)));
      if (round % 2 === 0) startImport();
      const saved = await run(['--import', 'tsx', saverScript, dir, '200'], {
        env: { MAMORI_PROGRAM: 'the answer saver', MAMORI_SAVE_PAUSE_MS: round % 2 === 1 ? '8' : '0' },
        onLine: (line) => {
          const [word, n, key] = line.split(' ');
          if (word === 'ready') {
            assessmentId = n!;
            if (round % 2 === 1) startImport();
          }
          if (word === 'ack' && key) acks.set(key, Number(n));
        },
      });
      if (round % 2 === 1 && saved.code !== 0) startImport();
      const imported = await importing;
      if (imported.code === 0) landed.push(importedId(imported));
      else {
        expect(imported.code, imported.stderr).toBe(1);
        expect(imported.stderr).toMatch(/is in use by the answer saver \(process \d+/);
        refusedImports += 1;
      }
      if (saved.code === 0) for (const [key, n] of acks) acknowledged.set(key, n);
      else {
        expect(saved.code, saved.stderr).toBe(1);
        expect(saved.stderr).toMatch(/refused: The data folder .* is in use by mamori import/);
        refusedSavers += 1;
      }
    }
    const after = testHandlers(dir);
    const ids = (await after.handlers.listAssessments({})).map((a) => a.id);
    for (const id of landed) expect(ids).toContain(id);
    const saved = await after.handlers.getAssessment({ id: assessmentId });
    for (const [key, n] of acknowledged) expect(saved.answers[key]?.note, key).toBe(`save ${n}`);
    after.close();
    console.log(
      `concurrency: import while saving, 20 rounds: ${landed.length} imports landed, ${refusedImports} refused; ${20 - refusedSavers} savers ran (${acknowledged.size} answers acknowledged), ${refusedSavers} refused; 0 lost`,
    );
    expect(landed.length + refusedImports).toBe(20);
    // Imports that started while the saver held the folder were refused, not merged in.
    expect(refusedImports).toBeGreaterThan(0);
  });
});
