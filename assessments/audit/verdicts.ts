// The auditor's verdict on an item, kept apart from the company's own answer: a finding class, a comment,
// and which of the item's evidence files the auditor checked. Nonconformities feed the improvement plan.
import type { LocalizedText } from '../model/language';
import type { Verdict, VerdictCode } from '../model/audit';
import type { Nonconformity } from '../plan/gaps';

export type { Verdict, VerdictCode } from '../model/audit';
export { verdictCodes } from '../model/verdict-codes';

export const verdictLabels: Record<VerdictCode, LocalizedText> = {
  conforming: { ja: '適合', en: 'Conforming' },
  'major-nonconformity': { ja: '重大な不適合', en: 'Major nonconformity' },
  'minor-nonconformity': { ja: '軽微な不適合', en: 'Minor nonconformity' },
  observation: { ja: '観察事項', en: 'Observation' },
  'improvement-opportunity': { ja: '改善の機会', en: 'Opportunity for improvement' },
  'good-practice': { ja: '優れた取組み', en: 'Good practice' },
};

/** Everything but "conforming" is a finding the auditor hands over. */
export function isFinding(code: VerdictCode): boolean {
  return code !== 'conforming';
}

export function isNonconformity(code: VerdictCode): code is 'major-nonconformity' | 'minor-nonconformity' {
  return code === 'major-nonconformity' || code === 'minor-nonconformity';
}

/** The nonconformities, as the improvement plan takes them (each becomes an action, or enlarges one). */
export function nonconformitiesOf(verdicts: Readonly<Record<string, Verdict>>): Nonconformity[] {
  return Object.entries(verdicts).flatMap(([key, verdict]) => (isNonconformity(verdict.code) ? [{ key, finding: verdict.code }] : []));
}
