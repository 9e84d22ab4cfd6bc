// Saving one answer: must not slow down as the data folder grows (1 vs 100 assessments, measured in the
// same run), and must not write much more than the one assessment file it changes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Handlers } from '../electron/ipc/contract';
import { dispatch } from '../electron/ipc/dispatch';
import { createHandlers } from '../electron/services/handlers';
import { openSession, type Session } from '../electron/services/session';
import { builtInCatalogs, report, reportTiming, time } from './harness';
import { details, newAssessment } from '../tests/support/profiles';

const sessions = new Map<string, Session>();

/** Opens the folder as the app does (lock included), closing any earlier session on it first. */
function open(dir: string): Handlers {
  sessions.get(dir)?.close();
  const session = openSession(dir, { initialLanguage: 'ja', builtInCatalogs: builtInCatalogs(), program: 'the benchmark' });
  sessions.set(dir, session);
  return createHandlers({ session, appVersion: 'bench', now: () => new Date(), openLink: async () => {} });
}

/** A data folder with `count` fully answered assessments (both checklists, a note on every item). */
async function folderWith(count: number): Promise<{ dir: string; handlers: Handlers; id: string; keys: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `mamori-bench-${count}-`));
  let handlers = open(dir);
  const org = await handlers.createOrganisation(details('Bench'));
  // The editions a new assessment pins: the newest of each (every edition is shipped).
  const shipped = builtInCatalogs();
  const keys = shipped
    .filter((c) => (c.id === 'appi-safeguards' || c.id === 'pms-controls') && !shipped.some((o) => o.id === c.id && o.version > c.version))
    .flatMap((c) => c.domains.flatMap((d) => d.items.map((i) => `${c.id}/${i.id}`)));
  let id = '';
  for (let a = 0; a < count; a += 1) {
    const summary = await handlers.createAssessment(newAssessment(org.id, `Assessment ${a}`, ['appi-safeguards', 'pms-controls']));
    id = summary.id;
    for (const key of keys) {
      await handlers.saveAnswer({
        assessmentId: id,
        key: key as `${string}/${string}`,
        answer: { status: 'partial', note: '担当者が月1回確認し、記録を総務の共有フォルダに保管している。', reason: '', alternative: '', flagged: false, evidence: [] },
      });
    }
  }
  handlers = open(dir); // a fresh start, as the user would have it
  return { dir, handlers, id, keys };
}

function bytesWrittenSoFar(): number | null {
  try {
    const match = /wchar:\s*(\d+)/.exec(fs.readFileSync('/proc/self/io', 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

export async function benchStorage(): Promise<void> {
  const small = await folderWith(1);
  const large = await folderWith(100);
  try {
    let n = 0;
    const save = (f: typeof small) => () =>
      dispatch(f.handlers, 'saveAnswer', {
        assessmentId: f.id,
        key: f.keys[n++ % f.keys.length],
        answer: { status: n % 2 ? 'implemented' : 'partial', note: `benchmark save ${n}` },
      });
    const one = await time(save(small), 300, 10);
    const hundred = await time(save(large), 300, 10);
    reportTiming('storage.save_answer.1_assessment', one);
    reportTiming('storage.save_answer.100_assessments', hundred);
    report('storage.save_answer.100_vs_1.median_ratio', hundred.median / one.median, 'x');
    report('storage.save_answer.100_vs_1.p95_ratio', hundred.p95 / one.p95, 'x');

    const fileSize = fs.statSync(path.join(large.dir, 'assessments', `${large.id}.json`)).size;
    const before = bytesWrittenSoFar();
    const runs = 100;
    for (let i = 0; i < runs; i += 1) await save(large)();
    const after = bytesWrittenSoFar();
    report('storage.assessment_file', fileSize, 'bytes');
    if (before !== null && after !== null) {
      const perSave = (after - before) / runs;
      report('storage.bytes_written_per_save', perSave, 'bytes');
      report('storage.bytes_written_per_save_vs_file', perSave / fileSize, 'x');
    } else {
      console.log('bench storage.bytes_written_per_save unavailable (no /proc/self/io)');
    }
  } finally {
    for (const session of sessions.values()) session.close();
    sessions.clear();
    fs.rmSync(small.dir, { recursive: true, force: true });
    fs.rmSync(large.dir, { recursive: true, force: true });
  }
}
