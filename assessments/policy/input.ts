// Reading a privacy policy the user pasted or opened: size limits, decoding, the three formats we accept
// (plain text, Markdown, HTML) and the normalised text that every offset in a check result points into.
// Failures are a typed error with a code and parameters; the UI and the CLI word them in ja or en.
import { htmlToText } from './html';

/** What a policy file may weigh before we read it at all (HTML pages carry markup, scripts and styles). */
export const MAX_POLICY_FILE_BYTES = 5_000_000;
/** What the policy text itself may weigh once read: far above any real policy (the longest we saw is ~60 KB). */
export const MAX_POLICY_TEXT_BYTES = 500_000;

export const policyFormats = ['text', 'markdown', 'html'] as const;
export type PolicyFormat = (typeof policyFormats)[number];

export const policyInputErrorCodes = [
  /** The file is larger than MAX_POLICY_FILE_BYTES. params: bytes, limit */
  'policy-file-too-large',
  /** The text (after HTML is stripped) is larger than MAX_POLICY_TEXT_BYTES. params: bytes, limit */
  'policy-too-large',
  /** Nothing readable is left (an empty file, or HTML with no text). */
  'policy-empty',
  /** The file is not text (NUL bytes), or in an encoding we cannot read. */
  'policy-not-text',
  /** The file name's extension is none of .txt, .md, .markdown, .html, .htm. params: extension */
  'policy-format-unsupported',
] as const;
export type PolicyInputErrorCode = (typeof policyInputErrorCodes)[number];
export type PolicyInputErrorParams = Readonly<Record<string, string | number>>;

/** Thrown by the readers and by checkPolicy; `message` is the code, never a sentence meant for a user. */
export class PolicyInputError extends Error {
  override readonly name = 'PolicyInputError';
  constructor(
    readonly code: PolicyInputErrorCode,
    readonly params: PolicyInputErrorParams = {},
  ) {
    super(code);
  }
}

export function isPolicyInputError(error: unknown): error is PolicyInputError {
  return error instanceof PolicyInputError;
}

/** The format a file name implies, or a coded error for anything else (.pdf, .docx, …). */
export function policyFormatFromFileName(fileName: string): PolicyFormat {
  const match = /\.([a-z0-9]+)$/i.exec(fileName);
  const extension = (match?.[1] ?? '').toLowerCase();
  if (extension === 'txt' || extension === 'text') return 'text';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html';
  throw new PolicyInputError('policy-format-unsupported', { extension });
}

/**
 * Bytes of a policy file to a string. Japanese pages are still often in Shift_JIS or EUC-JP, so after a
 * BOM check we try UTF-8 strictly and fall back to those; a NUL byte means it is not a text file at all.
 */
export function decodePolicyBytes(bytes: Uint8Array): string {
  if (bytes.length > MAX_POLICY_FILE_BYTES) {
    throw new PolicyInputError('policy-file-too-large', { bytes: bytes.length, limit: MAX_POLICY_FILE_BYTES });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) throw new PolicyInputError('policy-not-text');
  for (const encoding of ['utf-8', 'shift_jis', 'euc-jp']) {
    try {
      return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      // not this encoding (or the runtime lacks it): try the next one
    }
  }
  throw new PolicyInputError('policy-not-text');
}

/** An HTML file is sometimes saved as .txt: a doctype or <html> at the top settles it. */
export function sniffPolicyFormat(text: string, declared: PolicyFormat): PolicyFormat {
  if (declared !== 'html' && /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 2000))) return 'html';
  return declared;
}

/**
 * The text shown to the user and searched by the check: HTML stripped, line ends unified, invisible and
 * control characters dropped, trailing spaces trimmed and runs of blank lines shortened. Markdown and
 * plain text keep their wording and layout, so a quote reads as in the user's own file.
 */
export function readPolicyText(raw: string, format: PolicyFormat = 'text'): string {
  const rawBytes = utf8Length(raw);
  if (rawBytes > MAX_POLICY_FILE_BYTES) {
    throw new PolicyInputError('policy-file-too-large', { bytes: rawBytes, limit: MAX_POLICY_FILE_BYTES });
  }
  const effective = sniffPolicyFormat(raw, format);
  const body = effective === 'html' ? htmlToText(raw) : raw;
  const text = normaliseText(body);
  const bytes = utf8Length(text);
  if (bytes > MAX_POLICY_TEXT_BYTES) throw new PolicyInputError('policy-too-large', { bytes, limit: MAX_POLICY_TEXT_BYTES });
  if (!/[\p{L}\p{N}]/u.test(text)) throw new PolicyInputError('policy-empty');
  return text;
}

function normaliseText(text: string): string {
  return (
    dropControls(text)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      // zero-width characters and direction overrides: invisible, and they would split words we search for
      .replace(/[\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/\u00a0/g, ' ')
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** Control characters other than tab and line feed (carriage returns are unified before). */
function dropControls(text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n')) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f)) continue;
    out += ch;
  }
  return out;
}

/** UTF-8 size of a string without allocating its encoding. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
