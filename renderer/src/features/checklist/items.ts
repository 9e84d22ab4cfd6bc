// The items of an assessment in walk-through order (catalog by catalog, domain by domain), only those in
// scope for its profile, and the filters and search that narrow them. Pure functions over the catalogs.
import type { Catalog, Domain, Item } from '../../../../assessments/catalog/schema';
import { itemApplies, type ScopingProfile } from '../../../../assessments/catalog/scoping';
import type { Language } from '../../../../assessments/model/language';
import type { AnswerValue } from '../../store/assessment-store';

export type ItemRef = { key: string; catalog: Catalog; domain: Domain; item: Item };

export const answerKeyOf = (catalog: Catalog, item: Item) => `${catalog.id}/${item.id}`;

export function itemsInScope(catalogs: readonly Catalog[], profile: ScopingProfile): ItemRef[] {
  return catalogs.flatMap((catalog) =>
    catalog.domains.flatMap((domain) =>
      domain.items.filter((item) => itemApplies(item.appliesWhen, profile)).map((item) => ({ key: answerKeyOf(catalog, item), catalog, domain, item })),
    ),
  );
}

export type ItemFilter = 'all' | 'unanswered' | 'gaps' | 'flagged';

const gaps = new Set(['not-implemented', 'partial', 'unknown']);

export function matchesFilter(value: AnswerValue, filter: ItemFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'unanswered':
      return value.status === 'unanswered';
    case 'gaps':
      return gaps.has(value.status);
    case 'flagged':
      return value.flagged;
  }
}

/** Case- and width-insensitive search over the item's title and question (both languages) and the note. */
export function matchesQuery(ref: ItemRef, value: AnswerValue, query: string, language: Language): boolean {
  const q = query.normalize('NFKC').trim().toLowerCase();
  if (!q) return true;
  const other = language === 'ja' ? 'en' : 'ja';
  const text = [ref.item.id, ref.item.title[language], ref.item.question[language], ref.item.title[other], ref.item.question[other], value.note]
    .join('\n')
    .normalize('NFKC')
    .toLowerCase();
  return text.includes(q);
}

export type DomainProgress = { answered: number; applicable: number };

/** Answered of applicable items per domain ("not applicable" answers leave the count, as in scoring). */
export function domainProgress(refs: readonly ItemRef[], valueOf: (key: string) => AnswerValue): Map<string, DomainProgress> {
  const out = new Map<string, DomainProgress>();
  for (const ref of refs) {
    const id = `${ref.catalog.id}/${ref.domain.id}`;
    const progress = out.get(id) ?? { answered: 0, applicable: 0 };
    const status = valueOf(ref.key).status;
    if (status !== 'not-applicable') {
      progress.applicable += 1;
      if (status !== 'unanswered') progress.answered += 1;
    }
    out.set(id, progress);
  }
  return out;
}
