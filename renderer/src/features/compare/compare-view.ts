// What the comparison screen works out without asking main: which assessment to compare with by default,
// which of the two is older, the filter over the item changes, whether an item can be opened in this
// assessment's checklist, and deltas as they are printed. Pure, so it is tested without a window.
import type { ChangeClass, ItemChange, TrendPoint } from '../../../../assessments/compare';

export type ItemFilter = 'changed' | ChangeClass;
export const itemFilters: readonly ItemFilter[] = ['changed', 'regressed', 'improved', 'new', 'removed', 'unchanged'];

/** The other assessments of the organisation, newest first, and the one compared with by default: the one just before this, else just after. */
export function otherAssessments(trend: readonly TrendPoint[], currentId: string): { others: TrendPoint[]; preferred: string | null } {
  const at = trend.findIndex((p) => p.id === currentId);
  const others = trend.filter((p) => p.id !== currentId).reverse();
  const before = at > 0 ? trend[at - 1] : undefined;
  const after = at >= 0 ? trend[at + 1] : undefined;
  return { others, preferred: (before ?? after ?? others[0])?.id ?? null };
}

/** The two in date order (the trend's order). */
export function orderPair(trend: readonly TrendPoint[], currentId: string, otherId: string): { olderId: string; newerId: string } {
  const current = trend.findIndex((p) => p.id === currentId);
  const other = trend.findIndex((p) => p.id === otherId);
  return other < current ? { olderId: otherId, newerId: currentId } : { olderId: currentId, newerId: otherId };
}

export function matchesFilter(item: ItemChange, filter: ItemFilter): boolean {
  if (filter === 'changed') return item.class !== 'unchanged' || item.answerChanged;
  return item.class === filter;
}

/** The item is asked and in scope in the assessment open on screen (the `side` of the comparison it is). */
export function openable(item: ItemChange, side: 'older' | 'newer'): boolean {
  if (item[side] === null) return false;
  const outOfScopeHere = side === 'newer' ? item.class === 'removed' && item.reason === 'scope' : item.class === 'new' && item.reason === 'scope';
  return !outOfScopeHere;
}

/** "+4.5", "−2.0", "±0.0", or a dash when either side has no score. */
export function formatDelta(delta: number | null): string {
  if (delta === null) return '—';
  if (delta === 0) return '±0.0';
  return delta > 0 ? `+${delta.toFixed(1)}` : `−${Math.abs(delta).toFixed(1)}`;
}

export function formatScore(score: number | null): string {
  return score === null ? '—' : score.toFixed(1);
}

/** Mantine colours with AA contrast in the light variant (see theme.tsx). */
export const classColour: Record<ChangeClass, string> = { improved: 'teal', regressed: 'red', new: 'blue', removed: 'gray', unchanged: 'gray' };
