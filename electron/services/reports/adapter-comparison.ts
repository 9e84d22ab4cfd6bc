// The comparison a report prints, resolved to the report's language: the score rows (overall, each checklist
// with its editions, each domain), the items whose answer changed (the audit report's section), and for the
// comparison report the counts per class, the editions, the quick check, the items grouped by class and the
// trend over every assessment of the organisation. The numbers and classes come from assessments/compare.
import type { Catalog } from '../../../assessments';
import {
  type AssessmentComparison,
  assessmentTrend,
  type ChangeClass,
  compareAssessments,
  type ComparedInput,
  type ItemChange,
} from '../../../assessments/compare';
import { comparisonLabelsFor } from './comparison-labels';
import { labelsFor } from './labels';
import type { ReportComparison, ReportComparisonChange, ReportComparisonDetail, ReportComparisonRow, ReportLanguage } from './model';

/** The order the comparison report prints its groups in: what needs attention first. */
const groupOrder: readonly ChangeClass[] = ['regressed', 'improved', 'new', 'removed', 'unchanged'];

function rowsOf(result: AssessmentComparison, language: ReportLanguage): ReportComparisonRow[] {
  const labels = labelsFor(language);
  const words = comparisonLabelsFor(language);
  const rows: ReportComparisonRow[] = [{ label: labels.summary.overall, level: 0, previous: result.overall.older, current: result.overall.newer }];
  for (const c of result.catalogs) {
    const edition = (v: number | null) => (v === null ? words.notUsed : words.edition(v));
    const editions = c.olderVersion === c.newerVersion ? '' : language === 'ja' ? `（${edition(c.olderVersion)} → ${edition(c.newerVersion)}）` : ` (${edition(c.olderVersion)} → ${edition(c.newerVersion)})`;
    rows.push({ label: `${c.title[language]}${editions}`, level: 1, previous: c.older, current: c.newer });
    for (const d of c.domains) rows.push({ label: d.title[language], level: 2, previous: d.older, current: d.newer });
  }
  return rows;
}

function changeOf(change: ItemChange, places: Map<string, string>, language: ReportLanguage): ReportComparisonChange {
  const answers = labelsFor(language).answers;
  const { notCounted } = comparisonLabelsFor(language);
  const previousLabel = change.class === 'new' && change.reason ? notCounted.before[change.reason] : change.older === null ? notCounted.before.edition : answers[change.older];
  const currentLabel = change.class === 'removed' && change.reason ? notCounted.after[change.reason] : change.newer === null ? notCounted.after.edition : answers[change.newer];
  const place = places.get(`${change.catalogId}/${change.domainId}`);
  return { itemId: change.itemId, title: change.title[language], previousLabel, currentLabel, class: change.class, ...(place ? { place } : {}) };
}

/** "checklist・domain" for every domain of either side's catalogs, newer titles first. */
function placesOf(previous: ComparedInput, current: ComparedInput, language: ReportLanguage): Map<string, string> {
  const places = new Map<string, string>();
  const separator = language === 'ja' ? '・' : ' · ';
  for (const catalog of [...current.catalogs, ...previous.catalogs] as Catalog[]) {
    for (const domain of catalog.domains) {
      const key = `${catalog.id}/${domain.id}`;
      if (!places.has(key)) places.set(key, `${catalog.title[language]}${separator}${domain.title[language]}`);
    }
  }
  return places;
}

function detailOf(result: AssessmentComparison, changes: ReportComparisonChange[], trend: readonly ComparedInput[], language: ReportLanguage): ReportComparisonDetail {
  const words = comparisonLabelsFor(language);
  const edition = (v: number | null) => (v === null ? words.notUsed : words.edition(v));
  const points = (side: { total: number; max: number } | null) => (side ? words.points(side.total, side.max) : words.notUsed);
  const compared = new Set([result.older.id, result.newer.id]);
  return {
    currentTitle: result.newer.title,
    currentDate: result.newer.date,
    counts: groupOrder.map((c) => ({ class: c, label: words.classes[c], count: result.counts[c] })),
    editions: result.catalogs.map((c) => ({ title: c.title[language], previous: edition(c.olderVersion), current: edition(c.newerVersion) })),
    quickCheck: result.quickCheck.map((q) => ({
      title: q.title[language],
      previous: points(q.older),
      current: points(q.newer),
      change: q.delta === null ? '—' : q.delta > 0 ? `+${q.delta}` : q.delta < 0 ? `−${-q.delta}` : '±0',
    })),
    groups: groupOrder.map((c) => ({ class: c, label: words.groups[c], items: changes.filter((i) => i.class === c) })),
    trend: assessmentTrend(trend).map((p) => ({ title: p.title, date: p.date, score: p.overall, compared: compared.has(p.id) })),
  };
}

/**
 * The comparison of `current` with `previous` (an earlier assessment of the organisation), as a report
 * prints it; `trend` is every assessment of the organisation (the two compared by default), for the
 * comparison report's trend.
 */
export function comparisonOf(previous: ComparedInput, current: ComparedInput, language: ReportLanguage, trend?: readonly ComparedInput[]): ReportComparison {
  const result = compareAssessments(previous, current);
  const places = placesOf(previous, current, language);
  const changes = result.items.filter((i) => i.class !== 'unchanged' || i.answerChanged).map((i) => changeOf(i, places, language));
  return {
    previousTitle: result.older.title,
    previousDate: result.older.date,
    rows: rowsOf(result, language),
    changes,
    detail: detailOf(result, changes, trend ?? [previous, current], language),
  };
}
