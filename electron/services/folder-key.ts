// Unlocking an encrypted data folder: the key file (encryption.json) turns the passphrase into the folder key.
// A key file that is not a Mamori key file, or one that belongs to another folder (it unlocks, but opens none
// of this folder's files), is refused with a message saying so — before anything is read as damaged, so
// nothing is ever moved to quarantine because the key was wrong.
import fs from 'node:fs';
import path from 'node:path';
import { problem } from '../../assessments';
import { EncryptionFormatError, isSealed, isSealedText, open, openText, unlockKeyFile } from './crypto';
import { UserError } from './errors';
import { assessmentContext } from './storage/assessment-store';
import type { DataFolder } from './storage/data-folder';

export async function unlockFolderKey(folder: DataFolder, passphrase: string): Promise<Buffer> {
  let header: unknown;
  try {
    header = JSON.parse(fs.readFileSync(folder.keyFile, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw missing
      ? new UserError('folder.key-file-missing', { path: folder.root })
      : new UserError('folder.key-file-foreign', { path: folder.keyFile, problem: problem('reason.not-json') });
  }
  let key: Buffer;
  try {
    key = await unlockKeyFile(header, passphrase);
  } catch (error) {
    if (error instanceof EncryptionFormatError) throw new UserError('folder.key-file-foreign', { path: folder.keyFile, problem: error.detail });
    throw error;
  }
  checkKeyBelongsHere(folder, key);
  return key;
}

/**
 * The key must open this folder's files. A damaged file is not a wrong key (it is recovered from its backups as
 * usual): only when the key opens none of the folder's sealed files — assessments, backups, evidence — did the
 * key file come from somewhere else.
 */
function checkKeyBelongsHere(folder: DataFolder, key: Buffer): void {
  let sealed = 0;
  const opens = (file: string, context: string, binary: boolean): boolean => {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      return false;
    }
    if (binary ? !isSealed(bytes) : !isSealedText(bytes.toString('utf8'))) return false;
    sealed += 1;
    try {
      if (binary) open(key, bytes, context);
      else openText(key, bytes.toString('utf8'), context);
      return true;
    } catch {
      return false;
    }
  };
  const list = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir) : []);
  for (const name of list(folder.assessmentsDir)) {
    if (/^[a-z0-9]{8,32}\.json$/.test(name) && opens(path.join(folder.assessmentsDir, name), assessmentContext(name.slice(0, -5)), false)) return;
  }
  for (const id of list(folder.backupsDir)) {
    if (id === 'index') continue;
    for (const name of list(path.join(folder.backupsDir, id))) if (opens(path.join(folder.backupsDir, id, name), assessmentContext(id), false)) return;
  }
  for (const hash of list(folder.evidenceDir)) if (opens(path.join(folder.evidenceDir, hash), `evidence:${hash}`, true)) return;
  if (sealed > 0) throw new UserError('folder.key-file-foreign', { path: folder.keyFile, problem: problem('reason.tampered') });
}
