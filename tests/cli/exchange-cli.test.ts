// mamori export / import / validate on export files, as an auditor scripting a batch would use them.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { workspaceWithAssessment } from '../support/exchange';
import { snapshotFolder } from '../support/snapshot';
import { removeDir, tempDir } from '../support/temp';
import { builtInCatalogsDir, testHandlers } from '../support/workspace';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

async function mamori(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd(), env }, { version: '9.9.9', catalogsDir: builtInCatalogsDir });
  return { code, stdout, stderr };
}

describe('mamori export and import', () => {
  it('exports an assessment and imports it into another folder, as JSON output', async () => {
    const source = workspaceWithAssessment();
    const target = tempDir();
    const out = path.join(tempDir(), 'a.mamori');
    dirs.push(source.dataDir, target, path.dirname(out));
    testHandlers(target);

    const exported = await mamori(['export', source.assessment.id, '--data-dir', source.dataDir, '-o', out, '--json']);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ ok: true, file: out });

    const validated = await mamori(['validate', out, '--json']);
    expect(JSON.parse(validated.stdout)).toEqual({ ok: true, kind: 'export', assessment: source.assessment.id, title: '2026年度 自己点検', answers: 3, evidence: 2 });

    const imported = await mamori(['import', out, '--data-dir', target, '--json']);
    expect(imported.code).toBe(0);
    const { assessment } = JSON.parse(imported.stdout);
    expect(assessment.title).toBe('2026年度 自己点検');
    expect((await testHandlers(target).handlers.getAssessment({ id: assessment.id })).answers).toEqual(source.assessment.answers);
  });

  it('encrypts with a passphrase from an environment variable, and needs it back', async () => {
    const source = workspaceWithAssessment();
    const out = path.join(tempDir(), 'secret.mamori');
    dirs.push(source.dataDir, path.dirname(out));
    const env = { MAMORI_PASS: 'long enough passphrase' };
    expect((await mamori(['export', source.assessment.id, '--data-dir', source.dataDir, '-o', out, '--passphrase-env', 'MAMORI_PASS'], env)).code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 10).toString()).toBe('MAMORI-PWD');
    expect(await mamori(['validate', out])).toMatchObject({ code: 1, stderr: expect.stringMatching(/is encrypted: enter the passphrase/) });
    expect(await mamori(['validate', out, '--passphrase-env', 'WRONG'], { WRONG: 'not the passphrase' })).toMatchObject({ code: 1, stderr: 'mamori validate: The passphrase is not correct.\n' });
    expect((await mamori(['validate', out, '--passphrase-env', 'MAMORI_PASS'], env)).code).toBe(0);
    expect(await mamori(['validate', out, '--passphrase-env', 'UNSET'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/UNSET named by --passphrase-env is not set/) });
  });

  it('refuses a damaged file with exit 1 and one line, and leaves the folder alone', async () => {
    const target = tempDir();
    const bad = path.join(tempDir(), 'bad.mamori');
    dirs.push(target, path.dirname(bad));
    testHandlers(target);
    fs.writeFileSync(bad, '{"format":"mamori-export","formatVersion":1,"__proto__":{}}');
    const before = snapshotFolder(target);
    const result = await mamori(['import', bad, '--data-dir', target]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('mamori import: bad.mamori is refused: line 1, at (top level): the key "__proto__" is not allowed\n');
    expect(snapshotFolder(target)).toEqual(before);
  });

  it('says what is missing on wrong usage (exit 2)', async () => {
    expect((await mamori(['export', 'abcdefgh12345678', '-o', 'x.mamori'])).code).toBe(2);
    expect((await mamori(['export', 'abcdefgh12345678', '--data-dir', '/tmp'])).stderr).toMatch(/-o <file> is required/);
    expect((await mamori(['import'])).code).toBe(2);
  });

  it('refuses a folder that is not a Mamori data folder', async () => {
    const empty = tempDir();
    dirs.push(empty);
    expect(await mamori(['import', 'x.mamori', '--data-dir', empty])).toMatchObject({ code: 1, stderr: expect.stringMatching(/is not a Mamori data folder/) });
  });
});
