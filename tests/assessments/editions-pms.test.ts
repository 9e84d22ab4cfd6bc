// Version 2 of pms-controls, built on JIS Q 15001:2023 and the JIS Q 15001:2023 edition of JIPDEC's guide, on
// the points the review found: the version 1 numbers it replaced are all listed as withdrawn, emergency
// preparedness sits under J.4.4.2, the two weak items are retired and replaced, what the 2023 edition adds has
// items, and the law is cited where the rule lives. References, breach reporting and My Number gating are checked
// for every current edition in references.test.ts; files, ids, changelogs and coverage in catalogs.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { catalogItems } from '../../assessments';
import { edition, repoRoot } from '../support/catalog-files';

const v1 = edition('pms-controls', 1);
const v2 = edition('pms-controls', 2);
const item = (id: string) => catalogItems(v2).find((i) => i.id === id)!;
type Known = { source: string; id: string; withdrawn?: boolean };
const jis = parse(fs.readFileSync(path.join(repoRoot, 'assessments/references/jis-q-15001.yaml'), 'utf8')) as Known[];

describe('pms-controls version 2', () => {
  it('lists every JIS Q 15001:2017 number version 1 cites, as withdrawn', () => {
    const cited = new Set(catalogItems(v1).flatMap((i) => i.references).filter((r) => r.startsWith('JIS Q 15001:2017 ')));
    expect(cited.size).toBeGreaterThan(20);
    const listed = new Set(jis.filter((k) => k.source === 'JIS Q 15001:2017' && k.withdrawn).map((k) => `${k.source} ${k.id}`));
    expect([...cited].filter((ref) => !listed.has(ref.replace(/(\([^)]*\))+$/, '')))).toEqual([]);
  });

  it('places emergency preparedness under J.4.4.2 (version 1 had J.3)', () => {
    for (const id of ['PMS-SUP-13', 'PMS-SUP-14']) {
      expect(item(id).references, id).toContain('JIPDEC J.4.4.2');
      expect(item(id).references.some((r) => r === 'JIPDEC J.3'), id).toBe(false);
    }
  });

  it('retires PMS-PROV-04 and PMS-ACQ-11 and asks instead what the law requires, citing where the rule lives', () => {
    const ids = catalogItems(v2).map((i) => i.id);
    expect(ids).not.toContain('PMS-PROV-04');
    expect(ids).not.toContain('PMS-ACQ-11');
    expect(item('PMS-PROV-18').references).toEqual(expect.arrayContaining(['APPI Art. 29', 'Enf. Rules Art. 20']));
    expect(item('PMS-ACQ-15').references.some((r) => r.startsWith('Employment Security Act Art. 5-5'))).toBe(true);
    expect(item('PMS-ACQ-15').references.some((r) => r.startsWith('APPI Art. 20'))).toBe(false);
  });

  it('has items for what the 2023 edition adds: planning of changes, personally referable, anonymously and pseudonymously processed information', () => {
    const cites = (prefix: string) => catalogItems(v2).filter((i) => i.references.some((r) => r.startsWith(prefix))).map((i) => i.id);
    expect(cites('JIPDEC J.3.4')).toContain('PMS-PLAN-11');
    expect(cites('JIPDEC J.8.8.4').length).toBeGreaterThan(0);
    expect(cites('JIPDEC J.8.9').length).toBeGreaterThan(0);
    expect(cites('JIPDEC J.8.10').length).toBeGreaterThan(0);
    expect(cites('JIPDEC J.11').length).toBeGreaterThan(0);
  });
});
