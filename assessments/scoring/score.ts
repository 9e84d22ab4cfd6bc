// Scores, exactly as the product defines them. Item: `implemented` or `alternative` = 1, `partial` = 0.5,
// `not-implemented` and `unanswered` = 0, `not-applicable` excluded. Domain, catalog and overall scores are the
// weight-weighted mean × 100, rounded to one decimal; null when nothing applies. Completion is answered
// applicable items / applicable items. Pure functions: the same numbers on screen, in reports and in the CLI.
import type { ScopingProfile } from '../catalog/scoping';
import { itemApplies } from '../catalog/scoping';
import type { Catalog, Item, ResultBand } from '../catalog/schema';
import type { Answer, AnswerStatus } from '../model/answer';
import { answerKey } from '../model/keys';

export type Answers = Readonly<Record<string, Pick<Answer, 'status'> | undefined>>;

const itemValue: Record<AnswerStatus, number | null> = {
  implemented: 1,
  alternative: 1,
  partial: 0.5,
  'not-implemented': 0,
  unanswered: 0,
  unknown: 0,
  'not-applicable': null,
};

export type Tally = {
  /** Weight-weighted mean × 100, one decimal; null when no item applies. */
  score: number | null;
  applicable: number;
  answered: number;
  /** answered / applicable, 0..1; null when no item applies. */
  completion: number | null;
  weightedPoints: number;
  totalWeight: number;
};

type Accumulator = { points: number; weight: number; applicable: number; answered: number };

const empty = (): Accumulator => ({ points: 0, weight: 0, applicable: 0, answered: 0 });

export function roundScore(value: number): number {
  return Math.round(value * 10) / 10;
}

function finish(acc: Accumulator): Tally {
  return {
    score: acc.weight === 0 ? null : roundScore((acc.points / acc.weight) * 100),
    applicable: acc.applicable,
    answered: acc.answered,
    completion: acc.applicable === 0 ? null : acc.answered / acc.applicable,
    weightedPoints: acc.points,
    totalWeight: acc.weight,
  };
}

function statusOf(answers: Answers, catalogId: string, item: Item): AnswerStatus {
  return answers[answerKey(catalogId, item.id)]?.status ?? 'unanswered';
}

function addItem(acc: Accumulator, item: Item, status: AnswerStatus): void {
  const value = itemValue[status];
  if (value === null) return;
  acc.applicable += 1;
  acc.weight += item.weight;
  acc.points += value * item.weight;
  if (status !== 'unanswered') acc.answered += 1;
}

/** Items in scope for this profile (before any Not applicable answer). */
export function scopedItems(catalog: Catalog, profile: ScopingProfile): Item[] {
  return catalog.domains.flatMap((d) => d.items.filter((item) => itemApplies(item.appliesWhen, profile)));
}

export type DomainScore = Tally & { domainId: string };
export type CatalogScore = Tally & { catalogId: string; domains: DomainScore[] };
export type AssessmentScore = { overall: Tally; catalogs: CatalogScore[] };

export function scoreCatalog(catalog: Catalog, answers: Answers, profile: ScopingProfile): CatalogScore {
  const total = empty();
  const domains = catalog.domains.map((domain) => {
    const acc = empty();
    for (const item of domain.items) {
      if (!itemApplies(item.appliesWhen, profile)) continue;
      const status = statusOf(answers, catalog.id, item);
      addItem(acc, item, status);
      addItem(total, item, status);
    }
    return { domainId: domain.id, ...finish(acc) };
  });
  return { catalogId: catalog.id, ...finish(total), domains };
}

/** Overall is the weighted mean over every applicable item of every checklist catalog in the assessment. */
export function scoreAssessment(catalogs: readonly Catalog[], answers: Answers, profile: ScopingProfile): AssessmentScore {
  const scored = catalogs.filter((c) => c.kind === 'checklist').map((c) => scoreCatalog(c, answers, profile));
  const overall = empty();
  for (const c of scored) {
    overall.points += c.weightedPoints;
    overall.weight += c.totalWeight;
    overall.applicable += c.applicable;
    overall.answered += c.answered;
  }
  return { overall: finish(overall), catalogs: scored };
}

// The quick check: IPA's five-minute self-check scale.
const quickPoints: Partial<Record<AnswerStatus, number>> = {
  implemented: 4,
  partial: 2,
  'not-implemented': 0,
  unknown: -1,
};

export type QuickCheckResult = {
  total: number;
  max: number;
  answered: number;
  questions: number;
  complete: boolean;
  band: ResultBand | null;
};

/**
 * The points a quick-check answer scores, or undefined when it does not count as answered. "Not applicable"
 * scores only where the catalog's own data says how much (notApplicablePoints, from quick-check version 2 on):
 * version 1 gave no rule, and its results must stay exactly as they were.
 */
export function quickCheckPoints(catalog: Pick<Catalog, 'notApplicablePoints'>, status: AnswerStatus): number | undefined {
  if (status === 'not-applicable') return catalog.notApplicablePoints;
  return quickPoints[status];
}

export function scoreQuickCheck(catalog: Catalog, answers: Answers): QuickCheckResult {
  let total = 0;
  let answered = 0;
  let questions = 0;
  for (const domain of catalog.domains) {
    for (const item of domain.items) {
      questions += 1;
      const points = quickCheckPoints(catalog, statusOf(answers, catalog.id, item));
      if (points === undefined) continue;
      answered += 1;
      total += points;
    }
  }
  const band = catalog.bands?.find((b) => total >= b.min && total <= b.max) ?? null;
  return { total, max: questions * 4, answered, questions, complete: answered === questions, band };
}
