// Rotating backup copies of one document file. A backup is the file's stored bytes as they are (an
// encrypted file stays encrypted), taken when an assessment is opened, every few saves, and before a restore
// or an import replaces it. Rotation keeps the newest 10, plus the newest of each of the last 7 days.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type Backup, type BackupReason, backupReasons } from '../../ipc/shapes';
import { copyFileAtomic } from './atomic-file';

export { type Backup, type BackupReason, backupReasons };

export const KEEP_NEWEST = 10;
export const KEEP_DAYS = 7;

const NAME = /^(\d{8}T\d{6}\d{3}Z)-([a-z-]+)-([0-9a-f]{6})\.bak$/;

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(value: string): string {
  // 20261122T021500123Z → 2026-11-22T02:15:00.123Z
  return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}T${value.slice(9, 11)}:${value.slice(11, 13)}:${value.slice(13, 15)}.${value.slice(15, 18)}Z`;
}

export function parseBackupName(name: string): Backup | null {
  const match = NAME.exec(name);
  if (!match || !(backupReasons as readonly string[]).includes(match[2]!)) return null;
  return { name, takenAt: parseStamp(match[1]!), reason: match[2] as BackupReason, size: 0 };
}

export type BackupSet = {
  readonly dir: string;
  take(source: string, reason: BackupReason): Backup | null;
  list(): Backup[];
  path(name: string): string;
};

export function backupSet(dir: string, now: () => Date): BackupSet {
  const list = (): Backup[] => {
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .map((name) => {
        const backup = parseBackupName(name);
        return backup ? { ...backup, size: fs.statSync(path.join(dir, name)).size } : null;
      })
      .filter((b): b is Backup => b !== null)
      .sort((a, b) => (a.name < b.name ? 1 : -1));
  };

  const rotate = () => {
    const all = list();
    const keep = new Set(all.slice(0, KEEP_NEWEST).map((b) => b.name));
    const cutoff = now().getTime() - KEEP_DAYS * 24 * 60 * 60 * 1000;
    const days = new Set<string>();
    for (const backup of all) {
      const day = backup.takenAt.slice(0, 10);
      if (Date.parse(backup.takenAt) >= cutoff && !days.has(day)) {
        days.add(day);
        keep.add(backup.name);
      }
    }
    for (const backup of all) if (!keep.has(backup.name)) fs.rmSync(path.join(dir, backup.name), { force: true });
  };

  return {
    dir,
    list,
    path(name) {
      if (!parseBackupName(name)) throw new Error(`Not a backup name: ${name}`);
      return path.join(dir, name);
    },
    take(source, reason) {
      if (!fs.existsSync(source) || fs.statSync(source).size === 0) return null;
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      const name = `${stamp(now())}-${reason}-${crypto.randomBytes(3).toString('hex')}.bak`;
      const target = path.join(dir, name);
      copyFileAtomic(source, target);
      rotate();
      return { ...parseBackupName(name)!, size: fs.statSync(target).size };
    },
  };
}
