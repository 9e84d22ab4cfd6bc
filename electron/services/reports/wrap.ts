// Line breaking for report text, done before pdfmake sees it. pdfmake treats every Japanese character as a
// word of its own — one measured, styled and drawn object per character — which made a full Japanese
// report several times slower and larger than the same text printed by Chromium. Breaking lines here and
// handing pdfmake one unbreakable run per line gives the same lines at a fraction of the cost.
//
// The rules are those of Japanese typesetting (JIS X 4051, simplified) plus ordinary Latin wrapping:
// - between two Japanese characters a line may break, except before closing brackets, punctuation, small
//   kana, the long-vowel mark and iteration marks (行頭禁則), and after opening brackets (行末禁則); a
//   character that would start a line against these rules takes the one before it along (追い出し);
// - Latin words break at spaces (and after a slash), never inside a word unless the word alone
//   is wider than the line (a long hash or URL), which then breaks where it must;
// - spaces at the end of a line are dropped.
import type { FontMetrics } from './font-metrics';

const NO_LINE_START = new Set(
  Array.from(
    '、。，．,.:;?!）)]｝}〕〉》」』】〙〗〟’”»・：；？！‼⁇⁈⁉ヽヾゝゞ々〻ーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ゠–〜～…‥％%℃°′″',
  ).map((c) => c.codePointAt(0)!),
);
const NO_LINE_END = new Set(Array.from('（([｛{〔〈《「『【〘〖〝‘“«＄$￥¥£€#＃').map((c) => c.codePointAt(0)!));

/** Scripts where a line may break between any two characters (CJK ideographs, kana, full-width forms). */
function isCjk(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x2fdf) || // CJK radicals
    (cp >= 0x3000 && cp <= 0x30ff) || // CJK symbols and punctuation, hiragana, katakana
    (cp >= 0x3100 && cp <= 0x31ff) ||
    (cp >= 0x3200 && cp <= 0x4dbf) || // enclosed CJK, compatibility, extension A
    (cp >= 0x4e00 && cp <= 0x9fff) || // unified ideographs
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) || // full-width and half-width forms
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

const isSpace = (cp: number) => cp === 0x20 || cp === 0x09 || cp === 0x3000 || cp === 0xa0;

/** Whether a line may break between `before` and `after` (both code points). */
export function canBreakBetween(before: number, after: number): boolean {
  if (isSpace(after)) return false; // spaces stay at the end of the line they follow
  if (NO_LINE_START.has(after) || NO_LINE_END.has(before)) return false;
  if (isSpace(before)) return true;
  if (isCjk(before) || isCjk(after)) return true;
  // Latin text breaks at spaces only, and after a slash (paths, "and/or"): a hyphen keeps ids such as
  // APPI-RULE-04 whole.
  return before === 0x2f;
}

export type WrapStyle = { metrics: FontMetrics; fontSize: number };

/**
 * Breaks `text` into lines no wider than `width` points. Paragraphs (separated by "\n") always start a new
 * line; an empty paragraph gives an empty line.
 */
export function wrapText(text: string, width: number, style: WrapStyle): string[] {
  const scale = style.fontSize / style.metrics.unitsPerEm;
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) wrapParagraph(paragraph, width, scale, style.metrics, lines);
  return lines;
}

function wrapParagraph(paragraph: string, width: number, scale: number, metrics: FontMetrics, out: string[]): void {
  const chars = Array.from(paragraph);
  const cps = chars.map((c) => c.codePointAt(0)!);
  const advance = cps.map((cp) => metrics.advance(cp) * scale);
  let start = 0;
  while (start < chars.length) {
    // Leading spaces of a continued line are dropped, as a browser does.
    while (start > 0 && start < chars.length && isSpace(cps[start]!)) start += 1;
    let used = 0;
    let lastBreak = -1;
    let end = start;
    while (end < chars.length) {
      if (end > start && canBreakBetween(cps[end - 1]!, cps[end]!)) lastBreak = end;
      const next = used + advance[end]!;
      // A space may hang past the edge: it is dropped at the line's end anyway.
      if (next > width && !isSpace(cps[end]!) && end > start) break;
      used = next;
      end += 1;
    }
    if (end < chars.length && lastBreak > start) end = lastBreak;
    out.push(chars.slice(start, end).join('').trimEnd());
    start = end;
  }
  if (chars.length === 0) out.push('');
}

/** The width of a single line of text in points. */
export function lineWidth(text: string, style: WrapStyle): number {
  let units = 0;
  for (const c of text) units += style.metrics.advance(c.codePointAt(0)!);
  return (units * style.fontSize) / style.metrics.unitsPerEm;
}
