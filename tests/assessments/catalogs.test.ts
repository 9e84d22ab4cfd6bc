// The built-in catalogs, as data: every edition is its own file (`<id>@<version>.yaml`) beside its catalog's
// changelog; the first editions stay byte for byte as they shipped; every edition passes the schema and is
// complete in both languages; every id ever published is kept; and the current editions, like the first ones,
// cover every measure and control area the product promises (CATALOG.md).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type Catalog, catalogItems, type Item } from '../../assessments';
import { allEditions, builtInChangelogs, catalogDir, currentEditions, edition, fixtureLines, repoRoot, texts } from '../support/catalog-files';

const files = fs.readdirSync(catalogDir);
const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
const cjkGap = /[\u3040-\u30ff\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]\s+[\u3040-\u30ff\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/;
const idsOf = (catalogs: Catalog[]) => new Set(catalogs.flatMap((c) => catalogItems(c).map((i) => `${c.id}/${i.id}`)));
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(path.join(catalogDir, file))).digest('hex');

describe('built-in catalog editions', () => {
  it('are the three catalogs the product ships, each in editions 1 and 2, one file per edition beside its changelog', () => {
    expect(allEditions().map((c) => `${c.id}@${c.version}`).sort()).toEqual([
      'appi-safeguards@1', 'appi-safeguards@2', 'pms-controls@1', 'pms-controls@2', 'quick-check@1', 'quick-check@2',
    ]);
    expect(files.sort()).toEqual([
      'appi-safeguards.changelog.yaml', 'appi-safeguards@1.yaml', 'appi-safeguards@2.yaml',
      'pms-controls.changelog.yaml', 'pms-controls@1.yaml', 'pms-controls@2.yaml',
      'quick-check.changelog.yaml', 'quick-check@1.yaml', 'quick-check@2.yaml',
    ]);
  });

  it('keep the first editions byte for byte as they shipped', () => {
    expect(sha256('appi-safeguards@1.yaml')).toBe('5c00b2826e8c2497916fcded8640c8aa3cca850914d884235ce7b16a7f83d6ae');
    expect(sha256('pms-controls@1.yaml')).toBe('8cf42ff7b2506e5bce34b45e4179887e4a322ea37905c375c853872812b77075');
    expect(sha256('quick-check@1.yaml')).toBe('d8d0fb748f2add69f09ca8aab65593d643c2c10502c1bf51a68f9f3cb2f49ff7');
  });

  it('hold the size each catalog promises, in every edition', () => {
    const count = (id: string, version: number) => catalogItems(edition(id, version)).length;
    expect([count('appi-safeguards', 1), count('pms-controls', 1), count('quick-check', 1)]).toEqual([97, 101, 25]);
    // Version 2: 29 My Number items added to APPI; PMS keeps 99, adds 12 and retires 2.
    expect([count('appi-safeguards', 2), count('pms-controls', 2), count('quick-check', 2)]).toEqual([126, 111, 25]);
  });

  it('say everything in both languages: Japanese in ja, no Japanese in en, no folding gaps', () => {
    const problems: string[] = [];
    for (const c of allEditions()) {
      for (const t of texts(c, `${c.id}@${c.version}`)) {
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
    for (const c of allEditions()) {
      for (const item of catalogItems(c)) {
        expect(item.guidance.en.length, `${item.id} guidance`).toBeGreaterThan(60);
        expect(item.guidance.ja.length, `${item.id} guidance`).toBeGreaterThan(30);
        expect(item.evidence.length, `${item.id} evidence`).toBeGreaterThan(0);
        expect(item.references.length, `${item.id} references`).toBeGreaterThan(0);
      }
    }
  });

  it('keep every id they ever published (the committed list may only grow), retiring ids only with a reason', () => {
    const committed = fixtureLines(fs.readFileSync(path.join(repoRoot, 'tests/fixtures/catalog-ids.txt'), 'utf8'));
    const everywhere = idsOf(allEditions());
    const removed = committed.filter((id) => !everywhere.has(id));
    expect(removed, 'ids removed or renamed: restore them (ids are never reused or removed)').toEqual([]);
    const unlisted = [...everywhere].filter((id) => !committed.includes(id));
    expect(unlisted, 'new ids: append them to tests/fixtures/catalog-ids.txt').toEqual([]);
    const current = idsOf(currentEditions());
    const retired = fixtureLines(fs.readFileSync(path.join(repoRoot, 'tests/fixtures/catalog-ids-retired.txt'), 'utf8')).map((l) => l.split(/\s/)[0]!);
    expect(committed.filter((id) => !current.has(id)).sort(), 'an id left out of a current edition is listed as retired').toEqual(retired.sort());
  });

  it('keep an id only for the same question: a question reworded without changing what it asks is explained in the changelog', () => {
    const unexplained: string[] = [];
    for (const c of currentEditions()) {
      const before = new Map(catalogItems(edition(c.id, c.version - 1)).map((i) => [i.id, i]));
      const explained = new Set(builtInChangelogs().find((l) => l.catalog === c.id)!.versions.find((v) => v.version === c.version)!.changes.flatMap((ch) => ch.items));
      for (const item of catalogItems(c)) {
        const old = before.get(item.id);
        const reworded = old && (old.question.ja !== item.question.ja || old.question.en !== item.question.en);
        if (reworded && !explained.has(item.id)) unexplained.push(`${c.id}/${item.id}`);
      }
    }
    expect(unexplained).toEqual([]);
  });

  it('give the quick check the four result bands over −25…100, with no gap, in every edition', () => {
    for (const version of [1, 2]) {
      const bands = [...(edition('quick-check', version).bands ?? [])].sort((a, b) => a.min - b.min);
      expect(bands.map((b) => [b.min, b.max])).toEqual([[-25, 49], [50, 69], [70, 99], [100, 100]]);
    }
  });

  it('say in the quick check from version 2 on how a question that does not fit is scored, in its data and its text', () => {
    expect(edition('quick-check', 1).notApplicablePoints).toBeUndefined();
    const quick = edition('quick-check', 2);
    expect(quick.notApplicablePoints).toBe(4);
    expect(quick.description.ja).toMatch(/該当しない.*4点/s);
    expect(quick.description.en).toMatch(/not applicable.*4 points/s);
    const withRule = catalogItems(quick).filter((i) => /「該当しない」/.test(i.guidance.ja));
    expect(withRule.length).toBeGreaterThanOrEqual(5);
    for (const item of withRule) expect(item.guidance.en, item.id).toMatch(/"not applicable"/);
  });
});

describe('changelogs', () => {
  it('exist for every catalog, list every shipped edition in order, and explain every later one with its sources', () => {
    const logs = builtInChangelogs();
    expect(logs.map((l) => l.catalog).sort()).toEqual(['appi-safeguards', 'pms-controls', 'quick-check']);
    for (const log of logs) {
      const shipped = allEditions().filter((c) => c.id === log.catalog).map((c) => c.version);
      expect(log.versions.map((v) => v.version), log.catalog).toEqual(shipped);
      for (const version of log.versions.slice(1)) {
        expect(version.changes.length, `${log.catalog} v${version.version}`).toBeGreaterThan(0);
        expect(version.sources.length, `${log.catalog} v${version.version}`).toBeGreaterThan(0);
        expect(japanese.test(version.summary.ja) && !japanese.test(version.summary.en)).toBe(true);
      }
    }
  });

  it('name only items and domains that exist in the edition described or the one before, and explain every new item', () => {
    for (const log of builtInChangelogs()) {
      for (const version of log.versions.slice(1)) {
        const now = edition(log.catalog, version.version);
        const before = edition(log.catalog, version.version - 1);
        const known = new Set([now, before].flatMap((c) => [...c.domains.map((d) => d.id), ...catalogItems(c).map((i) => i.id)]));
        const mentioned = new Set(version.changes.flatMap((c) => c.items));
        expect([...mentioned].filter((id) => !known.has(id)), `${log.catalog} v${version.version}`).toEqual([]);
        const previous = new Set(catalogItems(before).map((i) => i.id));
        const newItems = catalogItems(now).filter((i) => !previous.has(i.id));
        const explained = newItems.filter((i) => mentioned.has(i.id) || now.domains.some((d) => mentioned.has(d.id) && d.items.includes(i)));
        expect(explained.length, `${log.catalog} v${version.version}: every new item is explained`).toBe(newItems.length);
        for (const change of version.changes) {
          expect(japanese.test(change.ja)).toBe(true);
          // English may quote a Japanese term (the glossary changes do), but is English prose.
          expect(change.en.replace(/[^ -~]/g, '').length / change.en.length).toBeGreaterThan(0.8);
        }
      }
    }
  });
});

describe.each([
  ['the first editions', 'catalog-coverage@1.yaml', 1],
  ['the current editions', 'catalog-coverage.yaml', 2],
] as const)('coverage of the references by %s (CATALOG.md)', (_name, file, version) => {
  const table = parse(fs.readFileSync(path.join(repoRoot, 'tests/fixtures', file), 'utf8')) as Record<string, string[]>;
  const catalogs = ['appi-safeguards', 'pms-controls', 'quick-check'].map((id) => edition(id, version));
  const existing = idsOf(catalogs);
  const ppc = [
    'PPC 10-1', 'PPC 10-2 acquire', 'PPC 10-2 use', 'PPC 10-2 store', 'PPC 10-2 provide', 'PPC 10-2 delete',
    'PPC 10-3(1)', 'PPC 10-3(2)', 'PPC 10-3(3)', 'PPC 10-3(4)', 'PPC 10-3(5)', 'PPC 10-4',
    'PPC 10-5(1)', 'PPC 10-5(2)', 'PPC 10-5(3)', 'PPC 10-5(4)', 'PPC 10-6(1)', 'PPC 10-6(2)', 'PPC 10-6(3)', 'PPC 10-6(4)', 'PPC 10-7',
  ];
  const areas = [
    'policy-internal', 'policy-external', 'register', 'laws', 'risk', 'roles', 'internal-rules', 'plans', 'emergency',
    'resources-competence', 'training', 'documents-records', 'operation-checks', 'internal-audit', 'management-review',
    'corrective-action', 'employee-supervision', 'safeguards', 'purpose', 'acquisition', 'notice-consent', 'special-care',
    'third-party-provision', 'third-party-records', 'provision-abroad', 'outsourcing', 'joint-use', 'accuracy',
    'retention-deletion', 'requests-fees', 'complaints', 'leak-response', 'pseudonymised-anonymised', 'personally-referable',
    'cookies-external-transmission',
  ];
  const ipa = Array.from({ length: 25 }, (_, i) => `IPA Q${i + 1}`);
  const required =
    version === 1
      ? [...ppc, 'APPI Art. 24', 'APPI Art. 25', 'APPI Art. 26', 'APPI Art. 27', 'APPI Art. 27(5)(iii)', 'APPI Art. 28', 'APPI Art. 29',
          'APPI Art. 30', 'APPI Art. 32', 'APPI Art. 33', 'APPI Art. 34', 'APPI Art. 35', 'APPI Art. 38', 'APPI Art. 40',
          ...areas.map((a) => `JIS ${a}`), ...ipa]
      : [...ppc, 'PPC 3-4-3', 'PPC 3-4-4', 'PPC 3-5-2', 'PPC 3-5-3', 'PPC 3-5-4', 'APPI Art. 24', 'APPI Art. 25', 'APPI Art. 26', ...ipa,
          ...['1-A', '1-B', '1-C', '1-D', '1-E', '2-A', '2-B', '2-C-a', '2-C-b', '2-C-c', '2-C-d', '2-C-e', '2-D-a', '2-D-b',
            '2-E-a', '2-E-b', '2-E-c', '2-E-d', '2-F-a', '2-F-b', '2-F-c', '2-F-d', '2-G'].map((s) => `MyNumber Annex1 ${s}`),
          'MyNumber Annex2 report and notice', 'MyNumber 4-1 limits on use', 'MyNumber 4-2-(1) outsourcing',
          'MyNumber 4-3 provision and collection', 'MyNumber 4-3-(4) identity verification',
          ...Array.from({ length: 11 }, (_, n) => `JIPDEC J.${n + 1}`),
          ...[...areas, 'planning-of-changes'].map((a) => `area ${a}`)];

  it.each(required)('%s is covered by at least one existing item', (key) => {
    const ids = table[key];
    expect(ids, `${key} is missing from the coverage table`).toBeDefined();
    expect(ids!.length).toBeGreaterThan(0);
    for (const id of ids!) expect(existing.has(id), `${key} → ${id} does not exist`).toBe(true);
  });

  it('names only existing items anywhere in the table', () => {
    const missing = Object.entries(table).flatMap(([key, ids]) => ids.filter((id) => !existing.has(id)).map((id) => `${key} → ${id}`));
    expect(missing).toEqual([]);
  });

  it('cites each PPC measure in the items it maps to', () => {
    const byId = new Map<string, Item>(catalogs.flatMap((c) => catalogItems(c).map((i): [string, Item] => [`${c.id}/${i.id}`, i])));
    for (const key of required.filter((k) => /^PPC (10-[1-7]|3-)/.test(k) && !k.includes(' 10-2 '))) {
      const measure = key.replace('PPC ', 'PPC-GL ');
      const cited = table[key]!.some((id) => byId.get(id)?.references.some((r) => r.startsWith(measure)));
      expect(cited, `${key}: no mapped item cites ${measure}`).toBe(true);
    }
  });
});
