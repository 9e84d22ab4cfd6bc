// Export and import: one .mamori file carries an assessment with everything in it; importing it as a copy or
// in place gives back every field; an encrypted export needs its own passphrase.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { exportOf, workspaceWithAssessment } from '../support/exchange';
import { snapshotFolder } from '../support/snapshot';
import { removeDir, tempDir } from '../support/temp';
import { testHandlers } from '../support/workspace';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

async function exportToFile(passphrase?: string) {
  const outDir = tempDir();
  dirs.push(outDir);
  const file = path.join(outDir, 'out.mamori');
  const source = workspaceWithAssessment(undefined, { chooseExportPath: async () => file });
  dirs.push(source.dataDir);
  const result = await source.handlers.exportAssessment({ assessmentId: source.assessment.id, ...(passphrase ? { passphrase } : {}) });
  expect(result).toMatchObject({ saved: true, file });
  return { file, source };
}

async function importInto(file: string, mode: 'copy' | 'replace', dataDir = tempDir(), passphrase?: string) {
  dirs.push(dataDir);
  return importWith(testHandlers(dataDir, { chooseImportPath: async () => file }), mode, passphrase);
}

async function importWith(target: ReturnType<typeof testHandlers>, mode: 'copy' | 'replace', passphrase?: string) {
  const chosen = await target.handlers.chooseImportFile({});
  if (!chosen.chosen) throw new Error('not chosen');
  const result = await dispatch(target.handlers, 'importAssessment', { token: chosen.token, mode, ...(passphrase ? { passphrase } : {}) });
  return { target, result, chosen };
}

describe('export', () => {
  it('writes one file with the organisation, catalogs, answers, notes and evidence', async () => {
    const { file, source } = await exportToFile();
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(doc).toMatchObject({ format: 'mamori-export', formatVersion: 2, organisation: { name: 'さくら商事株式会社' } });
    expect(doc.assessment).toEqual(source.assessment);
    expect(doc.catalogs).toEqual([
      { id: 'appi-safeguards', version: 1, source: 'built-in' },
      { id: 'quick-check', version: 1, source: 'built-in' },
    ]);
    expect(Buffer.from(doc.evidence[0].data, 'base64').toString('utf8')).toMatch(/基本方針|教育記録/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('does nothing when the user cancels the save dialog', async () => {
    const source = workspaceWithAssessment();
    dirs.push(source.dataDir);
    const t = testHandlers(source.dataDir, { chooseExportPath: async () => null });
    expect(await t.handlers.exportAssessment({ assessmentId: source.assessment.id })).toEqual({ saved: false });
  });

  it('names the file after the title without unsafe characters', async () => {
    const { suggestedExportName } = await import('../../electron/services/exchange/export-file');
    expect(suggestedExportName('../a/b:c*?"<>|\u0001', '2026-04-01T00:00:00Z')).toBe('_a_b_c_______ 2026-04-01.mamori');
  });
});

describe('import', () => {
  it('as a new copy gives back every field under a new id', async () => {
    const { file, source } = await exportToFile();
    const { target, result } = await importInto(file, 'copy');
    if (!result.ok) throw new Error(result.error);
    const summary = (result.value as { assessment: { id: string } }).assessment;
    expect(summary.id).not.toBe(source.assessment.id);
    const imported = await target.handlers.getAssessment({ id: summary.id });
    const { id: _a, createdAt: _b, updatedAt: _c, copyOf, ...rest } = imported;
    const { id: _d, createdAt: _e, updatedAt: _f, copyOf: _g, ...original } = source.assessment;
    expect(rest).toEqual(original);
    // Until renamed, the copy says it is one.
    expect(copyOf).toMatchObject({ title: source.assessment.title });
    expect(await target.handlers.listOrganisations({})).toEqual([source.org]);
    for (const hash of Object.keys(imported.evidence)) expect(target.workspace.vault.get(hash)).toEqual(source.workspace.vault.get(hash));
  });

  it('in place replaces the assessment after a backup, and the backup can bring it back', async () => {
    const { file, source } = await exportToFile();
    source.workspace.assessments.write({ ...source.assessment, title: 'changed locally', answers: {} });
    const { target, result } = await importInto(file, 'replace', source.dataDir);
    expect(result.ok).toBe(true);
    const replaced = await target.handlers.getAssessment({ id: source.assessment.id });
    expect(replaced).toEqual(source.assessment);
    const backups = await target.handlers.listBackups({ assessmentId: source.assessment.id });
    expect(backups.map((b) => b.reason)).toContain('before-import');
    expect((await target.handlers.listAssessments({})).find((a) => a.id === source.assessment.id)?.title).toBe('2026年度 自己点検');
  });

  it('refuses "replace" when there is nothing to replace, changing nothing', async () => {
    const { file } = await exportToFile();
    const dataDir = tempDir();
    dirs.push(dataDir);
    const target = testHandlers(dataDir, { chooseImportPath: async () => file });
    const before = snapshotFolder(dataDir);
    const { result } = await importWith(target, 'replace');
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/no assessment with this id here to replace/) });
    expect(snapshotFolder(dataDir)).toEqual(before);
  });

  it('previews what a file holds before importing', async () => {
    const { file } = await exportToFile();
    const dataDir = tempDir();
    dirs.push(dataDir);
    const t = testHandlers(dataDir, { chooseImportPath: async () => file });
    const chosen = await t.handlers.chooseImportFile({});
    if (!chosen.chosen) throw new Error('not chosen');
    expect(chosen).toMatchObject({ fileName: 'out.mamori', encrypted: false });
    expect(await t.handlers.previewImport({ token: chosen.token })).toMatchObject({
      title: '2026年度 自己点検',
      organisation: 'さくら商事株式会社',
      answers: 3,
      evidence: 2,
      assessmentExists: false,
    });
  });
});

describe('encrypted exports', () => {
  it('need their passphrase, and refuse a wrong one without changing anything', async () => {
    const { file, source } = await exportToFile('夏の海 correct horse');
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 10).toString()).toBe('MAMORI-PWD');
    expect(bytes.includes(Buffer.from('掲示済み'))).toBe(false);
    expect(bytes.includes(Buffer.from('さくら商事'))).toBe(false);

    const dataDir = tempDir();
    dirs.push(dataDir);
    const target = testHandlers(dataDir, { chooseImportPath: async () => file });
    const before = snapshotFolder(dataDir);
    const noPass = await importWith(target, 'copy');
    expect(noPass.chosen).toMatchObject({ encrypted: true });
    expect(noPass.result).toMatchObject({ ok: false, error: expect.stringMatching(/is encrypted: enter the passphrase/) });
    const wrong = await importWith(target, 'copy', 'wrong passphrase');
    expect(wrong.result).toMatchObject({ ok: false, error: 'The passphrase is not correct.' });
    expect(snapshotFolder(dataDir)).toEqual(before);

    const right = await importWith(target, 'copy', '夏の海 correct horse');
    expect(right.result.ok).toBe(true);
    const [summary] = await right.target.handlers.listAssessments({});
    expect((await right.target.handlers.getAssessment({ id: summary!.id })).answers).toEqual(source.assessment.answers);
  });

  it('refuse a short passphrase', async () => {
    const source = workspaceWithAssessment();
    dirs.push(source.dataDir);
    const t = testHandlers(source.dataDir, { chooseExportPath: async () => path.join(source.dataDir, 'x.mamori') });
    const result = await dispatch(t.handlers, 'exportAssessment', { assessmentId: source.assessment.id, passphrase: 'short' });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/passphrase: must be at least 8 characters/) });
  });
});

describe('the export document', () => {
  it('is what buildExport produces for the assessment', () => {
    const source = workspaceWithAssessment();
    dirs.push(source.dataDir);
    expect(exportOf(source).evidence).toHaveLength(2);
  });
});
