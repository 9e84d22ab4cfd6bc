// Scores computed by hand, checked against the pure scoring functions.
import { describe, expect, it } from 'vitest';
import {
  type Answers,
  type Catalog,
  type Item,
  scoreAssessment,
  scoreCatalog,
  scoreQuickCheck,
  type ScopingProfile,
} from '../../assessments';
import { smallCompany } from '../support/profiles';

const text = (en: string) => ({ ja: `日本語 ${en}`, en });
function item(id: string, weight: 1 | 2 | 3, appliesWhen?: Item['appliesWhen']): Item {
  return {
    id,
    title: text(id),
    question: text(`${id}?`),
    guidance: text('guidance'),
    evidence: [text('record')],
    action: { text: text('do it'), priority: 'P2', effort: 'S', owner: 'privacy-manager' },
    references: ['TEST'],
    weight,
    keywords: { ja: ['鍵'], en: ['key'] },
    ...(appliesWhen ? { appliesWhen } : {}),
  };
}
function catalog(id: string, domains: Record<string, Item[]>, kind: Catalog['kind'] = 'checklist'): Catalog {
  return {
    id,
    version: 1,
    kind,
    title: text(id),
    description: text(id),
    domains: Object.entries(domains).map(([domainId, items]) => ({ id: domainId, title: text(domainId), description: text(domainId), items })),
    ...(kind === 'quick-check'
      ? {
          bands: [
            { min: 100, max: 100, label: text('A'), advice: text('a') },
            { min: 70, max: 99, label: text('B'), advice: text('b') },
            { min: 50, max: 69, label: text('C'), advice: text('c') },
            { min: -25, max: 49, label: text('D'), advice: text('d') },
          ],
        }
      : {}),
  };
}
const answers = (catalogId: string, statuses: Record<string, string>): Answers =>
  Object.fromEntries(Object.entries(statuses).map(([id, status]) => [`${catalogId}/${id}`, { status } as never]));

const cat = catalog('c', {
  'D-A': [item('D-A1', 3), item('D-A2', 1), item('D-A3', 2)],
  'D-B': [item('D-B1', 2), item('D-B2', 2)],
  'D-C': [item('D-C1', 1, ['foreignTransfer'])],
});

describe('item, domain and catalog scores', () => {
  it('weights each item and rounds to one decimal', () => {
    // D-A: implemented(3×1) + partial(1×0.5) + not(2×0) = 3.5 / 6 = 58.333… → 58.3
    // D-B: alternative(2×1) + N/A (excluded) = 2 / 2 = 100
    // catalog: (3.5 + 2) / (6 + 2) = 68.75 → 68.8; D-C is out of scope (no foreign transfer)
    const result = scoreCatalog(cat, answers('c', { 'D-A1': 'implemented', 'D-A2': 'partial', 'D-A3': 'not-implemented', 'D-B1': 'alternative', 'D-B2': 'not-applicable' }), smallCompany);
    expect(result.domains.map((d) => d.score)).toEqual([58.3, 100, null]);
    expect(result.score).toBe(68.8);
    expect(result.applicable).toBe(4);
    expect(result.answered).toBe(4);
    expect(result.completion).toBe(1);
  });

  it('counts unanswered items as 0 and as not yet answered', () => {
    // D-A1 implemented only: 3 / (3+1+2+2+2) = 0.3 → 30; completion 1/5
    const result = scoreCatalog(cat, answers('c', { 'D-A1': 'implemented' }), smallCompany);
    expect(result.score).toBe(30);
    expect(result.completion).toBeCloseTo(0.2);
    expect(result.domains[1]).toMatchObject({ score: 0, answered: 0, applicable: 2, completion: 0 });
  });

  it('gives an all-N/A domain no score rather than 0 or 100', () => {
    const result = scoreCatalog(cat, answers('c', { 'D-B1': 'not-applicable', 'D-B2': 'not-applicable' }), smallCompany);
    expect(result.domains[1]).toMatchObject({ score: null, applicable: 0, completion: null });
  });

  it('brings scoped-in items into the score when the profile says they apply', () => {
    const profile: ScopingProfile = { ...smallCompany, foreignTransfer: 'yes' };
    const result = scoreCatalog(cat, answers('c', { 'D-C1': 'implemented' }), profile);
    expect(result.domains[2]).toMatchObject({ score: 100, applicable: 1 });
    expect(result.applicable).toBe(6);
  });

  it('scores an empty assessment as 0 with 0% completion, and nothing at all as null', () => {
    const result = scoreAssessment([cat], {}, smallCompany);
    expect(result.overall).toMatchObject({ score: 0, answered: 0, applicable: 5, completion: 0 });
    expect(scoreAssessment([], {}, smallCompany).overall).toMatchObject({ score: null, completion: null });
  });

  it('takes the overall score over all applicable items, not as a mean of catalog scores', () => {
    const other = catalog('o', { 'O-A': [item('O-A1', 1)] });
    // c: D-A1 implemented → 3 points of 10 weight; o: O-A1 implemented → 1 of 1. Overall 4/11 = 36.36… → 36.4
    // (a mean of catalog scores would be (30 + 100) / 2 = 65)
    const result = scoreAssessment([cat, other], { ...answers('c', { 'D-A1': 'implemented' }), ...answers('o', { 'O-A1': 'implemented' }) }, smallCompany);
    expect(result.overall.score).toBe(36.4);
    expect(result.catalogs.map((c) => c.score)).toEqual([30, 100]);
  });

  it('ignores answers to items of another catalog with the same item id', () => {
    const result = scoreCatalog(cat, answers('other', { 'D-A1': 'implemented' }), smallCompany);
    expect(result.score).toBe(0);
  });
});

describe('the quick check', () => {
  const quick = catalog('q', { 'Q-A': Array.from({ length: 25 }, (_, i) => item(`Q-A${i + 1}`, 2)) }, 'quick-check');
  const all = (status: string, overrides: Record<string, string> = {}) =>
    answers('q', { ...Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`Q-A${i + 1}`, status])), ...overrides });

  it('sums 4 / 2 / 0 / −1 and finds the band', () => {
    expect(scoreQuickCheck(quick, all('implemented'))).toMatchObject({ total: 100, max: 100, complete: true, band: { min: 100 } });
    // 20×4 + 5×2 = 90
    const mostly = all('implemented', { 'Q-A1': 'partial', 'Q-A2': 'partial', 'Q-A3': 'partial', 'Q-A4': 'partial', 'Q-A5': 'partial' });
    expect(scoreQuickCheck(quick, mostly)).toMatchObject({ total: 90, band: { min: 70 } });
    // 17×4 + 1×0 = 68 → "gaps" band; 50 exactly is in 50–69
    const gaps = all('implemented', Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`Q-A${i + 1}`, 'not-implemented'])));
    expect(scoreQuickCheck(quick, gaps)).toMatchObject({ total: 68, band: { min: 50 } });
    expect(scoreQuickCheck(quick, all('unknown'))).toMatchObject({ total: -25, band: { min: -25 } });
  });

  it('reports an unfinished check as incomplete', () => {
    const result = scoreQuickCheck(quick, answers('q', { 'Q-A1': 'implemented' }));
    expect(result).toMatchObject({ total: 4, answered: 1, questions: 25, complete: false });
  });
});
