// Writing a whole file so that a crash leaves either the old file or the new one, never half of either:
// write a temporary file beside it (flushed to disk), then rename it over the target. Leftover temporary
// files (`*.tmp-<random>`) are removed at start by removeLeftoverTempFiles.
import crypto from 'node:crypto';
import fs from 'node:fs';

export function writeFileAtomic(target: string, data: string | Buffer): void {
  const temp = `${target}.tmp-${crypto.randomBytes(4).toString('hex')}`;
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, target);
}

export function copyFileAtomic(source: string, target: string): void {
  writeFileAtomic(target, fs.readFileSync(source));
}
