// Every safeguard or handling promise made in the two real privacy policies we develop against maps to
// catalog items that exist — the table the policy check will build on.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { catalogItems, parseCatalogText } from '../../assessments';

const root = path.resolve(import.meta.dirname, '../..');
const policyDir = path.resolve(root, '../shared/fixtures/policies');
const catalogDir = path.join(root, 'assessments/catalogs');
const ids = new Set(
  fs.readdirSync(catalogDir).flatMap((file) => {
    const r = parseCatalogText(fs.readFileSync(path.join(catalogDir, file), 'utf8'), file);
    return r.ok ? catalogItems(r.catalog).map((i) => `${r.catalog.id}/${i.id}`) : [];
  }),
);
type Claim = { policy: string; quote: string; claim: string; items: string[] };
const claims = parse(fs.readFileSync(path.join(root, 'tests/fixtures/policy-claims.yaml'), 'utf8')) as Claim[];

describe('policy claims table', () => {
  it('covers both fixture policies', () => {
    expect(new Set(claims.map((c) => c.policy))).toEqual(new Set(['adjust-one-en.txt', 'azpocket-en.txt']));
    expect(claims.length).toBeGreaterThanOrEqual(30);
  });

  it('maps every claim to at least one existing item', () => {
    const problems = claims.flatMap((c) =>
      c.items.length === 0 ? [`${c.policy}: "${c.claim}" maps to nothing`] : c.items.filter((id) => !ids.has(id)).map((id) => `${c.policy}: "${c.claim}" → ${id} does not exist`),
    );
    expect(problems).toEqual([]);
  });

  it.skipIf(!fs.existsSync(policyDir))('quotes each claim verbatim from its policy', () => {
    const missing = claims.filter((c) => !fs.readFileSync(path.join(policyDir, c.policy), 'utf8').includes(c.quote));
    expect(missing.map((c) => `${c.policy}: ${c.quote}`)).toEqual([]);
  });
});
