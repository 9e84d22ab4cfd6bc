// The improvement plan: one action per gap among the items that apply, taken from the item's action
// template, with what the user decided about it (owner, due date, status, effort, notes) kept by answer key.
// The plan stays linked to its items when answers change: an action whose gap has closed is not dropped but
// shown as "done by answer" (unless the user marked it done or accepted the risk), so nothing the user wrote
// is lost. Pure: the same assessment and date give the same plan. Loads no schema library at run time, so
// the window's plan screen can use it as it is.
import type { Catalog, Effort, Item, OwnerRole, Priority } from '../catalog/schema';
import { itemApplies, type ScopingProfile } from '../catalog/scoping';
import type { AnswerStatus } from '../model/answer';
import { answerKey } from '../model/keys';
import type { Assessment } from '../model/assessment';
import type { LocalizedText } from '../model/language';
import type { ActionState, ActionStatus } from '../model/plan-state';
import { nonconformitiesOf } from '../audit/verdicts';
import { answerGap, type Gap, largerGap, type Nonconformity, nonconformityGap } from './gaps';
import { ownerRoleLabels } from './labels';
import { actionPriority, severity } from './priority';
import { pinnedCatalogs } from './pinned';

/** The user's status, or `done-by-answer` when the item is no longer a gap and the user has not closed it. */
export type PlanActionStatus = ActionStatus | 'done-by-answer';
export const planActionStatuses = ['open', 'in-progress', 'risk-accepted', 'done', 'done-by-answer'] as const satisfies readonly PlanActionStatus[];

export type PlanAction = {
  /** The item's answer key, `<catalog id>/<item id>`: what the stored plan state is kept under. */
  key: string;
  catalogId: string;
  catalogVersion: number;
  domainId: string;
  itemId: string;
  catalogTitle: LocalizedText;
  domainTitle: LocalizedText;
  itemTitle: LocalizedText;
  /** What to do: the item's action template. */
  text: LocalizedText;
  /** The item's answer now. */
  answer: AnswerStatus;
  /** Whether the scoping profile keeps the item in the assessment. */
  inScope: boolean;
  /** Why the action is on the plan; null once the gap has closed (the action is kept, done by answer). */
  gap: Gap | null;
  weight: number;
  /** weight × gap size; 0 once the gap has closed. */
  severity: number;
  /** The catalog's default priority for the action. */
  templatePriority: Priority;
  /** P1–P4 (see priority.ts); a closed action keeps its template's priority, for reference. */
  priority: Priority;
  /** Who does it: what the user entered, else the template's owner role id. */
  owner: string;
  /** The owner as a role id when it is one (label it with ownerRoleLabels), null for a name the user typed. */
  ownerRole: OwnerRole | null;
  /** YYYY-MM-DD, or '' when none is set. */
  dueDate: string;
  status: PlanActionStatus;
  /** Why the risk is accepted (risk-accepted). */
  reason: string;
  effort: Effort;
  /** The effort is the user's estimate rather than the template's. */
  effortOverridden: boolean;
  notes: string;
  /** Past its due date on the given day and still open or in progress. */
  overdue: boolean;
  /** When the user last changed the action; null when it was never edited. */
  updatedAt: string | null;
  /** Position in catalog order (catalog as pinned, domain, item): the neutral order to sort back to. */
  order: number;
};

export type PlanAssessment = Pick<Assessment, 'catalogs' | 'profile' | 'answers' | 'plan'> & Partial<Pick<Assessment, 'verdicts'>>;

export type PlanOptions = {
  /** The day to judge "overdue" against, YYYY-MM-DD (a report's date, or today); nothing is overdue without it. */
  today?: string;
  /** Auditor mode: the auditor's nonconformities, which put items on the plan like a gap in the answers (by default, those of the assessment's verdicts). */
  nonconformities?: readonly Nonconformity[];
};

/** A role id the catalogs name (the labels table has one entry per role of the catalog schema). */
export function isOwnerRole(value: string): value is OwnerRole {
  return Object.hasOwn(ownerRoleLabels, value);
}

const activeStatuses: ReadonlySet<PlanActionStatus> = new Set(['open', 'in-progress']);

/** Still needs work: open or in progress. */
export function isActive(status: PlanActionStatus): boolean {
  return activeStatuses.has(status);
}

export function isOverdue(action: Pick<PlanAction, 'dueDate' | 'status'>, today: string | undefined): boolean {
  return !!today && action.dueDate !== '' && action.dueDate < today && isActive(action.status);
}

/** A record's own entry only: a key never reaches the prototype. */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function statusOf(gap: Gap | null, stored: ActionState | undefined): PlanActionStatus {
  const status = stored?.status ?? 'open';
  if (gap) return status;
  return status === 'done' || status === 'risk-accepted' ? status : 'done-by-answer';
}

function actionFor(
  catalog: Catalog,
  domain: Catalog['domains'][number],
  item: Item,
  profile: ScopingProfile,
  answer: AnswerStatus,
  nonconformity: Gap | null,
  stored: ActionState | undefined,
  order: number,
  today: string | undefined,
): PlanAction | null {
  const inScope = itemApplies(item.appliesWhen, profile);
  const gap = inScope ? largerGap(answerGap(answer), nonconformity) : null;
  if (!gap && !stored) return null;
  const template = item.action;
  const owner = stored && stored.owner.trim() !== '' ? stored.owner.trim() : template.owner;
  const status = statusOf(gap, stored);
  const dueDate = stored?.dueDate ?? '';
  return {
    key: answerKey(catalog.id, item.id),
    catalogId: catalog.id,
    catalogVersion: catalog.version,
    domainId: domain.id,
    itemId: item.id,
    catalogTitle: catalog.title,
    domainTitle: domain.title,
    itemTitle: item.title,
    text: template.text,
    answer,
    inScope,
    gap,
    weight: item.weight,
    severity: gap ? severity(item.weight, gap.size) : 0,
    templatePriority: template.priority,
    priority: gap ? actionPriority(item.weight, gap.size, template.priority) : template.priority,
    owner,
    ownerRole: isOwnerRole(owner) ? owner : null,
    dueDate,
    status,
    reason: stored?.reason ?? '',
    effort: stored?.effort ?? template.effort,
    effortOverridden: stored?.effort != null,
    notes: stored?.notes ?? '',
    overdue: isOverdue({ dueDate, status }, today),
    updatedAt: stored?.updatedAt ?? null,
    order,
  };
}

/**
 * One action per gap among the items that apply (not implemented, partial, don't know, unanswered — and
 * auditor nonconformities when given), plus every item that is no longer a gap but has a stored plan state.
 * In catalog order. Stored states for items the pinned catalogs do not have are left out.
 */
export function buildPlan(assessment: PlanAssessment, catalogs: readonly Catalog[], options: PlanOptions = {}): PlanAction[] {
  const findings = new Map<string, Gap>();
  for (const n of options.nonconformities ?? nonconformitiesOf(assessment.verdicts ?? {})) findings.set(n.key, largerGap(findings.get(n.key) ?? null, nonconformityGap(n.finding))!);
  const actions: PlanAction[] = [];
  let order = 0;
  for (const catalog of pinnedCatalogs(assessment.catalogs, catalogs)) {
    for (const domain of catalog.domains) {
      for (const item of domain.items) {
        const key = answerKey(catalog.id, item.id);
        const answer = own(assessment.answers, key)?.status ?? 'unanswered';
        const action = actionFor(catalog, domain, item, assessment.profile, answer, findings.get(key) ?? null, own(assessment.plan, key), order, options.today);
        order += 1;
        if (action) actions.push(action);
      }
    }
  }
  return actions;
}
