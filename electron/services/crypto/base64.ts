// Strict base64 for values read from headers and text files. Buffer.from(text, 'base64') silently skips
// characters it does not know, so a damaged value could decode to something else instead of failing.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The decoded bytes, or null when the text is not canonical base64. */
export function decodeBase64Strict(text: string): Buffer | null {
  if (!BASE64.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  // Rejects non-zero padding bits, which the regular expression lets through.
  return bytes.toString('base64') === text ? bytes : null;
}
