// Where everything lives inside one data folder. The folder is passed in (Electron's userData, a CLI
// --data-dir, a test's temporary folder); nothing here decides it.
import fs from 'node:fs';
import path from 'node:path';

export type DataFolder = {
  root: string;
  indexFile: string;
  assessmentsDir: string;
  /** Custom catalogs the user imported, stored as <id>@<version>.yaml. */
  catalogsDir: string;
  /** Evidence files, stored under their SHA-256 content hash. */
  evidenceDir: string;
  /** backups/index/ and backups/<assessment id>/. */
  backupsDir: string;
  /** Damaged files, moved aside and never deleted. */
  quarantineDir: string;
  /** Present when the folder is encrypted: the key file header (KDF parameters, verifier). */
  keyFile: string;
};

export function dataFolder(root: string): DataFolder {
  return {
    root,
    indexFile: path.join(root, 'index.json'),
    assessmentsDir: path.join(root, 'assessments'),
    catalogsDir: path.join(root, 'catalogs'),
    evidenceDir: path.join(root, 'evidence'),
    backupsDir: path.join(root, 'backups'),
    quarantineDir: path.join(root, 'quarantine'),
    keyFile: path.join(root, 'encryption.json'),
  };
}

export function ensureDataFolder(folder: DataFolder): void {
  for (const dir of [folder.root, folder.assessmentsDir]) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/** What a folder given as a data folder is: new (missing or empty), a Mamori data folder, or something else. */
export function inspectDataFolder(folder: DataFolder): 'new' | 'data-folder' | 'foreign' {
  if (!fs.existsSync(folder.root)) return 'new';
  if (!fs.statSync(folder.root).isDirectory()) return 'foreign';
  const entries = fs.readdirSync(folder.root);
  if (entries.length === 0) return 'new';
  if (entries.includes('index.json') || entries.includes('assessments') || entries.includes('encryption.json')) return 'data-folder';
  return 'foreign';
}

/** Whether any stored assessment file is sealed: then the folder is encrypted, whatever else is missing. */
export function holdsSealedFiles(folder: DataFolder): boolean {
  if (!fs.existsSync(folder.assessmentsDir)) return false;
  const head = Buffer.alloc(10);
  for (const name of fs.readdirSync(folder.assessmentsDir)) {
    if (!name.endsWith('.json')) continue;
    const fd = fs.openSync(path.join(folder.assessmentsDir, name), 'r');
    try {
      const read = fs.readSync(fd, head, 0, head.length, 0);
      if (read === head.length && head.toString('ascii') === 'MAMORI-ENC') return true;
    } finally {
      fs.closeSync(fd);
    }
  }
  return false;
}

/** Temporary files younger than this may belong to a writer still at work; older ones are certainly leftovers. */
export const TEMP_FILE_MIN_AGE_MS = 60_000;

/**
 * A writer killed mid-save leaves `<file>.tmp-<random>` beside the file (the atomic write renames it over the
 * original only when complete). The original is intact, so the leftovers are just removed — but only by the
 * holder of the folder lock (no other writer can be at work), and only when they are old enough that no
 * save can still be writing them.
 */
export function removeLeftoverTempFiles(folder: DataFolder, now: number = Date.now()): string[] {
  const removed: string[] = [];
  const visit = (dir: string, depth: number) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && depth > 0 && entry.name !== 'quarantine') visit(full, depth - 1);
      else if (entry.isFile() && /\.tmp-[A-Za-z0-9]+$/.test(entry.name)) {
        let mtime: number;
        try {
          mtime = fs.statSync(full).mtimeMs;
        } catch {
          continue; // gone already
        }
        if (now - mtime < TEMP_FILE_MIN_AGE_MS) continue;
        fs.rmSync(full, { force: true });
        removed.push(full);
      }
    }
  };
  visit(folder.root, 2);
  return removed;
}
