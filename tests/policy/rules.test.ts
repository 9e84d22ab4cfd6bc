// The rules are data: every element has stable ids, names in both languages and the law behind it, and
// every pattern compiles and is written in the folded form the text is matched in; the documentation
// names every rule a result can carry.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimVocabulary, compile, elementDefinitions, isFoldedPattern, type PatternList, policyElementIds, safeguardGroups, safeguardsSection } from '../../assessments/policy';

function patternLists(value: unknown, out: PatternList[] = []): PatternList[] {
  if (Array.isArray(value)) value.forEach((v) => patternLists(v, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.ja) || Array.isArray(record.en)) out.push(record as PatternList);
    else Object.values(record).forEach((v) => patternLists(v, out));
  }
  return out;
}

describe('element rules', () => {
  it('define each element once, in the order of policyElementIds, with ja/en names and the law', () => {
    expect(elementDefinitions.map((d) => d.id)).toEqual([...policyElementIds]);
    for (const d of elementDefinitions) {
      expect(d.name.ja.trim() && d.name.en.trim(), d.id).toBeTruthy();
      expect(d.law.length, d.id).toBeGreaterThan(0);
      expect(d.missing.startsWith(`${d.id}.`), d.id).toBe(true);
    }
  });

  it('give every rule an id under its element (shared joint-use rules under "joint-use.")', () => {
    const ids: string[] = [];
    for (const d of elementDefinitions) {
      const rules = [...(d.present ?? []), ...(d.insufficient ?? []), ...(d.combinations ?? []), ...(d.fallback ?? [])];
      if (d.appliesWhen !== 'always') ids.push(d.appliesWhen.otherwise);
      for (const r of rules) ids.push(r.id);
      for (const id of ids.splice(0)) expect(id.startsWith(`${d.id}.`) || id.startsWith('joint-use.'), id).toBe(true);
    }
  });

  it('compile, and are written in folded form (lower case, unified spelling)', () => {
    const lists = [
      ...patternLists(elementDefinitions),
      ...patternLists(safeguardGroups),
      safeguardsSection,
      ...claimVocabulary.map((e) => e.patterns),
    ];
    expect(lists.length).toBeGreaterThan(100);
    for (const list of lists) {
      expect(() => compile(list)).not.toThrow();
      for (const source of [...(list.ja ?? []), ...(list.en ?? [])]) expect(isFoldedPattern(source), source).toBe(true);
    }
  });
});

describe('the documentation', () => {
  it('lists every element and every rule id the engine can report', () => {
    const doc = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/policy-check.md'), 'utf8');
    const ids = elementDefinitions.flatMap((d) => [
      d.id,
      d.missing,
      ...(d.present ?? []).map((r) => r.id),
      ...(d.combinations ?? []).map((c) => c.id),
      ...(d.fallback ?? []).map((r) => r.id),
      ...(d.insufficient ?? []).map((r) => r.id),
      ...(d.appliesWhen === 'always' ? [] : [d.appliesWhen.otherwise, ...(d.appliesWhen.denied ?? []).map((r) => r.id), ...(d.appliesWhen.onlyDenied ?? []).map((r) => r.id)]),
    ]);
    expect(ids.filter((id) => !doc.includes(`\`${id}\``))).toEqual([]);
  });
});
