// The pure parts of the walk-through's screens, on the real catalogs: scoping answers (nothing assumed, a
// profile only once all are answered, "not sure" keeps items in), what the scope leaves out and why, the
// checklist's filters and search, and the dashboard's answer counts and most urgent gaps.
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../assessments';
import { itemsInScope, matchesFilter, matchesQuery } from '../../renderer/src/features/checklist/items';
import { countAnswers, topGaps } from '../../renderer/src/features/dashboard/dashboard-data';
import { draftOf, emptyDraft, profileOf, smallBusinessOf, unanswered } from '../../renderer/src/features/scoping/draft';
import { summariseScope } from '../../renderer/src/features/scoping/scope-summary';
import { EMPTY_ANSWER } from '../../renderer/src/store/assessment-store';
import { smallCompany } from '../support/profiles';
import { builtInCatalogs } from '../support/workspace';

// The first editions: the numbers below were worked out on them.
const catalogs = builtInCatalogs().filter((c) => c.version === 1);
const appi = catalogs.filter((c) => c.id === 'appi-safeguards');

describe('scoping answers', () => {
  it('start unanswered, and make a profile only once every question has an answer', () => {
    const draft = emptyDraft();
    expect(unanswered(draft)).toHaveLength(11);
    expect(profileOf(draft)).toBeNull();
    expect(smallBusinessOf(draft)).toBeNull();
    const answered = { ...draftOf(smallCompany), websiteTracking: undefined };
    expect(unanswered(answered)).toEqual(['websiteTracking']);
    expect(profileOf(answered)).toBeNull();
    expect(profileOf(draftOf(smallCompany))).toEqual(smallCompany);
  });

  it('turn an unknown count into null, which never makes a business small', () => {
    const draft = { ...draftOf(smallCompany), employees: 'unsure' as const };
    expect(profileOf(draft)?.employees).toBeNull();
    expect(smallBusinessOf(draft)).toBe(false);
    expect(smallBusinessOf(draftOf(smallCompany))).toBe(true);
    expect(smallBusinessOf({ ...draftOf(smallCompany), processesForOthers: 'yes' })).toBe(false);
    expect(smallBusinessOf({ ...draftOf(smallCompany), individuals: 5001 })).toBe(false);
  });
});

describe('what the scope leaves out', () => {
  it('lists each item left out with the "no" answers that left it out, and counts the answers kept on them', () => {
    const summary = summariseScope(appi, smallCompany, { 'appi-safeguards/APPI-EXT-01': { status: 'implemented' }, 'appi-safeguards/APPI-BP-01': { status: 'implemented' } });
    expect(summary.total).toBe(97);
    expect(summary.applying).toBe(92);
    expect(summary.leftOut.map((l) => l.item.id)).toEqual(['APPI-EXT-01', 'APPI-EXT-02', 'APPI-EXT-03', 'APPI-EXT-04', 'APPI-EXT-05']);
    expect(summary.leftOut.every((l) => l.because.join() === 'foreignTransfer')).toBe(true);
    expect(summary.keptAnswers).toBe(1);
    // "Not sure" keeps them in.
    expect(summariseScope(appi, { ...smallCompany, foreignTransfer: 'unsure' }).applying).toBe(97);
  });
});

describe('the checklist', () => {
  const refs = itemsInScope(appi, smallCompany);
  it('walks the items in scope in catalog order', () => {
    expect(refs).toHaveLength(92);
    expect(refs[0]!.key).toBe('appi-safeguards/APPI-BP-01');
    expect(refs.some((r) => r.item.id === 'APPI-EXT-01')).toBe(false);
  });

  it('filters unanswered, gaps and flagged', () => {
    const value = (status: typeof EMPTY_ANSWER.status, flagged = false) => ({ ...EMPTY_ANSWER, status, flagged });
    expect(matchesFilter(value('unanswered'), 'unanswered')).toBe(true);
    expect(matchesFilter(value('implemented'), 'unanswered')).toBe(false);
    expect(['partial', 'not-implemented', 'unknown'].every((s) => matchesFilter(value(s as 'partial'), 'gaps'))).toBe(true);
    expect(['implemented', 'alternative', 'not-applicable'].some((s) => matchesFilter(value(s as 'implemented'), 'gaps'))).toBe(false);
    expect(matchesFilter(value('implemented', true), 'flagged')).toBe(true);
  });

  it('searches questions in both languages and the note, ignoring case and width', () => {
    const first = refs[0]!;
    expect(matchesQuery(first, EMPTY_ANSWER, 'appi-bp-01', 'ja')).toBe(true);
    expect(matchesQuery(first, EMPTY_ANSWER, 'ＡＰＰＩ-ＢＰ-０１', 'ja')).toBe(true);
    expect(matchesQuery(first, EMPTY_ANSWER, first.item.title.en.slice(0, 12).toUpperCase(), 'ja')).toBe(true);
    expect(matchesQuery(first, { ...EMPTY_ANSWER, note: '金庫に保管' }, '金庫', 'en')).toBe(true);
    expect(matchesQuery(first, EMPTY_ANSWER, '金庫', 'en')).toBe(false);
  });
});

describe('the dashboard', () => {
  const answers: Assessment['answers'] = {};
  const at = '2026-11-02T00:00:00.000Z';
  const set = (id: string, status: Assessment['answers'][string]['status']) => (answers[`appi-safeguards/${id}`] = { ...EMPTY_ANSWER, status, updatedAt: at });
  set('APPI-BP-01', 'implemented');
  set('APPI-BP-02', 'partial');
  set('APPI-BP-03', 'not-implemented');
  set('APPI-BP-04', 'not-applicable');
  set('APPI-EXT-01', 'not-implemented'); // out of scope: neither counted nor a gap

  it('counts answers over the items in scope', () => {
    const counts = countAnswers(appi, answers, smallCompany);
    expect(counts).toMatchObject({ implemented: 1, partial: 1, 'not-implemented': 1, 'not-applicable': 1, unanswered: 88 });
  });

  it('lists the answered gaps, the most urgent first, and never an unanswered or out-of-scope item', () => {
    const gaps = topGaps({ catalogs: [{ id: 'appi-safeguards', version: 1 }], profile: smallCompany, answers, plan: {} }, appi, 10);
    expect(gaps.map((g) => g.itemId).sort()).toEqual(['APPI-BP-02', 'APPI-BP-03']);
    const rank = (p: string) => Number(p.slice(1));
    expect(rank(gaps[0]!.priority)).toBeLessThanOrEqual(rank(gaps[1]!.priority));
  });
});
