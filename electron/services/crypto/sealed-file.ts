// Sealing bytes with the data folder's key: AES-256-GCM with a fresh random IV per seal and the caller's
// context (e.g. "assessment:abc123", "evidence:<sha256>") bound as additional authenticated data, so a
// file moved or copied over another one is detected, not only a file whose bytes were changed.
//
// Binary layout: "MAMORI-ENC" | version (1 byte) | IV (12) | ciphertext | GCM tag (16).
// Text layout, for JSON store files kept as text: "MAMORI-ENC1:" + base64 of the binary layout.
import crypto from 'node:crypto';
import { decodeBase64Strict } from './base64';
import { TamperedError } from './errors';

const MAGIC = Buffer.from('MAMORI-ENC', 'ascii');
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const HEADER_BYTES = MAGIC.length + 1;
const MIN_SEALED_BYTES = HEADER_BYTES + IV_BYTES + TAG_BYTES;
const TEXT_PREFIX = `MAMORI-ENC${VERSION}:`;

/** Encrypts and authenticates `plaintext`; `open` must be given the same key and context. */
export function seal(key: Buffer, plaintext: Buffer, context: string): Buffer {
  checkKey(key);
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([MAGIC, Buffer.of(VERSION), iv, ciphertext, cipher.getAuthTag()]);
}

/**
 * The plaintext, or a TamperedError when anything does not match: a changed or missing byte, another
 * key, another context. A changed magic or version byte counts as damage too, since the caller only
 * calls this for a file it expects to be sealed.
 */
export function open(key: Buffer, sealed: Buffer, context: string): Buffer {
  checkKey(key);
  const aad = additionalData(context);
  if (!isSealed(sealed) || sealed.length < MIN_SEALED_BYTES || sealed[MAGIC.length] !== VERSION) {
    throw new TamperedError();
  }
  const iv = sealed.subarray(HEADER_BYTES, HEADER_BYTES + IV_BYTES);
  const ciphertext = sealed.subarray(HEADER_BYTES + IV_BYTES, sealed.length - TAG_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    // OpenSSL says only "unable to authenticate data": ours says what it means for the user.
    throw new TamperedError();
  }
}

/** Whether `buffer` starts like a sealed file, i.e. whether to open it or read it as plain data. */
export function isSealed(buffer: Buffer): boolean {
  return buffer.length >= MAGIC.length && buffer.subarray(0, MAGIC.length).equals(MAGIC);
}

/** `seal` for a JSON document kept in a text file. */
export function sealText(key: Buffer, json: string, context: string): string {
  return TEXT_PREFIX + seal(key, Buffer.from(json, 'utf8'), context).toString('base64');
}

export function openText(key: Buffer, text: string, context: string): string {
  checkKey(key);
  // Surrounding whitespace is not content (an editor may add a final newline); anything else that does
  // not decode exactly is damage, so that a stray character cannot be skipped by a lenient decoder.
  const trimmed = text.trim();
  if (!trimmed.startsWith(TEXT_PREFIX)) throw new TamperedError();
  const sealed = decodeBase64Strict(trimmed.slice(TEXT_PREFIX.length));
  if (sealed === null) throw new TamperedError();
  return open(key, sealed, context).toString('utf8');
}

export function isSealedText(text: string): boolean {
  return text.trimStart().startsWith(TEXT_PREFIX);
}

// A bad key or an empty context is a programming error, not a damaged file: fail loudly and differently.
function checkKey(key: Buffer): void {
  if (!Buffer.isBuffer(key) || key.length !== KEY_BYTES) {
    throw new TypeError(`The encryption key must be a ${KEY_BYTES}-byte Buffer.`);
  }
}

function additionalData(context: string): Buffer {
  if (typeof context !== 'string' || context.length === 0) {
    throw new TypeError('A sealing context is required (e.g. "assessment:<id>").');
  }
  // The format version is authenticated too, so that a later version can never read these bytes under
  // its own rules.
  return Buffer.concat([MAGIC, Buffer.of(VERSION), Buffer.from(context, 'utf8')]);
}
