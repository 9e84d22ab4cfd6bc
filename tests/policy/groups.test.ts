// The PPC guideline's seven safeguard groups: which group an item belongs to, which groups a policy's
// safeguards section describes, and the gaps between that section and the statement the answers support.
import { describe, expect, it } from 'vitest';
import { catalogItems } from '../../assessments';
import { checkPolicy, groupOfItem, groupsOfItem, safeguardGroups, statementGaps } from '../../assessments/policy';
import { builtInCatalogs, expectedPolicies, readPolicyFile } from './support';

describe('the group of a catalog item', () => {
  it('comes from its PPC guideline reference', () => {
    expect(groupOfItem({ references: ['PPC-GL 10-5(1)', 'APPI Art. 23'] })).toBe('physical');
    expect(groupOfItem({ references: ['APPI Art. 25'] })).toBeNull();
    expect(groupsOfItem({ references: ['PPC-GL 10-1', 'PPC-GL 10-4', 'PPC-GL 10-4'] })).toEqual(['basic-policy', 'personnel']);
  });

  it('is known for every APPI safeguards item', () => {
    const appi = builtInCatalogs().find((c) => c.id === 'appi-safeguards');
    expect(appi).toBeDefined();
    const without = catalogItems(appi!).filter((i) => groupOfItem(i) === null && i.references.some((r) => r.startsWith('PPC-GL 10')));
    expect(without.map((i) => i.id)).toEqual([]);
  });

  it('has names in both languages and the guideline section', () => {
    expect(safeguardGroups.map((g) => g.section)).toEqual(['10-1', '10-2', '10-3', '10-4', '10-5', '10-6', '10-7']);
    for (const g of safeguardGroups) expect(g.name.ja && g.name.en).toBeTruthy();
  });
});

describe('groups a policy describes', () => {
  const group = (name: string) => {
    const policy = expectedPolicies().find((p) => p.policy === name);
    if (!policy) throw new Error(name);
    return checkPolicy({ text: readPolicyFile(policy.file), format: policy.format }).policyGroups.map((g) => g.group);
  };

  it('reads all seven from a section laid out by group, and measures from plain sentences', () => {
    expect(group('ja-hanamizuki-travel.txt')).toEqual(['basic-policy', 'handling-rules', 'organisational', 'personnel', 'physical', 'technical', 'external-environment']);
    expect(group('ja-sakaguchi-clinic.txt')).toEqual(['personnel', 'physical', 'technical']);
    expect(group('en-kaiyo-logistics.html')).toEqual(['personnel', 'physical', 'technical']);
  });

  it('finds none in a policy that only promises "appropriate measures"', () => {
    expect(group('ja-kobayashi-koumuten.md')).toEqual([]);
  });
});

describe('statement gaps', () => {
  it('lists groups the policy leaves out and groups it describes without support, in guideline order', () => {
    const gaps = statementGaps(
      [
        { group: 'technical', units: [], named: [] },
        { group: 'physical', units: [], named: [] },
      ],
      ['organisational', 'technical', 'personnel'],
    );
    expect(gaps.map((g) => [g.group, g.kind])).toEqual([
      ['organisational', 'left-out'],
      ['personnel', 'left-out'],
      ['physical', 'not-supported'],
    ]);
  });

  it('quotes the sentences behind a group the answers do not support', () => {
    const policy = expectedPolicies().find((p) => p.policy === 'ja-sakaguchi-clinic.txt');
    const result = checkPolicy({ text: readPolicyFile(policy!.file) }, { supportedGroups: ['personnel', 'technical', 'organisational'] });
    const physical = result.statementGaps.find((g) => g.group === 'physical');
    expect(physical?.kind).toBe('not-supported');
    expect(physical?.evidence[0]?.quote).toContain('施錠');
    expect(result.statementGaps.find((g) => g.group === 'organisational')?.kind).toBe('left-out');
  });

  it('is empty when no supported groups are given', () => {
    expect(checkPolicy({ text: '当社は、個人データへのアクセス制御を行っています。' }).statementGaps).toEqual([]);
  });
});
