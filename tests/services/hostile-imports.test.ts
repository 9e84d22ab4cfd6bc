// Import treats every file as hostile. Each file below is refused with a message that says what is wrong and
// where, and the data folder is byte-for-byte the same afterwards.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../assessments';
import { dispatch } from '../../electron/ipc/dispatch';
import { sealWithPassphrase } from '../../electron/services/crypto';
import { EXPORT_CONTEXT } from '../../electron/services/exchange/export-file';
import { exportOf, workspaceWithAssessment } from '../support/exchange';
import { snapshotFolder } from '../support/snapshot';
import { removeDir, tempDir } from '../support/temp';
import { testHandlers } from '../support/workspace';
import { details } from '../support/profiles';

type Mutation = (doc: ExportDocument & Record<string, unknown>) => unknown;
type Case = { name: string; bytes: () => Buffer | Promise<Buffer>; error: RegExp; mode?: 'copy' | 'replace'; passphrase?: string; sparseSize?: number };

let valid: ExportDocument;
const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const mutate = (change: Mutation) => () => {
  const doc = structuredClone(valid) as ExportDocument & Record<string, unknown>;
  const result = change(doc);
  return json(result === undefined ? doc : result);
};
const raw = (text: string) => () => Buffer.from(text, 'utf8');
const firstAnswer = (doc: ExportDocument) => doc.assessment.answers['appi-safeguards/APPI-BP-01']!;
const replaceText = (from: string, to: string) => () => Buffer.from(JSON.stringify(valid).replace(from, to), 'utf8');

const cases: Case[] = [
  // Not a Mamori file at all.
  { name: 'an empty file', bytes: raw(''), error: /is empty/ },
  { name: 'a truncated file', bytes: () => json(valid).subarray(0, 300), error: /cut off/ },
  { name: 'binary garbage', bytes: () => Buffer.from([0xde, 0xad, 0xbe, 0xef, 0xff, 0x00, 0x9c]), error: /not UTF-8 text/ },
  { name: 'plain text', bytes: raw('hello, this is not json'), error: /unexpected character "h"/ },
  { name: 'a JSON list', bytes: raw('[1,2,3]'), error: /not a Mamori export file/ },
  { name: 'JSON null', bytes: raw('null'), error: /not a Mamori export file/ },
  { name: 'another format', bytes: mutate((d) => ({ ...d, format: 'csv' })), error: /not a Mamori export file/ },
  { name: 'trailing content', bytes: () => Buffer.concat([json(valid), Buffer.from(' {}')]), error: /unexpected content after the end/ },
  { name: 'a UTF-16 file', bytes: () => Buffer.from(`\ufeff${JSON.stringify(valid)}`, 'utf16le'), error: /not UTF-8 text|unexpected character/ },
  // Versions.
  { name: 'a newer format version', bytes: mutate((d) => ({ ...d, formatVersion: 3 })), error: /exported by a newer Mamori \(format 3/ },
  { name: 'a version as text', bytes: mutate((d) => ({ ...d, formatVersion: '1' })), error: /unknown format version/ },
  { name: 'version 0', bytes: mutate((d) => ({ ...d, formatVersion: 0 })), error: /unknown format version/ },
  { name: 'an assessment from a newer schema', bytes: mutate((d) => void (d.assessment.schemaVersion = 4 as never)), error: /at assessment\.schemaVersion: /i },
  // Size and shape attacks.
  { name: 'a 200 MB file', bytes: () => Buffer.alloc(0), sparseSize: 200 * 1024 * 1024, error: /is 200 MB; Mamori imports files of up to 150 MB/ },
  { name: 'nesting 100,000 deep', bytes: () => Buffer.from(`{"format":"mamori-export","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`), error: /nesting deeper than 64 levels/ },
  { name: 'a 10 MB title', bytes: mutate((d) => void (d.assessment.title = 'x'.repeat(10 * 1024 * 1024))), error: /at assessment\.title: must be at most 200 characters/ },
  { name: 'a 30,000-character note', bytes: mutate((d) => void (firstAnswer(d).note = 'あ'.repeat(30_000))), error: /note: must be at most 20,000 characters/ },
  { name: 'too many evidence links', bytes: mutate((d) => void (firstAnswer(d).evidence = Array(201).fill(d.evidence[0]!.hash))), error: /evidence: .*(Too big|<=200|200)/i },
  { name: 'a control character in a string', bytes: raw('{"format":"mamori-export","formatVersion":1,"x":"a\u0001b"}'), error: /control character inside a string/ },
  { name: 'a bad escape', bytes: raw('{"format":"mamori-export","x":"\\q"}'), error: /invalid escape/ },
  // Prototype pollution and duplicates.
  { name: 'a __proto__ key at the top', bytes: replaceText('{"format"', '{"__proto__":{"polluted":true},"format"'), error: /the key "__proto__" is not allowed/ },
  { name: 'a constructor key in the answers', bytes: replaceText('"answers":{', '"answers":{"constructor":{"prototype":{}},'), error: /at assessment\.answers: the key "constructor" is not allowed/ },
  { name: 'a prototype key in evidence', bytes: replaceText('"evidence":[{', '"evidence":[{"prototype":1,'), error: /the key "prototype" is not allowed/ },
  { name: 'a duplicated top-level key', bytes: replaceText('{"format":"mamori-export"', '{"format":"mamori-export","format":"mamori-export"'), error: /the key "format" appears twice/ },
  { name: 'a duplicated answer', bytes: () => Buffer.from(JSON.stringify(valid).replace('"answers":{', `"answers":{"appi-safeguards/APPI-BP-01":${JSON.stringify(firstAnswer(valid))},`)), error: /the key "appi-safeguards\/APPI-BP-01" appears twice/ },
  // Unknown and wrong fields.
  { name: 'an unknown top-level field', bytes: mutate((d) => ({ ...d, extra: 1 })), error: /at extra: unknown field "extra"/ },
  { name: 'an unknown assessment field', bytes: mutate((d) => ({ ...d, assessment: { ...d.assessment, owner: 'x' } })), error: /at assessment\.owner: unknown field "owner"/ },
  { name: 'an unknown answer field', bytes: mutate((d) => void Object.assign(firstAnswer(d), { score: 100 })), error: /unknown field "score"/ },
  { name: 'a title that is a number', bytes: mutate((d) => void (d.assessment.title = 5 as never)), error: /at assessment\.title: /},
  { name: 'an unknown answer status', bytes: mutate((d) => void (firstAnswer(d).status = 'maybe' as never)), error: /status: must be one of/ },
  { name: 'a negative employee count', bytes: mutate((d) => void (d.assessment.profile.employees = -5)), error: /employees: cannot be negative/ },
  { name: 'a date that is not a date', bytes: mutate((d) => void (d.assessment.createdAt = 'yesterday')), error: /at assessment\.createdAt: /},
  { name: 'not applicable without a reason', bytes: mutate((d) => void Object.assign(firstAnswer(d), { status: 'not-applicable', reason: '' })), error: /a reason is required/ },
  { name: 'an alternative without a description', bytes: mutate((d) => void Object.assign(firstAnswer(d), { status: 'alternative', alternative: ' ' })), error: /description of the alternative control is required/ },
  { name: 'a malformed answer key', bytes: mutate((d) => void (d.assessment.answers = { foo: firstAnswer(d) })), error: /must be "<catalog id>\/<item id>"/ },
  { name: 'an assessment id with a path', bytes: mutate((d) => void (d.assessment.id = '../../etc/passwd')), error: /at assessment\.id: must be 8–32/ },
  { name: 'an organisation id with a path', bytes: mutate((d) => void (d.organisation.id = '..\\..\\win')), error: /at organisation\.id: must be 8–32/ },
  { name: 'a mismatched organisation', bytes: mutate((d) => void (d.assessment.organisationId = 'otherorg00000001')), error: /organisationId: does not match the organisation/ },
  // Evidence names and contents.
  { name: 'an evidence name with a path', bytes: mutate((d) => void (d.evidence[0]!.name = '../../etc/passwd')), error: /name: must be a file name, without a path separator/ },
  { name: 'an evidence name with a backslash', bytes: mutate((d) => void (d.evidence[0]!.name = '..\\boot.ini')), error: /without a path separator/ },
  { name: 'an evidence name "..', bytes: mutate((d) => void (d.evidence[0]!.name = '..')), error: /must be a file name/ },
  { name: 'the reserved name CON', bytes: mutate((d) => void (d.evidence[0]!.name = 'CON')), error: /is a reserved device name/ },
  { name: 'the reserved name nul.txt', bytes: mutate((d) => void (d.evidence[0]!.name = 'nul.txt')), error: /is a reserved device name/ },
  { name: 'a control character in an evidence name', bytes: mutate((d) => void (d.evidence[0]!.name = 'a\u0007b.txt')), error: /control character/ },
  { name: 'an empty evidence name', bytes: mutate((d) => void (d.evidence[0]!.name = '')), error: /name: is required/ },
  { name: 'altered evidence content', bytes: mutate((d) => void (d.evidence[0]!.data = Buffer.from('tampered content!!').toString('base64').slice(0, d.evidence[0]!.data.length))), error: /does not match its hash|bytes, not the/ },
  { name: 'evidence of the wrong size', bytes: mutate((d) => { d.evidence[0]!.size += 1; d.assessment.evidence[d.evidence[0]!.hash]!.size += 1; }), error: /bytes, not the .* stated/ },
  { name: 'a hash that is not hex', bytes: mutate((d) => void (d.evidence[0]!.hash = 'z'.repeat(64))), error: /must be a SHA-256 hash/ },
  { name: 'evidence that is not base64', bytes: mutate((d) => void (d.evidence[0]!.data = '***not base64***')), error: /must be base64/ },
  { name: 'the same evidence twice', bytes: mutate((d) => void d.evidence.push(d.evidence[0]!)), error: /included twice/ },
  { name: 'listed evidence without its file', bytes: mutate((d) => void d.evidence.pop()), error: /the file itself is missing from the export/ },
  { name: 'evidence not listed in the assessment', bytes: mutate((d) => void delete d.assessment.evidence[d.evidence[0]!.hash]), error: /is not listed in the assessment/ },
  { name: 'an answer linking to absent evidence', bytes: mutate((d) => void (firstAnswer(d).evidence = ['a'.repeat(64)])), error: /links to evidence that is not in the file/ },
  { name: 'evidence hash mismatch with a valid-looking hash', bytes: mutate((d) => { const e = d.evidence[0]!; const fake = 'b'.repeat(64); d.assessment.evidence[fake] = { ...d.assessment.evidence[e.hash]!, hash: fake }; delete d.assessment.evidence[e.hash]; for (const a of Object.values(d.assessment.answers)) a.evidence = a.evidence.map((h) => (h === e.hash ? fake : h)); e.hash = fake; }), error: /does not match its hash/ },
  // Catalogs.
  { name: 'the same catalog twice', bytes: mutate((d) => void d.catalogs.push(d.catalogs[0]!)), error: /is listed twice/ },
  { name: 'a custom catalog without its content', bytes: mutate((d) => void (d.catalogs[0] = { ...d.catalogs[0]!, source: 'custom' })), error: /a custom catalog must be included in full/ },
  { name: 'a pinned catalog missing from the file', bytes: mutate((d) => void (d.catalogs = d.catalogs.slice(0, 1))), error: /catalog quick-check@1 is not in the file/ },
  { name: 'an answer for an unused catalog', bytes: mutate((d) => void (d.assessment.answers['pms-controls/PMS-CTX-01'] = firstAnswer(d))), error: /answers an item of a catalog the assessment does not use/ },
  { name: 'an answer for an item that does not exist', bytes: mutate((d) => void (d.assessment.answers['appi-safeguards/APPI-ZZZ-99'] = { ...firstAnswer(d), evidence: [] })), error: /answers appi-safeguards\/APPI-ZZZ-99, which catalog "appi-safeguards" v1 does not have/ },
  { name: 'a built-in catalog version this app lacks', bytes: mutate((d) => { d.catalogs[0]!.version = 9; d.assessment.catalogs[0]!.version = 9; }), error: /built-in catalog "appi-safeguards" v9, which this version of Mamori does not have/ },
  { name: 'a custom catalog named like a built-in', bytes: mutate((d) => { const cat = structuredClone(d.catalogs[0]!); d.catalogs[0] = { ...cat, source: 'custom', catalog: { id: 'appi-safeguards', version: 1, kind: 'checklist', title: { ja: '偽物', en: 'Fake' }, description: { ja: '偽物です', en: 'A fake' }, domains: [{ id: 'X-A', title: { ja: 'あ', en: 'A' }, description: { ja: 'あ', en: 'A' }, items: [] }] } }; }), error: /a domain needs at least one item|id of a built-in catalog/ },
  { name: 'an invalid custom catalog inside', bytes: mutate((d) => { d.catalogs[0] = { id: 'appi-safeguards', version: 1, source: 'custom', catalog: { id: 'appi-safeguards', version: 1 } as never }; }), error: /at catalogs\[0\]\.catalog\./ },
  { name: 'a built-in catalog carrying its own items', bytes: mutate((d) => { d.catalogs[0] = { ...d.catalogs[0]!, catalog: { id: 'appi-safeguards', version: 1, kind: 'checklist', title: { ja: '偽', en: 'Fake' }, description: { ja: '偽', en: 'Fake' }, domains: [{ id: 'X-A', title: { ja: 'あ', en: 'A' }, description: { ja: 'あ', en: 'A' }, items: [{ id: 'APPI-ZZZ-99', title: { ja: 'あ', en: 'A' }, question: { ja: 'あ', en: 'A' }, guidance: { ja: 'あ', en: 'A' }, evidence: [{ ja: 'あ', en: 'A' }], action: { text: { ja: 'あ', en: 'A' }, priority: 'P1', effort: 'S', owner: 'hr' }, references: ['X'], weight: 1, keywords: { ja: ['あ'], en: ['a'] } }] }] } }; d.assessment.answers['appi-safeguards/APPI-ZZZ-99'] = { ...firstAnswer(d), evidence: [] }; }), error: /a built-in catalog must not be included in the file/ },
  { name: 'the same catalog pinned twice', bytes: mutate((d) => void d.assessment.catalogs.push({ ...d.assessment.catalogs[0]! })), error: /catalog "appi-safeguards" is pinned twice/ },
  { name: 'an unused custom catalog', bytes: mutate((d) => void d.catalogs.push({ id: 'unused-rules', version: 1, source: 'custom', catalog: { id: 'unused-rules', version: 1, kind: 'checklist', title: { ja: '未使用', en: 'Unused' }, description: { ja: '未使用', en: 'Unused' }, domains: [{ id: 'U-A', title: { ja: 'あ', en: 'A' }, description: { ja: 'あ', en: 'A' }, items: [{ id: 'U-A-01', title: { ja: 'あ', en: 'A' }, question: { ja: 'あ', en: 'A' }, guidance: { ja: 'あ', en: 'A' }, evidence: [{ ja: 'あ', en: 'A' }], action: { text: { ja: 'あ', en: 'A' }, priority: 'P1', effort: 'S', owner: 'hr' }, references: ['X'], weight: 1, keywords: { ja: ['あ'], en: ['a'] } }] }] } })), error: /catalog unused-rules@1 is in the file but the assessment does not use it/ },
  { name: '"don\'t know" on a checklist item', bytes: mutate((d) => void Object.assign(firstAnswer(d), { status: 'unknown' })), error: /answers appi-safeguards\/APPI-BP-01 with "don't know", which only quick-check items allow/ },
  { name: 'terminal escape codes in the title', bytes: mutate((d) => void (d.assessment.title = 'Audit\u001b[2J\u001b[31m')), error: /at assessment\.title: must not contain control characters or text-direction overrides/ },
  { name: 'a NUL in the organisation name', bytes: mutate((d) => void (d.organisation.name = 'Sakura\u0000Ltd')), error: /at organisation\.name: must not contain control characters/ },
  { name: 'a right-to-left override in an evidence name', bytes: mutate((d) => { const e = d.evidence[0]!; e.name = 'invoice\u202etxt.exe'; d.assessment.evidence[e.hash]!.name = e.name; }), error: /name: must be a file name/ },
  { name: 'a right-to-left override in a note', bytes: mutate((d) => void (firstAnswer(d).note = 'ok \u202e kO')), error: /note: must not contain control characters/ },
  // Modes and encryption.
  { name: '"replace" with nothing to replace', bytes: () => json(valid), mode: 'replace', error: /no assessment with this id here to replace/ },
  { name: 'an encrypted file without a passphrase', bytes: () => sealWithPassphrase(json(valid), 'correct horse battery', EXPORT_CONTEXT), error: /is encrypted: enter the passphrase/ },
  { name: 'an encrypted file with a wrong passphrase', bytes: () => sealWithPassphrase(json(valid), 'correct horse battery', EXPORT_CONTEXT), passphrase: 'wrong horse battery', error: /The passphrase is not correct\./ },
  { name: 'an encrypted file with one byte changed', bytes: async () => { const b = await sealWithPassphrase(json(valid), 'correct horse battery', EXPORT_CONTEXT); b.writeUInt8(b.readUInt8(b.length - 40) ^ 0x01, b.length - 40); return b; }, passphrase: 'correct horse battery', error: /changed or damaged/ },
  { name: 'an encrypted file cut short', bytes: async () => (await sealWithPassphrase(json(valid), 'correct horse battery', EXPORT_CONTEXT)).subarray(0, 14), passphrase: 'correct horse battery', error: /./ },
];

describe('hostile import files', () => {
  let sourceDir: string;
  let dataDir: string;
  let filesDir: string;
  let target: ReturnType<typeof testHandlers>;
  let chosenFile = '';

  beforeAll(() => {
    const source = workspaceWithAssessment();
    sourceDir = source.dataDir;
    valid = exportOf(source);
    dataDir = tempDir();
    filesDir = tempDir();
    target = testHandlers(dataDir, { chooseImportPath: async () => chosenFile });
    // Something already there to protect.
    void target.handlers.createOrganisation(details('既存の組織'));
  });
  afterAll(() => [sourceDir, dataDir, filesDir].forEach(removeDir));

  it('has at least 50 of them', () => expect(cases.length).toBeGreaterThanOrEqual(50));

  it.each(cases.map((c) => [c.name, c] as const))('refuses %s, saying what is wrong, and changes nothing', async (_name, c) => {
    chosenFile = path.join(filesDir, `${c.name.replace(/[^a-z0-9]+/gi, '-')}.mamori`);
    if (c.sparseSize) {
      fs.writeFileSync(chosenFile, '');
      fs.truncateSync(chosenFile, c.sparseSize);
    } else {
      fs.writeFileSync(chosenFile, await c.bytes());
    }
    const before = snapshotFolder(dataDir);
    const chosen = await target.handlers.chooseImportFile({});
    if (!chosen.chosen) throw new Error('no file');
    const preview = await dispatch(target.handlers, 'previewImport', { token: chosen.token, ...(c.passphrase ? { passphrase: c.passphrase } : {}) });
    const result = await dispatch(target.handlers, 'importAssessment', { token: chosen.token, mode: c.mode ?? 'copy', ...(c.passphrase ? { passphrase: c.passphrase } : {}) });
    expect(result.ok, `${c.name} was imported`).toBe(false);
    if (!result.ok) expect(result.error).toMatch(c.error);
    if (c.mode !== 'replace') expect(preview.ok).toBe(false);
    expect(snapshotFolder(dataDir)).toEqual(before);
  });

  it('and the unchanged file imports fine (the corpus differs from a valid file only by its fault)', async () => {
    chosenFile = path.join(filesDir, 'valid.mamori');
    fs.writeFileSync(chosenFile, json(valid));
    const chosen = await target.handlers.chooseImportFile({});
    if (!chosen.chosen) throw new Error('no file');
    expect(await dispatch(target.handlers, 'importAssessment', { token: chosen.token, mode: 'copy' })).toMatchObject({ ok: true });
  });
});
