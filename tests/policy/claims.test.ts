// The promises a policy makes, mapped to checklist items: on the two real policies, the items found for
// each hand-mapped claim in tests/fixtures/policy-claims.yaml (recall), and "claimed but not backed" when
// the assessment answers an item not implemented.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { answerKey, catalogItems } from '../../assessments';
import { checkPolicy, claimBacking, claimVocabulary, indexCatalogs, itemsForUnit, analysePolicy } from '../../assessments/policy';
import { builtInCatalogs, hasSharedFixtures, root, sharedFixtureDir } from './support';

const catalogs = builtInCatalogs();
type HandMapped = { policy: string; quote: string; items: string[] };
const table = parse(fs.readFileSync(path.join(root, 'tests/fixtures/policy-claims.yaml'), 'utf8')) as HandMapped[];

/** Measured when this was written: 144 of 158 hand-mapped items (91.1%), 76 of 79 claims (96.2%). */
const ITEM_RECALL_FLOOR = 0.9;
const CLAIM_RECALL_FLOOR = 0.95;

describe.skipIf(!hasSharedFixtures)('claims in the two real policies', () => {
  const found = (policy: string) => {
    const result = checkPolicy({ text: fs.readFileSync(path.join(sharedFixtureDir, policy), 'utf8') }, { catalogs });
    return (quote: string) => {
      const at = result.text.indexOf(quote);
      expect(at, quote).toBeGreaterThanOrEqual(0);
      return new Set(result.claims.filter((c) => c.start < at + quote.length && c.end > at).flatMap((c) => c.items));
    };
  };

  it(`finds at least ${ITEM_RECALL_FLOOR * 100}% of the hand-mapped items, and an item for ${CLAIM_RECALL_FLOOR * 100}% of the claims`, () => {
    let expected = 0;
    let recalled = 0;
    let claimsWithAnItem = 0;
    const lookups = new Map(['adjust-one-en.txt', 'azpocket-en.txt'].map((p) => [p, found(p)]));
    for (const row of table) {
      const items = lookups.get(row.policy)?.(row.quote) ?? new Set<string>();
      const hits = row.items.filter((i) => items.has(i)).length;
      expected += row.items.length;
      recalled += hits;
      if (hits > 0) claimsWithAnItem++;
    }
    expect(recalled / expected).toBeGreaterThanOrEqual(ITEM_RECALL_FLOOR);
    expect(claimsWithAnItem / table.length).toBeGreaterThanOrEqual(CLAIM_RECALL_FLOOR);
  });

  it('maps the safeguards Azpocket claims to the items an auditor would check', () => {
    const items = found('azpocket-en.txt');
    expect([...items('We will provide education or training to employees')]).toEqual(expect.arrayContaining(['appi-safeguards/APPI-PER-01']));
    expect([...items('from unauthorized external access or malicious software.')]).toEqual(
      expect.arrayContaining(['appi-safeguards/APPI-TEC-11', 'appi-safeguards/APPI-TEC-12']),
    );
  });
});

describe('claimed but not backed', () => {
  const text = [
    '株式会社サンプル（以下「当社」）は、次の安全管理措置を講じています。',
    '全従業者に対し、個人情報の取扱いに関する研修を年1回実施しています。',
    '個人データを取り扱う区域において入退室管理を行っています。',
  ].join('\n');

  it('flags a claim whose item is answered not implemented, and names that item', () => {
    const result = checkPolicy({ text }, { catalogs, answers: { 'appi-safeguards/APPI-PER-01': { status: 'not-implemented' } } });
    const training = result.claims.find((c) => c.quote.includes('研修'));
    expect(training?.items).toContain('appi-safeguards/APPI-PER-01');
    expect(training?.backing).toBe('not-backed');
    expect(training?.unbackedItems).toEqual(['appi-safeguards/APPI-PER-01']);
    expect(training?.groups).toContain('personnel');
  });

  it('calls a claim backed when its items are implemented (or done another way), unanswered otherwise', () => {
    const answers = Object.fromEntries(
      ['appi-safeguards/APPI-PHY-02', 'quick-check/QC-STAFF-10', 'appi-safeguards/APPI-PHY-01'].map((k, i) => [k, { status: i === 1 ? ('alternative' as const) : ('implemented' as const) }]),
    );
    const result = checkPolicy({ text }, { catalogs, answers });
    const entry = result.claims.find((c) => c.quote.includes('入退室'));
    expect(entry?.backing).toBe('backed');
    expect(result.claims.find((c) => c.quote.includes('研修'))?.backing).toBe('unanswered');
    expect(checkPolicy({ text }, { catalogs }).claims.every((c) => c.backing === null)).toBe(true);
  });

  it('decides backing from the answers alone', () => {
    const items = ['a/X-1', 'a/X-2'];
    expect(claimBacking(items, { 'a/X-1': { status: 'implemented' }, 'a/X-2': { status: 'partial' } })).toEqual({ backing: 'not-backed', unbackedItems: ['a/X-2'] });
    expect(claimBacking(items, { 'a/X-1': { status: 'implemented' }, 'a/X-2': { status: 'not-applicable' } }).backing).toBe('backed');
    expect(claimBacking(items, { 'a/X-1': { status: 'implemented' } }).backing).toBe('unanswered');
  });
});

describe('our safeguard vocabulary', () => {
  it('points only at items that exist in the built-in catalogs', () => {
    const keys = new Set(catalogs.flatMap((c) => catalogItems(c).map((i) => answerKey(c.id, i.id))));
    const unknown = claimVocabulary.flatMap((e) => e.items.filter((k) => !keys.has(k)).map((k) => `${e.id} → ${k}`));
    expect(unknown).toEqual([]);
  });

  it('maps the everyday words of a safeguards section in both languages', () => {
    const index = indexCatalogs(catalogs);
    const itemsOf = (sentence: string) => {
      const document = analysePolicy(sentence);
      const unit = document.units[0];
      return unit ? itemsForUnit(document, unit, index) : [];
    };
    expect(itemsOf('書類は施錠できるキャビネットに保管しています。')).toContain('appi-safeguards/APPI-PHY-07');
    expect(itemsOf('Laptops are encrypted and all logins use multi-factor authentication.')).toEqual(
      expect.arrayContaining(['appi-safeguards/APPI-TEC-18', 'appi-safeguards/APPI-TEC-08']),
    );
    expect(itemsOf('委託先の選定にあたっては、個人情報保護の水準を評価しています。')).toContain('pms-controls/PMS-PROV-12');
  });
});
