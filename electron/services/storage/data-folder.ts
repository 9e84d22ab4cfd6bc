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
};

export function dataFolder(root: string): DataFolder {
  return {
    root,
    indexFile: path.join(root, 'index.json'),
    assessmentsDir: path.join(root, 'assessments'),
    catalogsDir: path.join(root, 'catalogs'),
  };
}

export function ensureDataFolder(folder: DataFolder): void {
  fs.mkdirSync(folder.root, { recursive: true, mode: 0o700 });
  fs.mkdirSync(folder.assessmentsDir, { recursive: true, mode: 0o700 });
}

/**
 * A writer killed mid-save leaves `<file>.tmp-<random>` beside the file (the atomic write renames it over the
 * original only when complete). The original is intact, so the leftovers are just removed.
 */
export function removeLeftoverTempFiles(folder: DataFolder): string[] {
  const removed: string[] = [];
  for (const dir of [folder.root, folder.assessmentsDir, folder.catalogsDir]) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      if (/\.tmp-[A-Za-z0-9]+$/.test(name)) {
        fs.rmSync(path.join(dir, name), { force: true });
        removed.push(path.join(dir, name));
      }
    }
  }
  return removed;
}
