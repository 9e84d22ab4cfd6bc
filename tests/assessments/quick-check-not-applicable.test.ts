// The quick check's rule for a question that does not fit the business is data, not code: version 2 says
// "not applicable" scores 4 points (as IPA's self-check counts it), version 1 says nothing, so its results stay
// exactly as they were — unscored, and the check not complete.
import { describe, expect, it } from 'vitest';
import { Catalog, catalogItems, quickCheckPoints, scoreQuickCheck } from '../../assessments';
import { edition } from '../support/catalog-files';

const v1 = edition('quick-check', 1);
const v2 = edition('quick-check', 2);
const all = (catalog: Catalog, status: 'implemented' | 'not-applicable', except: string[] = []) =>
  Object.fromEntries(catalogItems(catalog).map((i) => [`quick-check/${i.id}`, { status: except.includes(i.id) ? 'not-applicable' as const : status }]));

describe('"not applicable" in the quick check', () => {
  it('scores 4 points from version 2 on: no Wi-Fi and no personal devices still gives the full 100', () => {
    const answers = all(v2, 'implemented', ['QC-STAFF-04', 'QC-ORG-03']);
    expect(scoreQuickCheck(v2, answers)).toMatchObject({ total: 100, max: 100, answered: 25, complete: true });
    expect(scoreQuickCheck(v2, answers).band?.min).toBe(100);
    expect(quickCheckPoints(v2, 'not-applicable')).toBe(4);
  });

  it('scores nothing in version 1 and leaves the check incomplete, as it always did', () => {
    const answers = all(v1, 'implemented', ['QC-STAFF-04', 'QC-ORG-03']);
    expect(scoreQuickCheck(v1, answers)).toMatchObject({ total: 92, max: 100, answered: 23, complete: false });
    expect(quickCheckPoints(v1, 'not-applicable')).toBeUndefined();
  });

  it('leaves the other answers as IPA scores them, in both versions', () => {
    for (const c of [v1, v2]) {
      expect([quickCheckPoints(c, 'implemented'), quickCheckPoints(c, 'partial'), quickCheckPoints(c, 'not-implemented'), quickCheckPoints(c, 'unknown'), quickCheckPoints(c, 'unanswered')]).toEqual([4, 2, 0, -1, undefined]);
    }
  });

  it('can be given only by a quick-check catalog, and only 0 to 4 points', () => {
    const checklist = edition('appi-safeguards', 2);
    const refused = Catalog.safeParse({ ...checklist, notApplicablePoints: 4 });
    expect(refused.success).toBe(false);
    expect(refused.error!.issues.map((i) => i.message)).toContain('catalog.quick-check-only');
    expect(Catalog.safeParse({ ...v2, notApplicablePoints: 5 }).success).toBe(false);
  });
});
