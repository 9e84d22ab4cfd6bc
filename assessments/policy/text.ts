// Policy text into the units the check reads — headings, list items and sentences — each with its
// character offsets into the normalised text, plus the folded form that rules are matched against.
// Japanese ends a sentence at 。！？ outside brackets, or at a line break; English at . ! ? before a
// capital, never after "Co.", "Inc." and other abbreviations, and a hard-wrapped English line continues
// on the next one.
import type { Language } from '../model/language';

export type TextUnit = {
  /** Offsets into the normalised text: text.slice(start, end) === quote. */
  start: number;
  end: number;
  quote: string;
  /** NFKC, lower case, one space, Japanese spelling variants unified: what patterns are written against. */
  folded: string;
  /** The logical line the unit belongs to (0-based). */
  line: number;
  /** Blank-line separated block. */
  paragraph: number;
};

/**
 * Spelling variants that mean the same word, so one pattern covers them all: okurigana (取り扱い/取扱い),
 * 漏洩/漏えい, a katakana word's final long mark (サーバー/サーバ), curly quotes and dash variants.
 */
const variants: ReadonlyArray<readonly [RegExp, string]> = [
  [/取り扱い|取扱い|取り扱/g, '取扱'],
  [/問い合わせ|問合わせ|問い合せ/g, '問合せ'],
  [/申し出/g, '申出'],
  [/申し込み|申込み/g, '申込'],
  [/受け付け|受付け/g, '受付'],
  [/持ち出し|持出し|持ち出/g, '持出'],
  [/立ち入り|立入り|立ち入/g, '立入'],
  [/取り組み|取組み/g, '取組'],
  [/書き出し/g, '書出し'],
  [/漏洩/g, '漏えい'],
  [/き損/g, '毀損'],
  [/改竄/g, '改ざん'],
  [/お客さま/g, 'お客様'],
  [/ウィルス/g, 'ウイルス'],
  [/クッキー|クッキ/g, 'cookie'],
  [/([\u30a1-\u30fa])ー(?![\u30a1-\u30fc])/g, '$1'],
  [/[“”„‟″]/g, '"'],
  [/[‘’‚‛′]/g, "'"],
  [/[\u2010-\u2015\u2212\uff0d]/g, '-'],
  [/\s+/g, ' '],
];

export function foldForMatch(text: string): string {
  let folded = text.normalize('NFKC').toLowerCase();
  for (const [pattern, replacement] of variants) folded = folded.replace(pattern, replacement);
  return folded.trim();
}

/** Japanese when kana and kanji outweigh Latin letters (Japanese carries more per character, hence ×2). */
export function detectLanguage(text: string): Language {
  const japanese = (text.match(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return japanese * 2 >= latin ? 'ja' : 'en';
}

export type TextLine = { start: number; end: number; paragraph: number };

/** Physical lines joined where English was hard-wrapped: the next line starts lower-case and this one runs on. */
export function logicalLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let paragraph = 0;
  let blank = true;
  let offset = 0;
  for (const raw of text.split('\n')) {
    const start = offset;
    const end = offset + raw.length;
    offset = end + 1;
    // a line with no letter or digit ("-", "---", "＊＊＊") separates blocks like a blank line
    if (!/[\p{L}\p{N}]/u.test(raw)) {
      if (!blank) paragraph++;
      blank = true;
      continue;
    }
    const previous = lines[lines.length - 1];
    // hard-wrapped text fills its lines (60–80 characters); a short line above is a label, not a wrap
    const above = previous ? text.slice(previous.start, previous.end) : '';
    const continues = !blank && previous !== undefined && /^\s*[a-z]/.test(raw) && above.length >= 50 && !/[.。:：;!?！？)）」』\]]\s*$/.test(above);
    if (continues && previous) previous.end = end;
    else lines.push({ start, end, paragraph });
    blank = false;
  }
  return lines;
}

const bulletPrefix = /^(?:[-*•・●○▪►▸◦‣]+|#{1,6}|>)\s*/u;
const abbreviations = new Set([
  'co', 'ltd', 'inc', 'corp', 'no', 'nos', 'art', 'arts', 'e.g', 'i.e', 'etc', 'mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'jr', 'approx',
  'cf', 'para', 'sec', 'p', 'pp', 'fig', 'u.s', 'u.k', 'k.k', 'g.k', 'dept', 'tel', 'fax', 'ext', 'vol', 'op', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ave', 'bldg', 'fl', 'rm', 'ph', 'a.m', 'p.m',
]);

/** Where sentences end inside one logical line: offsets just after each terminator. */
function sentenceEnds(line: string): number[] {
  const ends: number[] = [];
  // 。 inside brackets ends no sentence: "（以下「開示等」といいます。）のご請求は…"; a bracket left open for
  // long (a typo) stops counting, so one stray "（" cannot glue a whole paragraph together
  let depth = 0;
  let openedAt = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] ?? '';
    if ('（「『【'.includes(c) || (c === '(' && depth > 0)) {
      if (depth === 0) openedAt = i;
      depth++;
      continue;
    }
    if ('）」』】'.includes(c) || (c === ')' && depth > 0)) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (depth > 0 && i - openedAt < 120) continue;
    depth = 0;
    const brand = c === '!' && /yahoo$/i.test(line.slice(Math.max(0, i - 5), i));
    if ('。！？'.includes(c) || ((c === '!' || c === '?') && !brand && /\s/.test(line[i + 1] ?? ''))) {
      let j = i + 1;
      while (j < line.length && '」』）)"”’\''.includes(line[j] ?? '')) j++;
      ends.push(j);
      i = j - 1;
    } else if (c === '．' && !/\d/.test(line[i + 1] ?? '')) {
      ends.push(i + 1);
    } else if (c === '.') {
      // an English full stop ends a sentence before whitespace and a capital, digit, bracket or quote,
      // unless the word before it is an abbreviation ("Co., Ltd.", "No. 57") or a single initial
      const after = line.slice(i + 1, i + 4);
      if (!/^\s+["'“([0-9A-Z\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(after)) continue;
      // "1. 当社は…": the number of a list item, not the end of a sentence
      if (/^\s*[(（]?\d{1,3}$/.test(line.slice(0, i))) continue;
      const word = /([A-Za-z.]+)$/.exec(line.slice(Math.max(0, i - 12), i))?.[1]?.toLowerCase() ?? '';
      if (abbreviations.has(word) || /^[a-z]$/.test(word)) continue;
      ends.push(i + 1);
    }
  }
  return ends;
}

/** Trim a span to its visible text, skipping a leading bullet or Markdown marker; null when nothing is left. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  const bullet = bulletPrefix.exec(text.slice(start, Math.min(end, start + 8)));
  if (bullet && bullet[0].length > 0 && start + bullet[0].length < end) start += bullet[0].length;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (!/[\p{L}\p{N}]/u.test(text.slice(start, end))) return null;
  return { start, end };
}

/**
 * The units of a logical line: the whole line when it is a heading (decided by the caller), otherwise its
 * sentences. Every unit's quote is text.slice(start, end).
 */
export function splitLine(text: string, line: TextLine, lineIndex: number, asWhole: boolean): TextUnit[] {
  const body = text.slice(line.start, line.end);
  const cuts = asWhole ? [] : sentenceEnds(body);
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const cut of cuts) {
    spans.push([from, cut]);
    from = cut;
  }
  spans.push([from, body.length]);
  const units: TextUnit[] = [];
  for (const [a, b] of spans) {
    const span = trimSpan(text, line.start + a, line.start + b);
    if (!span) continue;
    const quote = text.slice(span.start, span.end);
    units.push({ start: span.start, end: span.end, quote, folded: foldForMatch(quote), line: lineIndex, paragraph: line.paragraph });
  }
  return units;
}
