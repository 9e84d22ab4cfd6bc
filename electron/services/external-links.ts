// The only links the app will hand to the operating system's browser: https, on hosts we publish links to
// (references cited in catalogs and help). Anything else is refused, so a crafted string in a catalog or an
// imported file can never open a file:, javascript: or custom-protocol URL.
export const VETTED_HOSTS = [
  'www.ppc.go.jp',
  'elaws.e-gov.go.jp',
  'privacymark.jp',
  'www.jipdec.or.jp',
  'www.ipa.go.jp',
  'www.soumu.go.jp',
  'www.japaneselawtranslation.go.jp',
] as const;

export function isVettedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  return (VETTED_HOSTS as readonly string[]).includes(url.hostname);
}
