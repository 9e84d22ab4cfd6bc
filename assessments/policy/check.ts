// The policy check in one call: read the text, decide every required disclosure, map the promises to
// catalog items (and, with answers, flag those not backed), and compare the safeguards section with the
// groups the answers support. Pure and deterministic: the same input gives the same result.
import type { Catalog } from '../catalog/schema';
import type { Language } from '../model/language';
import type { Answers } from '../scoring/score';
import { findClaims, indexCatalogs, type PolicyClaim } from './claims';
import { checkElements, type ElementDefinition, type ElementResult, toEvidence, type PolicyQuote } from './elements';
import { elementDefinitions } from './element-rules';
import { detectPolicyGroups, groupPartsOf, type SafeguardGroupId, type StatementGap, statementGaps } from './groups';
import { type PolicyFormat, readPolicyText } from './input';
import { analysePolicy } from './structure';

export type PolicyInput = { text: string; format?: PolicyFormat };

export type PolicyCheckOptions = {
  /** The catalogs whose items' keywords map claims (the built-in ones, or an assessment's pinned ones). */
  catalogs?: readonly Catalog[];
  /** An assessment's answers, keyed `<catalog id>/<item id>`: claims get backed / not-backed / unanswered. */
  answers?: Answers;
  /** The groups the answers support (computed by the reports code): statement gaps are listed against them. */
  supportedGroups?: readonly SafeguardGroupId[];
  /** Replacement rules, e.g. for a test; the built-in ones otherwise. */
  elements?: readonly ElementDefinition[];
};

export type PolicyGroupResult = { group: SafeguardGroupId; evidence: PolicyQuote[] };

export type PolicyCheckResult = {
  language: Language;
  /** The normalised text every offset points into. */
  text: string;
  elements: ElementResult[];
  claims: PolicyClaim[];
  /** The safeguard groups the policy describes, with the sentences that show each. */
  policyGroups: PolicyGroupResult[];
  /** Empty unless supportedGroups was given. */
  statementGaps: StatementGap[];
};

/** Throws PolicyInputError (a code and parameters) when the input is too large, empty or not text. */
export function checkPolicy(input: PolicyInput, options: PolicyCheckOptions = {}): PolicyCheckResult {
  const text = readPolicyText(input.text, input.format ?? 'text');
  const document = analysePolicy(text);
  const groups = detectPolicyGroups(document);
  const elements = checkElements(document, groupPartsOf(groups), options.elements ?? elementDefinitions);
  const claims = options.catalogs ? findClaims(document, indexCatalogs(options.catalogs), options.answers) : [];
  return {
    language: document.language,
    text,
    elements,
    claims,
    policyGroups: groups.map((g) => ({ group: g.group, evidence: toEvidence(g.named, g.units) })),
    statementGaps: options.supportedGroups ? statementGaps(groups, options.supportedGroups) : [],
  };
}
