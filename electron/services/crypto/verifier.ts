// A known plaintext sealed under a derived key, stored beside the KDF parameters. Opening it tells a wrong
// passphrase (WrongPassphraseError) apart from damaged data sealed under the right key (TamperedError),
// which AES-GCM alone cannot: both only fail authentication.
import { decodeBase64Strict } from './base64';
import { problem } from '../../../assessments';
import { EncryptionFormatError, type HeaderSource, TamperedError, WrongPassphraseError } from './errors';
import { open, seal } from './sealed-file';

const KNOWN_PLAINTEXT = Buffer.from('mamori passphrase verifier v1', 'utf8');
const CONTEXT = 'mamori:verifier';
// Our verifiers are 68 bytes; anything much longer is not one of ours and is not worth decoding.
const MAX_VERIFIER_CHARS = 512;

export function makeVerifier(key: Buffer): string {
  return seal(key, KNOWN_PLAINTEXT, CONTEXT).toString('base64');
}

/** Checks the shape of a verifier read from a header, before any key is derived. */
export function parseVerifier(value: unknown, source: HeaderSource): Buffer {
  const bytes = typeof value === 'string' && value.length <= MAX_VERIFIER_CHARS ? decodeBase64Strict(value) : null;
  if (bytes === null || bytes.length === 0) throw new EncryptionFormatError(source, problem('encryption.bad-field', { field: 'verifier' }));
  return bytes;
}

/** Throws WrongPassphraseError unless `key` is the one the verifier was made with. */
export function checkVerifier(key: Buffer, verifier: Buffer): void {
  let plaintext: Buffer;
  try {
    plaintext = open(key, verifier, CONTEXT);
  } catch (error) {
    if (error instanceof TamperedError) throw new WrongPassphraseError();
    throw error;
  }
  if (!plaintext.equals(KNOWN_PLAINTEXT)) throw new WrongPassphraseError();
}
