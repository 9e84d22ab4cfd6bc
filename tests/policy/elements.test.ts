// A policy's required disclosures, checked the way an auditor reads them: for each fixture policy (our own
// in ja and en, and the two real published ones), every element's status agrees with the status written
// by hand in tests/fixtures/policy-check/expected, and every finding quotes the policy word for word.
import { describe, expect, it } from 'vitest';
import { checkPolicy, elementDefinitions, policyElementIds } from '../../assessments/policy';
import { builtInCatalogs, expectedPolicies, hasSharedFixtures, readPolicyFile } from './support';

const catalogs = builtInCatalogs();
const policies = expectedPolicies();

describe('required disclosures in the fixture policies', () => {
  it('covers at least two Japanese and two English policies of our own, and the two shared ones', () => {
    const names = policies.map((p) => p.policy);
    expect(names.filter((n) => n.startsWith('ja-')).length).toBeGreaterThanOrEqual(2);
    expect(names.filter((n) => n.startsWith('en-')).length).toBeGreaterThanOrEqual(2);
    if (hasSharedFixtures) expect(names).toEqual(expect.arrayContaining(['adjust-one-en.txt', 'azpocket-en.txt']));
  });

  for (const policy of policies) {
    describe(policy.policy, () => {
      const result = checkPolicy({ text: readPolicyFile(policy.file), format: policy.format }, { catalogs });

      it('has a hand-written expectation, with a reason, for every element', () => {
        expect(Object.keys(policy.elements).sort()).toEqual([...policyElementIds].sort());
        for (const [id, expected] of Object.entries(policy.elements)) expect(expected.reason.trim(), id).not.toBe('');
      });

      it('agrees with the hand-written status of every element', () => {
        const disagreements = result.elements
          .filter((e) => e.status !== policy.elements[e.id]?.status)
          .map((e) => `${e.id}: expected ${policy.elements[e.id]?.status}, got ${e.status} (${e.rule})`);
        expect(disagreements).toEqual([]);
      });

      it('names the rule behind every status and quotes the policy verbatim at the offsets given', () => {
        for (const element of result.elements) {
          expect(element.rule.startsWith(element.id) || element.rule.startsWith('joint-use.')).toBe(true);
          if (element.status === 'present') expect(element.evidence.length, element.id).toBeGreaterThan(0);
          for (const quote of element.evidence) expect(result.text.slice(quote.start, quote.end)).toBe(quote.quote);
        }
        for (const claim of result.claims) expect(result.text.slice(claim.start, claim.end)).toBe(claim.quote);
      });
    });
  }

  it('reports the elements in the order of the definitions, each once', () => {
    const result = checkPolicy({ text: 'Example Co., Ltd. uses personal information for the following purposes: billing.' });
    expect(result.elements.map((e) => e.id)).toEqual(elementDefinitions.map((d) => d.id));
    expect(result.language).toBe('en');
  });
});

describe('the same input gives the same result', () => {
  it('is deterministic and plain data (JSON round-trips unchanged)', () => {
    for (const policy of policies) {
      const input = { text: readPolicyFile(policy.file), format: policy.format };
      const first = checkPolicy(input, { catalogs, supportedGroups: ['organisational', 'technical'] });
      const second = checkPolicy(input, { catalogs, supportedGroups: ['organisational', 'technical'] });
      expect(second).toEqual(first);
      expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    }
  });
});
