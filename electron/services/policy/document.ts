// The privacy-policy check as JSON, for a program to read: what `mamori check-policy --json` prints and
// what the app's "Export JSON" writes — the same shape, documented in docs/policy-check.md. Ids, statuses
// and offsets only; no wording, so the JSON reads the same whatever the user's language.
import type { Language } from '../../../assessments';
import type { ElementResult, PolicyClaim, PolicyGroupResult, StatementGap } from '../../../assessments/policy';
import { type PolicyCheckSummary, type PolicyCheckView, summarisePolicyCheck } from '../../../assessments/policy/assessment-check';

export const POLICY_CHECK_FORMAT = 'mamori-policy-check';
export const POLICY_CHECK_FORMAT_VERSION = 1;

export type PolicyCheckDocument = {
  format: typeof POLICY_CHECK_FORMAT;
  formatVersion: typeof POLICY_CHECK_FORMAT_VERSION;
  /** The file's name ('' for pasted text); checkedAt for a check kept with an assessment. */
  policy: { name: string; checkedAt?: string };
  /** The assessment whose answers the claims and the statement were checked against, or null. */
  assessment: { id: string; title: string } | null;
  /** The policy's main language. */
  language: Language;
  summary: PolicyCheckSummary;
  elements: ElementResult[];
  claims: PolicyClaim[];
  policyGroups: PolicyGroupResult[];
  statementGaps: StatementGap[];
  /** The normalised text every offset points into: text.slice(start, end) === quote. */
  text: string;
};

export function policyCheckDocument(view: Omit<PolicyCheckView, 'checkedAt'> & { checkedAt?: string }, assessment: { id: string; title: string } | null): PolicyCheckDocument {
  const { result } = view;
  return {
    format: POLICY_CHECK_FORMAT,
    formatVersion: POLICY_CHECK_FORMAT_VERSION,
    policy: { name: view.name, ...(view.checkedAt ? { checkedAt: view.checkedAt } : {}) },
    assessment,
    language: result.language,
    summary: summarisePolicyCheck(result),
    elements: result.elements,
    claims: result.claims,
    policyGroups: result.policyGroups,
    statementGaps: result.statementGaps,
    text: result.text,
  };
}
