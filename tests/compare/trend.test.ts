// The trend over an organisation's assessments: in date order by the period's end (else the day each was
// created), whatever order they are read in, each scored on the editions it pins.
import { describe, expect, it } from 'vitest';
import { assessmentTrend, byDate, inDateOrder } from '../../assessments/compare';
import { assessment, input, newer, older } from './fixtures';

describe('the trend of an organisation', () => {
  const undated = assessment({ id: 'draft2027only', catalogs: newer.catalogs, createdAt: '2027-02-01T09:00:00.000Z' }, { 'appi-safeguards/APPI-BP-01': 'implemented' });
  const samePeriod = assessment({ ...older, id: 'fy2025second', createdAt: '2025-12-01T00:00:00.000Z' });

  it('orders by period end, then by the day created, whatever order they come in', () => {
    const points = assessmentTrend([input(undated), input(newer), input(samePeriod), input(older)]);
    expect(points.map((p) => [p.id, p.date])).toEqual([
      ['fy2025assessment', '2025-10-31'],
      ['fy2025second', '2025-10-31'],
      ['fy2026assessment', '2026-10-30'],
      ['draft2027only', '2027-02-01'],
    ]);
  });

  it('each point is scored on its own editions', () => {
    const [first, second] = assessmentTrend([input(newer), input(older)]);
    expect(first!.catalogs.map((c) => [c.catalogId, c.version])).toEqual([
      ['appi-safeguards', 1],
      ['pms-controls', 1],
    ]);
    expect(second!.catalogs.map((c) => c.version)).toEqual([2, 2]);
    expect(first!.overall).not.toBeNull();
    expect(second!.quickCheck).toMatchObject({ catalogId: 'quick-check', version: 2, max: 100 });
  });

  it('inDateOrder puts the earlier first', () => {
    expect(inDateOrder(newer, older).map((a) => a.id)).toEqual(['fy2025assessment', 'fy2026assessment']);
    expect(byDate(older, older)).toBe(0);
  });
});
