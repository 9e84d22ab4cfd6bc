// Where an assessment stands in time, for comparisons and trends: the end of the period it covers, else
// the day it was created (an assessment without a period is placed by when it was started). Ties — two
// assessments of one period, say — fall back to the time each was created, then to the id, so the order
// never depends on the order they were read in.
import type { Assessment } from '../model/assessment';

export type Dated = Pick<Assessment, 'id' | 'periodTo' | 'createdAt'>;

/** The day an assessment is placed by (YYYY-MM-DD). */
export function comparisonDate(assessment: Pick<Assessment, 'periodTo' | 'createdAt'>): string {
  return assessment.periodTo || assessment.createdAt.slice(0, 10);
}

/** Sort comparator: earlier first. */
export function byDate(a: Dated, b: Dated): number {
  const day = comparisonDate(a).localeCompare(comparisonDate(b));
  if (day !== 0) return day;
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** The two in date order: [older, newer]. */
export function inDateOrder<T extends Dated>(a: T, b: T): [T, T] {
  return byDate(a, b) <= 0 ? [a, b] : [b, a];
}
