// The dashboard's figures that the scoring rules do not give directly: how many answers of each kind, and
// the gaps worth doing first. Pure functions over the catalogs and the answers.
import type { Catalog } from '../../../../assessments/catalog/schema';
import type { ScopingProfile } from '../../../../assessments/catalog/scoping';
import type { Answer, AnswerStatus } from '../../../../assessments/model/answer';
import type { Assessment } from '../../../../assessments/model/assessment';
import { buildPlan, type PlanAction } from '../../../../assessments/plan/plan';
import { priorityRank } from '../../../../assessments/plan/priority';
import { scopedItems } from '../../../../assessments/scoring/score';

export type AnswerCounts = Record<AnswerStatus, number>;

/** Answers by kind over the items in scope of the checklist catalogs (the quick check has its own result). */
export function countAnswers(catalogs: readonly Catalog[], answers: Readonly<Record<string, Pick<Answer, 'status'> | undefined>>, profile: ScopingProfile): AnswerCounts {
  const counts: AnswerCounts = { implemented: 0, partial: 0, 'not-implemented': 0, 'not-applicable': 0, alternative: 0, unknown: 0, unanswered: 0 };
  for (const catalog of catalogs) {
    if (catalog.kind !== 'checklist') continue;
    for (const item of scopedItems(catalog, profile)) counts[answers[`${catalog.id}/${item.id}`]?.status ?? 'unanswered'] += 1;
  }
  return counts;
}

/**
 * The answered gaps (not implemented, partly, don't know) of the checklists, most urgent first: priority,
 * then how much of the score is missing, then catalog order. Unanswered items are not listed: early on they
 * would crowd out what the answers have already shown.
 */
export function topGaps(assessment: Pick<Assessment, 'catalogs' | 'profile' | 'answers' | 'plan'>, catalogs: readonly Catalog[], limit: number): PlanAction[] {
  const checklists = catalogs.filter((c) => c.kind === 'checklist');
  return buildPlan(assessment, checklists)
    .filter((action) => action.inScope && action.gap !== null && action.answer !== 'unanswered' && (action.status === 'open' || action.status === 'in-progress'))
    .sort((a, b) => priorityRank(a.priority) - priorityRank(b.priority) || b.severity - a.severity || a.order - b.order)
    .slice(0, limit);
}
