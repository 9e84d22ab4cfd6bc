// Version 2 of the appi-safeguards and quick-check catalogs (drafts in assessments/catalogs-draft/): both parse,
// every reference names a known source and a known identifier, breach reporting cites where the rules live
// (PPC guideline section 3-5, Enforcement Rules Arts. 7-10), My Number items appear only for businesses that
// handle My Numbers, ids are never reused, coverage maps to real items and the glossary is followed.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type Catalog, catalogItems, type Item, parseCatalogText, profileFlags } from '../../assessments';

const root = path.resolve(import.meta.dirname, '../..');
const draftDir = path.join(root, 'assessments/catalogs-draft');
const draft = (file: string) => path.join(draftDir, file);
const readYaml = <T>(file: string): T => parse(fs.readFileSync(file, 'utf8')) as T;

function load(file: string): Catalog {
  const result = parseCatalogText(fs.readFileSync(file, 'utf8'), path.basename(file));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.errors.slice(0, 5), null, 2)}`);
  return result.catalog;
}

const appi = load(draft('appi-safeguards@2.yaml'));
const quick = load(draft('quick-check@2.yaml'));
const appiV1 = load(path.join(root, 'assessments/catalogs/appi-safeguards.yaml'));
const quickV1 = load(path.join(root, 'assessments/catalogs/quick-check.yaml'));
const editions = [appi, quick];
const v1ById = new Map([appiV1, quickV1].map((c) => [c.id, c]));

type Localized = { ja: string; en: string };
const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
const cjkGap = /[\u3040-\u30ff\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]\s+[\u3040-\u30ff\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/;

/** Every {ja, en} pair under a value, with its path; keywords are left out unless asked for. */
function texts(value: unknown, at: string, withKeywords = false, out: { path: string; lang: 'ja' | 'en'; text: string }[] = []) {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'ja' in value && 'en' in value) {
    const { ja, en } = value as { ja: unknown; en: unknown };
    if (typeof ja === 'string' && typeof en === 'string') {
      out.push({ path: `${at}.ja`, lang: 'ja', text: ja }, { path: `${at}.en`, lang: 'en', text: en });
      return out;
    }
    if (Array.isArray(ja) && Array.isArray(en) && withKeywords) {
      for (const k of ja) out.push({ path: `${at}.ja`, lang: 'ja', text: String(k) });
      for (const k of en) out.push({ path: `${at}.en`, lang: 'en', text: String(k) });
      return out;
    }
  }
  if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${at}[${i}]`, withKeywords, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (withKeywords || k !== 'keywords') texts(v, `${at}.${k}`, withKeywords, out);
  }
  return out;
}
const itemText = (item: Item) => texts(item, item.id, true).map((t) => t.text).join('\n');
const allItems = editions.flatMap((c) => catalogItems(c).map((item) => ({ catalog: c, item })));

describe('version 2 editions of appi-safeguards and quick-check', () => {
  it('parse under the catalog schema, with the ids, kinds and version the app expects', () => {
    expect([appi.id, appi.version, appi.kind]).toEqual(['appi-safeguards', 2, 'checklist']);
    expect([quick.id, quick.version, quick.kind]).toEqual(['quick-check', 2, 'quick-check']);
    expect(catalogItems(appi).length).toBeGreaterThanOrEqual(catalogItems(appiV1).length);
    expect(catalogItems(quick)).toHaveLength(25);
  });

  it('leave version 1 of both catalogs in place', () => {
    expect([appiV1.version, quickV1.version]).toEqual([1, 1]);
  });

  it('keep the quick check in the shape of IPA\'s self-check: 5 + 13 + 7 questions, IPA Q1..Q25 in order, same bands', () => {
    expect(quick.domains.map((d) => d.items.length)).toEqual([5, 13, 7]);
    const ipa = catalogItems(quick).map((i) => i.references.find((r) => r.startsWith('IPA Q')));
    expect(ipa).toEqual(Array.from({ length: 25 }, (_, n) => `IPA Q${n + 1}`));
    expect(quick.bands).toEqual(quickV1.bands);
  });

  it('state the rule for a question that does not apply, in the description and in the questions it concerns', () => {
    expect(quick.description.ja).toMatch(/該当しない/);
    expect(quick.description.ja).toMatch(/4点/);
    expect(quick.description.en).toMatch(/not applicable/);
    expect(quick.description.en).toMatch(/4 points/);
    const withRule = catalogItems(quick).filter((i) => /「該当しない」/.test(i.guidance.ja));
    expect(withRule.length).toBeGreaterThanOrEqual(5);
    for (const item of withRule) expect(item.guidance.en, item.id).toMatch(/"not applicable"/);
  });

  it('say everything in both languages: Japanese in ja, no Japanese in en, no folding gaps', () => {
    const problems: string[] = [];
    for (const c of editions) {
      for (const t of texts(c, c.id)) {
        if (t.lang === 'ja' && !japanese.test(t.text)) problems.push(`${t.path}: no Japanese text`);
        if (t.lang === 'ja' && cjkGap.test(t.text)) problems.push(`${t.path}: space between Japanese characters`);
        if (t.lang === 'en' && japanese.test(t.text)) problems.push(`${t.path}: Japanese in the English text`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('give every item concrete guidance, evidence and an improvement action', () => {
    for (const { item } of allItems) {
      expect(item.guidance.en.length, `${item.id} guidance`).toBeGreaterThan(60);
      expect(item.guidance.ja.length, `${item.id} guidance`).toBeGreaterThan(30);
      expect(item.evidence.length, `${item.id} evidence`).toBeGreaterThan(0);
    }
  });
});

describe('references', () => {
  type Ref = { source: string; id: string; title: Localized; verified: boolean; note?: string };
  type Src = { source: string; title: Localized };
  const known = readYaml<{ sources: Src[]; references: Ref[] }>(draft('references-appi.yaml'));
  const sources = known.sources.map((s) => s.source).sort((a, b) => b.length - a.length);
  const ids = new Map<string, Set<string>>();
  for (const r of known.references) {
    if (!ids.has(r.source)) ids.set(r.source, new Set());
    ids.get(r.source)!.add(r.id);
  }

  /** The known identifier a reference resolves to, or why it does not. */
  function resolve(ref: string): { ok: true; key: string } | { ok: false; why: string } {
    const source = sources.find((s) => ref.startsWith(`${s} `) || (s.endsWith('Q') && new RegExp(`^${s}\\d+$`).test(ref)));
    if (!source) return { ok: false, why: 'unknown source' };
    let id = ref.slice(source.length).trim();
    const listed = ids.get(source) ?? new Set<string>();
    while (!listed.has(id) && /\([^()]*\)$/.test(id)) id = id.replace(/\([^()]*\)$/, '');
    return listed.has(id) ? { ok: true, key: `${source} ${id}` } : { ok: false, why: `"${id}" is not a known ${source} identifier` };
  }

  it('list each source and identifier once, each with a title in both languages', () => {
    const keys = known.references.map((r) => `${r.source} ${r.id}`);
    expect(keys.length).toBe(new Set(keys).size);
    for (const r of known.references) {
      expect(sources, `${r.source} is not among the sources`).toContain(r.source);
      expect(r.title.ja && r.title.en, `${r.source} ${r.id}`).toBeTruthy();
      expect(typeof r.verified).toBe('boolean');
    }
  });

  it('resolve every reference of both catalogs to a known identifier', () => {
    const bad = allItems.flatMap(({ item }) =>
      item.references.flatMap((ref) => {
        const r = resolve(ref);
        return r.ok ? [] : [`${item.id}: ${ref} (${r.why})`];
      }),
    );
    expect(bad).toEqual([]);
  });

  it('cite only identifiers that were verified', () => {
    const byKey = new Map(known.references.map((r) => [`${r.source} ${r.id}`, r]));
    const unverified = allItems.flatMap(({ item }) =>
      item.references.flatMap((ref) => {
        const r = resolve(ref);
        return r.ok && !byKey.get(r.key)!.verified ? [`${item.id}: ${ref}`] : [];
      }),
    );
    expect(unverified).toEqual([]);
  });

  it('no longer cite the withdrawn JIS Q 15001:2017 edition', () => {
    const old = allItems.flatMap(({ item }) => item.references.filter((r) => r.includes('JIS Q 15001:2017')).map((r) => `${item.id}: ${r}`));
    expect(old).toEqual([]);
  });

  it('cite section 3-5 of the guideline or the Enforcement Rules Arts. 7-10 wherever an item speaks of breach reporting', () => {
    const speaksOfReporting =
      /漏えい等の報告|速報|確報|委員会への(漏えい等の)?報告|report of leakage|preliminary report|final report|report(s|ed|ing)? (it )?to the (Personal Information Protection )?Commission|report(s|ed|ing)? to the PPC/i;
    const citesRules = (r: string) => r.startsWith('PPC-GL 3-5') || /^Enf\. Rules Art\. (7|8|9|10)\b/.test(r);
    const reporting = allItems.filter(({ item }) => speaksOfReporting.test(itemText(item)));
    expect(reporting.length).toBeGreaterThanOrEqual(5);
    const missing = reporting.filter(({ item }) => !item.references.some(citesRules)).map(({ item }) => item.id);
    expect(missing).toEqual([]);
  });

  it('cite the guideline sections on supervision wherever an item cites APPI Art. 24 or 25', () => {
    const missing = allItems.flatMap(({ item }) => [
      ...(item.references.includes('APPI Art. 24') && !item.references.includes('PPC-GL 3-4-3') ? [`${item.id}: 3-4-3`] : []),
      ...(item.references.includes('APPI Art. 25') && !item.references.includes('PPC-GL 3-4-4') ? [`${item.id}: 3-4-4`] : []),
    ]);
    expect(missing).toEqual([]);
  });
});

describe('My Number items and small-business variants', () => {
  it('show the My Number items only to businesses that handle My Numbers', () => {
    expect(profileFlags).toContain('handlesMyNumbers');
    const myn = appi.domains.find((d) => d.id === 'APPI-MYN');
    expect(myn, 'the APPI-MYN domain').toBeDefined();
    expect(myn!.items.length).toBeGreaterThanOrEqual(15);
    const mentions = /マイナンバー|特定個人情報|個人番号|My Number|Individual Number/;
    const concerned = allItems.filter(({ item }) => item.id.startsWith('APPI-MYN-') || mentions.test(itemText(item)));
    const ungated = concerned.filter(({ item }) => !item.appliesWhen?.includes('handlesMyNumbers')).map(({ item }) => item.id);
    expect(ungated).toEqual([]);
  });

  it('cite the My Number guideline in every My Number item', () => {
    const myn = appi.domains.find((d) => d.id === 'APPI-MYN')!;
    for (const item of myn.items) expect(item.references.some((r) => r.startsWith('PPC-GL-MyNumber ')), item.id).toBe(true);
  });

  it('give no small-business method for understanding the external environment (10-7)', () => {
    const ext = appi.domains.find((d) => d.id === 'APPI-EXT')!;
    expect(ext.items.filter((i) => i.smallBusiness).map((i) => i.id)).toEqual([]);
    const tenSeven = catalogItems(appi).filter((i) => i.references.includes('PPC-GL 10-7') && i.smallBusiness);
    expect(tenSeven.map((i) => i.id)).toEqual([]);
  });

  it('say the same about group e-mail (BCC) and file Wi-Fi under the same measure in both catalogs', () => {
    const find = (c: Catalog, id: string) => catalogItems(c).find((i) => i.id === id)!;
    const [qcMail, appiMail] = [find(quick, 'QC-STAFF-02'), find(appi, 'APPI-TEC-19')];
    for (const item of [qcMail, appiMail]) {
      expect(item.guidance.ja, item.id).toMatch(/一斉配信の仕組み/);
      expect(item.guidance.ja, item.id).toMatch(/やむを得ずBCCで送る場合は、すべての社外アドレスがBCC欄に入っていることを、送信前に別の人が確認します/);
    }
    const [qcWifi, appiWifi] = [find(quick, 'QC-STAFF-04'), find(appi, 'APPI-TEC-22')];
    const measure = (i: Item) => i.references.filter((r) => r.startsWith('PPC-GL 10-6'));
    expect(measure(qcWifi)).toEqual(measure(appiWifi));
  });
});

describe('ids: kept, new or retired, never reused', () => {
  const lines = (file: string) =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
  const published = new Set(lines(path.join(root, 'tests/fixtures/catalog-ids.txt')));
  const newIds = lines(draft('catalog-ids-new-appi.txt'));
  const retired = lines(draft('retired-appi.txt')).map((l) => {
    const [id, ...reason] = l.split(/\s+/);
    return { id: id!, reason: reason.join(' ') };
  });
  const v2Ids = editions.flatMap((c) => catalogItems(c).map((i) => `${c.id}/${i.id}`));
  const v1Ids = [appiV1, quickV1].flatMap((c) => catalogItems(c).map((i) => `${c.id}/${i.id}`));

  it('never reuse a published id for a new item', () => {
    expect(newIds.filter((id) => published.has(id))).toEqual([]);
    expect(new Set(newIds).size).toBe(newIds.length);
  });

  it('use only version 1 ids and listed new ids', () => {
    const v1 = new Set(v1Ids);
    expect(v2Ids.filter((id) => !v1.has(id) && !newIds.includes(id))).toEqual([]);
    expect(newIds.filter((id) => !v2Ids.includes(id))).toEqual([]);
  });

  it('list every version 1 id dropped in version 2 as retired, with a reason', () => {
    const dropped = v1Ids.filter((id) => !v2Ids.includes(id)).sort();
    expect(retired.map((r) => r.id).sort()).toEqual(dropped);
    for (const r of retired) expect(r.reason, r.id).not.toBe('');
  });

  it('keep each kept item on the question it asked in version 1 (the English question is unchanged)', () => {
    const changed: string[] = [];
    for (const c of editions) {
      const old = new Map(catalogItems(v1ById.get(c.id)!).map((i) => [i.id, i]));
      for (const item of catalogItems(c)) {
        const before = old.get(item.id);
        if (before && before.question.en !== item.question.en) changed.push(`${c.id}/${item.id}`);
      }
    }
    expect(changed).toEqual([]);
  });
});

describe('coverage of the version 2 editions', () => {
  const table = readYaml<Record<string, string[]>>(draft('catalog-coverage-appi@2.yaml'));
  const existing = new Set(editions.flatMap((c) => catalogItems(c).map((i) => `${c.id}/${i.id}`)));
  const required = [
    'PPC 10-1', 'PPC 10-2 acquire', 'PPC 10-2 use', 'PPC 10-2 store', 'PPC 10-2 provide', 'PPC 10-2 delete',
    'PPC 10-3(1)', 'PPC 10-3(2)', 'PPC 10-3(3)', 'PPC 10-3(4)', 'PPC 10-3(5)', 'PPC 10-4',
    'PPC 10-5(1)', 'PPC 10-5(2)', 'PPC 10-5(3)', 'PPC 10-5(4)', 'PPC 10-6(1)', 'PPC 10-6(2)', 'PPC 10-6(3)', 'PPC 10-6(4)', 'PPC 10-7',
    'PPC 3-4-3', 'PPC 3-4-4', 'PPC 3-5-2', 'PPC 3-5-3', 'PPC 3-5-4',
    'APPI Art. 24', 'APPI Art. 25', 'APPI Art. 26',
    ...Array.from({ length: 25 }, (_, i) => `IPA Q${i + 1}`),
    ...['1-A', '1-B', '1-C', '1-D', '1-E', '2-A', '2-B', '2-C-a', '2-C-b', '2-C-c', '2-C-d', '2-C-e', '2-D-a', '2-D-b',
      '2-E-a', '2-E-b', '2-E-c', '2-E-d', '2-F-a', '2-F-b', '2-F-c', '2-F-d', '2-G'].map((s) => `MyNumber Annex1 ${s}`),
    'MyNumber Annex2 report and notice', 'MyNumber 4-1 limits on use', 'MyNumber 4-2-(1) outsourcing',
    'MyNumber 4-3 provision and collection', 'MyNumber 4-3-(4) identity verification',
  ];

  it.each(required)('%s is covered by at least one existing version 2 item', (key) => {
    const ids = table[key];
    expect(ids, `${key} is missing from the coverage table`).toBeDefined();
    expect(ids!.length).toBeGreaterThan(0);
    for (const id of ids!) expect(existing.has(id), `${key} → ${id} does not exist`).toBe(true);
  });

  it('names only existing version 2 items anywhere in the table', () => {
    const missing = Object.entries(table).flatMap(([key, ids]) => ids.filter((id) => !existing.has(id)).map((id) => `${key} → ${id}`));
    expect(missing).toEqual([]);
  });

  it('cites each PPC measure in at least one of the items it maps to', () => {
    const byId = new Map<string, Item>(editions.flatMap((c) => catalogItems(c).map((i): [string, Item] => [`${c.id}/${i.id}`, i])));
    for (const key of required.filter((k) => /^PPC (10-[1-7]|3-)/.test(k) && !k.includes(' 10-2 '))) {
      const measure = key.replace('PPC ', 'PPC-GL ');
      const cited = table[key]!.some((id) => byId.get(id)?.references.some((r) => r.startsWith(measure)));
      expect(cited, `${key}: no mapped item cites ${measure}`).toBe(true);
    }
  });
});

describe('glossary, scoping questions and changelogs', () => {
  type Term = { ja: string; en: string; avoid?: { ja?: string[]; en?: string[] }; except?: { ja?: string[]; en?: string[] } };
  const glossary = readYaml<{ terms: Term[] }>(path.join(root, 'assessments/glossary.yaml'));
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  it('use no variant the glossary says to avoid (keywords excepted: they match policy wording)', () => {
    const hits: string[] = [];
    for (const c of editions) {
      for (const t of texts(c, c.id)) {
        for (const term of glossary.terms) {
          let text = t.text;
          for (const e of term.except?.[t.lang] ?? []) text = text.split(e).join('');
          for (const avoid of term.avoid?.[t.lang] ?? []) {
            const found = t.lang === 'en' ? new RegExp(`\\b${escape(avoid)}\\b`, 'i').test(text) : text.includes(avoid);
            if (found) hits.push(`${t.path}: "${avoid}" (use "${term[t.lang]}")`);
          }
        }
      }
    }
    expect(hits).toEqual([]);
  });

  it('word the scoping questions for employees, individuals and My Numbers in both languages', () => {
    const q = readYaml<Record<string, { label: Localized; hint: Localized }>>(draft('scoping-questions.yaml'));
    expect(Object.keys(q).sort()).toEqual(['employees', 'handlesMyNumbers', 'individuals']);
    for (const [key, { label, hint }] of Object.entries(q)) {
      for (const t of [label, hint]) {
        expect(japanese.test(t.ja), key).toBe(true);
        expect(japanese.test(t.en), key).toBe(false);
      }
    }
    expect(q.employees!.label.ja).toMatch(/従業員/);
    expect(q.employees!.label.ja).toMatch(/労働基準法/);
    expect(q.employees!.label.ja).toMatch(/役員/);
    expect(q.employees!.label.ja).not.toMatch(/従業者/);
    expect(q.individuals!.hint.ja).toMatch(/5,000/);
    expect(q.individuals!.hint.ja).toMatch(/6か月/);
  });

  it.each(['appi-safeguards', 'quick-check'])('keep a changelog for %s with versions 1 and 2, in both languages, with sources', (id) => {
    type Change = { items: string[]; ja: string; en: string };
    type Version = { version: number; date: string; summary: Localized; changes: Change[]; sources: string[] };
    const log = readYaml<{ catalog: string; versions: Version[] }>(draft(`${id}.changelog.yaml`));
    expect(log.catalog).toBe(id);
    expect(log.versions.map((v) => v.version)).toEqual([1, 2]);
    const v2 = log.versions[1]!;
    expect(v2.summary.ja && v2.summary.en).toBeTruthy();
    expect(v2.changes.length).toBeGreaterThan(0);
    expect(v2.sources.length).toBeGreaterThan(0);
    const catalog = editions.find((c) => c.id === id)!;
    const itemIds = new Set(catalogItems(catalog).map((i) => i.id));
    for (const change of v2.changes) {
      expect(japanese.test(change.ja)).toBe(true);
      // English may quote a Japanese term (the glossary changes do), but must be English prose
      expect(change.en.replace(/[^ -~]/g, '').length / change.en.length).toBeGreaterThan(0.8);
      for (const item of change.items) expect(itemIds.has(item) || catalog.domains.some((d) => d.id === item), `${id}: ${item}`).toBe(true);
    }
  });
});
