// How far an assessment is, for its card on the home screen: answered of applicable items over all its
// catalogs, and the overall checklist score once anything is answered. Worked out with the scoring module
// from the pinned catalog versions, so the card, the dashboard and the reports agree.
import { type Assessment, type AssessmentProgress, type Catalog, scoreAssessment, scopedItems, answerKey } from '../../assessments';
import type { CatalogLibrary } from './catalog-library';

export function pinnedCatalogs(assessment: Assessment, catalogs: CatalogLibrary): Catalog[] {
  return assessment.catalogs.flatMap((pinned) => (catalogs.sourceOf(pinned.id, pinned.version) ? [catalogs.getVersion(pinned.id, pinned.version)] : []));
}

export function progressOf(assessment: Assessment, catalogs: CatalogLibrary): AssessmentProgress {
  const pinned = pinnedCatalogs(assessment, catalogs);
  let applicable = 0;
  let answered = 0;
  for (const catalog of pinned) {
    for (const item of scopedItems(catalog, assessment.profile)) {
      const status = assessment.answers[answerKey(catalog.id, item.id)]?.status ?? 'unanswered';
      if (status === 'not-applicable') continue;
      applicable += 1;
      if (status !== 'unanswered') answered += 1;
    }
  }
  const score = answered > 0 ? scoreAssessment(pinned, assessment.answers, assessment.profile).overall.score : null;
  return { answered, applicable, score };
}
