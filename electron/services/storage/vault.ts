// The evidence vault: files stored under their SHA-256 content hash (never under the user's file name),
// mode 0600, sealed with the folder key when encryption is on. The same content is stored once.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { EvidenceHash } from '../../../assessments';
import { UserError } from '../errors';
import { writeFileAtomic } from './atomic-file';
import { type Codec, UndecodableError } from './codec';
import type { WriteGuard } from './managed-document';

export type Vault = {
  put(bytes: Buffer): string;
  get(hash: string): Buffer;
  has(hash: string): boolean;
  remove(hash: string): void;
};

export const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

export function openVault(dir: string, codec: Codec, writer: WriteGuard): Vault {
  const fileOf = (hash: string) => {
    if (!EvidenceHash.safeParse(hash).success) throw new UserError('evidence.bad-hash', { hash: hash.slice(0, 80) });
    return path.join(dir, hash);
  };
  return {
    has: (hash) => fs.existsSync(fileOf(hash)),
    put(bytes) {
      writer.check();
      const hash = sha256(bytes);
      const target = fileOf(hash);
      if (fs.existsSync(target)) return hash;
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      writeFileAtomic(target, codec.encodeBytes(bytes, `evidence:${hash}`));
      return hash;
    },
    get(hash) {
      const damaged = () => new UserError('evidence.damaged', { hash: hash.slice(0, 12) });
      let bytes: Buffer;
      try {
        bytes = codec.decodeBytes(fs.readFileSync(fileOf(hash)), `evidence:${hash}`);
      } catch (error) {
        if (error instanceof UndecodableError || (error as NodeJS.ErrnoException).code === 'ENOENT') throw damaged();
        throw error;
      }
      if (sha256(bytes) !== hash) throw damaged();
      return bytes;
    },
    remove(hash) {
      writer.check();
      fs.rmSync(fileOf(hash), { force: true });
    },
  };
}
