// Comparing two assessments of one organisation: what became of each item (improved, regressed, unchanged,
// new, removed) and how each checklist's and each domain's score moved — also when the two are answered
// against different editions of a catalog. Pure and free of schema libraries, so the window, the services,
// the reports and the CLI all show the same comparison (docs/comparison.md describes the output).
//
// The rules, and why:
// - Items are matched by catalog id + item id. An edition keeps an item's id while its question is the same,
//   gives a changed question a new id and never reuses a retired id, so the same key means the same question
//   in both editions. Domains are matched by id too.
// - An item "counts" on a side when that side's edition of the catalog has it, the side's scoping profile
//   puts it in scope, and it is not answered Not applicable. Not applicable is the user saying "out of scope
//   for us", so it is treated like the profile: an item that counts only on the newer side is `new`, only on
//   the older side `removed`, with the reason (`edition`, `scope` or `not-applicable`). An item that counts
//   on neither side is listed (as `unchanged`) only when both sides have it in scope — Not applicable on
//   both, say; any other never counted and is left out.
// - Where an item counts on both sides, its class comes from the answer's value on the scoring scale
//   (assessments/scoring: Implemented and Alternative 1, Partially 0.5, Not implemented, Don't know and
//   Unanswered 0): higher is `improved`, lower `regressed`, equal `unchanged` (with `answerChanged` when
//   the answer itself differs, e.g. Implemented → Alternative). The same scale for every catalog, the quick
//   check included, so a class means the same everywhere: Don't know (quick check only) is a gap like Not
//   implemented, and moving between Not implemented, Don't know and Unanswered changes no class. The quick
//   check's own points scale (where Don't know costs a point) is compared as its total (`quickCheck`).
// - Scores are each side's own (scoreCatalog on its own edition and profile): a delta across editions
//   compares the two scores as each assessment was scored, not two scores over one set of items.
import type { Catalog, Item } from '../catalog/schema';
import { itemApplies } from '../catalog/scoping';
import type { AnswerStatus } from '../model/answer';
import type { Assessment } from '../model/assessment';
import { answerKey } from '../model/keys';
import type { LocalizedText } from '../model/language';
import { pinnedCatalogs } from '../plan/pinned';
import { roundScore, scoreAssessment, scoreQuickCheck } from '../scoring/score';
import { comparisonDate } from './order';

export const changeClasses = ['improved', 'regressed', 'unchanged', 'new', 'removed'] as const;
export type ChangeClass = (typeof changeClasses)[number];

/** Why an item is new or removed: not in that side's edition, out of its scope, or answered Not applicable there. */
export type ChangeReason = 'edition' | 'scope' | 'not-applicable';

/** What a comparison needs of an assessment (an Assessment will do). */
export type ComparableAssessment = Pick<Assessment, 'id' | 'organisationId' | 'title' | 'periodFrom' | 'periodTo' | 'createdAt' | 'catalogs' | 'profile' | 'answers'>;

/** An assessment and the catalogs it pins, in the exact editions it pins (others given are ignored). */
export type ComparedInput = { assessment: ComparableAssessment; catalogs: readonly Catalog[] };

export type ComparedSide = {
  id: string;
  title: string;
  organisationId: string;
  periodFrom: string;
  periodTo: string;
  createdAt: string;
  /** The day it is placed in time by: the period's end, else the day it was created (YYYY-MM-DD). */
  date: string;
  catalogs: { id: string; version: number }[];
};

export type ScoreDelta = {
  older: number | null;
  newer: number | null;
  /** newer − older, one decimal; null when either side has no score. */
  delta: number | null;
};

export type DomainDelta = ScoreDelta & { domainId: string; title: LocalizedText };

export type CatalogDelta = ScoreDelta & {
  catalogId: string;
  title: LocalizedText;
  /** The edition each side pins; null when that side does not use the catalog. */
  olderVersion: number | null;
  newerVersion: number | null;
  /** Every domain of either edition: the newer edition's order, then any the newer edition no longer has. */
  domains: DomainDelta[];
};

export type QuickCheckSide = { total: number; max: number; complete: boolean };

export type QuickCheckDelta = {
  catalogId: string;
  title: LocalizedText;
  older: QuickCheckSide | null;
  newer: QuickCheckSide | null;
  /** Points, newer − older; null unless both sides answered every question. */
  delta: number | null;
};

export type ItemChange = {
  /** `<catalog id>/<item id>`, the answer key on both sides. */
  key: string;
  catalogId: string;
  itemId: string;
  /** The domain in the newer edition (the older one's for a removed item). */
  domainId: string;
  title: LocalizedText;
  class: ChangeClass;
  /** The answer on each side; null when that side's edition does not have the item. */
  older: AnswerStatus | null;
  newer: AnswerStatus | null;
  /** The two answers differ (also for an `unchanged` item, e.g. Implemented → Alternative). */
  answerChanged: boolean;
  /** For `new` and `removed` items: why the item counts on one side only. */
  reason?: ChangeReason;
};

export type AssessmentComparison = {
  older: ComparedSide;
  newer: ComparedSide;
  overall: ScoreDelta;
  /** Checklist catalogs only (the quick check has its own scale: `quickCheck`). */
  catalogs: CatalogDelta[];
  quickCheck: QuickCheckDelta[];
  /** Every item in scope on either side, newer catalog and item order first. */
  items: ItemChange[];
  counts: Record<ChangeClass, number>;
};

/** An answer's value on the scoring scale (assessments/scoring), Not applicable aside. */
const answerValue: Record<Exclude<AnswerStatus, 'not-applicable'>, number> = {
  implemented: 1,
  alternative: 1,
  partial: 0.5,
  'not-implemented': 0,
  unknown: 0,
  unanswered: 0,
};

export function scoreDelta(older: number | null, newer: number | null): ScoreDelta {
  return { older, newer, delta: older === null || newer === null ? null : roundScore(newer - older) };
}

function sideOf({ assessment }: ComparedInput): ComparedSide {
  const { id, title, organisationId, periodFrom, periodTo, createdAt } = assessment;
  return { id, title, organisationId, periodFrom, periodTo, createdAt, date: comparisonDate(assessment), catalogs: assessment.catalogs.map((c) => ({ id: c.id, version: c.version })) };
}

type Placed = { item: Item; domainId: string };
type Side = { catalogs: Catalog[]; input: ComparedInput };

function itemsOf(catalog: Catalog | undefined): Map<string, Placed> {
  return new Map((catalog?.domains ?? []).flatMap((d) => d.items.map((item) => [item.id, { item, domainId: d.id }] as const)));
}

type Standing = { status: AnswerStatus | null; inScope: boolean; counts: boolean; reason?: ChangeReason };

/** Where an item stands on one side: its answer, whether the profile puts it in scope, whether it counts. */
function standing(side: Side, catalogId: string, placed: Placed | undefined): Standing {
  if (!placed) return { status: null, inScope: false, counts: false, reason: 'edition' };
  const { assessment } = side.input;
  const status = assessment.answers[answerKey(catalogId, placed.item.id)]?.status ?? 'unanswered';
  if (!itemApplies(placed.item.appliesWhen, assessment.profile)) return { status, inScope: false, counts: false, reason: 'scope' };
  if (status === 'not-applicable') return { status, inScope: true, counts: false, reason: 'not-applicable' };
  return { status, inScope: true, counts: true };
}

function classify(older: Standing, newer: Standing): { class: ChangeClass; reason?: ChangeReason } {
  if (older.counts && newer.counts) {
    const was = answerValue[older.status as keyof typeof answerValue];
    const now = answerValue[newer.status as keyof typeof answerValue];
    return { class: now > was ? 'improved' : now < was ? 'regressed' : 'unchanged' };
  }
  if (newer.counts) return { class: 'new', ...(older.reason ? { reason: older.reason } : {}) };
  if (older.counts) return { class: 'removed', ...(newer.reason ? { reason: newer.reason } : {}) };
  return { class: 'unchanged' };
}

function itemChanges(older: Side, newer: Side): ItemChange[] {
  const catalogIds = [...new Set([...newer.catalogs, ...older.catalogs].map((c) => c.id))];
  const changes: ItemChange[] = [];
  for (const catalogId of catalogIds) {
    const before = itemsOf(older.catalogs.find((c) => c.id === catalogId));
    const after = itemsOf(newer.catalogs.find((c) => c.id === catalogId));
    // The newer edition's order, then the items it no longer has in the older edition's order.
    const ids = [...after.keys(), ...[...before.keys()].filter((id) => !after.has(id))];
    for (const itemId of ids) {
      const was = standing(older, catalogId, before.get(itemId));
      const now = standing(newer, catalogId, after.get(itemId));
      if (!was.counts && !now.counts && !(was.inScope && now.inScope)) continue;
      const placed = (after.get(itemId) ?? before.get(itemId))!;
      const { class: changeClass, reason } = classify(was, now);
      changes.push({
        key: answerKey(catalogId, itemId),
        catalogId,
        itemId,
        domainId: placed.domainId,
        title: placed.item.title,
        class: changeClass,
        older: was.status,
        newer: now.status,
        answerChanged: was.status !== now.status,
        ...(reason ? { reason } : {}),
      });
    }
  }
  return changes;
}

function catalogDeltas(older: Side, newer: Side): { overall: ScoreDelta; catalogs: CatalogDelta[] } {
  const scoreOf = (side: Side) => scoreAssessment(side.catalogs, side.input.assessment.answers, side.input.assessment.profile);
  const before = scoreOf(older);
  const after = scoreOf(newer);
  const checklists = (side: Side) => side.catalogs.filter((c) => c.kind === 'checklist');
  const ids = [...new Set([...checklists(newer), ...checklists(older)].map((c) => c.id))];
  const catalogs = ids.map((catalogId): CatalogDelta => {
    const oldCatalog = older.catalogs.find((c) => c.id === catalogId);
    const newCatalog = newer.catalogs.find((c) => c.id === catalogId);
    const oldScore = before.catalogs.find((c) => c.catalogId === catalogId);
    const newScore = after.catalogs.find((c) => c.catalogId === catalogId);
    const domainIds = [...new Set([...(newCatalog?.domains ?? []), ...(oldCatalog?.domains ?? [])].map((d) => d.id))];
    return {
      catalogId,
      title: (newCatalog ?? oldCatalog)!.title,
      olderVersion: oldCatalog?.version ?? null,
      newerVersion: newCatalog?.version ?? null,
      ...scoreDelta(oldScore?.score ?? null, newScore?.score ?? null),
      domains: domainIds.map((domainId) => {
        const domain = (newCatalog?.domains.find((d) => d.id === domainId) ?? oldCatalog?.domains.find((d) => d.id === domainId))!;
        const was = oldScore?.domains.find((d) => d.domainId === domainId)?.score ?? null;
        const now = newScore?.domains.find((d) => d.domainId === domainId)?.score ?? null;
        return { domainId, title: domain.title, ...scoreDelta(was, now) };
      }),
    };
  });
  return { overall: scoreDelta(before.overall.score, after.overall.score), catalogs };
}

function quickCheckDeltas(older: Side, newer: Side): QuickCheckDelta[] {
  const quick = (side: Side) => side.catalogs.filter((c) => c.kind === 'quick-check');
  const ids = [...new Set([...quick(newer), ...quick(older)].map((c) => c.id))];
  const sideScore = (side: Side, catalogId: string): QuickCheckSide | null => {
    const catalog = side.catalogs.find((c) => c.id === catalogId);
    if (!catalog) return null;
    const result = scoreQuickCheck(catalog, side.input.assessment.answers);
    return { total: result.total, max: result.max, complete: result.complete };
  };
  return ids.map((catalogId) => {
    const was = sideScore(older, catalogId);
    const now = sideScore(newer, catalogId);
    const title = (newer.catalogs.find((c) => c.id === catalogId) ?? older.catalogs.find((c) => c.id === catalogId))!.title;
    return { catalogId, title, older: was, newer: now, delta: was?.complete && now?.complete ? now.total - was.total : null };
  });
}

/**
 * Compares an older assessment with a newer one of the same organisation (the caller checks that it is the
 * same, and says so in words when it is not). The order is the caller's: see `inDateOrder` for the usual one.
 */
export function compareAssessments(olderInput: ComparedInput, newerInput: ComparedInput): AssessmentComparison {
  const older: Side = { input: olderInput, catalogs: pinnedCatalogs(olderInput.assessment.catalogs, olderInput.catalogs) };
  const newer: Side = { input: newerInput, catalogs: pinnedCatalogs(newerInput.assessment.catalogs, newerInput.catalogs) };
  const items = itemChanges(older, newer);
  const counts = Object.fromEntries(changeClasses.map((c) => [c, 0])) as Record<ChangeClass, number>;
  for (const item of items) counts[item.class] += 1;
  return {
    older: sideOf(olderInput),
    newer: sideOf(newerInput),
    ...catalogDeltas(older, newer),
    quickCheck: quickCheckDeltas(older, newer),
    items,
    counts,
  };
}
