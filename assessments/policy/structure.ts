// The outline of a policy: which lines are headings, and under which headings each sentence sits.
// Rules use it to read a value under its label ("(2) 共同して利用する者の範囲" above "当社の子会社") and
// to read a whole section once its heading or first sentence says what it is about.
// Heading levels come from numbering styles in order of first appearance (第1条 before (1) before ①),
// Markdown's # depth, and unnumbered short lines, which never outrank a numbered heading.
import type { Language } from '../model/language';
import { detectLanguage, type TextLine, logicalLines, splitLine, type TextUnit } from './text';

export type PolicyUnit = TextUnit & {
  index: number;
  heading: boolean;
  /** Indices of the headings this unit sits under, outermost first (a heading excludes itself). */
  path: number[];
  /**
   * The units after this one up to this index (exclusive) are the ones it governs: a heading governs its
   * section; a sentence the rest of its innermost section, or of its paragraph in a policy without headings.
   */
  governsUntil: number;
};

export type PolicyDocument = { text: string; language: Language; units: PolicyUnit[] };

type Style = { key: string; rest: string };

const styles: ReadonlyArray<readonly [string, RegExp]> = [
  ['md', /^(#{1,6})\s+/],
  ['article', /^(第\s*[0-9０-９一二三四五六七八九十百]+\s*[条章節]|(article|chapter|section)\s+\d+\.?|art\.\s*\d+)\s*/i],
  ['num2', /^\d{1,2}\s*[.．]\s*\d{1,2}\s*[.．]?\s*/],
  ['num', /^\d{1,2}\s*(?:[.．、)）]\s*|\s+(?=[^\d\s]))/],
  ['paren', /^[(（]\s*\d{1,2}\s*[)）]\s*/],
  ['circled', /^[①-⑳]\s*/],
  ['kanji', /^[一二三四五六七八九十]+\s*[、.．]\s*/],
  ['paren-kanji', /^[(（][一二三四五六七八九十]+[)）]\s*/],
  ['alpha', /^(?:[a-z][.)]|[(（][a-z][)）])\s+/i],
  ['bracket', /^(?=[【［[<＜〈《].*[】］\]>＞〉》]$)/],
  ['symbol', /^[■□◆◇▼▽▶◎]\s*/],
];

function styleOf(line: string): Style {
  for (const [key, pattern] of styles) {
    const match = pattern.exec(line);
    if (match) return { key: key === 'md' ? `md${match[1]?.length ?? 1}` : key, rest: line.slice(match[0].length).trim() };
  }
  return { key: 'plain', rest: line };
}

/** The number a numbered line starts with ("3.", "（3）", "③"), or NaN. */
function numberOf(line: string): number {
  const circled = /^[①-⑳]/.exec(line);
  if (circled) return circled[0].charCodeAt(0) - 0x2460 + 1;
  const digits = /^[(（]?\s*(\d{1,3})/.exec(line.normalize('NFKC'));
  return digits?.[1] ? Number(digits[1]) : NaN;
}

const isBullet = (line: string) => /^[-*•・●○▪►▸◦‣]/u.test(line);
const japanese = (s: string) => /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(s);

/** Short, without sentence punctuation or the commas of a list of values: reads as a title, not as text. */
function looksLikeTitle(rest: string): boolean {
  if (rest.length === 0) return false;
  const limit = japanese(rest) ? 40 : 80;
  if (rest.length > limit) return false;
  if (/[。!?！？]\s*$|(?<![A-Z][a-z]{0,3})\.\s*$/.test(rest)) return false;
  if (/[、,;；。]/.test(rest.replace(/[(（][^)）]*[)）]/g, ''))) return false;
  if (/@|https?:\/\/|www\./i.test(rest)) return false;
  // "電話番号：03-…", "Address: 2-3-4 …": a label with its value is content, not a title
  if (/[:：]\s*\S/.test(rest)) return false;
  return /[\p{L}]{2}/u.test(rest);
}

export function analysePolicy(text: string): PolicyDocument {
  const lines = logicalLines(text);
  const trimmed = lines.map((l) => text.slice(l.start, l.end).trim());
  const styleList = trimmed.map(styleOf);
  const units: PolicyUnit[] = [];
  const stack: Array<{ level: number; index: number }> = [];
  const firstSeen = new Map<string, number>();

  const levelOf = (key: string): number => {
    if (key.startsWith('md')) return Number(key.slice(2));
    if (key === 'plain') return 1000;
    if (!firstSeen.has(key)) firstSeen.set(key, 10 + firstSeen.size);
    return firstSeen.get(key) ?? 999;
  };
  const nextContentLine = (i: number): number => {
    for (let j = i + 1; j < lines.length; j++) if (/[\p{L}\p{N}]/u.test(trimmed[j] ?? '')) return j;
    return -1;
  };

  lines.forEach((line: TextLine, i) => {
    const raw = trimmed[i] ?? '';
    const style = styleList[i] ?? { key: 'plain', rest: raw };
    let heading = false;
    if (!isBullet(raw) || style.key.startsWith('md')) {
      if (style.key.startsWith('md')) heading = style.rest.length > 0;
      else if (style.key === 'article') heading = style.rest.length === 0 || looksLikeTitle(style.rest);
      else if (looksLikeTitle(style.rest)) {
        const next = nextContentLine(i);
        const nextStyle = next >= 0 ? styleList[next] : undefined;
        if (style.key === 'plain') {
          // an unnumbered line is a heading when it stands alone above text (the document title, or a
          // section title between blank lines); a value under a label is not
          const previousBlank = i === 0 || (lines[i - 1]?.paragraph ?? -1) !== line.paragraph;
          heading = next >= 0 && (previousBlank || /[:：]$/.test(raw)) && !/^\S+@\S+$/.test(raw);
        } else {
          // a numbered line followed by the next number of the same numbering is an item of a list, not a
          // title; "9.（開示等の手続）" above "1. …" starts a section whose paragraphs are numbered anew
          const consecutive = nextStyle?.key === style.key && numberOf(trimmed[next] ?? '') === numberOf(raw) + 1;
          heading = next < 0 || !consecutive || (styleList[next]?.rest.length ?? 0) === 0;
        }
      }
    }
    let level = 0;
    if (heading) {
      level = i === 0 && style.key === 'plain' ? -1 : levelOf(style.key);
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
    }
    const path = stack.map((s) => s.index);
    for (const unit of splitLine(text, line, i, heading)) {
      units.push({ ...unit, index: units.length, heading, path, governsUntil: 0 });
    }
    if (heading && units.length > 0) {
      const own = units[units.length - 1];
      if (own && own.line === i) stack.push({ level, index: own.index });
    }
  });
  markGovernedRanges(units);
  return { text, language: detectLanguage(text), units };
}

/** Sections are contiguous runs of units, so one pass fixes where each heading's, and each sentence's, reach ends. */
function markGovernedRanges(units: PolicyUnit[]): void {
  const sectionEnd = new Map<number, number>();
  const open: number[] = [];
  for (const unit of units) {
    while (open.length > 0 && !unit.path.includes(open[open.length - 1] ?? -1)) sectionEnd.set(open.pop() ?? -1, unit.index);
    if (unit.heading) open.push(unit.index);
  }
  for (const heading of open) sectionEnd.set(heading, units.length);
  const paragraphEnd = new Map<number, number>();
  for (const unit of units) paragraphEnd.set(unit.paragraph, unit.index + 1);
  for (const unit of units) {
    const section = unit.heading ? unit.index : unit.path[unit.path.length - 1];
    unit.governsUntil = section === undefined ? (paragraphEnd.get(unit.paragraph) ?? unit.index + 1) : (sectionEnd.get(section) ?? unit.index + 1);
  }
}

/** The heading units above `unit`, outermost first. */
export function headingsOf(document: PolicyDocument, unit: PolicyUnit): PolicyUnit[] {
  return unit.path.map((i) => document.units[i]).filter((u): u is PolicyUnit => u !== undefined);
}

/**
 * The units a statement governs: a heading governs everything under it; a sentence governs the rest of
 * its innermost section, or, in a policy without headings, the rest of its paragraph.
 */
export function governedBy(document: PolicyDocument, unit: PolicyUnit): PolicyUnit[] {
  return document.units.slice(unit.index + 1, unit.governsUntil);
}
