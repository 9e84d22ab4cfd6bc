// The small pattern language the policy rules are written in, and its evaluation against a unit of text.
// Patterns are regular-expression sources in the folded form of text.ts (NFKC, lower case, one space,
// unified okurigana), one list per language; both lists are tried on every unit, because Japanese policies
// name "Google Analytics" and English ones quote 「個人情報保護法」.
import { foldForMatch } from './text';
import { headingsOf, type PolicyDocument, type PolicyUnit } from './structure';

export type PatternList = { readonly ja?: readonly string[]; readonly en?: readonly string[] };

export type UnitMatch = {
  /** Each list must match the unit's own text. */
  readonly all?: readonly PatternList[];
  /** The unit's own text must not match this list. */
  readonly none?: PatternList;
  /** Each list must match the unit, one of the headings above it, or the unit just before it (a label). */
  readonly context?: readonly PatternList[];
  /** false: headings never match (a "Cookies" heading alone says nothing about what the site does). */
  readonly headings?: false;
};

const compiled = new Map<string, RegExp | null>();
const byList = new WeakMap<PatternList, RegExp | null>();

/** One regular expression per list, cached: rules are data and are compiled on first use. */
export function compile(list: PatternList): RegExp | null {
  const known = byList.get(list);
  if (known !== undefined) return known;
  const sources = [...(list.ja ?? []), ...(list.en ?? [])];
  const key = sources.join('\u0000');
  let regex = compiled.get(key);
  if (regex === undefined) {
    regex = sources.length === 0 ? null : new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'u');
    compiled.set(key, regex);
  }
  byList.set(list, regex);
  return regex;
}

export function matchesText(folded: string, list: PatternList): boolean {
  return compile(list)?.test(folded) ?? false;
}

/** The text a label can come from: the unit itself, its headings, and the unit just before it. */
function contextTexts(document: PolicyDocument, unit: PolicyUnit): string[] {
  const previous = document.units[unit.index - 1];
  return [unit.folded, ...headingsOf(document, unit).map((h) => h.folded), ...(previous ? [previous.folded] : [])];
}

export function matchesUnit(document: PolicyDocument, unit: PolicyUnit, match: UnitMatch): boolean {
  if (match.headings === false && unit.heading) return false;
  if (match.all && !match.all.every((list) => matchesText(unit.folded, list))) return false;
  if (match.none && matchesText(unit.folded, match.none)) return false;
  if (match.context) {
    const texts = contextTexts(document, unit);
    if (!match.context.every((list) => texts.some((t) => matchesText(t, list)))) return false;
  }
  return true;
}

/** A pattern source must already be in folded form (lower case, no okurigana variants), or it could never match. */
export function isFoldedPattern(source: string): boolean {
  const bare = source.replace(/\\[pP]\{[^}]*\}/g, '').replace(/\\[a-zA-Z]/g, '');
  return foldForMatch(bare) === bare.trim();
}
