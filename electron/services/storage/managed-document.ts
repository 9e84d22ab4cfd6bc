// A document file with everything that keeps it safe: recovery from backups when it is damaged, migration
// of old versions (with a backup first), a backup when it is first opened and every few saves, and restore
// of a backup that can itself be undone. The value is cached after the first read, so a save is one write.
// Opened for reading only (no folder lock held), it never writes: no recovery, no backups, migrations in
// memory only, and every write refused.
import fs from 'node:fs';
import type { Problem } from '../../../assessments';
import { UserError } from '../errors';
import { type Backup, type BackupSet, backupSet } from './backups';
import type { Codec } from './codec';
import { decodeDocument, documentFile, type DocumentSpec } from './document-file';
import { type NoticeAbout, type Notices, putInPlace, readWithoutRecovery, readWithRecovery } from './recovery';

/** Whether writing is allowed right now: the folder lock's check, or a refusal for readers. */
export type WriteGuard = { check(): void };

export const readOnly: WriteGuard = {
  check() {
    throw new UserError('folder.read-only');
  },
};

export const PERIODIC_BACKUP_SAVES = 25;
export const PERIODIC_BACKUP_MS = 10 * 60 * 1000;

export type ManagedDocument<T> = {
  readonly path: string;
  readonly backups: BackupSet;
  exists(): boolean;
  read(): T;
  write(value: T): void;
  /** Puts a backup in place of the file; returns the backup taken of the current file, to undo with. */
  restore(backupName: string): { restored: Backup; undo: Backup | null };
  /** Forgets the cached value (after the file was replaced from outside, e.g. by an import). */
  reload(): void;
  /** Whether the file was found damaged beyond repair in this session (its message is kept). */
  damaged(): boolean;
  /** Whether the value is already read (a save then touches nothing but the write). */
  loaded(): boolean;
};

export type ManagedDocumentOptions<T> = {
  subject: Problem;
  about: NoticeAbout;
  file: string;
  context: string;
  spec: DocumentSpec<T>;
  codec: Codec;
  backupsDir: string;
  quarantineDir: string;
  notices: Notices;
  now: () => Date;
  /** readOnly for readers; the folder lock for the writer. */
  writer: WriteGuard;
  /** Take a backup when the document is first read (the app does; one-shot CLI writes do not). */
  backupOnOpen: boolean;
};

export function managedDocument<T>(options: ManagedDocumentOptions<T>): ManagedDocument<T> {
  const { spec, codec, now, writer } = options;
  const writable = writer !== readOnly;
  const file = documentFile(options.file, options.context, spec, codec);
  const backups = backupSet(options.backupsDir, now);
  let cache: { value: T } | null = null;
  let failure: Error | null = null;
  let saves = 0;
  let lastPeriodic = now().getTime();

  const read = (): T => {
    if (cache) return cache.value;
    // Already quarantined and beyond repair: repeat what happened rather than "file missing".
    if (failure && !file.exists()) throw failure;
    let result;
    try {
      result = writable ? readWithRecovery({ ...options, file, backups }) : readWithoutRecovery(options.subject, file);
      failure = null;
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      throw error;
    }
    if (result.migratedFrom !== null && writable) {
      writer.check();
      backups.take(file.path, 'before-migration');
      file.write(result.value);
      options.notices.add({
        kind: 'migrated',
        about: options.about,
        file: file.path,
        fromVersion: result.migratedFrom,
        toVersion: spec.version,
        at: now().toISOString(),
      });
    }
    if (writable && options.backupOnOpen) backups.take(file.path, 'open');
    cache = { value: result.value };
    return result.value;
  };

  return {
    path: file.path,
    backups,
    exists: () => file.exists(),
    read,
    write(value) {
      writer.check();
      file.write(value);
      cache = { value };
      saves += 1;
      if (saves % PERIODIC_BACKUP_SAVES === 0 || now().getTime() - lastPeriodic >= PERIODIC_BACKUP_MS) {
        lastPeriodic = now().getTime();
        backups.take(file.path, 'periodic');
      }
    },
    restore(name) {
      writer.check();
      const source = backups.path(name);
      if (!fs.existsSync(source)) throw new Error(`There is no backup named ${name}`);
      const restored = backups.list().find((b) => b.name === name)!;
      // Check the backup reads cleanly before anything is touched.
      const decoded = decodeDocument(fs.readFileSync(source, 'utf8'), source, options.context, spec, codec);
      const undo = backups.take(file.path, 'before-restore');
      putInPlace(source, file.path);
      cache = { value: decoded.value };
      // The newest backup must be what is now live, or damage right after would recover the undone state.
      backups.take(file.path, 'restored');
      return { restored, undo };
    },
    reload() {
      cache = null;
    },
    damaged: () => failure !== null,
    loaded: () => cache !== null,
  };
}
