// Encryption at rest: what is sealed opens again only with the right key, passphrase and context, and any
// change to the stored bytes is refused with a message the user can understand.
import { describe, expect, it } from 'vitest';
import {
  checkPassphraseStrength,
  createKeyFile,
  deriveKey,
  EncryptionFormatError,
  isSealed,
  isSealedText,
  newKdfParams,
  open,
  openText,
  openWithPassphrase,
  seal,
  sealText,
  sealWithPassphrase,
  TamperedError,
  unlockKeyFile,
  WeakPassphraseError,
  WrongPassphraseError,
  type KdfParams,
} from '../../electron/services/crypto';

// The default N=2^17 costs about half a second per derivation; most tests use the cheapest accepted
// parameters, and the tests marked "defaults" check the real ones.
const fast = (): KdfParams => ({ ...newKdfParams(), N: 2 ** 14 });
const fastest = (): KdfParams => ({ ...newKdfParams(), N: 2 ** 14, r: 1 });

const key = Buffer.alloc(32, 7);
const otherKey = Buffer.alloc(32, 8);
const assessment = JSON.stringify({ organisation: 'さくら商事株式会社', answers: { 'q-1': 'yes' } });
const passphrase = 'correct horse battery staple';
const japanesePassphrase = 'ほんとうに秘密のあいことば';

function flipped(buffer: Buffer, position: number): Buffer {
  const copy = Buffer.from(buffer);
  copy[position] = (copy[position] ?? 0) ^ 0x01;
  return copy;
}

function errorOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to throw');
}

async function rejectionOf(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to reject');
}

describe('sealing files under the folder key', () => {
  it('opens what it sealed, from empty to a megabyte', () => {
    for (const plaintext of [Buffer.alloc(0), Buffer.from(assessment), Buffer.alloc(1024 * 1024, 'x')]) {
      const sealed = seal(key, plaintext, 'assessment:abc123');
      expect(isSealed(sealed)).toBe(true);
      expect(open(key, sealed, 'assessment:abc123').equals(plaintext)).toBe(true);
    }
  });

  it('stores nothing readable, and never the same bytes twice', () => {
    const plaintext = Buffer.from(assessment);
    const first = seal(key, plaintext, 'assessment:abc123');
    const second = seal(key, plaintext, 'assessment:abc123');
    expect(first.indexOf(plaintext)).toBe(-1);
    expect(first.indexOf(Buffer.from('さくら商事'))).toBe(-1);
    expect(first.indexOf(Buffer.from('organisation'))).toBe(-1);
    expect(first.equals(second)).toBe(false);
    expect(isSealed(plaintext)).toBe(false);
  });

  it('refuses a file with any single byte changed', () => {
    const sealed = seal(key, Buffer.from('hello, 個人情報'), 'evidence:0f1e');
    for (let position = 0; position < sealed.length; position++) {
      const error = errorOf(() => open(key, flipped(sealed, position), 'evidence:0f1e'));
      expect(error, `byte ${position}`).toBeInstanceOf(TamperedError);
    }
  });

  it('refuses a truncated or extended file', () => {
    const sealed = seal(key, Buffer.from('hello'), 'evidence:0f1e');
    for (let length = 0; length < sealed.length; length++) {
      expect(() => open(key, sealed.subarray(0, length), 'evidence:0f1e'), `length ${length}`).toThrow(TamperedError);
    }
    expect(() => open(key, Buffer.concat([sealed, Buffer.of(0)]), 'evidence:0f1e')).toThrow(TamperedError);
  });

  it('refuses a file moved over another one, or sealed under another key, in plain words', () => {
    const sealed = seal(key, Buffer.from(assessment), 'assessment:abc123');
    for (const attempt of [() => open(key, sealed, 'assessment:xyz789'), () => open(otherKey, sealed, 'assessment:abc123')]) {
      const error = errorOf(attempt);
      expect(error).toBeInstanceOf(TamperedError);
      expect((error as Error).message).toMatch(/changed or damaged.*another key/);
      expect((error as Error).message).not.toMatch(/authenticate|OpenSSL|unsupported state/i);
    }
  });

  it('treats a bad key or a missing context as a programming error', () => {
    expect(() => seal(Buffer.alloc(16), Buffer.from('x'), 'a')).toThrow(TypeError);
    expect(() => seal(key, Buffer.from('x'), '')).toThrow(TypeError);
  });
});

describe('sealing JSON store files kept as text', () => {
  it('round-trips Japanese JSON and marks the text as sealed', () => {
    const text = sealText(key, assessment, 'assessment:abc123');
    expect(text.startsWith('MAMORI-ENC1:')).toBe(true);
    expect(isSealedText(text)).toBe(true);
    expect(isSealedText(assessment)).toBe(false);
    expect(text).not.toContain('さくら');
    expect(openText(key, text, 'assessment:abc123')).toBe(assessment);
    expect(openText(key, `${text}\n`, 'assessment:abc123')).toBe(assessment);
  });

  it('refuses text with any character changed, a plain JSON file, or the wrong context', () => {
    const text = sealText(key, '{"a":1}', 'assessment:abc123');
    for (let position = 0; position < text.length; position++) {
      const replacement = text[position] === 'A' ? 'B' : 'A';
      const changed = text.slice(0, position) + replacement + text.slice(position + 1);
      expect(() => openText(key, changed, 'assessment:abc123'), `character ${position}`).toThrow(TamperedError);
    }
    expect(() => openText(key, text.replace(/.$/, '!'), 'assessment:abc123')).toThrow(TamperedError);
    expect(() => openText(key, '{"a":1}', 'assessment:abc123')).toThrow(TamperedError);
    expect(() => openText(key, text, 'assessment:other')).toThrow(TamperedError);
  });
});

describe('the key file of an encrypted data folder', () => {
  it('unlocks with the passphrase that created it and gives the same key', async () => {
    const { header, key: created } = await createKeyFile(passphrase, fast());
    const stored = JSON.parse(JSON.stringify(header)) as unknown;
    const unlocked = await unlockKeyFile(stored, passphrase);
    expect(unlocked.equals(created)).toBe(true);
    expect(header).toMatchObject({ format: 'mamori-keyfile', version: 1, kdf: { name: 'scrypt', N: 2 ** 14, keyLength: 32 } });
    expect(Buffer.from(JSON.stringify(header)).indexOf(created)).toBe(-1);
    expect(JSON.stringify(header)).not.toContain(created.toString('base64'));
  });

  it('uses scrypt N=2^17, r=8, p=1 and a fresh 16-byte salt by default (defaults)', async () => {
    const first = await createKeyFile(passphrase);
    expect(first.header.kdf).toMatchObject({ name: 'scrypt', N: 2 ** 17, r: 8, p: 1, keyLength: 32 });
    expect(Buffer.from(first.header.kdf.salt, 'base64')).toHaveLength(16);
    expect((await unlockKeyFile(first.header, passphrase)).equals(first.key)).toBe(true);
    const second = await createKeyFile(passphrase, fast());
    expect(second.header.kdf.salt).not.toBe(first.header.kdf.salt);
    expect(second.key.equals(first.key)).toBe(false);
  });

  it('accepts a Japanese passphrase however it was typed (NFC or NFD)', async () => {
    const typed = 'がっこうのひみつ・パスワード';
    const { header, key: created } = await createKeyFile(typed.normalize('NFD'), fast());
    expect((await unlockKeyFile(header, typed.normalize('NFC'))).equals(created)).toBe(true);
  });

  it('says the passphrase is not correct when it is not', async () => {
    const { header } = await createKeyFile(passphrase, fast());
    const error = await rejectionOf(() => unlockKeyFile(header, 'correct horse battery stapler'));
    expect(error).toBeInstanceOf(WrongPassphraseError);
    expect((error as Error).message).toBe('The passphrase is not correct.');
  });

  it('refuses a short passphrase when the folder is encrypted', async () => {
    await expect(createKeyFile('short', fast())).rejects.toThrow(WeakPassphraseError);
  });

  it('refuses hostile or broken headers before deriving anything, saying which field is wrong', async () => {
    const { header } = await createKeyFile(passphrase, fast());
    const withKdf = (kdf: Record<string, unknown>) => ({ ...header, kdf: { ...header.kdf, ...kdf } });
    const kdfWithoutSalt: Record<string, unknown> = { ...header.kdf };
    delete kdfWithoutSalt.salt;
    const cases: [unknown, RegExp][] = [
      [withKdf({ N: 2 ** 30 }), /the field kdf\.N is not valid/],
      [withKdf({ N: 2 ** 20, r: 32 }), /more memory or work than Mamori allows/],
      [withKdf({ N: 2 ** 14, r: 32, p: 16 }), /more memory or work than Mamori allows/],
      [withKdf({ N: 2 ** 16, r: 1 }), /the field kdf\.N is not valid/],
      [withKdf({ N: 3 * 2 ** 14 }), /kdf\.N/],
      [withKdf({ N: '16384' }), /kdf\.N/],
      [withKdf({ N: 2 ** 14 + 0.5 }), /kdf\.N/],
      [withKdf({ r: 0 }), /kdf\.r/],
      [withKdf({ r: 64 }), /kdf\.r/],
      [withKdf({ p: 17 }), /kdf\.p/],
      [withKdf({ p: null }), /kdf\.p/],
      [{ ...header, kdf: kdfWithoutSalt }, /the field kdf\.salt is not valid/],
      [withKdf({ salt: 12345 }), /kdf\.salt/],
      [withKdf({ salt: 'c2hvcnQ=' }), /the field kdf\.salt is not valid/],
      [withKdf({ salt: 'not base64!!not base64!!' }), /the field kdf\.salt is not valid/],
      [withKdf({ salt: Buffer.alloc(65).toString('base64') }), /the field kdf\.salt is not valid/],
      [withKdf({ keyLength: 64 }), /kdf\.keyLength/],
      [withKdf({ name: 'argon2id' }), /kdf\.name/],
      [{ ...header, kdf: 'scrypt' }, /the field kdf is not valid/],
      [{ ...header, kdf: undefined }, /the field kdf is not valid/],
      [{ ...header, verifier: undefined }, /verifier/],
      [{ ...header, verifier: 42 }, /verifier/],
      [{ ...header, verifier: 'x'.repeat(10_000) }, /verifier/],
      [{ ...header, format: 'something-else' }, /the field format is not valid/],
      [{ ...header, version: 2 }, /newer Mamori/],
      [{ ...header, version: '1' }, /its version is not one/],
      [null, /it is not a JSON object/],
      [[header], /it is not a JSON object/],
      ['mamori-keyfile', /it is not a JSON object/],
    ];
    for (const [hostile, message] of cases) {
      const started = Date.now();
      const error = await rejectionOf(() => unlockKeyFile(hostile, passphrase));
      expect(error, JSON.stringify(hostile)).toBeInstanceOf(EncryptionFormatError);
      expect((error as Error).message).toMatch(/^The key file \(encryption\.json\) is not valid: /);
      expect((error as Error).message).toMatch(message);
      expect(Date.now() - started).toBeLessThan(1000);
    }
  });
});

describe('key derivation limits', () => {
  it('derives a key at the edges of what a header may ask for, so no raw scrypt error reaches the user', async () => {
    for (const [N, r, p] of [
      [2 ** 15, 1, 16],
      [2 ** 17, 15, 1],
    ] as const) {
      expect(await deriveKey(passphrase, { ...newKdfParams(), N, r, p }), `N=${N} r=${r} p=${p}`).toHaveLength(32);
    }
    await expect(deriveKey(passphrase, { ...newKdfParams(), N: 2 ** 17, r: 16 })).rejects.toThrow(EncryptionFormatError);
  });
});

describe('passphrase-protected exports', () => {
  const report = Buffer.from(`%PDF-1.7 ${assessment}`);

  it('open with their own passphrase, including a Japanese one typed differently', async () => {
    for (const [sealingWith, openingWith] of [
      [passphrase, passphrase],
      [japanesePassphrase.normalize('NFD'), japanesePassphrase.normalize('NFC')],
    ] as const) {
      const sealed = await sealWithPassphrase(report, sealingWith, 'export:abc123', fast());
      expect(sealed.subarray(0, 10).toString('ascii')).toBe('MAMORI-PWD');
      expect(sealed.indexOf(report)).toBe(-1);
      expect(sealed.indexOf(Buffer.from('さくら商事'))).toBe(-1);
      expect((await openWithPassphrase(sealed, openingWith, 'export:abc123')).equals(report)).toBe(true);
    }
  });

  it('use scrypt N=2^17 by default (defaults)', async () => {
    const sealed = await sealWithPassphrase(report, japanesePassphrase, 'export:abc123');
    const header = JSON.parse(sealed.subarray(13, 13 + sealed.readUInt16BE(11)).toString('utf8')) as { kdf: KdfParams };
    expect(header.kdf).toMatchObject({ name: 'scrypt', N: 2 ** 17, r: 8, p: 1, keyLength: 32 });
    expect((await openWithPassphrase(sealed, japanesePassphrase, 'export:abc123')).equals(report)).toBe(true);
  });

  it('tell a wrong passphrase from a damaged file or the wrong context', async () => {
    const sealed = await sealWithPassphrase(report, passphrase, 'export:abc123', fast());
    const wrong = await rejectionOf(() => openWithPassphrase(sealed, 'another passphrase', 'export:abc123'));
    expect(wrong).toBeInstanceOf(WrongPassphraseError);
    expect((wrong as Error).message).toBe('The passphrase is not correct.');
    await expect(openWithPassphrase(flipped(sealed, sealed.length - 20), passphrase, 'export:abc123')).rejects.toThrow(TamperedError);
    await expect(openWithPassphrase(sealed, passphrase, 'export:other')).rejects.toThrow(TamperedError);
  });

  it('refuse any single byte changed: in the body as damage, in the header as a bad header or passphrase', async () => {
    const sealed = await sealWithPassphrase(Buffer.from('hello'), passphrase, 'export:abc123', fastest());
    const bodyStart = 13 + sealed.readUInt16BE(11);
    for (let position = 0; position < sealed.length; position++) {
      const error = await rejectionOf(() => openWithPassphrase(flipped(sealed, position), passphrase, 'export:abc123'));
      if (position >= bodyStart) expect(error, `byte ${position}`).toBeInstanceOf(TamperedError);
      else expect([EncryptionFormatError, WrongPassphraseError].some((type) => error instanceof type), `byte ${position}: ${String(error)}`).toBe(true);
    }
  });

  it('refuse a truncated file', async () => {
    const sealed = await sealWithPassphrase(Buffer.from('hello'), passphrase, 'export:abc123', fastest());
    const bodyStart = 13 + sealed.readUInt16BE(11);
    for (const length of [0, 5, 12, 13, 100, bodyStart, bodyStart + 20, sealed.length - 1]) {
      const error = await rejectionOf(() => openWithPassphrase(sealed.subarray(0, length), passphrase, 'export:abc123'));
      expect(error, `length ${length}`).toBeInstanceOf(length >= bodyStart ? TamperedError : EncryptionFormatError);
    }
  });

  it('refuse hostile headers with a clear message', async () => {
    const blob = (header: Buffer | string, declaredLength?: number, prefix = 'MAMORI-PWD\x01') => {
      const bytes = Buffer.from(header);
      const length = Buffer.alloc(2);
      length.writeUInt16BE(declaredLength ?? bytes.length);
      return Buffer.concat([Buffer.from(prefix, 'latin1'), length, bytes, Buffer.alloc(40)]);
    };
    const good = { kdf: fast(), verifier: Buffer.alloc(68).toString('base64') };
    const cases: [Buffer, RegExp][] = [
      [blob(JSON.stringify(good), 0), /its header is damaged/],
      [blob(JSON.stringify(good), 65_535), /its header is damaged/],
      [blob(JSON.stringify(good), 2000), /its header is damaged/],
      [blob('{"kdf": '), /its header is damaged/],
      [blob(Buffer.from([0xff, 0xfe, 0x7b, 0x7d])), /its header is damaged/],
      [blob('[1,2,3]'), /its header is damaged/],
      [blob(JSON.stringify({ ...good, kdf: { ...good.kdf, N: 2 ** 30 } })), /the field kdf\.N is not valid/],
      [blob(JSON.stringify({ ...good, kdf: { ...good.kdf, p: 1e9 } })), /kdf\.p/],
      [blob(JSON.stringify({ verifier: good.verifier })), /the field kdf is not valid/],
      [blob(JSON.stringify({ kdf: good.kdf })), /verifier/],
      [blob(JSON.stringify(good), undefined, 'MAMORI-PWD\x02'), /its version is not one this version of Mamori can read/],
      [blob(JSON.stringify(good), undefined, 'MAMORI-ENC\x01'), /not a Mamori passphrase-protected file/],
      [Buffer.from('%PDF-1.7 just a plain file'), /not a Mamori passphrase-protected file/],
    ];
    for (const [hostile, message] of cases) {
      const error = await rejectionOf(() => openWithPassphrase(hostile, passphrase, 'export:abc123'));
      expect(error, message.source).toBeInstanceOf(EncryptionFormatError);
      expect((error as Error).message).toMatch(/^The protected file is not valid: /);
      expect((error as Error).message).toMatch(message);
    }
  });

  it('need a passphrase of at least 8 characters', async () => {
    expect(checkPassphraseStrength('1234567')).toEqual({ code: 'passphrase.too-short', params: { min: 8 } });
    expect(checkPassphraseStrength('        ')).toEqual({ code: 'passphrase.too-simple' });
    expect(checkPassphraseStrength('aaaaaaaaaa')).toEqual({ code: 'passphrase.too-simple' });
    expect(checkPassphraseStrength('12345678')).toBeNull();
    expect(checkPassphraseStrength('ひみつのあいことば')).toBeNull();
    // Five characters, though more than eight UTF-16 units once decomposed.
    expect(checkPassphraseStrength('がぎぐげご'.normalize('NFD'))).not.toBeNull();
    await expect(sealWithPassphrase(report, 'short', 'export:abc123', fast())).rejects.toThrow(WeakPassphraseError);
    await expect(sealWithPassphrase(report, 'short', 'export:abc123', fast())).rejects.toThrow(/The passphrase is too weak: use at least 8 characters/);
  });
});
