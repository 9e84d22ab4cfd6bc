// A damaged file never loses the user's work silently: it is moved aside, the latest good backup put back,
// and the user told where the damaged file is. A file from a newer app is refused and left untouched.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { removeDir } from '../support/temp';
import { testHandlers } from '../support/workspace';
import { details, newAssessment } from '../support/profiles';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

async function assessmentWithAnswers() {
  const t = testHandlers();
  dirs.push(t.dataDir);
  const org = await t.handlers.createOrganisation(details('さくら商事'));
  const summary = await t.handlers.createAssessment(newAssessment(org.id, 'FY2026', ['appi-safeguards']));
  // Restart (the app backs up every assessment when it opens), answer, and restart again: two backups,
  // the older without the answer, the newer with it.
  const second = testHandlers(t.dataDir);
  const answer = { status: 'implemented' as const, note: '基本方針を掲示済み', reason: '', alternative: '', flagged: false, evidence: [] };
  await second.handlers.saveAnswer({ assessmentId: summary.id, key: 'appi-safeguards/APPI-BP-01', answer });
  const third = testHandlers(t.dataDir);
  return { ...third, id: summary.id, file: path.join(t.dataDir, 'assessments', `${summary.id}.json`) };
}

const damage: [string, (file: string) => void][] = [
  ['truncated', (f) => fs.writeFileSync(f, fs.readFileSync(f, 'utf8').slice(0, 100))],
  ['zero-length', (f) => fs.writeFileSync(f, '')],
  ['garbage', (f) => fs.writeFileSync(f, Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x7b, 0x0a]))],
  ['wrong-schema', (f) => fs.writeFileSync(f, JSON.stringify({ schemaVersion: 2, hello: 'world' }))],
];

describe('recovery of a damaged assessment file', () => {
  it.each(damage)('restores the latest good backup of a %s file, keeps the original and says so', async (_kind, breakFile) => {
    const { dataDir, id, file } = await assessmentWithAnswers();
    const damagedBytes = (breakFile(file), fs.readFileSync(file));

    const after = testHandlers(dataDir);
    const assessment = await after.handlers.getAssessment({ id });
    expect(assessment.answers['appi-safeguards/APPI-BP-01']?.note).toBe('基本方針を掲示済み');

    const notices = await after.handlers.listNotices({});
    const recovered = notices.find((n) => n.kind === 'recovered');
    expect(recovered).toMatchObject({ kind: 'recovered', file });
    if (recovered?.kind !== 'recovered') throw new Error('no notice');
    expect(recovered.quarantinedTo).toMatch(/quarantine/);
    expect(fs.readFileSync(recovered.quarantinedTo!)).toEqual(damagedBytes);
    expect(fs.readdirSync(path.join(dataDir, 'quarantine'))).toHaveLength(1);
  });

  it('never resets to empty: without a good backup the assessment is refused with a message, the file kept', async () => {
    const { dataDir, id, file } = await assessmentWithAnswers();
    fs.rmSync(path.join(dataDir, 'backups', id), { recursive: true });
    fs.writeFileSync(file, '{"schemaVersion": 2, "id": "tru');
    const after = testHandlers(dataDir);
    const result = await dispatch(after.handlers, 'getAssessment', { id });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/could not be read .* no readable backup exists\. The damaged file was kept at .*quarantine/);
    expect((await after.handlers.listNotices({}))[0]).toMatchObject({ kind: 'unrecoverable' });
    // The other data is still there, and the assessment is still listed.
    expect(await after.handlers.listAssessments({})).toHaveLength(1);
  });

  it('skips a damaged backup and uses the next good one', async () => {
    const { handlers, dataDir, id, file } = await assessmentWithAnswers();
    const backups = await handlers.listBackups({ assessmentId: id });
    expect(backups.length).toBe(2);
    fs.writeFileSync(path.join(dataDir, 'backups', id, backups[0]!.name), 'garbage');
    fs.writeFileSync(file, '');
    const after = testHandlers(dataDir);
    const assessment = await after.handlers.getAssessment({ id });
    expect(assessment.title).toBe('FY2026');
    expect(assessment.answers).toEqual({}); // the older backup, taken before the answer
    const notice = (await after.handlers.listNotices({})).find((n) => n.kind === 'recovered');
    expect(notice && 'restoredFrom' in notice ? notice.restoredFrom : null).toBe(backups[1]!.name);
  });

  it('rebuilds the index from the assessment files when the index and its backups are gone', async () => {
    const { dataDir, id } = await assessmentWithAnswers();
    fs.writeFileSync(path.join(dataDir, 'index.json'), 'not json');
    fs.rmSync(path.join(dataDir, 'backups', 'index'), { recursive: true, force: true });
    const after = testHandlers(dataDir);
    expect((await after.handlers.listAssessments({})).map((a) => a.id)).toEqual([id]);
    expect((await after.handlers.listOrganisations({}))[0]?.name).toMatch(/Recovered organisation/);
    expect((await after.handlers.listNotices({})).map((n) => n.kind)).toContain('unrecoverable');
  });

  it('refuses a file written by a newer Mamori and leaves it byte for byte', async () => {
    const { dataDir, id, file } = await assessmentWithAnswers();
    const newer = { ...JSON.parse(fs.readFileSync(file, 'utf8')), schemaVersion: 99, futureField: true };
    fs.writeFileSync(file, JSON.stringify(newer));
    const before = fs.readFileSync(file);
    const after = testHandlers(dataDir);
    const result = await dispatch(after.handlers, 'getAssessment', { id });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/newer version of Mamori \(file format 99; this app reads up to 3\)/) });
    const save = await dispatch(after.handlers, 'saveAnswer', {
      assessmentId: id,
      key: 'appi-safeguards/APPI-BP-02',
      answer: { status: 'implemented' },
    });
    expect(save.ok).toBe(false);
    expect(fs.readFileSync(file)).toEqual(before);
    expect(fs.existsSync(path.join(dataDir, 'quarantine'))).toBe(false);
  });
});

describe('an index from a newer Mamori', () => {
  it('stops the folder from opening, with a message, and is left byte for byte', async () => {
    const { dataDir } = await assessmentWithAnswers();
    const indexFile = path.join(dataDir, 'index.json');
    fs.writeFileSync(indexFile, JSON.stringify({ ...JSON.parse(fs.readFileSync(indexFile, 'utf8')), schemaVersion: 7 }));
    const before = fs.readFileSync(indexFile);
    expect(() => testHandlers(dataDir)).toThrow(/saved by a newer version of Mamori \(file format 7; this app reads up to 2\)/);
    expect(fs.readFileSync(indexFile)).toEqual(before);
    expect(fs.existsSync(path.join(dataDir, 'quarantine'))).toBe(false);
  });
});

describe('migration on open', () => {
  it('upgrades a version 1 file, after backing it up, and tells the user', async () => {
    const t = testHandlers();
    dirs.push(t.dataDir);
    const org = await t.handlers.createOrganisation(details('A'));
    const v1 = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/migrations/assessment-v1.json'), 'utf8'));
    v1.organisationId = org.id;
    fs.writeFileSync(path.join(t.dataDir, 'assessments', `${v1.id}.json`), JSON.stringify(v1));
    t.workspace.index.update((index) => ({
      ...index,
      assessments: [{ id: v1.id, organisationId: org.id, title: v1.title, status: 'draft', copyOf: null, catalogs: v1.catalogs, progress: { answered: 0, applicable: 0, score: null }, createdAt: v1.createdAt, updatedAt: v1.updatedAt }],
    }));
    const after = testHandlers(t.dataDir);
    const assessment = await after.handlers.getAssessment({ id: v1.id });
    expect(assessment.schemaVersion).toBe(3);
    // Version 1 answered the scoping questions with booleans: now yes / no, and My Numbers "not sure".
    expect(assessment.profile).toMatchObject({ usesContractors: v1.profile.usesContractors ? 'yes' : 'no', handlesMyNumbers: 'unsure' });
    expect(assessment.answers['appi-safeguards/APPI-BP-01']?.note).toBe(v1.answers['appi-safeguards/APPI-BP-01'].note);
    expect(JSON.parse(fs.readFileSync(path.join(t.dataDir, 'assessments', `${v1.id}.json`), 'utf8')).schemaVersion).toBe(3);
    const backups = await after.handlers.listBackups({ assessmentId: v1.id });
    expect(backups.map((b) => b.reason)).toContain('before-migration');
    const old = backups.find((b) => b.reason === 'before-migration')!;
    expect(JSON.parse(fs.readFileSync(path.join(t.dataDir, 'backups', v1.id, old.name), 'utf8')).schemaVersion).toBe(1);
    expect(await after.handlers.listNotices({})).toContainEqual(expect.objectContaining({ kind: 'migrated', fromVersion: 1, toVersion: 3 }));
  });
});

describe('backups', () => {
  it('restores a backup and undoes the restore', async () => {
    const { handlers, id } = await assessmentWithAnswers();
    const backups = await handlers.listBackups({ assessmentId: id });
    const beforeAnswer = backups.at(-1)!; // the oldest: taken before the answer
    const { undo } = await handlers.restoreBackup({ assessmentId: id, backupName: beforeAnswer.name });
    expect((await handlers.getAssessment({ id })).answers).toEqual({});
    expect(undo?.reason).toBe('before-restore');
    await handlers.restoreBackup({ assessmentId: id, backupName: undo!.name });
    expect((await handlers.getAssessment({ id })).answers['appi-safeguards/APPI-BP-01']?.status).toBe('implemented');
  });

  it('refuses to restore a damaged backup and changes nothing', async () => {
    const { handlers, dataDir, id, file } = await assessmentWithAnswers();
    const [backup] = await handlers.listBackups({ assessmentId: id });
    fs.writeFileSync(path.join(dataDir, 'backups', id, backup!.name), '{"trunc');
    const before = fs.readFileSync(file);
    const result = await dispatch(handlers, 'restoreBackup', { assessmentId: id, backupName: backup!.name });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/damaged/) });
    expect(fs.readFileSync(file)).toEqual(before);
  });

  it('keeps the newest 10 and one per day for 7 days', async () => {
    let clock = Date.parse('2026-11-01T09:00:00Z');
    const { backupSet } = await import('../../electron/services/storage/backups');
    const dir = path.join(testHandlers().dataDir, 'b');
    dirs.push(path.dirname(dir));
    const source = path.join(path.dirname(dir), 'source.json');
    fs.writeFileSync(source, '{}');
    const set = backupSet(dir, () => new Date(clock));
    for (let day = 0; day < 10; day += 1) {
      for (let i = 0; i < 5; i += 1) {
        set.take(source, 'periodic');
        clock += 60_000;
      }
      clock += 24 * 60 * 60 * 1000;
    }
    const kept = set.list();
    const days = new Set(kept.map((b) => b.takenAt.slice(0, 10)));
    expect(kept.length).toBeLessThanOrEqual(10 + 7);
    expect(kept.slice(0, 5).every((b) => b.takenAt.startsWith(kept[0]!.takenAt.slice(0, 10)))).toBe(true);
    expect(days.size).toBe(7);
  });
});
