// How a document's JSON text is stored: as is, or sealed with the data folder's key (encryption at rest).
// The context binds a sealed file to its place ("assessment:<id>"), so files cannot be swapped unnoticed.
export type Codec = {
  readonly encrypted: boolean;
  encode(json: string, context: string): string;
  decode(stored: string, context: string): string;
  encodeBytes(bytes: Buffer, context: string): Buffer;
  decodeBytes(stored: Buffer, context: string): Buffer;
};

export const plainCodec: Codec = {
  encrypted: false,
  encode: (json) => json,
  decode: (stored) => stored,
  encodeBytes: (bytes) => bytes,
  decodeBytes: (stored) => stored,
};
