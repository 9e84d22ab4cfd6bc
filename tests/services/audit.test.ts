// Auditor mode through the IPC handlers on a real data folder: verdicts kept apart from the answers and fed to
// the plan; a sign-off that seals the content under a hash and after which nothing writes to the assessment —
// not the window, not a restored backup, not an import replacing it, not a second process; a reopened version
// linked to the locked one; the seal carried by an export and kept by an import, and a tampered export
// refused; and a new assessment started from the previous one, its answers waiting to be re-confirmed.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type AnswerInput, checkSeal, contentHashOf, signableOf } from '../../assessments';
import { buildPlan } from '../../assessments/plan';
import type { ChannelName } from '../../electron/ipc/channels';
import { call, refusal } from '../support/channels';
import { details, newAssessment } from '../support/profiles';
import { removeDir, tempDir } from '../support/temp';
import { testHandlers } from '../support/workspace';

const PASSPHRASE = '春の小川はさらさら行くよ';
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));


const refused = refusal;

const answer = (status: AnswerInput['status'], note = ''): AnswerInput => ({ status, note, reason: '', alternative: '', flagged: false, evidence: [] });
const NAMES = { assessor: '監査 花子', reviewer: '審査 次郎', date: '2026-11-20' };

/** An organisation with one answered PMS assessment, evidence linked to one item. */
async function audited(dataDir = tempDir()) {
  dirs.push(dataDir);
  let importFile = '';
  const t = testHandlers(dataDir, {
    chooseExportPath: async (name) => path.join(dataDir, '..', `${path.basename(dataDir)}-${name}`),
    chooseImportPath: async () => importFile,
  });
  const org = await call(t, 'createOrganisation', details('監査株式会社'));
  const created = await call(t, 'createAssessment', newAssessment(org.id, '2026年度 点検', ['pms-controls']));
  const id = created.id;
  await call(t, 'saveAnswer', { assessmentId: id, key: 'pms-controls/PMS-CTX-01', answer: answer('implemented', '台帳は毎年4月に見直す') });
  await call(t, 'saveAnswer', { assessmentId: id, key: 'pms-controls/PMS-CTX-02', answer: answer('partial') });
  const attached = await call(t, 'attachEvidence', {
    assessmentId: id,
    key: 'pms-controls/PMS-CTX-01',
    name: '台帳.pdf',
    mediaType: 'application/pdf',
    data: Buffer.from('%PDF-1.4 ledger').toString('base64'),
  });
  return { t, org, id, hash: attached.file.hash, read: () => t.workspace.assessments.read(id), setImportFile: (f: string) => (importFile = f) };
}

describe('verdicts', () => {
  it('are kept apart from the answers, check only evidence linked to the item, and can be taken back', async () => {
    const { t, id, hash, read } = await audited();
    const before = read().answers;
    const saved = await call(t, 'saveVerdict', { assessmentId: id, key: 'pms-controls/PMS-CTX-01', verdict: { code: 'conforming', comment: '台帳を確認', evidenceChecked: [hash] } });
    expect(saved).toMatchObject({ code: 'conforming', comment: '台帳を確認', evidenceChecked: [hash] });
    await call(t, 'saveVerdict', { assessmentId: id, key: 'pms-controls/PMS-CTX-03', verdict: { code: 'major-nonconformity', comment: '方針が未制定', evidenceChecked: [] } });
    expect(read().answers).toEqual(before);
    expect(Object.keys(read().verdicts!).sort()).toEqual(['pms-controls/PMS-CTX-01', 'pms-controls/PMS-CTX-03']);

    expect((await refused(t, 'saveVerdict', { assessmentId: id, key: 'pms-controls/PMS-CTX-02', verdict: { code: 'observation', comment: '', evidenceChecked: [hash] } })).code).toBe('verdict.no-evidence');
    expect((await refused(t, 'saveVerdict', { assessmentId: id, key: 'pms-controls/PMS-NOPE-99', verdict: { code: 'observation', comment: '', evidenceChecked: [] } })).code).toBe('assessment.no-item');
    expect((await refused(t, 'saveVerdict', { assessmentId: id, key: 'pms-controls/PMS-CTX-02', verdict: { code: 'fine', comment: '' } })).code).toBe('ipc.invalid-input');

    expect(await call(t, 'saveVerdict', { assessmentId: id, key: 'pms-controls/PMS-CTX-01', verdict: null })).toBeNull();
    expect(Object.keys(read().verdicts!)).toEqual(['pms-controls/PMS-CTX-03']);
  });

  it('put a nonconformity on the improvement plan even where the company answered "implemented"', async () => {
    const { t, id, read } = await audited();
    const planned = () => buildPlan(read(), [t.catalogs.getVersion('pms-controls', 2)]).map((a) => a.key);
    expect(planned()).not.toContain('pms-controls/PMS-CTX-01');
    await call(t, 'saveVerdict', { assessmentId: id, key: 'pms-controls/PMS-CTX-01', verdict: { code: 'minor-nonconformity', comment: '見直しの記録がない', evidenceChecked: [] } });
    expect(planned()).toContain('pms-controls/PMS-CTX-01');
    await call(t, 'saveVerdict', { assessmentId: id, key: 'pms-controls/PMS-CTX-01', verdict: { code: 'observation', comment: '', evidenceChecked: [] } });
    expect(planned()).not.toContain('pms-controls/PMS-CTX-01');
  });
});

describe('signing off', () => {
  it('seals the content under its SHA-256, shows it on the card, and locks the assessment against every change', async () => {
    const { t, id, hash, read } = await audited();
    await call(t, 'saveVerdict', { assessmentId: id, key: 'pms-controls/PMS-CTX-01', verdict: { code: 'good-practice', comment: '', evidenceChecked: [hash] } });
    await call(t, 'updatePlanAction', { assessmentId: id, key: 'pms-controls/PMS-CTX-02', state: { owner: '総務部', dueDate: '2027-03-31', status: 'open', reason: '', effort: null, notes: '' } });
    const { summary, signOff } = await call(t, 'signAssessment', { assessmentId: id, signOff: NAMES });
    expect(signOff.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(signOff.contentHash).toBe(await contentHashOf(signableOf(read(), NAMES)));
    expect(summary.signedOff).toEqual({ date: '2026-11-20', contentHash: signOff.contentHash });
    expect((await call(t, 'listAssessments', {})).find((a) => a.id === id)?.signedOff?.contentHash).toBe(signOff.contentHash);
    expect(await checkSeal(read())).toEqual({ state: 'intact', contentHash: signOff.contentHash });

    const file = t.workspace.assessments.document(id).path;
    const sealed = fs.readFileSync(file);
    const attempts: [ChannelName, unknown][] = [
      ['saveAnswer', { assessmentId: id, key: 'pms-controls/PMS-CTX-02', answer: answer('implemented') }],
      ['saveVerdict', { assessmentId: id, key: 'pms-controls/PMS-CTX-02', verdict: { code: 'observation', comment: '', evidenceChecked: [] } }],
      ['updateAssessment', { id, details: { title: '書き換え', assessor: '', periodFrom: '', periodTo: '', status: 'draft' } }],
      ['updateProfile', { id, profile: read().profile }],
      ['updatePlanAction', { assessmentId: id, key: 'pms-controls/PMS-CTX-02', state: { owner: '誰か', dueDate: '', status: 'done', reason: '', effort: null, notes: '' } }],
      ['linkEvidence', { assessmentId: id, key: 'pms-controls/PMS-CTX-01', hash, linked: false }],
      ['removeEvidence', { assessmentId: id, hash }],
      ['signAssessment', { assessmentId: id, signOff: { ...NAMES, reviewer: '別人' } }],
      ['restoreBackup', { assessmentId: id, backupName: t.workspace.assessments.document(id).backups.list()[0]?.name ?? 'none' }],
    ];
    for (const [channel, input] of attempts) {
      const { code, message } = await refused(t, channel, input);
      expect(code, channel).toBe('assessment.signed');
      expect(message).toContain('2026-11-20');
    }
    expect(fs.readFileSync(file).equals(sealed)).toBe(true);
    expect(await checkSeal(read())).toMatchObject({ state: 'intact' });
  });

  it('is refused for an assessment with nothing in it', async () => {
    const t = testHandlers();
    dirs.push(t.dataDir);
    const org = await call(t, 'createOrganisation', details('空株式会社'));
    const created = await call(t, 'createAssessment', newAssessment(org.id, '空', ['quick-check']));
    expect((await refused(t, 'signAssessment', { assessmentId: created.id, signOff: NAMES })).code).toBe('signoff.nothing-to-seal');
    expect((await refused(t, 'signAssessment', { assessmentId: created.id, signOff: { ...NAMES, reviewer: '' } })).code).toBe('ipc.invalid-input');
  });

  it('stays sealed and locked in an encrypted folder, across a restart, and against a second process', async () => {
    const { t, id, read } = await audited();
    await call(t, 'enableEncryption', { passphrase: PASSPHRASE });
    const { signOff } = await call(t, 'signAssessment', { assessmentId: id, signOff: NAMES });
    const file = t.workspace.assessments.document(id).path;
    expect(fs.readFileSync(file, 'utf8')).not.toContain(signOff.contentHash);
    expect(fs.readFileSync(file, 'utf8')).not.toContain('監査 花子');
    expect(read().signOff?.contentHash).toBe(signOff.contentHash);
    t.close();

    const again = testHandlers(t.dataDir);
    await call(again, 'unlock', { passphrase: PASSPHRASE });
    expect(again.workspace.assessments.read(id).signOff?.contentHash).toBe(signOff.contentHash);
    expect((await refused(again, 'saveAnswer', { assessmentId: id, key: 'pms-controls/PMS-CTX-02', answer: answer('implemented') })).code).toBe('assessment.signed');
    // The storage itself refuses, whoever writes: here straight to the store, as a second process would.
    expect(() => again.workspace.assessments.write({ ...again.workspace.assessments.read(id), title: 'x' })).toThrow(/signed off/);
    again.close();
  });
});

describe('reopening a signed assessment', () => {
  it('makes a new, editable version linked to the old one, which stays locked and intact', async () => {
    const { t, id, read } = await audited();
    await call(t, 'saveVerdict', { assessmentId: id, key: 'pms-controls/PMS-CTX-02', verdict: { code: 'minor-nonconformity', comment: '一部のみ', evidenceChecked: [] } });
    const { signOff } = await call(t, 'signAssessment', { assessmentId: id, signOff: NAMES });
    expect((await refused(t, 'reopenAssessment', { id: 'nosuchassessmnt', title: 'x' })).code).toBe('assessment.none');

    const reopened = await call(t, 'reopenAssessment', { id, title: '2026年度 点検（第2版）' });
    expect(reopened.id).not.toBe(id);
    expect(reopened.signedOff).toBeUndefined();
    const copy = t.workspace.assessments.read(reopened.id);
    expect(copy.basedOn).toEqual({ id, title: '2026年度 点検', how: 'reopened' });
    expect(copy.answers).toEqual(read().answers);
    expect(copy.verdicts).toEqual(read().verdicts);
    await call(t, 'saveAnswer', { assessmentId: reopened.id, key: 'pms-controls/PMS-CTX-02', answer: answer('implemented', '是正済み') });
    expect(t.workspace.assessments.read(reopened.id).answers['pms-controls/PMS-CTX-02']?.status).toBe('implemented');
    expect(await checkSeal(read())).toEqual({ state: 'intact', contentHash: signOff.contentHash });
    expect((await refused(t, 'reopenAssessment', { id: reopened.id, title: 'x' })).code).toBe('assessment.not-signed');
  });
});

describe('a signed assessment exported', () => {
  it('carries its seal; an import keeps it, and a changed byte in a note is refused without touching the folder', async () => {
    const { t, id } = await audited();
    const { signOff } = await call(t, 'signAssessment', { assessmentId: id, signOff: NAMES });
    const exported = await call(t, 'exportAssessment', { assessmentId: id });
    if (!exported.saved) throw new Error('not saved');
    dirs.push(exported.file);

    const other = await audited();
    other.setImportFile(exported.file);
    const chosen = await call(other.t, 'chooseImportFile', {});
    if (!chosen.chosen) throw new Error('no file');
    const imported = await call(other.t, 'importAssessment', { token: chosen.token, mode: 'copy' });
    const copy = other.t.workspace.assessments.read(imported.assessment.id);
    expect(copy.signOff).toEqual(signOff);
    expect(imported.assessment.signedOff?.contentHash).toBe(signOff.contentHash);
    expect(await checkSeal(copy)).toEqual({ state: 'intact', contentHash: signOff.contentHash });
    expect((await refused(other.t, 'saveAnswer', { assessmentId: copy.id, key: 'pms-controls/PMS-CTX-02', answer: answer('implemented') })).code).toBe('assessment.signed');

    // One byte of a note changed: 4月 → 5月.
    const tampered = path.join(path.dirname(exported.file), `tampered-${path.basename(exported.file)}`);
    dirs.push(tampered);
    const text = fs.readFileSync(exported.file, 'utf8');
    expect(text).toContain('毎年4月');
    fs.writeFileSync(tampered, text.replace('毎年4月', '毎年5月'));
    other.setImportFile(tampered);
    const indexBefore = fs.readFileSync(path.join(other.t.dataDir, fs.readdirSync(other.t.dataDir).find((n) => n.startsWith('index'))!));
    const second = await call(other.t, 'chooseImportFile', {});
    if (!second.chosen) throw new Error('no file');
    const { code, message } = await refused(other.t, 'importAssessment', { token: second.token, mode: 'copy' });
    expect(code).toBe('import.refused');
    expect(message).toContain('pms-controls/PMS-CTX-01');
    expect(message).toContain('mamori verify');
    expect((await refused(other.t, 'previewImport', { token: second.token })).code).toBe('import.refused');
    expect(fs.readFileSync(path.join(other.t.dataDir, fs.readdirSync(other.t.dataDir).find((n) => n.startsWith('index'))!)).equals(indexBefore)).toBe(true);
  });

  it('cannot replace a signed assessment by an import', async () => {
    const { t, id, setImportFile } = await audited();
    const exported = await call(t, 'exportAssessment', { assessmentId: id });
    if (!exported.saved) throw new Error('not saved');
    dirs.push(exported.file);
    await call(t, 'signAssessment', { assessmentId: id, signOff: NAMES });
    setImportFile(exported.file);
    const chosen = await call(t, 'chooseImportFile', {});
    if (!chosen.chosen) throw new Error('no file');
    expect((await refused(t, 'importAssessment', { token: chosen.token, mode: 'replace' })).code).toBe('assessment.signed');
    expect(t.workspace.assessments.read(id).signOff?.assessor).toBe('監査 花子');
  });
});

describe('starting from the previous assessment', () => {
  it('pre-fills the answers the new editions still have, with their evidence and plan, each to re-confirm until touched', async () => {
    const { t, org, id, hash, read } = await audited();
    await call(t, 'updatePlanAction', { assessmentId: id, key: 'pms-controls/PMS-CTX-02', state: { owner: '総務部', dueDate: '2027-03-31', status: 'open', reason: '', effort: null, notes: '' } });
    await call(t, 'saveVerdict', { assessmentId: id, key: 'pms-controls/PMS-CTX-02', verdict: { code: 'minor-nonconformity', comment: '', evidenceChecked: [] } });
    await call(t, 'signAssessment', { assessmentId: id, signOff: NAMES });

    const next = await call(t, 'createAssessment', { ...newAssessment(org.id, '2027年度 点検', ['pms-controls', 'quick-check']), basedOn: id });
    const created = t.workspace.assessments.read(next.id);
    expect(created.basedOn).toEqual({ id, title: '2026年度 点検', how: 'previous' });
    expect(created.answers).toEqual(read().answers);
    expect(Object.keys(created.evidence)).toEqual([hash]);
    expect(created.plan['pms-controls/PMS-CTX-02']?.owner).toBe('総務部');
    expect(created.reconfirm?.sort()).toEqual(['pms-controls/PMS-CTX-01', 'pms-controls/PMS-CTX-02']);
    expect(created.verdicts).toBeUndefined();
    expect(created.signOff).toBeUndefined();

    await call(t, 'saveAnswer', { assessmentId: next.id, key: 'pms-controls/PMS-CTX-02', answer: answer('implemented') });
    expect(t.workspace.assessments.read(next.id).reconfirm).toEqual(['pms-controls/PMS-CTX-01']);

    const stranger = await call(t, 'createOrganisation', details('別会社'));
    expect((await refused(t, 'createAssessment', { ...newAssessment(stranger.id, 'x', ['pms-controls']), basedOn: id })).code).toBe('assessment.based-on-other-organisation');
  });
});
