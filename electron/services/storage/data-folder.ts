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

/**
 * A writer killed mid-save leaves `<file>.tmp-<random>` beside the file (the atomic write renames it over the
 * original only when complete). The original is intact, so the leftovers are just removed.
 */
export function removeLeftoverTempFiles(folder: DataFolder): string[] {
  const removed: string[] = [];
  const visit = (dir: string, depth: number) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && depth > 0 && entry.name !== 'quarantine') visit(full, depth - 1);
      else if (entry.isFile() && /\.tmp-[A-Za-z0-9]+$/.test(entry.name)) {
        fs.rmSync(full, { force: true });
        removed.push(full);
      }
    }
  };
  visit(folder.root, 2);
  return removed;
}
