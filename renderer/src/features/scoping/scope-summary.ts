// What the scoping answers do to the checklists: how many items apply, which are left out and because of
// which "no" answers, and how many answers are kept on items left out (they are never deleted).
import type { Catalog, Item } from '../../../../assessments/catalog/schema';
import { outOfScopeBecause, type ProfileFlag, type ScopingProfile } from '../../../../assessments/catalog/scoping';

export type LeftOut = { key: string; catalog: Catalog; item: Item; because: ProfileFlag[] };
export type ScopeSummary = { total: number; applying: number; leftOut: LeftOut[]; keptAnswers: number };

export function summariseScope(catalogs: readonly Catalog[], profile: ScopingProfile, answers: Readonly<Record<string, { status: string } | undefined>> = {}): ScopeSummary {
  let total = 0;
  const leftOut: LeftOut[] = [];
  for (const catalog of catalogs) {
    for (const domain of catalog.domains) {
      for (const item of domain.items) {
        total += 1;
        const because = outOfScopeBecause(item.appliesWhen, profile);
        if (because.length > 0) leftOut.push({ key: `${catalog.id}/${item.id}`, catalog, item, because });
      }
    }
  }
  const keptAnswers = leftOut.filter((entry) => {
    const status = answers[entry.key]?.status;
    return status !== undefined && status !== 'unanswered';
  }).length;
  return { total, applying: total - leftOut.length, leftOut, keptAnswers };
}
