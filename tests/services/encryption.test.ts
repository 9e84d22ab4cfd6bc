// Encryption at rest: with it on, no answer, note or evidence text is anywhere in the data folder; the folder
// opens locked; a wrong passphrase or one changed byte is reported clearly and changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { workspaceWithAssessment } from '../support/exchange';
import { snapshotFolder } from '../support/snapshot';
import { removeDir } from '../support/temp';
import { testHandlers } from '../support/workspace';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));
const PASSPHRASE = '春の小川はさらさら行くよ';
const secrets = ['掲示済み', 'e-learning で代替', 'IT担当に確認中', '基本方針 2026年版', '教育記録: 全員受講', '顧客台帳は金庫に保管'];

function filesContaining(dir: string, needle: string): string[] {
  const hits: string[] = [];
  const visit = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) visit(p);
      else {
        const bytes = fs.readFileSync(p);
        for (const encoding of ['utf8', 'utf16le'] as const) if (bytes.includes(Buffer.from(needle, encoding))) hits.push(`${path.relative(dir, p)} (${encoding})`);
      }
    }
  };
  visit(dir);
  return hits;
}

async function encryptedFolder() {
  const t = workspaceWithAssessment();
  dirs.push(t.dataDir);
  const reopened = testHandlers(t.dataDir); // takes "open" backups, in plain text, before encryption
  expect(filesContaining(t.dataDir, '掲示済み').length).toBeGreaterThan(0);
  const status = await reopened.handlers.enableEncryption({ passphrase: PASSPHRASE });
  expect(status).toEqual({ encrypted: true, locked: false });
  const saved = await dispatch(reopened.handlers, 'saveAnswer', {
    assessmentId: t.assessment.id,
    key: 'appi-safeguards/APPI-PHY-07',
    answer: { status: 'implemented', note: '顧客台帳は金庫に保管' },
  });
  expect(saved.ok).toBe(true);
  return { ...t, handlers: reopened.handlers };
}

describe('encryption at rest', () => {
  it('leaves no answer, note or evidence text anywhere in the data folder', async () => {
    const { dataDir } = await encryptedFolder();
    for (const secret of secrets) expect(filesContaining(dataDir, secret), secret).toEqual([]);
    const header = JSON.parse(fs.readFileSync(path.join(dataDir, 'encryption.json'), 'utf8'));
    expect(header).toMatchObject({ format: 'mamori-keyfile', kdf: { name: 'scrypt', N: 131072, r: 8, p: 1 } });
    expect(fs.statSync(path.join(dataDir, 'encryption.json')).mode & 0o777).toBe(0o600);
  });

  it('opens locked: only settings are readable until the passphrase is given', async () => {
    const { dataDir, assessment } = await encryptedFolder();
    const after = testHandlers(dataDir);
    expect(await after.handlers.getEncryptionStatus({})).toEqual({ encrypted: true, locked: true });
    expect(await after.handlers.getSettings({})).toEqual({ language: 'ja' });
    expect(await dispatch(after.handlers, 'getAssessment', { id: assessment.id })).toEqual({
      ok: false,
      error: 'The data folder is locked: enter the passphrase to unlock it.',
      problem: { code: 'folder.locked' },
    });
    await after.handlers.unlock({ passphrase: PASSPHRASE });
    const opened = await after.handlers.getAssessment({ id: assessment.id });
    expect(opened.answers['appi-safeguards/APPI-PHY-07']?.note).toBe('顧客台帳は金庫に保管');
    expect(after.workspace.vault.get(Object.keys(assessment.evidence)[0]!).toString('utf8')).toMatch(/基本方針|教育記録/);
  });

  it('refuses a wrong passphrase clearly and touches nothing', async () => {
    const { dataDir } = await encryptedFolder();
    const after = testHandlers(dataDir);
    const before = snapshotFolder(dataDir);
    expect(await dispatch(after.handlers, 'unlock', { passphrase: 'not the passphrase' })).toEqual({
      ok: false,
      error: 'The passphrase is not correct.',
      problem: { code: 'encryption.wrong-passphrase' },
    });
    expect(snapshotFolder(dataDir)).toEqual(before);
    expect(await after.handlers.getEncryptionStatus({})).toEqual({ encrypted: true, locked: true });
  });

  it('detects one changed byte in an assessment file and restores the encrypted backup', async () => {
    const { dataDir, assessment } = await encryptedFolder();
    const file = path.join(dataDir, 'assessments', `${assessment.id}.json`);
    const bytes = fs.readFileSync(file);
    const at = Math.floor(bytes.length / 2);
    bytes.writeUInt8(bytes.readUInt8(at) === 0x41 ? 0x42 : 0x41, at); // stays valid base64
    fs.writeFileSync(file, bytes);
    const after = testHandlers(dataDir);
    await after.handlers.unlock({ passphrase: PASSPHRASE });
    const notice = (await after.handlers.listNotices({})).find((n) => n.kind === 'recovered');
    expect(notice).toMatchObject({ kind: 'recovered', reason: { code: 'reason.tampered' } });
    expect((await after.handlers.getAssessment({ id: assessment.id })).title).toBe('2026年度 自己点検');
  });

  it('detects a changed evidence file', async () => {
    const { dataDir, assessment } = await encryptedFolder();
    const hash = Object.keys(assessment.evidence)[0]!;
    const file = path.join(dataDir, 'evidence', hash);
    const bytes = fs.readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    fs.writeFileSync(file, bytes);
    const after = testHandlers(dataDir);
    await after.handlers.unlock({ passphrase: PASSPHRASE });
    expect(() => after.workspace.vault.get(hash)).toThrow(/Evidence file .* is damaged/);
  });

  it('refuses a plain file slipped into an encrypted folder', async () => {
    const { dataDir, assessment } = await encryptedFolder();
    const file = path.join(dataDir, 'assessments', `${assessment.id}.json`);
    fs.writeFileSync(file, JSON.stringify({ ...assessment, title: 'swapped in' }));
    const after = testHandlers(dataDir);
    await after.handlers.unlock({ passphrase: PASSPHRASE });
    expect((await after.handlers.getAssessment({ id: assessment.id })).title).toBe('2026年度 自己点検');
    expect((await after.handlers.listNotices({}))[0]).toMatchObject({ kind: 'recovered', reason: { code: 'reason.plain-in-encrypted' } });
  });

  it('finishes a conversion that a crash cut short, at the next unlock', async () => {
    const { dataDir, assessment } = await encryptedFolder();
    // Simulate a crash after the key file was written but before every file was sealed.
    fs.writeFileSync(path.join(dataDir, 'encryption-converting'), '');
    const backupDir = path.join(dataDir, 'backups', assessment.id);
    const plainBackup = path.join(backupDir, fs.readdirSync(backupDir)[0]!);
    fs.writeFileSync(plainBackup, JSON.stringify(assessment));
    const after = testHandlers(dataDir);
    await after.handlers.unlock({ passphrase: PASSPHRASE });
    expect(fs.existsSync(path.join(dataDir, 'encryption-converting'))).toBe(false);
    expect(fs.readFileSync(plainBackup, 'utf8')).toMatch(/^MAMORI-ENC1:/);
    for (const secret of secrets) expect(filesContaining(dataDir, secret), secret).toEqual([]);
  });

  it('refuses a short passphrase and a second enabling', async () => {
    const t = workspaceWithAssessment();
    dirs.push(t.dataDir);
    expect(await dispatch(t.handlers, 'enableEncryption', { passphrase: 'short' })).toMatchObject({ ok: false, error: expect.stringMatching(/must be at least 8 characters/) });
    await t.handlers.enableEncryption({ passphrase: PASSPHRASE });
    expect(await dispatch(t.handlers, 'enableEncryption', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: 'This data folder is already encrypted' });
  });
});
