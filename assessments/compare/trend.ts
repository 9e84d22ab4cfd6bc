// The trend of an organisation's assessments: each one's overall score and each checklist's score, in date
// order (see order.ts), each scored on the editions it pins — so a line over several years shows the scores
// as each assessment was scored, editions changing along the way (`catalogs` says which edition).
import { pinnedCatalogs } from '../plan/pinned';
import { scoreAssessment, scoreQuickCheck } from '../scoring/score';
import type { ComparedInput } from './compare';
import { byDate, comparisonDate } from './order';

export type TrendPoint = {
  id: string;
  title: string;
  /** The day the assessment is placed by: its period's end, else the day it was created. */
  date: string;
  overall: number | null;
  /** Answered of applicable checklist items, 0..1; null when nothing applies. */
  completion: number | null;
  catalogs: { catalogId: string; version: number; score: number | null }[];
  /** The quick check's total, when the assessment pins one. */
  quickCheck?: { catalogId: string; version: number; total: number; max: number; complete: boolean };
};

/** One point per assessment, earliest first. */
export function assessmentTrend(inputs: readonly ComparedInput[]): TrendPoint[] {
  return [...inputs]
    .sort((a, b) => byDate(a.assessment, b.assessment))
    .map((input) => {
      const { assessment } = input;
      const catalogs = pinnedCatalogs(assessment.catalogs, input.catalogs);
      const score = scoreAssessment(catalogs, assessment.answers, assessment.profile);
      const quick = catalogs.find((c) => c.kind === 'quick-check');
      const quickResult = quick ? scoreQuickCheck(quick, assessment.answers) : null;
      return {
        id: assessment.id,
        title: assessment.title,
        date: comparisonDate(assessment),
        overall: score.overall.score,
        completion: score.overall.completion,
        catalogs: score.catalogs.map((c) => ({ catalogId: c.catalogId, version: catalogs.find((k) => k.id === c.catalogId)!.version, score: c.score })),
        ...(quick && quickResult ? { quickCheck: { catalogId: quick.id, version: quick.version, total: quickResult.total, max: quickResult.max, complete: quickResult.complete } } : {}),
      };
    });
}
