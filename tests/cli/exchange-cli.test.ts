// mamori export / import / validate on export files, as an auditor scripting a batch would use them — against
// plain and encrypted data folders, folders another process holds, and files that must be refused. Whatever
// is refused leaves the data folder byte for byte as it was.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeyFile } from '../../electron/services/crypto';
import { mamori } from '../support/cli';
import { exportOf, workspaceWithAssessment } from '../support/exchange';
import { snapshotFolder } from '../support/snapshot';
import { removeDir, tempDir } from '../support/temp';
import { testHandlers, testSession } from '../support/workspace';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));
const temp = () => {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
};

/** A data folder holding one assessment, closed (as after the app quit), and an export of it. */
async function exported(options: { encrypted?: string } = {}) {
  const source = workspaceWithAssessment();
  dirs.push(source.dataDir);
  if (options.encrypted) await source.handlers.enableEncryption({ passphrase: options.encrypted });
  const file = path.join(temp(), 'a.mamori');
  fs.writeFileSync(file, JSON.stringify(exportOf(source)));
  source.close();
  return { source, file };
}

const PASS = 'long enough passphrase';
const env = { MAMORI_PASS: PASS };

describe('mamori export and import', () => {
  it('exports an assessment and imports it into a folder that does not exist yet, which becomes a data folder', async () => {
    const { source } = await exported();
    const out = path.join(temp(), 'out.mamori');
    const target = path.join(temp(), 'new-audit-folder');

    const before = snapshotFolder(source.dataDir);
    const result = await mamori(['export', source.assessment.id, '--data-dir', source.dataDir, '-o', out, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, file: out, sealed: false });
    // A reader: no backup, no clean-up, nothing written in the folder.
    expect(snapshotFolder(source.dataDir)).toEqual(before);

    const validated = await mamori(['validate', out, '--json']);
    expect(JSON.parse(validated.stdout)).toEqual({ ok: true, kind: 'export', assessment: source.assessment.id, title: '2026年度 自己点検', answers: 3, evidence: 2 });

    const imported = await mamori(['import', out, '--data-dir', target, '--json']);
    expect(imported.code).toBe(0);
    const { assessment } = JSON.parse(imported.stdout);
    expect(assessment.title).toBe('2026年度 自己点検');
    const reopened = testHandlers(target);
    expect((await reopened.handlers.getAssessment({ id: assessment.id })).answers).toEqual(source.assessment.answers);
    reopened.close();
  });

  it('seals an export with a passphrase from an environment variable, and needs it back', async () => {
    const { source } = await exported();
    const out = path.join(temp(), 'secret.mamori');
    expect((await mamori(['export', source.assessment.id, '--data-dir', source.dataDir, '-o', out, '--passphrase-env', 'MAMORI_PASS'], { env })).code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 10).toString()).toBe('MAMORI-PWD');
    expect(await mamori(['validate', out])).toMatchObject({ code: 1, stderr: expect.stringMatching(/is encrypted: enter the passphrase/) });
    expect(await mamori(['validate', out, '--passphrase-env', 'WRONG'], { env: { WRONG: 'not the passphrase' } })).toMatchObject({
      code: 1,
      stderr: 'mamori validate: The passphrase is not correct.\n',
    });
    expect((await mamori(['validate', out, '--passphrase-env', 'MAMORI_PASS'], { env })).code).toBe(0);
    expect(await mamori(['validate', out, '--passphrase-env', 'UNSET'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/UNSET named by --passphrase-env is not set/) });
  });

  it('refuses a damaged file with exit 1 and one line, and leaves the folder alone', async () => {
    const target = temp();
    testHandlers(target).close();
    const bad = path.join(temp(), 'bad.mamori');
    fs.writeFileSync(bad, '{"format":"mamori-export","formatVersion":1,"__proto__":{}}');
    const before = snapshotFolder(target);
    const result = await mamori(['import', bad, '--data-dir', target]);
    expect(result).toMatchObject({ code: 1, stderr: 'mamori import: bad.mamori is refused: line 1, at (top level): the key "__proto__" is not allowed\n' });
    expect((await mamori(['import', bad, '--data-dir', target, '--lang', 'ja'])).stderr).toBe(
      'mamori import: bad.mamori は取り込めません：1 行目、（最上位）：キー「__proto__」は使用できません\n',
    );
    expect(snapshotFolder(target)).toEqual(before);
  });

  it('leaves no folder behind when an import into a new folder is refused', async () => {
    const { file } = await exported();
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    doc.assessment.answers['appi-safeguards/APPI-ZZZ-99'] = { ...doc.assessment.answers['appi-safeguards/APPI-BP-01'], evidence: [] };
    fs.writeFileSync(file, JSON.stringify(doc));
    const target = path.join(temp(), 'never-created');
    expect((await mamori(['import', file, '--data-dir', target])).stderr).toMatch(/which catalog "appi-safeguards" v1 does not have/);
    expect(fs.existsSync(target)).toBe(false);
  });

  it('says what is missing on wrong usage (exit 2)', async () => {
    expect((await mamori(['export', 'abcdefgh12345678', '-o', 'x.mamori'])).code).toBe(2);
    expect((await mamori(['export', 'abcdefgh12345678', '--data-dir', '/tmp'])).stderr).toMatch(/-o is required/);
    expect((await mamori(['import'])).code).toBe(2);
  });

  it('refuses a folder that is something else, and touches nothing in it', async () => {
    const { file } = await exported();
    const other = temp();
    fs.writeFileSync(path.join(other, 'holiday-photo.jpg'), 'not mamori');
    const before = snapshotFolder(other);
    expect(await mamori(['import', file, '--data-dir', other])).toMatchObject({ code: 1, stderr: expect.stringMatching(/is not a Mamori data folder/) });
    expect(snapshotFolder(other)).toEqual(before);
  });

  it('imports an organisation whose id is taken here by another name as a new organisation, and says so', async () => {
    const { file, source } = await exported();
    const target = temp();
    const here = testHandlers(target);
    here.workspace.index.update((i) => ({ ...i, organisations: [{ ...source.org, name: '別の会社' }] }));
    here.close();
    const result = await mamori(['import', file, '--data-dir', target]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/already used here by "別の会社"; the assessment was imported under a new organisation "さくら商事株式会社"/);
    const after = testHandlers(target);
    const organisations = await after.handlers.listOrganisations({});
    expect(organisations.map((o) => o.name).sort()).toEqual(['さくら商事株式会社', '別の会社']);
    const [imported] = await after.handlers.listAssessments({});
    expect(organisations.find((o) => o.id === imported!.organisationId)?.name).toBe('さくら商事株式会社');
    after.close();
  });

  it('lets refused imports rotate away no backup: an earlier --replace can still be undone', async () => {
    const { file, source } = await exported();
    const target = temp();
    expect((await mamori(['import', file, '--data-dir', target])).code).toBe(0);
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    // The copy got a new id: replace that one.
    const [copy] = await (async () => {
      const t = testHandlers(target);
      const list = await t.handlers.listAssessments({});
      t.close();
      return list;
    })();
    doc.assessment.id = copy!.id;
    doc.assessment.answers['appi-safeguards/APPI-BP-01'].note = 'replaced';
    fs.writeFileSync(file, JSON.stringify(doc));
    expect((await mamori(['import', file, '--data-dir', target, '--replace'])).code).toBe(0);
    const afterReplace = snapshotFolder(target);
    doc.assessment.answers['appi-safeguards/APPI-ZZZ-99'] = { ...doc.assessment.answers['appi-safeguards/APPI-BP-01'], evidence: [] };
    fs.writeFileSync(file, JSON.stringify(doc));
    for (let i = 0; i < 11; i += 1) expect((await mamori(['import', file, '--data-dir', target, '--replace'])).code).toBe(1);
    expect(snapshotFolder(target)).toEqual(afterReplace);
    expect(fs.readdirSync(path.join(target, 'backups', copy!.id)).some((n) => n.includes('before-import'))).toBe(true);
    void source;
  });
});

describe('mamori and an encrypted data folder', () => {
  it('needs the passphrase to import, and then writes only sealed files', async () => {
    const { file } = await exported();
    const { source: encrypted } = await exported({ encrypted: PASS });
    const before = snapshotFolder(encrypted.dataDir);

    expect(await mamori(['import', file, '--data-dir', encrypted.dataDir])).toMatchObject({ code: 1, stderr: expect.stringMatching(/is encrypted: give its passphrase with --passphrase-env/) });
    expect(await mamori(['import', file, '--data-dir', encrypted.dataDir, '--passphrase-env', 'WRONG'], { env: { WRONG: 'wrong passphrase!' } })).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/passphrase is not correct/),
    });
    expect(snapshotFolder(encrypted.dataDir)).toEqual(before);

    const imported = await mamori(['import', file, '--data-dir', encrypted.dataDir, '--passphrase-env', 'MAMORI_PASS', '--json'], { env });
    expect(imported.code).toBe(0);
    const { assessment } = JSON.parse(imported.stdout);
    // Nothing in plain text, nothing quarantined, the old assessment still there.
    for (const name of fs.readdirSync(path.join(encrypted.dataDir, 'assessments'))) {
      expect(fs.readFileSync(path.join(encrypted.dataDir, 'assessments', name), 'utf8').startsWith('MAMORI-ENC')).toBe(true);
    }
    for (const hash of fs.readdirSync(path.join(encrypted.dataDir, 'evidence'))) {
      expect(fs.readFileSync(path.join(encrypted.dataDir, 'evidence', hash)).subarray(0, 10).toString()).toBe('MAMORI-ENC');
    }
    expect(fs.existsSync(path.join(encrypted.dataDir, 'quarantine'))).toBe(false);
    const session = testSession(encrypted.dataDir);
    await session.unlock(PASS);
    const ids = session.workspace().index.read().assessments.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining([encrypted.assessment.id, assessment.id]));
    expect(session.workspace().assessments.read(assessment.id).answers['appi-safeguards/APPI-BP-01']!.note).toBe('掲示済み');
    session.close();
  });

  it('exports only with the passphrase, sealed, and writes nothing in the folder', async () => {
    const { source } = await exported({ encrypted: PASS });
    const out = path.join(temp(), 'out.mamori');
    const before = snapshotFolder(source.dataDir);
    expect(await mamori(['export', source.assessment.id, '--data-dir', source.dataDir, '-o', out])).toMatchObject({ code: 1, stderr: expect.stringMatching(/is encrypted/) });
    expect((await mamori(['export', source.assessment.id, '--data-dir', source.dataDir, '-o', out, '--passphrase-env', 'MAMORI_PASS'], { env })).code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 10).toString()).toBe('MAMORI-PWD');
    expect(snapshotFolder(source.dataDir)).toEqual(before);
  });

  it('stops with a clear message, moving nothing, when encryption.json is missing', async () => {
    const { source } = await exported({ encrypted: PASS });
    const { file } = await exported();
    fs.rmSync(path.join(source.dataDir, 'encryption.json'));
    const before = snapshotFolder(source.dataDir);
    for (const argv of [
      ['import', file, '--data-dir', source.dataDir],
      ['export', source.assessment.id, '--data-dir', source.dataDir, '-o', path.join(temp(), 'x.mamori')],
    ]) {
      expect(await mamori(argv)).toMatchObject({ code: 1, stderr: expect.stringMatching(/holds encrypted files but its key file \(encryption\.json\) is missing/) });
    }
    expect(() => testSession(source.dataDir)).toThrow(/key file \(encryption\.json\) is missing/);
    expect(snapshotFolder(source.dataDir)).toEqual(before);
  });

  it('stops with a clear message, moving nothing, when encryption.json belongs elsewhere or is not one', async () => {
    const { source } = await exported({ encrypted: PASS });
    const keyFile = path.join(source.dataDir, 'encryption.json');
    // Another folder's key file, made with the same passphrase: it unlocks, but opens none of these files.
    fs.writeFileSync(keyFile, JSON.stringify((await createKeyFile(PASS)).header));
    const before = snapshotFolder(source.dataDir);
    const out = path.join(temp(), 'x.mamori');
    expect(await mamori(['export', source.assessment.id, '--data-dir', source.dataDir, '-o', out, '--passphrase-env', 'MAMORI_PASS'], { env })).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/is not a Mamori key file \(it was changed or damaged/),
    });
    const session = testSession(source.dataDir);
    await expect(session.unlock(PASS)).rejects.toThrow(/is not a Mamori key file/);
    session.close();
    fs.writeFileSync(keyFile, '{"hello": "world"}');
    expect((await mamori(['export', source.assessment.id, '--data-dir', source.dataDir, '-o', out, '--passphrase-env', 'MAMORI_PASS'], { env })).stderr).toMatch(/is not a Mamori key file/);
    // Nothing but the key file we replaced ourselves differs: no file was moved, quarantined or rewritten.
    const { 'encryption.json': _after, ...after } = snapshotFolder(source.dataDir);
    const { 'encryption.json': _before, ...unchanged } = before;
    expect(after).toEqual(unchanged);
  });
});

describe('one writer per data folder', () => {
  it('refuses an import while the app holds the folder, naming who holds it, and changes nothing', async () => {
    const { file } = await exported();
    const target = temp();
    const app = testSession(target, { program: 'the Mamori app' });
    const before = snapshotFolder(target);
    const result = await mamori(['import', file, '--data-dir', target]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`is in use by the Mamori app \\(process ${process.pid} on .*, since .*\\)\\. Close it, or wait for it to finish, then try again\\. Nothing was changed\\.`));
    expect(snapshotFolder(target)).toEqual(before);
    app.close();
    expect((await mamori(['import', file, '--data-dir', target])).code).toBe(0);
  });

  it('refuses a second app on the same folder', () => {
    const dir = temp();
    const first = testSession(dir, { program: 'the Mamori app' });
    expect(() => testSession(dir, { keepOthers: true })).toThrow(/is in use by the Mamori app/);
    first.close();
    testSession(dir).close();
  });

  it('removes only temporary files whose writer is certainly gone', async () => {
    const dir = temp();
    testSession(dir).close();
    const fresh = path.join(dir, 'index.json.tmp-1a2b3c');
    const old = path.join(dir, 'assessments', 'abcdefgh12345678.json.tmp-9f8e7d');
    fs.writeFileSync(fresh, '{"half');
    fs.writeFileSync(old, '{"half');
    const twoMinutesAgo = new Date(Date.now() - 2 * 60_000);
    fs.utimesSync(old, twoMinutesAgo, twoMinutesAgo);
    const t = testHandlers(dir);
    expect(fs.existsSync(fresh)).toBe(true);
    expect(fs.existsSync(old)).toBe(false);
    expect(await t.handlers.listNotices({})).toEqual([expect.objectContaining({ kind: 'temp-files-removed', count: 1 })]);
    t.close();
  });
});
