// What puts an item on the improvement plan: a gap. A gap comes from the self-assessment answer (not
// implemented, partially implemented, don't know, or not answered yet) or from an auditor's nonconformity
// (auditor mode), through the same shape, so the plan, its priorities and its reports have one path.
import type { AnswerStatus } from '../model/answer';
import type { GapSize } from './priority';

/** The answers that leave a gap. */
export const gapStatuses = ['not-implemented', 'partial', 'unknown', 'unanswered'] as const;
export type GapStatus = (typeof gapStatuses)[number];

/** An auditor's nonconformity on an item (auditor mode): a major one is a whole gap, a minor one half. */
export type NonconformityClass = 'major-nonconformity' | 'minor-nonconformity';
export type Nonconformity = {
  /** The item's answer key, `<catalog id>/<item id>`. */
  key: string;
  finding: NonconformityClass;
};

/** Why an item is on the plan. Add a kind here (and to gapSizeOf) for any new source of gaps. */
export type Gap = { kind: 'answer'; status: GapStatus; size: GapSize } | { kind: 'nonconformity'; finding: NonconformityClass; size: GapSize };

export function isGapStatus(status: AnswerStatus): status is GapStatus {
  return (gapStatuses as readonly string[]).includes(status);
}

/** A partial answer is half a gap; anything else that is not done (or not known to be done) is a whole one. */
export function answerGap(status: AnswerStatus): Gap | null {
  if (!isGapStatus(status)) return null;
  return { kind: 'answer', status, size: status === 'partial' ? 0.5 : 1 };
}

export function nonconformityGap(finding: NonconformityClass): Gap {
  return { kind: 'nonconformity', finding, size: finding === 'major-nonconformity' ? 1 : 0.5 };
}

/** Of an answer's gap and an auditor's finding on the same item, the larger one counts (the answer's on a tie). */
export function largerGap(a: Gap | null, b: Gap | null): Gap | null {
  if (!a) return b;
  if (!b) return a;
  return b.size > a.size ? b : a;
}
