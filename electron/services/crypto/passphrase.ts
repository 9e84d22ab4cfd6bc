// Self-contained, passphrase-protected blobs for exports: the file carries its own KDF parameters, so it
// can be opened on another machine with only the passphrase, independent of any data folder's key.
//
// Layout: "MAMORI-PWD" | version (1 byte) | header length (2 bytes, big-endian) | header JSON | seal().
// The header is {"kdf": KdfParams, "verifier": string}. The verifier is there so a wrong passphrase can
// be told apart from a damaged body; AES-GCM alone cannot.
import { problem } from '../../../assessments';
import { EncryptionFormatError } from './errors';
import { deriveKey, isRecord, newKdfParams, parseKdfParams, type KdfParams } from './kdf';
import { requireStrongPassphrase } from './passphrase-strength';
import { open, seal } from './sealed-file';
import { checkVerifier, makeVerifier, parseVerifier } from './verifier';

export { checkPassphraseStrength } from './passphrase-strength';

const MAGIC = Buffer.from('MAMORI-PWD', 'ascii');
const VERSION = 1;
const PREFIX_BYTES = MAGIC.length + 1 + 2;
// Ours is about 250 bytes; a longer header is not one we wrote, and is refused before it is parsed.
const MAX_HEADER_BYTES = 2048;
const SOURCE = 'encryption.source-export' as const;

/**
 * Encrypts `plaintext` under a key derived from `passphrase`. `params` exists so tests can use a cheaper
 * N; callers should leave it out (each call then gets a fresh salt).
 */
export async function sealWithPassphrase(
  plaintext: Buffer,
  passphrase: string,
  context: string,
  params: KdfParams = newKdfParams(),
): Promise<Buffer> {
  requireStrongPassphrase(passphrase);
  const kdf = parseKdfParams(params);
  const key = await deriveKey(passphrase, kdf);
  const header = Buffer.from(JSON.stringify({ kdf, verifier: makeVerifier(key) }), 'utf8');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(header.length);
  const body = seal(key, plaintext, bodyContext(context, header));
  return Buffer.concat([MAGIC, Buffer.of(VERSION), length, header, body]);
}

/**
 * The plaintext. WrongPassphraseError for a wrong passphrase, TamperedError for a damaged body or the
 * wrong context, EncryptionFormatError for a file that is not one of ours or has a hostile header.
 */
export async function openWithPassphrase(sealed: Buffer, passphrase: string, context: string): Promise<Buffer> {
  if (sealed.length < PREFIX_BYTES || !sealed.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new EncryptionFormatError(SOURCE, problem('encryption.not-protected-file'));
  }
  const version = sealed[MAGIC.length];
  if (version !== VERSION) {
    throw new EncryptionFormatError(SOURCE, problem('encryption.bad-version'));
  }
  const headerLength = sealed.readUInt16BE(MAGIC.length + 1);
  if (headerLength === 0 || headerLength > MAX_HEADER_BYTES || PREFIX_BYTES + headerLength > sealed.length) {
    throw new EncryptionFormatError(SOURCE, problem('encryption.bad-header'));
  }
  const header = sealed.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength);
  const fields = parseHeader(header);
  const kdf = parseKdfParams(fields.kdf, SOURCE, 'kdf');
  const verifier = parseVerifier(fields.verifier, SOURCE);
  const key = await deriveKey(passphrase, kdf);
  checkVerifier(key, verifier);
  return open(key, sealed.subarray(PREFIX_BYTES + headerLength), bodyContext(context, header));
}

function parseHeader(header: Buffer): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(header));
  } catch {
    throw new EncryptionFormatError(SOURCE, problem('encryption.bad-header'));
  }
  if (!isRecord(value)) throw new EncryptionFormatError(SOURCE, problem('encryption.bad-header'));
  return value;
}

// The exact header bytes are authenticated with the body, so a header cannot be swapped between files
// or edited (say, to reorder fields) without the body failing to open. JSON keeps the two parts apart
// whatever characters the caller's context contains.
function bodyContext(context: string, header: Buffer): string {
  if (typeof context !== 'string' || context.length === 0) {
    throw new TypeError('A sealing context is required (e.g. "export:<id>").');
  }
  return JSON.stringify(['mamori-pwd', context, header.toString('base64')]);
}
