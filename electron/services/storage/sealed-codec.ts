// The codec of an encrypted data folder: every assessment file, backup and evidence file is sealed with the
// folder key (AES-256-GCM, bound to its place by the context). A plain file is refused as damaged — except
// while a conversion to encryption is being finished, when it is read so it can be sealed.
import { isSealed, isSealedText, open, openText, seal, sealText } from '../crypto';
import type { Codec } from './codec';

export function sealedCodec(key: Buffer, options: { acceptPlain: () => boolean } = { acceptPlain: () => false }): Codec {
  return {
    encrypted: true,
    encode: (json, context) => sealText(key, json, context),
    decode(stored, context) {
      if (isSealedText(stored)) return openText(key, stored, context);
      if (options.acceptPlain()) return stored;
      throw new Error('the file is not encrypted, but this data folder is');
    },
    encodeBytes: (bytes, context) => seal(key, bytes, context),
    decodeBytes(stored, context) {
      if (isSealed(stored)) return open(key, stored, context);
      if (options.acceptPlain()) return stored;
      throw new Error('the evidence file is not encrypted, but this data folder is');
    },
  };
}
