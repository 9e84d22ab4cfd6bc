// The codec of an encrypted data folder: every assessment file, backup and evidence file is sealed with the
// folder key (AES-256-GCM, bound to its place by the context). A plain file is refused as damaged — except
// while a conversion to encryption is being finished, when it is read so it can be sealed.
import { problem } from '../../../assessments';
import { isSealed, isSealedText, open, openText, seal, sealText, TamperedError } from '../crypto';
import { type Codec, reasonPlainInEncrypted, UndecodableError } from './codec';

function authenticated<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof TamperedError) throw new UndecodableError(problem('reason.tampered'));
    throw error;
  }
}

export function sealedCodec(key: Buffer, options: { acceptPlain: () => boolean } = { acceptPlain: () => false }): Codec {
  return {
    encrypted: true,
    encode: (json, context) => sealText(key, json, context),
    decode(stored, context) {
      if (isSealedText(stored)) return authenticated(() => openText(key, stored, context));
      if (options.acceptPlain()) return stored;
      throw new UndecodableError(reasonPlainInEncrypted);
    },
    encodeBytes: (bytes, context) => seal(key, bytes, context),
    decodeBytes(stored, context) {
      if (isSealed(stored)) return authenticated(() => open(key, stored, context));
      if (options.acceptPlain()) return stored;
      throw new UndecodableError(reasonPlainInEncrypted);
    },
  };
}
