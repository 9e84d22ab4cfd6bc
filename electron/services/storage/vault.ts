// The evidence vault: files stored under their SHA-256 content hash (never under the user's file name),
// mode 0600, sealed with the folder key when encryption is on. The same content is stored once.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { EvidenceHash } from '../../../assessments';
import { UserError } from '../errors';
import { writeFileAtomic } from './atomic-file';
import type { Codec } from './codec';

export type Vault = {
  put(bytes: Buffer): string;
  get(hash: string): Buffer;
  has(hash: string): boolean;
  remove(hash: string): void;
};

export const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

export function openVault(dir: string, codec: Codec): Vault {
  const fileOf = (hash: string) => {
    if (!EvidenceHash.safeParse(hash).success) throw new UserError(`"${hash}" is not an evidence hash`);
    return path.join(dir, hash);
  };
  return {
    has: (hash) => fs.existsSync(fileOf(hash)),
    put(bytes) {
      const hash = sha256(bytes);
      const target = fileOf(hash);
      if (fs.existsSync(target)) return hash;
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      writeFileAtomic(target, codec.encodeBytes(bytes, `evidence:${hash}`));
      return hash;
    },
    get(hash) {
      const bytes = codec.decodeBytes(fs.readFileSync(fileOf(hash)), `evidence:${hash}`);
      if (sha256(bytes) !== hash) throw new UserError(`Evidence file ${hash.slice(0, 12)}… is damaged (its content no longer matches its hash)`);
      return bytes;
    },
    remove(hash) {
      fs.rmSync(fileOf(hash), { force: true });
    },
  };
}
