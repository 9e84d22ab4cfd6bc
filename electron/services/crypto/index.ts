// Encryption at rest for a data folder, built only on node:crypto: the key file that turns a passphrase
// into the folder's key, sealing of binary and text files under that key, and passphrase-protected
// blobs for exports. Callers import from here; the other files in this folder are its parts.
export { EncryptionError, EncryptionFormatError, TamperedError, WeakPassphraseError, WrongPassphraseError } from './errors';
export { deriveKey, newKdfParams, parseKdfParams, type KdfParams } from './kdf';
export { createKeyFile, unlockKeyFile, type KeyFileHeader } from './keyfile';
export { checkPassphraseStrength, openWithPassphrase, sealWithPassphrase } from './passphrase';
export { isSealed, isSealedText, open, openText, seal, sealText } from './sealed-file';
