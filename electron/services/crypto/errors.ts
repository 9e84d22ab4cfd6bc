// The ways reading encrypted data can fail, each with a message the person using the app can act on.
// They extend UserError so that the IPC dispatcher and the CLI show the message as it is, instead of the
// generic "something went wrong" reserved for bugs.
import { UserError } from '../errors';

/** Common parent, so that a caller can tell "an encryption problem" from any other failure. */
export class EncryptionError extends UserError {}

/** The passphrase does not unlock the key file or the protected export. */
export class WrongPassphraseError extends EncryptionError {
  constructor() {
    super('The passphrase is not correct.');
    this.code = 'wrong-passphrase';
  }
}

/**
 * Authentication failed: the bytes are not what was sealed under this key and context. We cannot tell
 * a flipped bit from a swapped file or another key, so the message names all three and never passes
 * on OpenSSL's wording ("Unsupported state or unable to authenticate data") to the user.
 */
export class TamperedError extends EncryptionError {
  constructor(what = 'The encrypted file') {
    super(`${what} was changed or damaged after it was saved, or it was encrypted with another key.`);
    this.code = 'tampered';
  }
}

/** A header (key file, export) is malformed or asks for something we refuse to do. */
export class EncryptionFormatError extends EncryptionError {
  constructor(
    readonly source: string,
    readonly problem: string,
    options?: ErrorOptions,
  ) {
    super(`${source} is not valid: ${problem}`, options);
  }
}

/** Returned by checkPassphraseStrength and thrown where a new passphrase is set. */
export class WeakPassphraseError extends EncryptionError {}
