// The built-in catalogs, as data: every file passes the schema, is complete in both languages, keeps every
// id it ever published, and covers every measure and control area the product promises (CATALOG.md).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type Catalog, catalogItems, parseCatalogText } from '../../assessments';

const root = path.resolve(import.meta.dirname, '../..');
const catalogDir = path.join(root, 'assessments/catalogs');
const files = fs.readdirSync(catalogDir).filter((f) => f.endsWith('.yaml'));
const catalogs: Catalog[] = files.map((file) => {
  const result = parseCatalogText(fs.readFileSync(path.join(catalogDir, file), 'utf8'), file);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5), null, 2));
  return result.catalog;
});
const byId = new Map(catalogs.map((c) => [c.id, c]));
const allIds = new Set(catalogs.flatMap((c) => catalogItems(c).map((i) => `${c.id}/${i.id}`)));

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
const cjkGap = /[\u3040-\u30ff\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]\s+[\u3040-\u30ff\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/;

function texts(value: unknown, at: string, out: { path: string; lang: string; text: string }[] = []) {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'ja' in value && 'en' in value) {
    const { ja, en } = value as { ja: unknown; en: unknown };
    if (typeof ja === 'string' && typeof en === 'string') {
      out.push({ path: `${at}.ja`, lang: 'ja', text: ja }, { path: `${at}.en`, lang: 'en', text: en });
      return out;
    }
  }
  if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'keywords') texts(v, `${at}.${k}`, out);
  return out;
}

describe('built-in catalogs', () => {
  it('are the three the product ships, each file passing the schema', () => {
    expect(catalogs.map((c) => c.id).sort()).toEqual(['appi-safeguards', 'pms-controls', 'quick-check']);
    for (const c of catalogs) expect(files).toContain(`${c.id}.yaml`);
  });

  it('hold at least 150 assessable items, with the size each catalog promises', () => {
    const count = (id: string) => catalogItems(byId.get(id)!).length;
    expect(count('appi-safeguards')).toBeGreaterThanOrEqual(60);
    expect(count('pms-controls')).toBeGreaterThanOrEqual(70);
    expect(count('quick-check')).toBe(25);
    expect(allIds.size).toBeGreaterThanOrEqual(150);
  });

  it('say everything in both languages: Japanese in ja, no Japanese in en, no folding gaps', () => {
    const problems: string[] = [];
    for (const c of catalogs) {
      for (const t of texts(c, c.id)) {
        if (t.lang === 'ja' && !japanese.test(t.text)) problems.push(`${t.path}: no Japanese text`);
        if (t.lang === 'ja' && cjkGap.test(t.text) && !/JIS Q 15001/.test(t.text)) problems.push(`${t.path}: space between Japanese characters`);
        if (t.lang === 'en' && japanese.test(t.text)) problems.push(`${t.path}: Japanese in the English text`);
      }
      for (const item of catalogItems(c)) {
        if (item.keywords.ja.length < 1 || item.keywords.en.length < 1) problems.push(`${c.id}/${item.id}: keywords`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('give every item concrete guidance, evidence and an improvement action with an owner', () => {
    for (const c of catalogs) {
      for (const item of catalogItems(c)) {
        expect(item.guidance.en.length, `${item.id} guidance`).toBeGreaterThan(60);
        expect(item.guidance.ja.length, `${item.id} guidance`).toBeGreaterThan(30);
        expect(item.evidence.length, `${item.id} evidence`).toBeGreaterThan(0);
        expect(item.references.length, `${item.id} references`).toBeGreaterThan(0);
      }
    }
  });

  it('keep every id they ever published (the committed list may only grow)', () => {
    const committed = fs
      .readFileSync(path.join(root, 'tests/fixtures/catalog-ids.txt'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'));
    const removed = committed.filter((id) => !allIds.has(id));
    expect(removed, 'ids removed or renamed: restore them (ids are never reused or removed)').toEqual([]);
    const unlisted = [...allIds].filter((id) => !committed.includes(id));
    expect(unlisted, 'new ids: append them to tests/fixtures/catalog-ids.txt').toEqual([]);
  });

  it('give the quick check the four result bands over −25…100, with no gap', () => {
    const bands = [...(byId.get('quick-check')!.bands ?? [])].sort((a, b) => a.min - b.min);
    expect(bands.map((b) => [b.min, b.max])).toEqual([[-25, 49], [50, 69], [70, 99], [100, 100]]);
  });
});

describe('coverage of the references (CATALOG.md)', () => {
  const table = parse(fs.readFileSync(path.join(root, 'tests/fixtures/catalog-coverage.yaml'), 'utf8')) as Record<string, string[]>;
  const required = [
    'PPC 10-1', 'PPC 10-2 acquire', 'PPC 10-2 use', 'PPC 10-2 store', 'PPC 10-2 provide', 'PPC 10-2 delete',
    'PPC 10-3(1)', 'PPC 10-3(2)', 'PPC 10-3(3)', 'PPC 10-3(4)', 'PPC 10-3(5)', 'PPC 10-4',
    'PPC 10-5(1)', 'PPC 10-5(2)', 'PPC 10-5(3)', 'PPC 10-5(4)', 'PPC 10-6(1)', 'PPC 10-6(2)', 'PPC 10-6(3)', 'PPC 10-6(4)', 'PPC 10-7',
    'APPI Art. 24', 'APPI Art. 25', 'APPI Art. 26', 'APPI Art. 27', 'APPI Art. 27(5)(iii)', 'APPI Art. 28', 'APPI Art. 29',
    'APPI Art. 30', 'APPI Art. 32', 'APPI Art. 33', 'APPI Art. 34', 'APPI Art. 35', 'APPI Art. 38', 'APPI Art. 40',
    ...['policy-internal', 'policy-external', 'register', 'laws', 'risk', 'roles', 'internal-rules', 'plans', 'emergency',
      'resources-competence', 'training', 'documents-records', 'operation-checks', 'internal-audit', 'management-review',
      'corrective-action', 'employee-supervision', 'safeguards', 'purpose', 'acquisition', 'notice-consent', 'special-care',
      'third-party-provision', 'third-party-records', 'provision-abroad', 'outsourcing', 'joint-use', 'accuracy',
      'retention-deletion', 'requests-fees', 'complaints', 'leak-response', 'pseudonymised-anonymised', 'personally-referable',
      'cookies-external-transmission'].map((area) => `JIS ${area}`),
    ...Array.from({ length: 25 }, (_, i) => `IPA Q${i + 1}`),
  ];

  it.each(required)('%s is covered by at least one existing item', (key) => {
    const ids = table[key];
    expect(ids, `${key} is missing from the coverage table`).toBeDefined();
    expect(ids!.length).toBeGreaterThan(0);
    for (const id of ids!) expect(allIds.has(id), `${key} → ${id} does not exist`).toBe(true);
  });

  it('names only existing items anywhere in the table', () => {
    const missing = Object.entries(table).flatMap(([key, ids]) => ids.filter((id) => !allIds.has(id)).map((id) => `${key} → ${id}`));
    expect(missing).toEqual([]);
  });

  it('cites each PPC measure in the items it maps to', () => {
    for (const key of required.filter((k) => k.startsWith('PPC 10-') && !k.includes(' 10-2 '))) {
      const measure = key.replace('PPC ', 'PPC-GL ');
      const cited = table[key]!.some((id) => {
        const [catalogId, itemId] = id.split('/');
        return catalogItems(byId.get(catalogId!)!).find((i) => i.id === itemId)?.references.some((r) => r.startsWith(measure));
      });
      expect(cited, `${key}: no mapped item cites ${measure}`).toBe(true);
    }
  });
});
