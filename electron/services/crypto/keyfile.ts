// The key file of an encrypted data folder (stored by the caller as encryption.json): the scrypt parameters
// and a verifier, never the key. Unlocking derives the key from the passphrase and proves it with the
// verifier, so a wrong passphrase is reported as such before any data file is touched.
import { problem } from '../../../assessments';
import { EncryptionFormatError } from './errors';
import { deriveKey, isRecord, newKdfParams, parseKdfParams, type KdfParams } from './kdf';
import { requireStrongPassphrase } from './passphrase-strength';
import { checkVerifier, makeVerifier, parseVerifier } from './verifier';

export type KeyFileHeader = {
  format: 'mamori-keyfile';
  version: 1;
  kdf: KdfParams;
  verifier: string;
};

const FORMAT = 'mamori-keyfile';
const VERSION = 1;
const SOURCE = 'encryption.source-key-file' as const;

/**
 * A new header and the key it protects. `params` exists so tests can use a cheaper N; callers should
 * leave it out (each call then gets a fresh salt).
 */
export async function createKeyFile(
  passphrase: string,
  params: KdfParams = newKdfParams(),
): Promise<{ header: KeyFileHeader; key: Buffer }> {
  requireStrongPassphrase(passphrase);
  const kdf = parseKdfParams(params);
  const key = await deriveKey(passphrase, kdf);
  return { header: { format: FORMAT, version: VERSION, kdf, verifier: makeVerifier(key) }, key };
}

/** The data folder's key; `header` is the parsed JSON of the key file, checked here field by field. */
export async function unlockKeyFile(header: unknown, passphrase: string): Promise<Buffer> {
  if (!isRecord(header)) throw new EncryptionFormatError(SOURCE, problem('reason.not-object'));
  if (header.format !== FORMAT) throw new EncryptionFormatError(SOURCE, problem('encryption.bad-field', { field: 'format' }));
  if (typeof header.version === 'number' && Number.isInteger(header.version) && header.version > VERSION) {
    throw new EncryptionFormatError(SOURCE, problem('encryption.newer-version', { version: header.version }));
  }
  if (header.version !== VERSION) throw new EncryptionFormatError(SOURCE, problem('encryption.bad-version'));
  const kdf = parseKdfParams(header.kdf, SOURCE, 'kdf');
  const verifier = parseVerifier(header.verifier, SOURCE);
  const key = await deriveKey(passphrase, kdf);
  checkVerifier(key, verifier);
  return key;
}
