// Moving an assessment answered against the first editions to the current ones, through the IPC handlers on a
// real data folder: new assessments get the newest editions; the preview says what changes and writes nothing;
// the move takes a backup first, rewrites only the pins and keeps every answer (those of retired items too);
// restoring that backup undoes it; a stale preview, an up-to-date assessment and a locked folder are refused;
// an encrypted folder stays encrypted; and an exported moved assessment imports elsewhere with nothing lost.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Assessment, scoreAssessment, scoreQuickCheck } from '../../assessments';
import type { ChannelName } from '../../electron/ipc/channels';
import { call, refusal } from '../support/channels';
import { details, newAssessment, smallCompany } from '../support/profiles';
import { removeDir, tempDir } from '../support/temp';
import { testHandlers } from '../support/workspace';

const fixture = path.resolve(import.meta.dirname, '../fixtures/editions/v1-assessment.mamori');
const PASSPHRASE = '春の小川はさらさら行くよ';
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

type Test = ReturnType<typeof testHandlers>;

/** The code of a refusal. */
const refused = async (t: Test, channel: ChannelName, input: unknown): Promise<string> => (await refusal(t, channel, input)).code;

/** A data folder holding the version 1 fixture, imported as a user would (file dialog, then import). */
async function folderWithV1(dataDir = tempDir()) {
  dirs.push(dataDir);
  let file = fixture;
  const t = testHandlers(dataDir, { chooseImportPath: async () => file, chooseExportPath: async (name) => path.join(dataDir, '..', `${path.basename(dataDir)}-${name}`) });
  const chosen = await call(t, 'chooseImportFile', {});
  if (!chosen.chosen) throw new Error('no file');
  const imported = await call(t, 'importAssessment', { token: chosen.token, mode: 'copy' });
  const id = imported.assessment.id;
  return { t, id, read: () => t.workspace.assessments.read(id), setImportFile: (f: string) => (file = f) };
}

const pins = (a: Assessment) => a.catalogs.map((c) => `${c.id}@${c.version}`);

describe('new assessments', () => {
  it('get the newest edition of each catalog, while every edition stays listed and loadable', async () => {
    const t = testHandlers();
    dirs.push(t.dataDir);
    const org = await call(t, 'createOrganisation', details('新規株式会社'));
    const created = await call(t, 'createAssessment', newAssessment(org.id, '新しい点検', ['appi-safeguards', 'pms-controls', 'quick-check']));
    expect(created.catalogs).toEqual([
      { id: 'appi-safeguards', version: 2 },
      { id: 'pms-controls', version: 2 },
      { id: 'quick-check', version: 2 },
    ]);
    const all = await call(t, 'listCatalogs', { all: true });
    expect(all.map((c) => `${c.id}@${c.version}`).sort()).toEqual(['appi-safeguards@1', 'appi-safeguards@2', 'pms-controls@1', 'pms-controls@2', 'quick-check@1', 'quick-check@2']);
    expect((await call(t, 'listCatalogs', {})).map((c) => c.version)).toEqual([2, 2, 2]);
    expect((await call(t, 'getCatalog', { id: 'pms-controls', version: 1 })).version).toBe(1);
    // Up to date: nothing to move, and a move is refused.
    expect((await call(t, 'previewEditionMove', { assessmentId: created.id })).comparisons).toEqual([]);
    expect(await refused(t, 'moveToEditions', { assessmentId: created.id, editions: [{ id: 'pms-controls', version: 2 }] })).toBe('edition.up-to-date');
  });
});

describe('moving a version 1 assessment to the current editions', () => {
  it('previews the changes per catalog, with the changelog, and writes nothing', async () => {
    const { t, id, read } = await folderWithV1();
    const file = t.workspace.assessments.document(id).path;
    const before = fs.readFileSync(file);
    const backupsBefore = await call(t, 'listBackups', { assessmentId: id });
    const preview = await call(t, 'previewEditionMove', { assessmentId: id });
    expect(preview.comparisons.map((c) => `${c.catalogId} ${c.from}→${c.to}`)).toEqual(['appi-safeguards 1→2', 'pms-controls 1→2', 'quick-check 1→2']);
    const [appi, pms, quick] = preview.comparisons;
    expect(appi!.added.map((i) => i.id)).toEqual(Array.from({ length: 29 }, (_, n) => `APPI-MYN-${String(n + 1).padStart(2, '0')}`));
    // The fixture's business handles My Numbers: the new items apply to it.
    expect(appi!.added.every((i) => i.applies && !i.answered)).toBe(true);
    expect(appi!.retired).toEqual([]);
    expect(pms!.added.map((i) => i.id).sort()).toEqual(['PMS-ACQ-14', 'PMS-ACQ-15', 'PMS-ACQ-16', 'PMS-MGT-15', 'PMS-MGT-16', 'PMS-MGT-17', 'PMS-MGT-18', 'PMS-PLAN-11', 'PMS-PLAN-12', 'PMS-PROV-18', 'PMS-RIGHTS-14', 'PMS-SUP-17']);
    expect(pms!.retired.map((i) => i.id).sort()).toEqual(['PMS-ACQ-11', 'PMS-PROV-04']);
    expect(pms!.reworded.map((i) => i.id)).toEqual(['PMS-CTX-03', 'PMS-CTX-04', 'PMS-CTX-05', 'PMS-CTX-06', 'PMS-SUP-13']);
    expect(pms!.reworded[0]!.before.ja).toMatch(/内部向け/);
    expect(pms!.reworded[0]!.after.ja).not.toMatch(/内部向け/);
    // The quick check keeps its 25 ids; one question changed only its wording (ホームページ → ウェブサイト, the glossary term).
    expect(quick!.added.length + quick!.retired.length).toBe(0);
    expect(quick!.reworded.map((i) => i.id)).toEqual(['QC-ORG-05']);
    // Answers carry over by id: every answered item the new edition still asks.
    const answered = Object.entries(read().answers).filter(([, a]) => a.status !== 'unanswered').map(([k]) => k);
    const retiredAnswered = answered.filter((k) => k === 'pms-controls/PMS-PROV-04' || k === 'pms-controls/PMS-ACQ-11');
    expect(preview.comparisons.reduce((n, c) => n + c.carried, 0)).toBe(answered.length - retiredAnswered.length);
    expect(pms!.noLongerApply.map((i) => `${i.id} ${i.why}`).sort()).toEqual(retiredAnswered.map((k) => `${k.split('/')[1]} retired`).sort());
    for (const c of preview.comparisons) expect(c.changelog.map((v) => v.version), c.catalogId).toEqual([2]);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(await call(t, 'listBackups', { assessmentId: id })).toEqual(backupsBefore);
  });

  it('backs up first, then rewrites only the pins: every answer is kept, retired ones too, and the scores use the new editions', async () => {
    const { t, id, read } = await folderWithV1();
    const before = read();
    const result = await call(t, 'moveToEditions', { assessmentId: id, editions: [{ id: 'appi-safeguards', version: 2 }, { id: 'pms-controls', version: 2 }, { id: 'quick-check', version: 2 }] });
    expect(result.backup.reason).toBe('before-edition-change');
    expect(result.moved).toEqual([
      { id: 'appi-safeguards', from: 1, to: 2 },
      { id: 'pms-controls', from: 1, to: 2 },
      { id: 'quick-check', from: 1, to: 2 },
    ]);
    const after = read();
    expect(pins(after)).toEqual(['appi-safeguards@2', 'pms-controls@2', 'quick-check@2']);
    const { catalogs: _a, updatedAt: _b, ...rest } = after;
    const { catalogs: _c, updatedAt: _d, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
    expect(after.answers['pms-controls/PMS-PROV-04']).toEqual(before.answers['pms-controls/PMS-PROV-04']);
    // The backup holds the assessment as it was, and the list says why it was taken.
    expect((await call(t, 'listBackups', { assessmentId: id })).find((b) => b.name === result.backup.name)?.reason).toBe('before-edition-change');
    // The home screen's line follows at once, scored against the new editions.
    const editions = after.catalogs.map((p) => t.catalogs.getVersion(p.id, p.version));
    const line = (await call(t, 'listAssessments', {})).find((a) => a.id === id)!;
    expect(line.catalogs).toEqual(after.catalogs);
    expect(line.progress.score).toBe(scoreAssessment(editions, after.answers, after.profile).overall.score);
    expect(result.assessment).toEqual(line);
    // The quick check's "not applicable" now scores 4 points (version 2's rule); in version 1 it scored nothing.
    const quickV1 = scoreQuickCheck(t.catalogs.getVersion('quick-check', 1), after.answers);
    const quickV2 = scoreQuickCheck(t.catalogs.getVersion('quick-check', 2), after.answers);
    const na = Object.entries(after.answers).filter(([k, a]) => k.startsWith('quick-check/') && a.status === 'not-applicable').length;
    expect(na).toBeGreaterThan(0);
    expect(quickV2.total - quickV1.total).toBe(4 * na);
    expect(quickV2.answered - quickV1.answered).toBe(na);
  });

  it('is undone by restoring the backup it took, and can then be done again', async () => {
    const { t, id, read } = await folderWithV1();
    const file = t.workspace.assessments.document(id).path;
    const original = fs.readFileSync(file);
    const editions = [{ id: 'appi-safeguards', version: 2 }, { id: 'pms-controls', version: 2 }, { id: 'quick-check', version: 2 }];
    const moved = await call(t, 'moveToEditions', { assessmentId: id, editions });
    const undone = await call(t, 'restoreBackup', { assessmentId: id, backupName: moved.backup.name });
    expect(undone.undo?.reason).toBe('before-restore');
    expect(fs.readFileSync(file).equals(original)).toBe(true);
    expect(pins(read())).toEqual(['appi-safeguards@1', 'pms-controls@1', 'quick-check@1']);
    expect((await call(t, 'listAssessments', {})).find((a) => a.id === id)!.catalogs.map((c) => c.version)).toEqual([1, 1, 1]);
    await call(t, 'moveToEditions', { assessmentId: id, editions });
    expect(pins(read())).toEqual(['appi-safeguards@2', 'pms-controls@2', 'quick-check@2']);
    // A restart keeps it.
    t.close();
    const again = testHandlers(t.dataDir);
    expect(pins(again.workspace.assessments.read(id))).toEqual(['appi-safeguards@2', 'pms-controls@2', 'quick-check@2']);
    again.close();
  });

  it('refuses a move that is not exactly what the preview showed, and changes nothing', async () => {
    const { t, id } = await folderWithV1();
    const file = t.workspace.assessments.document(id).path;
    const before = fs.readFileSync(file);
    expect(await refused(t, 'moveToEditions', { assessmentId: id, editions: [{ id: 'pms-controls', version: 2 }] })).toBe('edition.changed');
    expect(await refused(t, 'moveToEditions', { assessmentId: id, editions: [{ id: 'appi-safeguards', version: 3 }, { id: 'pms-controls', version: 2 }, { id: 'quick-check', version: 2 }] })).toBe('edition.changed');
    expect(await refused(t, 'moveToEditions', { assessmentId: id, editions: [] })).toBe('ipc.invalid-input');
    expect(await refused(t, 'moveToEditions', { assessmentId: 'nosuchassessmnt', editions: [{ id: 'pms-controls', version: 2 }] })).toBe('assessment.none');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('keeps an encrypted folder encrypted, backup included, and is refused while the folder is locked', async () => {
    const { t, id } = await folderWithV1();
    await call(t, 'enableEncryption', { passphrase: PASSPHRASE });
    const editions = [{ id: 'appi-safeguards', version: 2 }, { id: 'pms-controls', version: 2 }, { id: 'quick-check', version: 2 }];
    t.close();
    const locked = testHandlers(t.dataDir);
    expect(await refused(locked, 'previewEditionMove', { assessmentId: id })).toBe('folder.locked');
    expect(await refused(locked, 'moveToEditions', { assessmentId: id, editions })).toBe('folder.locked');
    await call(locked, 'unlock', { passphrase: PASSPHRASE });
    const moved = await call(locked, 'moveToEditions', { assessmentId: id, editions });
    const file = locked.workspace.assessments.document(id).path;
    for (const stored of [fs.readFileSync(file, 'utf8'), fs.readFileSync(locked.workspace.assessments.document(id).backups.path(moved.backup.name), 'utf8')]) {
      expect(stored).not.toContain('pms-controls');
      expect(stored).not.toContain('当社には該当しないため');
    }
    expect(pins(locked.workspace.assessments.read(id))).toEqual(['appi-safeguards@2', 'pms-controls@2', 'quick-check@2']);
    locked.close();
  });

  it('exports and imports elsewhere with the answers to retired items kept', async () => {
    const { t, id, read } = await folderWithV1();
    await call(t, 'moveToEditions', { assessmentId: id, editions: [{ id: 'appi-safeguards', version: 2 }, { id: 'pms-controls', version: 2 }, { id: 'quick-check', version: 2 }] });
    const exported = await call(t, 'exportAssessment', { assessmentId: id });
    if (!exported.saved) throw new Error('not saved');
    dirs.push(exported.file);
    const other = await folderWithV1();
    other.setImportFile(exported.file);
    const chosen = await call(other.t, 'chooseImportFile', {});
    if (!chosen.chosen) throw new Error('no file');
    const imported = await call(other.t, 'importAssessment', { token: chosen.token, mode: 'copy' });
    const copy = other.t.workspace.assessments.read(imported.assessment.id);
    expect(pins(copy)).toEqual(['appi-safeguards@2', 'pms-controls@2', 'quick-check@2']);
    expect(copy.answers).toEqual(read().answers);
    expect(Object.keys(copy.answers)).toContain('pms-controls/PMS-PROV-04');
  });
});

describe('an assessment of a business without My Numbers', () => {
  it('is told the 29 My Number items do not apply to it', async () => {
    const t = testHandlers();
    dirs.push(t.dataDir);
    const org = await call(t, 'createOrganisation', details('番号なし株式会社'));
    const created = await call(t, 'createAssessment', newAssessment(org.id, '点検', ['appi-safeguards'], { ...smallCompany, handlesMyNumbers: 'no' }));
    // Pin it to version 1, as an assessment made before version 2 shipped would be.
    const a = t.workspace.assessments.read(created.id);
    t.workspace.assessments.write({ ...a, catalogs: [{ id: 'appi-safeguards', version: 1 }] });
    const [appi] = (await call(t, 'previewEditionMove', { assessmentId: created.id })).comparisons;
    expect(appi!.added).toHaveLength(29);
    expect(appi!.added.filter((i) => i.applies)).toEqual([]);
  });
});
