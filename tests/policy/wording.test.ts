// Every status the check can give is explained to a person in both languages: each rule an element can be
// decided by, each part an element is made of, and each refusal of the readers — worded in Japanese without
// English sentences, and no wording left for a rule that no longer exists.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../assessments';
import {
  elementDefinitions,
  PolicyInputError,
  policyInputErrorCodes,
  policyInputProblem,
  partWording,
  ruleWording,
  safeguardGroupIds,
} from '../../assessments/policy';

/** Every rule id a result can name: the present rules, combinations, fallbacks, near misses, missing and not-applicable ones. */
function decidingRules(): string[] {
  const ids = new Set<string>();
  for (const d of elementDefinitions) {
    if (d.appliesWhen !== 'always') {
      for (const r of [...(d.appliesWhen.denied ?? []), ...(d.appliesWhen.onlyDenied ?? [])]) ids.add(r.id);
      ids.add(d.appliesWhen.otherwise);
    }
    for (const r of [...(d.present ?? []), ...(d.combinations ?? []), ...(d.fallback ?? []), ...(d.insufficient ?? [])]) ids.add(r.id);
    ids.add(d.missing);
  }
  return [...ids].sort();
}

const englishRun = /[A-Za-z]{3,}(?:\s+[A-Za-z]{3,}){2,}/;

describe('the wording of the policy check', () => {
  it('explains every rule that can decide a status, in both languages, and no rule that cannot', () => {
    const rules = decidingRules();
    expect(rules.length).toBeGreaterThan(80);
    for (const rule of rules) {
      expect(ruleWording[rule]?.en, rule).toBeTruthy();
      expect(ruleWording[rule]?.ja, rule).toBeTruthy();
    }
    expect(Object.keys(ruleWording).sort()).toEqual(rules);
  });

  it('names every part an element is made of, and every safeguard group', () => {
    const parts = new Set<string>([...safeguardGroupIds, ...elementDefinitions.flatMap((d) => (d.parts ?? []).map((p) => p.id))]);
    for (const part of parts) expect(partWording[part], part).toBeTruthy();
  });

  it('says nothing in English in Japanese', () => {
    for (const [key, text] of [...Object.entries(ruleWording), ...Object.entries(partWording)]) {
      expect(text.ja.replace(/Cookie/g, ''), key).not.toMatch(englishRun);
    }
  });

  it('words every refusal of the readers in both languages, sizes as a person reads them', () => {
    for (const code of policyInputErrorCodes) {
      const problem = policyInputProblem(new PolicyInputError(code, { bytes: 612_345, limit: 500_000, extension: 'pdf' }), 'policy.pdf');
      for (const language of ['en', 'ja'] as const) {
        const text = formatProblem(problem, language);
        expect(text, `${code} ${language}`).toMatch(/^policy\.pdf[:：]/);
        expect(text).not.toMatch(/\{\{|policy-/);
      }
    }
    expect(formatProblem(policyInputProblem(new PolicyInputError('policy-too-large', { bytes: 612_345, limit: 500_000 })), 'en')).toBe('The policy text is 613 KB; Mamori checks up to 500 KB of text.');
  });
});
