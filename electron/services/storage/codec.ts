// How a document's JSON text is stored: as is, or sealed with the data folder's key (encryption at rest).
// The context binds a sealed file to its place ("assessment:<id>"), so files cannot be swapped unnoticed.
import { type Problem, problem } from '../../../assessments';
import { isSealed, isSealedText } from '../crypto';
import { UserError } from '../errors';

export type Codec = {
  readonly encrypted: boolean;
  encode(json: string, context: string): string;
  decode(stored: string, context: string): string;
  encodeBytes(bytes: Buffer, context: string): Buffer;
  decodeBytes(stored: Buffer, context: string): Buffer;
};

/** The stored bytes cannot be decoded with this codec: the file is damaged (it goes to quarantine). */
export class UndecodableError extends Error {
  override readonly name = 'UndecodableError';
  constructor(readonly reason: Problem) {
    super(reason.code);
  }
}

/**
 * A sealed file met without a key: the folder's key file is missing. The file is not damaged and must not be
 * quarantined; the folder cannot be opened until the key file is back.
 */
export class SealedWithoutKeyError extends UserError {
  constructor(readonly file: string) {
    super('reason.sealed-without-key');
  }
}

export const plainCodec: Codec = {
  encrypted: false,
  encode: (json) => json,
  decode: (stored) => {
    if (isSealedText(stored)) throw new SealedWithoutKeyError('');
    return stored;
  },
  encodeBytes: (bytes) => bytes,
  decodeBytes: (stored) => {
    if (isSealed(stored)) throw new SealedWithoutKeyError('');
    return stored;
  },
};

export const reasonPlainInEncrypted = problem('reason.plain-in-encrypted');
