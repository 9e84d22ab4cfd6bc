// mamori verify, as someone handed a signed-off .mamori file would use it: the shipped audit passes; a signed
// export passes until one byte of it changes, and then the command names the item and the part; a file never
// signed, a sealed file without its passphrase and a damaged file each get one clear line and exit 1.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ExportDocument, parseCatalogText, sealOf } from '../../assessments';
import { writeExportFile } from '../../electron/services/exchange/export-file';
import { auditExampleFile, loadCatalog } from '../../scripts/build-example';
import { mamori } from '../support/cli';
import { exportOf, workspaceWithAssessment } from '../support/exchange';
import { removeDir, tempDir } from '../support/temp';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));
const temp = () => {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
};

const PASS = 'long enough passphrase';
const names = { assessor: '監査 一郎', reviewer: '確認 花子', date: '2026-05-20' };
const BP01 = 'appi-safeguards/APPI-BP-01';
const PER01 = 'appi-safeguards/APPI-PER-01';

const titleOf = (catalogId: string, version: number, itemId: string) =>
  loadCatalog(catalogId, version).domains.flatMap((d) => d.items).find((i) => i.id === itemId)!.title;

/** The test company's assessment (answers, notes, evidence), with two verdicts and a sign-off, written as an export. */
async function signedExport(options: { passphrase?: string; signed?: boolean } = {}) {
  const source = workspaceWithAssessment();
  dirs.push(source.dataDir);
  const doc: ExportDocument = exportOf(source);
  source.close();
  const policy = doc.assessment.answers[BP01]!.evidence[0]!;
  doc.assessment.verdicts = {
    [BP01]: { code: 'conforming', comment: '掲示を確認した', evidenceChecked: [policy], updatedAt: '2026-05-19T01:00:00.000Z' },
    [PER01]: { code: 'minor-nonconformity', comment: '代替策の効果を確認していない', evidenceChecked: [], updatedAt: '2026-05-19T02:00:00.000Z' },
  };
  if (options.signed !== false) doc.assessment.signOff = await sealOf(doc.assessment, names, '2026-05-20T06:00:00.000Z');
  const file = path.join(temp(), 'signed.mamori');
  await writeExportFile(file, doc, options.passphrase);
  return { file, doc };
}

/** The file with its JSON edited (still valid JSON, still UTF-8). */
function edit(file: string, change: (doc: ExportDocument) => void): void {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as ExportDocument;
  change(doc);
  fs.writeFileSync(file, JSON.stringify(doc));
}

describe('mamori verify', () => {
  it('passes on the shipped audit example, printing its hash and who signed it', async () => {
    const doc = JSON.parse(fs.readFileSync(auditExampleFile, 'utf8')) as ExportDocument;
    const seal = doc.assessment.signOff!;
    const result = await mamori(['verify', auditExampleFile]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('The seal is intact');
    expect(result.stdout).toContain(`Content hash (SHA-256): ${seal.contentHash}`);
    expect(result.stdout).toContain(`by ${seal.assessor} (assessor) and ${seal.reviewer} (reviewer)`);
    expect(seal.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('passes on a freshly signed export, and fails when one byte of a note changes, naming the item and the note', async () => {
    const { file, doc } = await signedExport();
    const signedHash = doc.assessment.signOff!.contentHash;
    expect(await mamori(['verify', file])).toMatchObject({ code: 0, stdout: expect.stringContaining(signedHash) });

    // The note of APPI-BP-01 is 掲示済み; the last byte of み (E3 81 BF) becomes BE, and み becomes ま.
    const bytes = fs.readFileSync(file);
    const at = bytes.indexOf(Buffer.from('"note":"掲示済み"'));
    expect(at).toBeGreaterThan(0);
    const last = at + Buffer.byteLength('"note":"掲示済み') - 1;
    expect(bytes[last]).toBe(0xbf);
    bytes[last] = 0xbe;
    fs.writeFileSync(file, bytes);
    expect(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).assessment.answers[BP01].note).toBe('掲示済ま');

    const result = await mamori(['verify', file]);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`The seal is broken: ${file} has been changed since it was signed.`);
    expect(lines).toContain(`Hash signed: ${signedHash}`);
    const now = lines.find((l) => l.startsWith('Hash now:'))!.split(/\s+/).at(-1);
    expect(now).toMatch(/^[0-9a-f]{64}$/);
    expect(now).not.toBe(signedHash);
    // The one change, and nothing else: the item by id and title, and the part that changed.
    expect(lines.slice(lines.indexOf('What changed (1):') + 1).filter(Boolean)).toEqual([`  ${BP01} ${titleOf('appi-safeguards', 1, 'APPI-BP-01').en}: note`]);
    expect(result.stderr).toBe(`mamori verify: ${file} does not match its sign-off: 1 change(s) since it was signed\n`);
  });

  it('names the item and the verdict when a verdict\'s class is changed, in English and in Japanese', async () => {
    const { file } = await signedExport();
    edit(file, (doc) => {
      doc.assessment.verdicts![PER01]!.code = 'observation';
    });
    const title = titleOf('appi-safeguards', 1, 'APPI-PER-01');

    const en = await mamori(['verify', file]);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(`\n  ${PER01} ${title.en}: auditor's verdict\n`);
    expect(en.stdout).not.toContain(BP01);

    const ja = await mamori(['verify', file, '--lang', 'ja']);
    expect(ja.code).toBe(1);
    expect(ja.stdout).toContain(`封印が破られています：${file} は承認（サインオフ）の後に変更されています。`);
    expect(ja.stdout).toContain('変更された内容（1 件）：');
    expect(ja.stdout).toContain(`\n  ${PER01} ${title.ja}：監査の判定\n`);
    expect(ja.stderr).toBe(`mamori verify: ${file} は承認時の内容と一致しません（承認後の変更 1 件）\n`);
  });

  it('lists every part that changed: an answer and its evidence links, a new answer, the profile and the names', async () => {
    const { file } = await signedExport();
    edit(file, (doc) => {
      const a = doc.assessment;
      a.answers[BP01] = { ...a.answers[BP01]!, status: 'partial', evidence: [] };
      a.answers['appi-safeguards/APPI-BP-02'] = { status: 'implemented', note: '', reason: '', alternative: '', flagged: false, evidence: [], updatedAt: '2026-05-21T00:00:00.000Z' };
      a.profile = { ...a.profile, employees: 19 };
      a.signOff = { ...a.signOff!, reviewer: '別の人' };
    });
    const { code, stdout } = await mamori(['verify', file, '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).changes.map((c: { part: string; key?: string }) => [c.part, c.key ?? null])).toEqual([
      ['profile', null],
      ['sign-off', null],
      ['answer', BP01],
      ['evidence', BP01],
      ['item-added', 'appi-safeguards/APPI-BP-02'],
    ]);
    const text = (await mamori(['verify', file])).stdout;
    expect(text).toContain(`  ${BP01} ${titleOf('appi-safeguards', 1, 'APPI-BP-01').en}: answer (status, reason, alternative or flag); evidence links\n`);
    expect(text).toContain('  appi-safeguards/APPI-BP-02 ');
    expect(text).toContain('answered or judged after signing');
    expect(text).toContain('  the scoping answers (About your company)\n');
    expect(text).toContain('  the names or date of the sign-off\n');
  });

  it('says a file that was never signed has nothing to verify, and how to sign it', async () => {
    const { file } = await signedExport({ signed: false });
    const en = await mamori(['verify', file]);
    expect(en).toMatchObject({ code: 1, stdout: '' });
    expect(en.stderr).toMatch(/^mamori verify: .*signed\.mamori was never signed off, so there is nothing to verify\. To sign it: .*"Sign off".*export it again\.\n$/);
    const ja = await mamori(['verify', file, '--lang', 'ja']);
    expect(ja.code).toBe(1);
    expect(ja.stderr).toMatch(/承認（サインオフ）されていないため、検証するものがありません。承認するには/);
    // The first shipped example is a self-assessment, not signed.
    expect((await mamori(['verify', auditExampleFile.replace('-audit', '')])).stderr).toMatch(/was never signed off/);
  });

  it('opens a passphrase-sealed signed export with its passphrase, and says so clearly without it', async () => {
    const { file, doc } = await signedExport({ passphrase: PASS });
    expect(fs.readFileSync(file).subarray(0, 10).toString()).toBe('MAMORI-PWD');
    const env = { MAMORI_PASS: PASS };
    expect(await mamori(['verify', file, '--passphrase-env', 'MAMORI_PASS'], { env })).toMatchObject({ code: 0, stdout: expect.stringContaining(doc.assessment.signOff!.contentHash) });
    expect(await mamori(['verify', file])).toEqual({ code: 1, stdout: '', stderr: 'mamori verify: signed.mamori is encrypted: enter the passphrase it was exported with.\n' });
    expect(await mamori(['verify', file, '--passphrase-env', 'WRONG'], { env: { WRONG: 'not the passphrase' } })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'mamori verify: The passphrase is not correct.\n',
    });
  });

  it('refuses a damaged file, an altered evidence file and a file that is not an export with the import\'s messages', async () => {
    const { file } = await signedExport();
    const evidence = path.join(temp(), 'evidence.mamori');
    fs.copyFileSync(file, evidence);
    edit(evidence, (doc) => {
      const data = Buffer.from(doc.evidence[0]!.data, 'base64');
      data[0] = data[0]! ^ 1;
      doc.evidence[0]!.data = data.toString('base64');
    });
    const altered = await mamori(['verify', evidence]);
    expect(altered).toMatchObject({ code: 1, stdout: '' });
    expect(altered.stderr).toMatch(/^mamori verify: evidence\.mamori is refused: .*does not match its hash \(damaged or altered\)\n$/);

    const truncated = path.join(temp(), 'truncated.mamori');
    fs.writeFileSync(truncated, fs.readFileSync(file).subarray(0, 200));
    expect(await mamori(['verify', truncated])).toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/^mamori verify: truncated\.mamori is refused: .*\n$/) });

    const notExport = path.join(temp(), 'other.mamori');
    fs.writeFileSync(notExport, '{"hello":"world"}');
    expect(await mamori(['verify', notExport, '--lang', 'ja'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/^mamori verify: other\.mamori は/) });
    expect(await mamori(['verify', notExport])).toEqual({ code: 1, stdout: '', stderr: 'mamori verify: other.mamori is not a Mamori export file\n' });

    expect(await mamori(['verify', path.join(temp(), 'absent.mamori')])).toMatchObject({ code: 1, stderr: expect.stringMatching(/no such file/) });
    for (const stderr of [altered.stderr, (await mamori(['verify', truncated])).stderr]) expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on wrong usage', async () => {
    expect((await mamori(['verify'])).code).toBe(2);
    expect((await mamori(['verify', 'a.mamori', 'b.mamori'])).code).toBe(2);
    expect((await mamori(['verify', 'a.mamori', '--nope'])).code).toBe(2);
  });

  it('prints a machine-readable result with --json', async () => {
    const { file, doc } = await signedExport();
    const seal = doc.assessment.signOff!;
    const signOff = { assessor: names.assessor, reviewer: names.reviewer, date: names.date, signedAt: '2026-05-20T06:00:00.000Z' };
    const assessment = { id: doc.assessment.id, title: doc.assessment.title };
    const intact = await mamori(['verify', file, '--json']);
    expect(intact.code).toBe(0);
    expect(JSON.parse(intact.stdout)).toEqual({ ok: true, state: 'intact', file, assessment, contentHash: seal.contentHash, signOff });

    edit(file, (d) => {
      d.assessment.answers[BP01]!.note = '掲示済ま';
    });
    const changed = await mamori(['verify', file, '--json', '--lang', 'ja']);
    expect(changed.code).toBe(1);
    const result = JSON.parse(changed.stdout);
    expect(result).toEqual({
      ok: false,
      state: 'changed',
      file,
      assessment,
      contentHash: seal.contentHash,
      recomputed: expect.stringMatching(/^[0-9a-f]{64}$/),
      signOff,
      changes: [{ part: 'note', key: BP01, catalogId: 'appi-safeguards', itemId: 'APPI-BP-01', title: titleOf('appi-safeguards', 1, 'APPI-BP-01').ja }],
    });
    expect(result.recomputed).not.toBe(seal.contentHash);

    const unsigned = await signedExport({ signed: false });
    const never = await mamori(['verify', unsigned.file, '--json']);
    expect(never.code).toBe(1);
    expect(JSON.parse(never.stdout)).toEqual({ ok: false, state: 'unsigned', file: unsigned.file, assessment });
  });

  it('titles the items of a custom catalog from the catalog the file carries', async () => {
    const custom = parseCatalogText(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/catalogs/valid-custom.yaml'), 'utf8'), 'valid-custom.yaml');
    if (!custom.ok) throw new Error('the custom catalog fixture does not parse');
    const item = custom.catalog.domains[0]!.items[0]!;
    const key = `${custom.catalog.id}/${item.id}`;
    const source = workspaceWithAssessment();
    dirs.push(source.dataDir);
    const doc = exportOf(source);
    source.close();
    doc.assessment.catalogs.push({ id: custom.catalog.id, version: custom.catalog.version });
    doc.catalogs.push({ id: custom.catalog.id, version: custom.catalog.version, source: 'custom', catalog: custom.catalog });
    doc.assessment.answers[key] = { status: 'implemented', note: '施錠を確認', reason: '', alternative: '', flagged: false, evidence: [], updatedAt: '2026-05-01T00:00:00.000Z' };
    doc.assessment.signOff = await sealOf(doc.assessment, names, '2026-05-20T06:00:00.000Z');
    const file = path.join(temp(), 'custom.mamori');
    await writeExportFile(file, doc);
    expect((await mamori(['verify', file])).code).toBe(0);

    edit(file, (d) => {
      d.assessment.answers[key]!.note = '施錠を未確認';
    });
    const result = await mamori(['verify', file, '--lang', 'ja']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`\n  ${key} ${item.title.ja}：メモ\n`);
  });
});
