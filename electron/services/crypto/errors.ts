// The ways reading encrypted data can fail, each as a Problem the person using the app can act on.
// They extend UserError so that the IPC dispatcher and the CLI word them in the user's language, instead of
// the generic "something went wrong" reserved for bugs.
import { problem, type Problem } from '../../../assessments';
import { UserError } from '../errors';

/** Common parent, so that a caller can tell "an encryption problem" from any other failure. */
export class EncryptionError extends UserError {}

/** The passphrase does not unlock the key file or the protected export. */
export class WrongPassphraseError extends EncryptionError {
  constructor() {
    super('encryption.wrong-passphrase');
  }
}

/**
 * Authentication failed: the bytes are not what was sealed under this key and context. We cannot tell
 * a flipped bit from a swapped file or another key, so the message names all three and never passes
 * on OpenSSL's wording ("Unsupported state or unable to authenticate data") to the user.
 */
export class TamperedError extends EncryptionError {
  constructor() {
    super('encryption.tampered');
  }
}

export type HeaderSource = 'encryption.source-key-file' | 'encryption.source-export' | 'encryption.source-header';

/** A header (key file, export) is malformed or asks for something we refuse to do. */
export class EncryptionFormatError extends EncryptionError {
  constructor(
    readonly source: HeaderSource,
    readonly detail: Problem,
    options?: ErrorOptions,
  ) {
    super('encryption.header-invalid', { source: problem(source), problem: detail }, options);
  }
}

/** Thrown where a new passphrase is set and checkPassphraseStrength found a problem. */
export class WeakPassphraseError extends EncryptionError {
  constructor(detail: Problem) {
    super('encryption.weak-passphrase', { problem: detail });
  }
}
