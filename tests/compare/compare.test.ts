// Last year's assessment (first editions) against this year's (second editions): every item's class with
// its answers then and now, the reasons for new and removed items, and the score deltas per checklist and
// per domain — checked against numbers worked out by hand.
import { describe, expect, it } from 'vitest';
import { type AnswerStatus, answerStatuses, scoreCatalog } from '../../assessments';
import { compareAssessments } from '../../assessments/compare';
import { edition } from '../support/catalog-files';
import { assessment, input, newer, older } from './fixtures';

const comparison = compareAssessments(input(older), input(newer));
const item = (key: string) => {
  const found = comparison.items.find((i) => i.key === key);
  if (!found) throw new Error(`${key} is not in the comparison`);
  return found;
};
const picked = (key: string) => {
  const { class: changeClass, older: was, newer: now, answerChanged, reason } = item(key);
  return { class: changeClass, older: was, newer: now, answerChanged, ...(reason ? { reason } : {}) };
};

describe('comparing two assessments across catalog editions', () => {
  it('says which assessment is older and which editions each pins', () => {
    expect(comparison.older).toMatchObject({ id: 'fy2025assessment', date: '2025-10-31', catalogs: [{ id: 'appi-safeguards', version: 1 }, { id: 'pms-controls', version: 1 }, { id: 'quick-check', version: 1 }] });
    expect(comparison.newer).toMatchObject({ id: 'fy2026assessment', date: '2026-10-30' });
    expect(comparison.catalogs.map((c) => [c.catalogId, c.olderVersion, c.newerVersion])).toEqual([
      ['appi-safeguards', 1, 2],
      ['pms-controls', 1, 2],
    ]);
  });

  it('an answer that scores more is improved, one that scores less regressed', () => {
    expect(picked('appi-safeguards/APPI-BP-01')).toEqual({ class: 'improved', older: 'partial', newer: 'implemented', answerChanged: true });
    expect(picked('appi-safeguards/APPI-BP-02')).toEqual({ class: 'regressed', older: 'implemented', newer: 'not-implemented', answerChanged: true });
  });

  it('an answer worth the same is unchanged, and says whether the answer itself changed', () => {
    expect(picked('appi-safeguards/APPI-BP-03')).toEqual({ class: 'unchanged', older: 'implemented', newer: 'alternative', answerChanged: true });
    expect(picked('appi-safeguards/APPI-BP-04')).toEqual({ class: 'unchanged', older: 'implemented', newer: 'implemented', answerChanged: false });
  });

  it('an item only the newer edition asks is new; one the newer edition retired is removed', () => {
    expect(picked('appi-safeguards/APPI-MYN-01')).toEqual({ class: 'new', older: null, newer: 'implemented', answerChanged: true, reason: 'edition' });
    expect(picked('pms-controls/PMS-ACQ-14')).toEqual({ class: 'new', older: null, newer: 'implemented', answerChanged: true, reason: 'edition' });
    // Unanswered new items count too: they are in scope and score 0.
    expect(picked('appi-safeguards/APPI-MYN-02')).toEqual({ class: 'new', older: null, newer: 'unanswered', answerChanged: true, reason: 'edition' });
    expect(picked('pms-controls/PMS-ACQ-11')).toEqual({ class: 'removed', older: 'implemented', newer: null, answerChanged: true, reason: 'edition' });
  });

  it('the scoping profile brings items in and takes them out', () => {
    expect(picked('appi-safeguards/APPI-EXT-01')).toEqual({ class: 'new', older: 'unanswered', newer: 'partial', answerChanged: true, reason: 'scope' });
    expect(picked('pms-controls/PMS-PROV-11')).toEqual({ class: 'removed', older: 'partial', newer: 'unanswered', answerChanged: true, reason: 'scope' });
  });

  it('Not applicable takes an item out of scope on its side, like the profile', () => {
    expect(picked('appi-safeguards/APPI-BP-05')).toEqual({ class: 'new', older: 'not-applicable', newer: 'implemented', answerChanged: true, reason: 'not-applicable' });
    expect(picked('appi-safeguards/APPI-BP-06')).toEqual({ class: 'removed', older: 'implemented', newer: 'not-applicable', answerChanged: true, reason: 'not-applicable' });
  });

  it("Don't know is a gap worth the same as Not implemented", () => {
    expect(picked('quick-check/QC-BASIC-01')).toEqual({ class: 'unchanged', older: 'unknown', newer: 'not-implemented', answerChanged: true });
    expect(picked('quick-check/QC-BASIC-02')).toEqual({ class: 'improved', older: 'unknown', newer: 'implemented', answerChanged: true });
    expect(picked('quick-check/QC-BASIC-03')).toEqual({ class: 'regressed', older: 'implemented', newer: 'unknown', answerChanged: true });
  });

  it('items out of scope on both sides are left out; the counts add up', () => {
    // My Number items were not in the first edition, and PMS-MGT-16 needs pseudonymised data: never in scope here.
    expect(comparison.items.find((i) => i.key === 'pms-controls/PMS-MGT-16')).toBeUndefined();
    expect(comparison.items.find((i) => i.key === 'pms-controls/PMS-PROV-04')).toBeUndefined();
    const total = Object.values(comparison.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(comparison.items.length);
    expect(comparison.counts.improved).toBe(2);
    expect(comparison.counts.regressed).toBe(2);
    // 29 My Number items + PMS-ACQ-14 + APPI-EXT-01..05 (foreign transfer) + BP-05 + the other new PMS items in scope.
    expect(comparison.counts.new).toBeGreaterThanOrEqual(29 + 1 + 5 + 1);
    expect(comparison.items.filter((i) => i.class === 'removed').map((i) => i.key)).toEqual(
      expect.arrayContaining(['appi-safeguards/APPI-BP-06', 'pms-controls/PMS-ACQ-11', 'pms-controls/PMS-PROV-11']),
    );
  });

  it('per-domain deltas: worked out by hand for the basic-policy domain', () => {
    const appi = comparison.catalogs.find((c) => c.catalogId === 'appi-safeguards')!;
    const bp = appi.domains.find((d) => d.domainId === 'APPI-BP')!;
    // Older: BP-01 partial (0.5 × 3), BP-02/03/04 implemented (2 + 2 + 2), BP-05 N/A (out), BP-06 implemented (1):
    // 8.5 of 10 → 85.0. Newer: BP-01 3, BP-02 0, BP-03 2, BP-04 2, BP-05 2, BP-06 N/A (out): 9 of 11 → 81.8.
    expect(bp).toMatchObject({ older: 85, newer: 81.8, delta: -3.2 });
    expect(bp.title.en).toBeTruthy();
  });

  it('a domain only the newer edition has is there, with no older score and no delta', () => {
    const appi = comparison.catalogs.find((c) => c.catalogId === 'appi-safeguards')!;
    const myNumber = appi.domains.find((d) => d.domainId === 'APPI-MYN')!;
    expect(myNumber.older).toBeNull();
    expect(myNumber.newer).not.toBeNull();
    expect(myNumber.delta).toBeNull();
    expect(appi.domains.map((d) => d.domainId).at(-1)).toBe('APPI-MYN');
  });

  it('catalog and overall deltas are each side’s own score, as the scoring module gives it', () => {
    const appi = comparison.catalogs.find((c) => c.catalogId === 'appi-safeguards')!;
    const was = scoreCatalog(edition('appi-safeguards', 1), older.answers, older.profile).score;
    const now = scoreCatalog(edition('appi-safeguards', 2), newer.answers, newer.profile).score;
    expect(appi).toMatchObject({ older: was, newer: now, delta: Math.round((now! - was!) * 10) / 10 });
    expect(comparison.overall.delta).toBe(Math.round((comparison.overall.newer! - comparison.overall.older!) * 10) / 10);
  });

  it('the quick check is compared as its own total, once both are complete', () => {
    expect(comparison.quickCheck).toHaveLength(1);
    expect(comparison.quickCheck[0]).toMatchObject({ catalogId: 'quick-check', older: { max: 100, complete: false }, newer: { max: 100, complete: false }, delta: null });
  });

  it('a catalog answered on one side only: its items are all new (or removed), its score has no delta', () => {
    const withoutPms = assessment({ ...older, catalogs: older.catalogs.filter((c) => c.id !== 'pms-controls') });
    const result = compareAssessments(input(withoutPms), input(newer));
    const pms = result.catalogs.find((c) => c.catalogId === 'pms-controls')!;
    expect(pms).toMatchObject({ olderVersion: null, newerVersion: 2, older: null, delta: null });
    expect(result.items.filter((i) => i.catalogId === 'pms-controls').every((i) => i.class === 'new' && i.reason === 'edition')).toBe(true);
  });
});

describe('the classes follow the scoring scale', () => {
  const scored = answerStatuses.filter((s): s is Exclude<AnswerStatus, 'not-applicable'> => s !== 'not-applicable');
  const domainScore = (status: AnswerStatus) => {
    const a = assessment({ id: 'scaletest0001', catalogs: [{ id: 'appi-safeguards', version: 1 }] });
    const catalog = edition('appi-safeguards', 1);
    const answers = Object.fromEntries(catalog.domains[0]!.items.map((i) => [`appi-safeguards/${i.id}`, { status }]));
    return scoreCatalog(catalog, { ...a.answers, ...answers }, a.profile).domains[0]!.score!;
  };
  for (const from of scored) {
    for (const to of scored) {
      it(`${from} → ${to}`, () => {
        const catalogs = [{ id: 'appi-safeguards', version: 1 }];
        const key = 'appi-safeguards/APPI-BP-01';
        const result = compareAssessments(input(assessment({ id: 'scalefrom0001', catalogs }, { [key]: from })), input(assessment({ id: 'scaleto000001', catalogs }, { [key]: to })));
        const expected = domainScore(to) > domainScore(from) ? 'improved' : domainScore(to) < domainScore(from) ? 'regressed' : 'unchanged';
        expect(result.items.find((i) => i.key === key)?.class).toBe(expected);
      });
    }
  }
});
