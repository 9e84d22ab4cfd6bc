// Turns a passphrase into a 256-bit key with scrypt, and checks KDF parameters read from a file before
// they are used: a header is untrusted input, and scrypt's parameters decide how much memory and time we
// spend, so a hostile one could otherwise make the app allocate gigabytes or hang.
import crypto from 'node:crypto';
import { decodeBase64Strict } from './base64';
import { problem } from '../../../assessments';
import { EncryptionFormatError, type HeaderSource } from './errors';

export type KdfParams = {
  name: 'scrypt';
  N: number;
  r: number;
  p: number;
  /** base64 */
  salt: string;
  keyLength: 32;
};

// N=2^17, r=8, p=1 is the OWASP minimum for scrypt: about 128 MiB and half a second per unlock.
const DEFAULT_N = 2 ** 17;
const DEFAULT_R = 8;
const DEFAULT_P = 1;
const SALT_BYTES = 16;

const MIN_N = 2 ** 14;
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;
const MIN_SALT_BYTES = 16;
const MAX_SALT_BYTES = 64;

// Node's default maxmem (32 MiB) refuses the default N, so we raise it explicitly; headers that would
// need more than this are refused before scrypt runs. 128·r·(N+2) + 128·r·p is OpenSSL's own estimate.
const MAX_MEMORY = 256 * 1024 * 1024;
// Each field may be in range while their product is not: cap the work at four times the default so a
// hostile header cannot keep a libuv thread busy for minutes.
const MAX_WORK = 4 * DEFAULT_N * DEFAULT_R * DEFAULT_P;

export function newKdfParams(): KdfParams {
  return {
    name: 'scrypt',
    N: DEFAULT_N,
    r: DEFAULT_R,
    p: DEFAULT_P,
    salt: crypto.randomBytes(SALT_BYTES).toString('base64'),
    keyLength: 32,
  };
}

/**
 * Checks untrusted KDF parameters and returns a clean copy (unknown fields dropped).
 * `source` and `field` only shape the error message, e.g. "The key file is not valid: kdf.N must be …".
 */
export function parseKdfParams(value: unknown, source: HeaderSource = 'encryption.source-header', field = 'kdf'): KdfParams {
  // The untrusted value is never echoed back: the field name says enough to find it.
  const fail: (detail: string) => never = (detail) => {
    throw new EncryptionFormatError(source, detail === 'cost' ? problem('encryption.too-costly') : problem('encryption.bad-field', { field: `${field}${detail}` }));
  };
  if (!isRecord(value)) return fail('');
  const v = value;
  if (v.name !== 'scrypt') fail('.name');
  const N = v.N;
  if (!isIntegerIn(N, MIN_N, MAX_N) || (N & (N - 1)) !== 0) {
    fail('.N');
  }
  if (!isIntegerIn(v.r, 1, MAX_R)) fail('.r');
  if (!isIntegerIn(v.p, 1, MAX_P)) fail('.p');
  if (typeof v.salt !== 'string') fail('.salt');
  const salt = decodeBase64Strict(v.salt);
  if (salt === null) return fail('.salt');
  if (salt.length < MIN_SALT_BYTES || salt.length > MAX_SALT_BYTES) {
    fail('.salt');
  }
  if (v.keyLength !== 32) fail('.keyLength');
  const params: KdfParams = { name: 'scrypt', N, r: v.r, p: v.p, salt: v.salt, keyLength: 32 };
  // scrypt itself requires N < 2^(16·r); only r = 1 can reach that within our range of N.
  if (params.N >= 2 ** (16 * params.r)) fail('.N');
  if (memoryNeeded(params) > MAX_MEMORY) fail('cost');
  if (params.N * params.r * params.p > MAX_WORK) fail('cost');
  return params;
}

/** The key for `passphrase` under `params`; the parameters are checked first, whoever supplied them. */
export async function deriveKey(passphrase: string, params: KdfParams): Promise<Buffer> {
  if (typeof passphrase !== 'string') throw new TypeError('The passphrase must be a string.');
  const { N, r, p, salt, keyLength } = parseKdfParams(params);
  // NFC, so that the same Japanese passphrase typed through different input methods (composed or
  // decomposed kana with dakuten) gives the same key.
  const secret = passphrase.normalize('NFC');
  return new Promise((resolve, reject) => {
    crypto.scrypt(secret, Buffer.from(salt, 'base64'), keyLength, { N, r, p, maxmem: MAX_MEMORY }, (error, key) => {
      // Not expected once the parameters are checked; if it happens, the user still gets a readable
      // message and the original stays attached for the log.
      if (error) reject(new EncryptionFormatError('encryption.source-header', problem('encryption.too-costly'), { cause: error }));
      else resolve(key);
    });
  });
}

function memoryNeeded({ N, r, p }: KdfParams): number {
  return 128 * r * (N + 2) + 128 * r * p;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}
