// Sorting and filtering the plan for the plan screen (and the reports' order): pure functions over the
// actions buildPlan returns, so the screen, the PDF and the CLI list actions the same way.
import type { Priority } from '../catalog/schema';
import type { Language } from '../model/language';
import { ownerLabel } from './labels';
import { isActive, type PlanAction, type PlanActionStatus, planActionStatuses } from './plan';
import { priorityRank } from './priority';

export type PlanSortKey = 'priority' | 'dueDate' | 'status' | 'owner' | 'catalog';
export type PlanSort = { by: PlanSortKey; descending?: boolean };

type Compare = (a: PlanAction, b: PlanAction) => number;

const statusRank = new Map<PlanActionStatus, number>(planActionStatuses.map((s, i) => [s, i]));

const byPriority: Compare = (a, b) => priorityRank(a.priority) - priorityRank(b.priority) || b.severity - a.severity;
/** Earliest first; an action without a due date comes after every dated one. */
const byDue: Compare = (a, b) => (a.dueDate === b.dueDate ? 0 : a.dueDate === '' ? 1 : b.dueDate === '' ? -1 : a.dueDate < b.dueDate ? -1 : 1);
const byStatus: Compare = (a, b) => statusRank.get(a.status)! - statusRank.get(b.status)!;
const byOrder: Compare = (a, b) => a.order - b.order;

function byOwner(language: Language): Compare {
  const collator = new Intl.Collator(language);
  return (a, b) => collator.compare(ownerLabel(a, language), ownerLabel(b, language));
}

/** The key's order first (reversed when descending), then priority, due date and catalog order to break ties. */
export function sortPlan(actions: readonly PlanAction[], sort: PlanSort, language: Language): PlanAction[] {
  const primary: Record<PlanSortKey, Compare> = {
    priority: byPriority,
    dueDate: byDue,
    status: byStatus,
    owner: byOwner(language),
    catalog: byOrder,
  };
  const first = primary[sort.by];
  const direction = sort.descending ? -1 : 1;
  return [...actions].sort((a, b) => direction * first(a, b) || byPriority(a, b) || byDue(a, b) || byOrder(a, b));
}

/**
 * The order a report prints: what still needs work first (open and in progress), then accepted risks, then
 * what is done; within each, by priority, then due date.
 */
export function reportOrder(actions: readonly PlanAction[]): PlanAction[] {
  const stage = (a: PlanAction) => (isActive(a.status) ? 0 : a.status === 'risk-accepted' ? 1 : 2);
  return [...actions].sort((a, b) => stage(a) - stage(b) || byPriority(a, b) || byDue(a, b) || byOrder(a, b));
}

export type PlanFilter = {
  priorities?: readonly Priority[];
  statuses?: readonly PlanActionStatus[];
  /** Owners as stored (a role id or a typed name). */
  owners?: readonly string[];
  catalogIds?: readonly string[];
  /** Only actions past their due date (buildPlan's `today`). */
  overdueOnly?: boolean;
  /** Only actions that still need work (open, in progress). */
  activeOnly?: boolean;
  /** Words to find in the item id, the titles, the action, the owner or the notes (either language). */
  text?: string;
};

function matchesText(action: PlanAction, words: string[]): boolean {
  const haystack = [
    action.itemId,
    action.itemTitle.ja,
    action.itemTitle.en,
    action.text.ja,
    action.text.en,
    ownerLabel(action, 'ja'),
    ownerLabel(action, 'en'),
    action.notes,
    action.reason,
  ]
    .join('\n')
    .toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** The actions that pass every condition given; an empty or missing condition passes all. */
export function filterPlan(actions: readonly PlanAction[], filter: PlanFilter): PlanAction[] {
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const has = <T>(list: readonly T[] | undefined, value: T) => !list || list.length === 0 || list.includes(value);
  return actions.filter(
    (a) =>
      has(filter.priorities, a.priority) &&
      has(filter.statuses, a.status) &&
      has(filter.owners, a.owner) &&
      has(filter.catalogIds, a.catalogId) &&
      (!filter.overdueOnly || a.overdue) &&
      (!filter.activeOnly || isActive(a.status)) &&
      (words.length === 0 || matchesText(a, words)),
  );
}
