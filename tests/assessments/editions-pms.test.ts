// Version 2 of the PMS catalog (draft): built on JIS Q 15001:2023 and the JIS Q 15001:2023 edition of JIPDEC's
// guide. It must pass the schema, cite only identifiers we keep in a known list (so a typo or a withdrawn number
// fails), name no withdrawn edition, tie every breach-reporting item to the rules where they live, keep ids
// honest (kept from version 1 or new and never used before), cover every area it promises, and speak the glossary.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type Catalog, type Item, catalogItems, parseCatalogText } from '../../assessments';

const root = path.resolve(import.meta.dirname, '../..');
const draft = (file: string) => path.join(root, 'assessments/catalogs-draft', file);
const lines = (file: string) =>
  fs.readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));

function load(file: string): Catalog {
  const result = parseCatalogText(fs.readFileSync(file, 'utf8'), path.basename(file));
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5), null, 2));
  return result.catalog;
}

const v2Text = fs.readFileSync(draft('pms-controls@2.yaml'), 'utf8');
const v2Parsed = parseCatalogText(v2Text, 'pms-controls@2.yaml');
const v2 = v2Parsed.ok ? v2Parsed.catalog : undefined;
const v1 = load(path.join(root, 'assessments/catalogs/pms-controls.yaml'));
const v2Items: Item[] = v2 ? catalogItems(v2) : [];
const v1Ids = new Set(catalogItems(v1).map((i) => i.id));

type Known = { source: string; id: string; title: { ja: string; en: string }; verified: boolean; withdrawn?: boolean; note?: string };
const known: Known[] = [
  ...(parse(fs.readFileSync(draft('references-jis.yaml'), 'utf8')) as Known[]),
  ...(parse(fs.readFileSync(draft('references-jis-extra.yaml'), 'utf8')) as Known[]),
];
const sources = [
  'JIS Q 15001:2023', 'JIS Q 15001:2017', 'JIPDEC', 'APPI Art.', 'PPC-GL-Records', 'PPC-GL-Foreign', 'PPC-GL',
  'Enf. Rules Art.', 'Employment Security Act Art.', 'Telecom Business Act Art.',
].sort((a, b) => b.length - a.length); // longest first, so "PPC-GL-Records" is not read as "PPC-GL"

/** "<source> <id>" → its source, its id, and the id without a sub-paragraph suffix such as "(2)" or "(5)(iii)". */
function splitReference(ref: string) {
  const source = sources.find((s) => ref.startsWith(`${s} `));
  if (!source) return undefined;
  const id = ref.slice(source.length + 1);
  return { source, id, base: id.replace(/(\([^)]*\))+$/, '') };
}
function lookup(ref: string) {
  const parts = splitReference(ref);
  if (!parts) return undefined;
  return (
    known.find((k) => k.source === parts.source && k.id === parts.id) ??
    known.find((k) => k.source === parts.source && k.id === parts.base)
  );
}

/** Every visible string of an item (keywords included), for the wording checks. */
function itemTexts(item: Item): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, w] of Object.entries(v)) if (k !== 'id' && k !== 'references' && k !== 'appliesWhen') walk(w);
  };
  walk(item);
  return out;
}

describe('pms-controls version 2 (draft)', () => {
  it('passes the catalog schema as pms-controls, version 2', () => {
    expect(v2Parsed.ok ? [] : v2Parsed.errors).toEqual([]);
    expect(v2).toMatchObject({ id: 'pms-controls', version: 2, kind: 'checklist' });
    expect(v2Items.length).toBeGreaterThanOrEqual(v1Ids.size);
  });

  it('leaves version 1 where it was, still version 1', () => {
    expect(v1.version).toBe(1);
    expect(v1Ids.size).toBe(101);
  });

  it('cites every reference as "<known source> <id>", with the id in the known list', () => {
    const unknown = v2Items.flatMap((item) =>
      item.references.filter((ref) => lookup(ref) === undefined).map((ref) => `${item.id}: ${ref}`),
    );
    expect(unknown, 'add the identifier to references-jis(-extra).yaml only once you have checked it').toEqual([]);
  });

  it('never cites a withdrawn source, and never names JIS Q 15001:2017', () => {
    const withdrawn = v2Items.flatMap((item) =>
      item.references.filter((ref) => lookup(ref)?.withdrawn || ref.includes('JIS Q 15001:2017')).map((ref) => `${item.id}: ${ref}`),
    );
    expect(withdrawn).toEqual([]);
  });

  it('keeps a well-formed list of known identifiers: one entry each, titled in both languages, 2017 marked withdrawn', () => {
    const keys = known.map((k) => `${k.source} ${k.id}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i), 'duplicate entries').toEqual([]);
    for (const k of known) {
      expect(sources, `${k.source} ${k.id}: unknown source`).toContain(k.source);
      expect(k.title.ja.length * k.title.en.length, `${k.source} ${k.id}: title`).toBeGreaterThan(0);
      expect(typeof k.verified, `${k.source} ${k.id}: verified`).toBe('boolean');
      if (!k.verified) expect(k.note, `${k.source} ${k.id}: an unverified entry says why it is listed`).toBeTruthy();
      expect(Boolean(k.withdrawn), `${k.source} ${k.id}: withdrawn`).toBe(k.source === 'JIS Q 15001:2017');
    }
  });

  it('lists as withdrawn every JIS Q 15001:2017 number that version 1 cites', () => {
    const cited = new Set(catalogItems(v1).flatMap((i) => i.references).filter((r) => r.startsWith('JIS Q 15001:2017 ')));
    const missing = [...cited].filter((ref) => !lookup(ref)?.withdrawn);
    expect(missing).toEqual([]);
  });

  it('ties every item that speaks of breach reporting to guideline section 3-5 or Enforcement Rules Arts. 7-10', () => {
    const speaksOfReporting = /漏えい等の報告|個人情報保護委員会への報告|個人情報保護委員会に報告|速報|確報|report of leakage|preliminary report|final report|report(?:s|ed|ing)?\b[^.]{0,40}\bto the (?:PPC|Personal Information Protection Commission)/i;
    const tied = (ref: string) => /^PPC-GL 3-5(\b|-)/.test(ref) || /^Enf\. Rules Art\. (7|8|9|10)\b/.test(ref);
    const talking = v2Items.filter((item) => itemTexts(item).some((t) => speaksOfReporting.test(t)));
    expect(talking.map((i) => i.id)).toEqual(expect.arrayContaining(['PMS-SUP-13', 'PMS-MGT-05']));
    const untied = talking.filter((item) => !item.references.some(tied)).map((i) => i.id);
    expect(untied).toEqual([]);
  });

  it('gives new questions new ids: never used before, and all listed in catalog-ids-new-pms.txt', () => {
    const everPublished = new Set(lines(path.join(root, 'tests/fixtures/catalog-ids.txt')));
    const listedNew = lines(draft('catalog-ids-new-pms.txt'));
    const reused = listedNew.filter((id) => everPublished.has(id));
    expect(reused, 'a new id must not reuse a published one').toEqual([]);
    const v2New = v2Items.filter((i) => !v1Ids.has(i.id)).map((i) => `pms-controls/${i.id}`);
    expect(v2New.sort()).toEqual([...listedNew].sort());
  });

  it('uses only version 1 ids or new ids, and explains every version 1 id it drops', () => {
    const listedNew = new Set(lines(draft('catalog-ids-new-pms.txt')).map((l) => l.replace('pms-controls/', '')));
    expect(v2Items.filter((i) => !v1Ids.has(i.id) && !listedNew.has(i.id)).map((i) => i.id)).toEqual([]);
    const retired = lines(draft('retired-pms.txt')).map((l) => l.split(/\s/)[0]!.replace('pms-controls/', ''));
    const v2Ids = new Set(v2Items.map((i) => i.id));
    const dropped = [...v1Ids].filter((id) => !v2Ids.has(id));
    expect(dropped.sort()).toEqual([...retired].sort());
    for (const line of lines(draft('retired-pms.txt'))) expect(line.length, `${line}: give a reason`).toBeGreaterThan(40);
  });

  it('covers every J-chapter, every listed J-item and 2023 clause, and every area, with existing items', () => {
    const table = parse(fs.readFileSync(draft('catalog-coverage-pms@2.yaml'), 'utf8')) as Record<string, string[]>;
    const existing = new Set(v2Items.map((i) => `pms-controls/${i.id}`));
    const required = [
      ...Array.from({ length: 11 }, (_, n) => `JIPDEC J.${n + 1}`),
      ...known.filter((k) => k.source === 'JIPDEC' && k.id.split('.').length > 2).map((k) => `JIPDEC ${k.id}`),
      ...known.filter((k) => k.source === 'JIS Q 15001:2023').map((k) => `JIS Q 15001:2023 ${k.id}`),
      ...['policy-internal', 'policy-external', 'register', 'laws', 'risk', 'roles', 'internal-rules', 'plans',
        'planning-of-changes', 'emergency', 'resources-competence', 'training', 'documents-records', 'operation-checks',
        'internal-audit', 'management-review', 'corrective-action', 'employee-supervision', 'safeguards', 'purpose',
        'acquisition', 'notice-consent', 'special-care', 'third-party-provision', 'third-party-records', 'provision-abroad',
        'outsourcing', 'joint-use', 'accuracy', 'retention-deletion', 'requests-fees', 'complaints', 'leak-response',
        'pseudonymised-anonymised', 'personally-referable', 'cookies-external-transmission'].map((a) => `area ${a}`),
    ];
    expect(required.filter((key) => !(table[key]?.length))).toEqual([]);
    const missing = Object.entries(table).flatMap(([key, ids]) => ids.filter((id) => !existing.has(id)).map((id) => `${key} → ${id}`));
    expect(missing).toEqual([]);
  });

  it('speaks the glossary: no avoided variant anywhere in the text', () => {
    type Term = { ja: string; en: string; avoid?: { ja?: string[]; en?: string[] }; except?: { ja?: string[]; en?: string[] } };
    const glossary = parse(fs.readFileSync(path.join(root, 'assessments/glossary.yaml'), 'utf8')) as { terms: Term[] };
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const problems: string[] = [];
    for (const item of v2Items) {
      for (const raw of itemTexts(item)) {
        for (const term of glossary.terms) {
          for (const lang of ['ja', 'en'] as const) {
            let text = raw;
            for (const ok of term.except?.[lang] ?? []) text = text.split(ok).join(' ');
            for (const bad of term.avoid?.[lang] ?? []) {
              const hit = lang === 'ja'
                ? text.includes(bad)
                : new RegExp(`\\b${escape(bad)}\\b`, bad === bad.toUpperCase() ? '' : 'i').test(text);
              if (hit) problems.push(`${item.id}: "${bad}" (use ${term[lang]})`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('says everything in both languages, without Japanese in English or gaps between Japanese characters', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const gap = /[\u3040-\u30ff\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]\s+[\u3040-\u30ff\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/;
    const problems: string[] = [];
    const check = (where: string, t: { ja: string; en: string }) => {
      if (!japanese.test(t.ja)) problems.push(`${where}: no Japanese`);
      if (gap.test(t.ja) && !/JIS Q 15001/.test(t.ja)) problems.push(`${where}: space between Japanese characters`);
      if (japanese.test(t.en)) problems.push(`${where}: Japanese in English`);
    };
    for (const item of v2Items) {
      for (const [field, value] of Object.entries({ title: item.title, question: item.question, guidance: item.guidance })) check(`${item.id}.${field}`, value);
      if (item.smallBusiness) check(`${item.id}.smallBusiness`, item.smallBusiness);
      item.evidence.forEach((e, n) => check(`${item.id}.evidence[${n}]`, e));
      check(`${item.id}.action`, item.action.text);
      expect(item.guidance.en.length, `${item.id} guidance`).toBeGreaterThan(60);
    }
    expect(problems).toEqual([]);
  });

  it('keeps a changelog with both versions, each change explained in both languages for items that exist', () => {
    type Change = { items: string[]; ja: string; en: string };
    const log = parse(fs.readFileSync(draft('pms-controls.changelog.yaml'), 'utf8')) as {
      catalog: string; versions: { version: number; date: string; summary: { ja: string; en: string }; changes: Change[]; sources: string[] }[];
    };
    expect(log.catalog).toBe('pms-controls');
    expect(log.versions.map((v) => v.version)).toEqual([1, 2]);
    const current = log.versions[1]!;
    expect(current.sources.length).toBeGreaterThan(0);
    const anyId = new Set([...v1Ids, ...v2Items.map((i) => i.id)]);
    for (const change of current.changes) {
      expect(change.ja.length * change.en.length).toBeGreaterThan(0);
      expect(change.items.filter((id) => !anyId.has(id))).toEqual([]);
    }
    const mentioned = new Set(current.changes.flatMap((c) => c.items));
    expect(v2Items.filter((i) => !v1Ids.has(i.id) && !mentioned.has(i.id)).map((i) => i.id), 'every new item is explained').toEqual([]);
  });
});
