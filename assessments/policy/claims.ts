// The promises a policy makes (training, a responsible manager, entry control, encryption, contractor
// supervision, purposes, consent, …), each mapped to the catalog items that check it: through the items'
// own keywords, and through our vocabulary of common safeguard words. With an assessment's answers, a
// claim whose items are answered not implemented or partly implemented is "claimed but not backed".
import { catalogItems, type Catalog } from '../catalog/schema';
import { answerKey } from '../model/answer';
import type { Answers } from '../scoring/score';
import { claimVocabulary, type ClaimVocabularyEntry } from './claim-vocabulary';
import { groupsOfItem, type SafeguardGroupId } from './groups';
import { compile, matchesText } from './match';
import { headingsOf, type PolicyDocument, type PolicyUnit } from './structure';
import { foldForMatch } from './text';

export const claimBackings = ['backed', 'not-backed', 'unanswered'] as const;
export type ClaimBacking = (typeof claimBackings)[number];

export type PolicyClaim = {
  quote: string;
  start: number;
  end: number;
  /** `<catalog id>/<item id>`, strongest match first. */
  items: string[];
  /** The safeguard groups of those items (from their PPC guideline references). */
  groups: SafeguardGroupId[];
  /** null when no answers were given. */
  backing: ClaimBacking | null;
  /** The items answered not implemented or partly implemented: why a claim is not backed. */
  unbackedItems: string[];
};

// ---- matching words ------------------------------------------------------------------------------------
const stopwords = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'at', 'as', 'is', 'are', 'be', 'our', 'your', 'its', 'their', 'this', 'that', 'these', 'those', 'such', 'any', 'all']);

/** A light English stemmer, the same on both sides: "encrypted"/"encryption", "organisation"/"organization". */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '').replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1').replace(/our$/, 'or');
  for (const [suffix, min] of [['ations', 3], ['ation', 3], ['ional', 3], ['ions', 3], ['ion', 3], ['ing', 3], ['ies', 2], ['ied', 2], ['ed', 3], ['es', 3], ['ly', 3], ['al', 4], ['s', 3], ['e', 4]] as const) {
    if (w.endsWith(suffix) && w.length - suffix.length >= min && !(suffix === 's' && /(ss|us|is)$/.test(w))) {
      w = w.slice(0, -suffix.length);
      if (suffix === 'ies' || suffix === 'ied') w += 'y';
      break;
    }
  }
  return w;
}

export function wordStems(folded: string): string[] {
  return (folded.match(/[a-z0-9]+/g) ?? []).filter((w) => !stopwords.has(w)).map(stem);
}

/** The keyword's stems appear in order, with at most one other word between two of them. */
function containsStems(text: readonly string[], keyword: readonly string[]): boolean {
  if (keyword.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== keyword[0]) continue;
    let at = i;
    let ok = true;
    for (let k = 1; k < keyword.length && ok; k++) {
      if (text[at + 1] === keyword[k]) at += 1;
      else if (text[at + 2] === keyword[k]) at += 2;
      else ok = false;
    }
    if (ok) return true;
  }
  return false;
}

type Keyword = { folded: string; stems: string[]; japanese: boolean; weight: number };
type IndexedItem = { key: string; groups: SafeguardGroupId[]; keywords: Keyword[] };

/**
 * How much one keyword says: a long Japanese term or a phrase of several English words names a measure;
 * a short word ("公表", "review") only counts with another. Keywords many items share say little.
 */
function keywordWeight(keyword: Omit<Keyword, 'weight'>, sharedBy: number): number {
  if (documentNames.has(keyword.folded)) return 0;
  let weight = keyword.japanese ? (keyword.folded.length >= 4 ? 2 : keyword.folded.length === 3 ? 1.5 : 1) : keyword.stems.length >= 2 ? 2 : 1;
  if (sharedBy >= 4) weight = Math.min(weight, 1);
  return weight;
}

/** The names of the policy itself: every policy says them, and a mention of another's "privacy policy" claims nothing. */
const documentNames = new Set(['privacy policy', 'プライバシーポリシ', '個人情報保護方針', 'personal information protection policy', 'privacy statement', '個人情報保護宣言']);

const japaneseScript = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

export type ClaimIndex = { items: IndexedItem[]; vocabulary: Array<ClaimVocabularyEntry & { keys: string[] }>; groupsByKey: Map<string, SafeguardGroupId[]> };

/** Prepare the catalogs once per check: folded keywords, stems, and how many items share each keyword. */
export function indexCatalogs(catalogs: readonly Catalog[]): ClaimIndex {
  const raw: Array<{ key: string; groups: SafeguardGroupId[]; keywords: Array<Omit<Keyword, 'weight'>> }> = [];
  const sharedBy = new Map<string, number>();
  for (const catalog of catalogs) {
    for (const item of catalogItems(catalog)) {
      const keywords = [...new Set([...item.keywords.ja, ...item.keywords.en].map(foldForMatch))].map((folded) => ({
        folded,
        stems: wordStems(folded),
        japanese: japaneseScript.test(folded),
      }));
      for (const k of keywords) sharedBy.set(k.folded, (sharedBy.get(k.folded) ?? 0) + 1);
      raw.push({ key: answerKey(catalog.id, item.id), groups: groupsOfItem(item), keywords });
    }
  }
  const items = raw.map((i) => ({ ...i, keywords: i.keywords.map((k) => ({ ...k, weight: keywordWeight(k, sharedBy.get(k.folded) ?? 1) })) }));
  const known = new Set(items.map((i) => i.key));
  const vocabulary = claimVocabulary.map((entry) => ({ ...entry, keys: entry.items.filter((key) => known.has(key)) })).filter((e) => e.keys.length > 0);
  return { items, vocabulary, groupsByKey: new Map(items.map((i) => [i.key, i.groups])) };
}

/** A vocabulary entry counts as a strong keyword of each of its items. */
const VOCABULARY_WEIGHT = 3;
/** An item needs this much evidence in one sentence. */
const ITEM_THRESHOLD = 2;
/** More items than this on one sentence is noise, not a mapping. */
export const MAX_ITEMS_PER_CLAIM = 10;

/** The headings above a unit and the unit before it: where a vocabulary entry's context is looked for. */
function contextOf(document: PolicyDocument, unit: PolicyUnit): string[] {
  const previous = document.units[unit.index - 1];
  return [...headingsOf(document, unit).map((h) => h.folded), ...(previous ? [previous.folded] : [])];
}

export function itemsForUnit(document: PolicyDocument, unit: PolicyUnit, index: ClaimIndex): string[] {
  const folded = unit.folded;
  const stems = wordStems(folded);
  const stemSet = new Set(stems);
  const scores = new Map<string, number>();
  const context = contextOf(document, unit);
  for (const entry of index.vocabulary) {
    if (!compile(entry.patterns)?.test(folded)) continue;
    if (entry.context && !context.some((text) => matchesText(text, entry.context ?? {}))) continue;
    for (const key of entry.keys) scores.set(key, (scores.get(key) ?? 0) + VOCABULARY_WEIGHT);
  }
  for (const item of index.items) {
    let score = 0;
    for (const keyword of item.keywords) {
      const hit = keyword.japanese ? folded.includes(keyword.folded) : stemSet.has(keyword.stems[0] ?? '') && containsStems(stems, keyword.stems);
      if (hit) score += keyword.weight;
    }
    if (score > 0) scores.set(item.key, (scores.get(item.key) ?? 0) + score);
  }
  return [...scores.entries()]
    .filter(([, score]) => score >= ITEM_THRESHOLD)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_ITEMS_PER_CLAIM)
    .map(([key]) => key);
}

const implementedStatuses = new Set(['implemented', 'alternative']);
const unbackedStatuses = new Set(['partial', 'not-implemented']);

/**
 * backed: every mapped item answered implemented or alternative (not-applicable ones aside);
 * not-backed: any answered partial or not-implemented; unanswered: anything else.
 */
export function claimBacking(items: readonly string[], answers: Answers): { backing: ClaimBacking; unbackedItems: string[] } {
  const statuses = items.map((key) => answers[key]?.status ?? 'unanswered');
  const unbackedItems = items.filter((_, i) => unbackedStatuses.has(statuses[i] ?? ''));
  if (unbackedItems.length > 0) return { backing: 'not-backed', unbackedItems };
  const counted = statuses.filter((s) => s !== 'not-applicable');
  if (counted.length > 0 && counted.every((s) => implementedStatuses.has(s))) return { backing: 'backed', unbackedItems: [] };
  return { backing: 'unanswered', unbackedItems: [] };
}

/** A unit that can carry a promise: text rather than a heading, with a few words in it. */
function isClaimCandidate(unit: PolicyUnit): boolean {
  if (unit.heading) return false;
  const letters = (unit.folded.match(/[\p{L}]/gu) ?? []).length;
  return letters >= 8;
}

export function findClaims(document: PolicyDocument, index: ClaimIndex, answers?: Answers): PolicyClaim[] {
  const claims: PolicyClaim[] = [];
  for (const unit of document.units) {
    if (!isClaimCandidate(unit)) continue;
    const items = itemsForUnit(document, unit, index);
    if (items.length === 0) continue;
    const groups = [...new Set(items.flatMap((key) => index.groupsByKey.get(key) ?? []))];
    const backing = answers ? claimBacking(items, answers) : { backing: null, unbackedItems: [] };
    claims.push({ quote: unit.quote, start: unit.start, end: unit.end, items, groups, ...backing });
  }
  return claims;
}
