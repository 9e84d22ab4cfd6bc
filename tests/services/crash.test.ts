// Answers survive a crash: a process saving 1,000 answers is killed with SIGKILL at random moments, 20 times;
// afterwards every store file still parses and every save acknowledged before the kill is there.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDir, tempDir } from '../support/temp';
import { testHandlers } from '../support/workspace';

const worker = path.resolve(import.meta.dirname, '../workers/save-answers.ts');
const dataDir = tempDir('mamori-crash-');
afterAll(() => removeDir(dataDir));

type Run = { acks: Map<string, number>; killedAfter: number; finished: boolean };

function runAndKill(killAtMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', worker, dataDir, '1000'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acks = new Map<string, number>();
    let buffer = '';
    let stderr = '';
    let ackCount = 0;
    let finished = false;
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        const [word, n, key] = line.split(' ');
        if (word === 'ready') timer = setTimeout(() => child.kill('SIGKILL'), killAtMs);
        else if (word === 'ack' && key) {
          acks.set(key, Number(n));
          ackCount += 1;
        } else if (word === 'done') finished = true;
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`worker failed (${code}): ${stderr}`));
      else resolve({ acks, killedAfter: ackCount, finished });
    });
  });
}

function parseEveryStoreFile(): number {
  let files = 0;
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith('.json') || entry.name.endsWith('.bak')) {
        JSON.parse(fs.readFileSync(full, 'utf8'));
        files += 1;
      }
    }
  };
  visit(dataDir);
  return files;
}

describe('answers survive SIGKILL', () => {
  it('keeps every acknowledged save over 20 kills at random moments', { timeout: 600_000 }, async () => {
    const summary: string[] = [];
    for (let round = 0; round < 20; round += 1) {
      // Kill anywhere from just after start to well into the run (a run of 1,000 saves takes a few seconds).
      const killAt = Math.floor(Math.random() * 2500);
      const run = await runAndKill(killAt);
      summary.push(`${run.killedAfter}${run.finished ? '(done)' : ''}`);

      expect(fs.readdirSync(dataDir).filter((n) => n.includes('.tmp-'))).toEqual([]); // atomic writes only rename
      // Reopening removes leftovers from the kill, then everything must parse and hold every acknowledged save.
      // The killed writer's lock is taken over at once (its process is gone), as the app does after a crash.
      const { handlers, workspace, close } = testHandlers(dataDir);
      expect(workspace.notices.list().filter((n) => n.kind === 'recovered' || n.kind === 'unrecoverable')).toEqual([]);
      expect(parseEveryStoreFile()).toBeGreaterThan(1);
      const [assessment] = await handlers.listAssessments({});
      const stored = await handlers.getAssessment({ id: assessment!.id });
      for (const [key, n] of run.acks) {
        const note = stored.answers[key]?.note ?? '';
        const savedAs = Number(note.replace('save ', ''));
        // The acknowledged save, or a later one of the same item that was written before the kill.
        expect(savedAs, `${key}: acknowledged save ${n} lost (found "${note}")`).toBeGreaterThanOrEqual(n);
      }
      close();
    }
    console.log(`crash test: saves acknowledged before each of the 20 kills: ${summary.join(', ')}`);
  });
});
