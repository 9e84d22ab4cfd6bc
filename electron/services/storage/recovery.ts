// What happens when a stored file cannot be read: it is moved aside into quarantine (never deleted), the
// newest backup that reads cleanly is put in its place, and a notice tells the user what happened and where
// the damaged file is. There is never a silent reset to empty. Only a writer (the holder of the folder lock)
// recovers; a reader reports the damage and changes nothing.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../../../assessments';
import type { Notice, NoticeAbout } from '../../ipc/shapes';
import { UserError } from '../errors';
import { copyFileAtomic } from './atomic-file';
import type { BackupSet } from './backups';
import type { Codec } from './codec';
import { DamagedFileError, decodeDocument, type DocumentFile, type DocumentRead, type DocumentSpec } from './document-file';

export type { Notice, NoticeAbout };

export type Notices = { add(notice: Notice): void; list(): Notice[]; clear(): void };

export function noticeBoard(): Notices {
  const notices: Notice[] = [];
  return { add: (n) => void notices.push(n), list: () => [...notices], clear: () => void notices.splice(0) };
}

export function quarantine(file: string, quarantineDir: string, now: Date): string | null {
  if (!fs.existsSync(file)) return null;
  fs.mkdirSync(quarantineDir, { recursive: true, mode: 0o700 });
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  const target = path.join(quarantineDir, `${path.basename(file)}.${stamp}-${crypto.randomBytes(3).toString('hex')}.damaged`);
  fs.renameSync(file, target);
  return target;
}

/** Copies a backup over the live file atomically. */
export const putInPlace = copyFileAtomic;

export type RecoveryContext<T> = {
  subject: Problem;
  about: NoticeAbout;
  file: DocumentFile<T>;
  context: string;
  spec: DocumentSpec<T>;
  codec: Codec;
  backups: BackupSet;
  quarantineDir: string;
  notices: Notices;
  now: () => Date;
};

export function readWithRecovery<T>(ctx: RecoveryContext<T>): DocumentRead<T> {
  try {
    return ctx.file.read();
  } catch (error) {
    if (!(error instanceof DamagedFileError)) throw error; // a newer file is refused, never quarantined
    const at = ctx.now().toISOString();
    const quarantinedTo = quarantine(ctx.file.path, ctx.quarantineDir, ctx.now());
    for (const backup of ctx.backups.list()) {
      const backupPath = ctx.backups.path(backup.name);
      try {
        const read = decodeDocument(fs.readFileSync(backupPath, 'utf8'), backupPath, ctx.context, ctx.spec, ctx.codec);
        putInPlace(backupPath, ctx.file.path);
        ctx.notices.add({ kind: 'recovered', about: ctx.about, file: ctx.file.path, reason: error.reason, quarantinedTo, restoredFrom: backup.name, backupTakenAt: backup.takenAt, at });
        return read;
      } catch {
        // This backup is damaged too (or from a newer app): try the next older one.
      }
    }
    ctx.notices.add({ kind: 'unrecoverable', about: ctx.about, file: ctx.file.path, reason: error.reason, quarantinedTo, at });
    throw quarantinedTo
      ? new UserError('storage.damaged-kept', { subject: ctx.subject, reason: error.reason, path: quarantinedTo })
      : new UserError('storage.damaged', { subject: ctx.subject, reason: error.reason });
  }
}

/** A reader's read: damage is reported with what to do, and nothing is moved or restored. */
export function readWithoutRecovery<T>(subject: Problem, file: DocumentFile<T>): DocumentRead<T> {
  try {
    return file.read();
  } catch (error) {
    if (error instanceof DamagedFileError) throw new UserError('storage.damaged-readonly', { subject, reason: error.reason });
    throw error;
  }
}
