// Whether the Electron binary is present. It is downloaded lazily on first use; on machines that cannot reach
// the download (such as our development machines) it is absent, and Electron end-to-end tests are skipped —
// reported as skipped with this reason, never as passed.
import fs from 'node:fs';
import path from 'node:path';

const electronDir = path.resolve(import.meta.dirname, '../../node_modules/electron');

export function electronBinary(): { path: string } | { missing: string } {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) {
    return { missing: 'the Electron binary is not installed (node_modules/electron/path.txt is absent; it downloads on first `npm start`)' };
  }
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  if (!fs.existsSync(binary)) return { missing: `the Electron binary ${binary} is missing` };
  return { path: binary };
}
