// The policy check as the app, the CLI and the audit report run it: a policy's text against an assessment
// (claims checked against its answers in the catalog editions it pins, statement gaps against the groups
// its answers support) or, without one, against the newest edition of each catalog given. A kept check
// (its name, when, and the text) is worked out again each time it is shown, so it follows the answers.
import type { Catalog } from '../catalog/schema';
import { pinnedCatalogs } from '../plan/pinned';
import { type StatementAssessment, supportedGroups } from '../statement/statement';
import { checkPolicy, type PolicyCheckResult } from './check';
import type { PolicyFormat } from './input';

/** A check as it is shown: the kept record's name and date, and its results. */
export type PolicyCheckView = { name: string; checkedAt: string; result: PolicyCheckResult };

export type PolicyCheckSummary = {
  present: number;
  missing: number;
  notApplicable: number;
  claims: number;
  backed: number;
  notBacked: number;
  unanswered: number;
  statementGaps: number;
};

/** The newest edition of each catalog: what claims are mapped to when no assessment pins editions. */
export function newestEditions(catalogs: readonly Catalog[]): Catalog[] {
  const newest = new Map<string, Catalog>();
  for (const catalog of catalogs) {
    const seen = newest.get(catalog.id);
    if (!seen || seen.version < catalog.version) newest.set(catalog.id, catalog);
  }
  return [...newest.values()];
}

/**
 * Checks a policy: with an assessment, against its answers and the catalogs it pins (found among `catalogs`);
 * without, against the newest edition of each of `catalogs`, claims mapped but not judged.
 */
export function checkPolicyFor(
  input: { text: string; format?: PolicyFormat },
  catalogs: readonly Catalog[],
  assessment?: StatementAssessment,
): PolicyCheckResult {
  if (!assessment) return checkPolicy(input, { catalogs: newestEditions(catalogs) });
  const pinned = pinnedCatalogs(assessment.catalogs, catalogs);
  return checkPolicy(input, { catalogs: pinned, answers: assessment.answers, supportedGroups: supportedGroups(assessment, pinned) });
}

export function summarisePolicyCheck(result: PolicyCheckResult): PolicyCheckSummary {
  const count = <T>(list: readonly T[], test: (value: T) => boolean) => list.filter(test).length;
  return {
    present: count(result.elements, (e) => e.status === 'present'),
    missing: count(result.elements, (e) => e.status === 'missing'),
    notApplicable: count(result.elements, (e) => e.status === 'not-applicable'),
    claims: result.claims.length,
    backed: count(result.claims, (c) => c.backing === 'backed'),
    notBacked: count(result.claims, (c) => c.backing === 'not-backed'),
    unanswered: count(result.claims, (c) => c.backing === 'unanswered'),
    statementGaps: result.statementGaps.length,
  };
}
