// What moving an assessment from one edition of a catalog to a newer one changes, worked out before anything
// is written: the items added, retired (in the old edition, not the new) and reworded (same id, question
// changed), and what becomes of the answers — kept by item id, so an answer carries over wherever the id is
// still asked. Answers to retired items are not deleted: they stay in the assessment file under their key,
// outside the score (nothing scores an item the pinned edition does not have), and come back if the user
// undoes the move. Pure: the same comparison on screen, in the service and in the tests.
import type { Answers } from '../scoring/score';
import type { LocalizedText } from '../model/language';
import { answerKey } from '../model/keys';
import type { ChangelogVersion } from './changelog';
import type { Catalog, Item } from './schema';
import { itemApplies, type ScopingProfile } from './scoping';

export type EditionItem = {
  id: string;
  domainId: string;
  title: LocalizedText;
  /** Whether the item applies to this assessment's scoping answers (in the edition it belongs to). */
  applies: boolean;
  /** Whether the assessment holds an answer to it (any status but unanswered). */
  answered: boolean;
};

export type RewordedItem = EditionItem & { before: LocalizedText; after: LocalizedText };

export type EditionComparison = {
  catalogId: string;
  /** The pinned edition and the one the assessment would move to. */
  from: number;
  to: number;
  title: LocalizedText;
  added: EditionItem[];
  retired: EditionItem[];
  reworded: RewordedItem[];
  /** Answered items asked in both editions: their answers carry over by id. */
  carried: number;
  /** Answered items of the old edition that the new one no longer asks, or that no longer apply to this profile. */
  noLongerApply: (EditionItem & { why: 'retired' | 'out-of-scope' })[];
  /** What the catalog's changelog says about the versions between the two (empty for a catalog without one). */
  changelog: ChangelogVersion[];
};

const answered = (answers: Answers, catalogId: string, item: Item) => (answers[answerKey(catalogId, item.id)]?.status ?? 'unanswered') !== 'unanswered';

function entries(catalog: Catalog): Map<string, { item: Item; domainId: string }> {
  return new Map(catalog.domains.flatMap((d) => d.items.map((item) => [item.id, { item, domainId: d.id }] as const)));
}

export function compareEditions(
  from: Catalog,
  to: Catalog,
  answers: Answers,
  profile: ScopingProfile,
  changelog: ChangelogVersion[] = [],
): EditionComparison {
  if (from.id !== to.id || to.version <= from.version) throw new Error(`Not a newer edition: ${from.id}@${from.version} → ${to.id}@${to.version}`);
  const before = entries(from);
  const after = entries(to);
  const describe = (catalog: Catalog, { item, domainId }: { item: Item; domainId: string }): EditionItem => ({
    id: item.id,
    domainId,
    title: item.title,
    applies: itemApplies(item.appliesWhen, profile),
    answered: answered(answers, catalog.id, item),
  });
  const added = [...after.values()].filter(({ item }) => !before.has(item.id)).map((e) => describe(to, e));
  const retired = [...before.values()].filter(({ item }) => !after.has(item.id)).map((e) => describe(from, e));
  const reworded: RewordedItem[] = [];
  let carried = 0;
  const outOfScope: (EditionItem & { why: 'out-of-scope' })[] = [];
  for (const entry of after.values()) {
    const old = before.get(entry.item.id);
    if (!old) continue;
    const now = describe(to, entry);
    if (old.item.question.ja !== entry.item.question.ja || old.item.question.en !== entry.item.question.en) {
      reworded.push({ ...now, before: old.item.question, after: entry.item.question });
    }
    if (!now.answered) continue;
    carried += 1;
    if (itemApplies(old.item.appliesWhen, profile) && !now.applies) outOfScope.push({ ...now, why: 'out-of-scope' });
  }
  return {
    catalogId: to.id,
    from: from.version,
    to: to.version,
    title: to.title,
    added,
    retired,
    reworded,
    carried,
    noLongerApply: [...retired.filter((r) => r.answered).map((r) => ({ ...r, why: 'retired' as const })), ...outOfScope],
    changelog,
  };
}
