// How urgent an improvement action is: P1 (first) to P4 (last), from the item's weight, the size of the gap
// and the catalog's own judgement (the action template's default priority). The formula and why it is so are
// written out for users in docs/improvement-plan.md; keep the two in step.
import type { Priority } from '../catalog/schema';

/** How much of the item is missing: a whole item (not done, not known, not answered) or half of it (partial). */
export type GapSize = 1 | 0.5;

/** Severity thresholds, highest first: severity = weight (1–3) × gap size. */
export const severityThresholds: readonly { priority: Priority; min: number }[] = [
  { priority: 'P1', min: 2.5 },
  { priority: 'P2', min: 1.5 },
  { priority: 'P3', min: 0.75 },
  { priority: 'P4', min: 0 },
];

const ranks: Record<Priority, number> = { P1: 1, P2: 2, P3: 3, P4: 4 };
const byRank: readonly Priority[] = ['P1', 'P2', 'P3', 'P4'];

export function priorityRank(priority: Priority): number {
  return ranks[priority];
}

export function severity(weight: number, gap: GapSize): number {
  return weight * gap;
}

/** The priority the weighting alone gives. */
export function priorityOfSeverity(value: number): Priority {
  return severityThresholds.find((t) => value >= t.min)?.priority ?? 'P4';
}

/**
 * The catalog's priority for this gap: the template says how urgent the action is when the item is not done
 * at all; half done, it is one step less urgent (never below P4).
 */
export function templatePriorityFor(template: Priority, gap: GapSize): Priority {
  if (gap === 1) return template;
  return byRank[Math.min(ranks[template], byRank.length - 1)]!;
}

/**
 * The action's priority: the more urgent of what the weighting gives and what the catalog gives. A tool
 * that guides safeguards should never rank an action below either judgement: the weighting knows how much
 * the item counts in the score; the catalog's author knows when a small item is a legal duty.
 */
export function actionPriority(weight: number, gap: GapSize, template: Priority): Priority {
  const fromWeight = priorityOfSeverity(severity(weight, gap));
  const fromTemplate = templatePriorityFor(template, gap);
  return ranks[fromWeight] <= ranks[fromTemplate] ? fromWeight : fromTemplate;
}
