// What the catalogs cite, checked against the identifiers we keep as data (assessments/references/): every
// reference of every current edition names a known source and a known, verified identifier of it, so a typo
// or a withdrawn number fails here. And the checks a P-mark consultant would make first: no current edition
// cites JIS Q 15001:2017, every item that speaks of breach reporting cites where the rules live (section 3-5
// of the PPC guideline or Enforcement Rules Arts. 7-10), and My Number items appear only to a business that
// says it handles My Numbers.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { catalogItems, itemApplies, profileFlags, type ScopingProfile } from '../../assessments';
import { allEditions, currentEditions, edition, itemText, repoRoot } from '../support/catalog-files';

type Localized = { ja: string; en: string };
type Source = { source: string; title: Localized; withdrawn?: boolean };
type Known = { source: string; id: string; title: Localized; verified: boolean; withdrawn?: boolean; note: string };

const dir = path.join(repoRoot, 'assessments/references');
const sources = parse(fs.readFileSync(path.join(dir, 'sources.yaml'), 'utf8')) as Source[];
const listFiles = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'sources.yaml');
const known: Known[] = listFiles.flatMap((f) => parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Known[]);
const byKey = new Map(known.map((k) => [`${k.source} ${k.id}`, k]));
// Longest first, so "PPC-GL-Records 4-2-1" is not read as "PPC-GL" with the id "-Records 4-2-1".
const prefixes = sources.map((s) => s.source).sort((a, b) => b.length - a.length);

/**
 * The known identifier a reference resolves to, or why it does not. "IPA Q7" has no space; a trailing
 * sub-paragraph ("(2)", "(5)(iii)") is dropped when the exact identifier is not listed; a requirement cited by
 * its chapter and title ("JIPDEC J.9「委託先の監督」") resolves to the chapter.
 */
function resolve(ref: string): { ok: true; entry: Known; source: Source } | { ok: false; why: string } {
  const prefix = prefixes.find((s) => ref.startsWith(`${s} `) || (s === 'IPA Q' && /^IPA Q\d+$/.test(ref)));
  if (!prefix) return { ok: false, why: 'unknown source' };
  let id = ref.slice(prefix.length).trim().replace(/「[^」]+」$/, '');
  while (!byKey.has(`${prefix} ${id}`) && /\([^()]*\)$/.test(id)) id = id.replace(/\([^()]*\)$/, '');
  const entry = byKey.get(`${prefix} ${id}`);
  return entry ? { ok: true, entry, source: sources.find((s) => s.source === prefix)! } : { ok: false, why: `"${id}" is not a known ${prefix} identifier` };
}

const current = currentEditions().flatMap((c) => catalogItems(c).map((item) => ({ catalog: c, item })));

describe('the known identifiers (assessments/references)', () => {
  it('list each source once, titled in both languages, and mark JIS Q 15001:2017 withdrawn', () => {
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const s of sources) expect(s.title.ja && s.title.en, s.source).toBeTruthy();
    expect(sources.find((s) => s.source === 'JIS Q 15001:2017')?.withdrawn).toBe(true);
  });

  it('list each identifier once, of a known source, titled in both languages, saying what it was checked against', () => {
    const keys = known.map((k) => `${k.source} ${k.id}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i), 'listed twice').toEqual([]);
    for (const k of known) {
      const where = `${k.source} ${k.id}`;
      expect(prefixes, `${where}: unknown source`).toContain(k.source);
      expect(k.title.ja.length * k.title.en.length, `${where}: title`).toBeGreaterThan(0);
      expect(typeof k.verified, where).toBe('boolean');
      expect(k.note.length, `${where}: say what it was checked against, or why it is listed unverified`).toBeGreaterThan(10);
    }
    expect(known.filter((k) => k.source === 'IPA Q').map((k) => Number(k.id)).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });
});

describe('every reference of the current editions', () => {
  it('resolves to a known identifier', () => {
    const bad = current.flatMap(({ catalog, item }) =>
      item.references.flatMap((ref) => {
        const r = resolve(ref);
        return r.ok ? [] : [`${catalog.id}/${item.id}: ${ref} (${r.why})`];
      }),
    );
    expect(bad).toEqual([]);
  });

  it('cites only identifiers that were verified (an unverified number is cited by its chapter and title instead)', () => {
    const unverified = current.flatMap(({ catalog, item }) =>
      item.references.flatMap((ref) => {
        const r = resolve(ref);
        return r.ok && !r.entry.verified ? [`${catalog.id}/${item.id}: ${ref}`] : [];
      }),
    );
    expect(unverified).toEqual([]);
  });

  it('names no withdrawn source: no JIS Q 15001:2017 anywhere in a current edition', () => {
    const old = current.flatMap(({ catalog, item }) =>
      item.references.filter((ref) => ref.includes('JIS Q 15001:2017') || (resolve(ref) as { source?: Source }).source?.withdrawn).map((ref) => `${catalog.id}/${item.id}: ${ref}`),
    );
    expect(old).toEqual([]);
    for (const c of currentEditions()) expect(JSON.stringify(c), c.id).not.toContain('15001:2017');
  });

  it('cites section 3-5 of the guideline or Enforcement Rules Arts. 7-10 wherever an item speaks of breach reporting', () => {
    const speaksOfReporting =
      /漏えい等の報告|個人情報保護委員会への報告|個人情報保護委員会に報告|委員会への(漏えい等の)?報告|速報|確報|report of leakage|preliminary report|final report|report(?:s|ed|ing)?\b[^.]{0,40}\bto the (?:PPC|Personal Information Protection Commission)/i;
    const citesRules = (r: string) => /^PPC-GL 3-5(\b|-)/.test(r) || /^Enf\. Rules Art\. (7|8|9|10)\b/.test(r) || /^PPC-GL-MyNumber (Annex2|3-6)/.test(r);
    // The items the issue names, and every item whose text speaks of reporting.
    const named = ['APPI-ORG-05', 'APPI-ORG-14', 'APPI-ORG-16', 'APPI-ORG-17', 'APPI-ORG-18', 'PMS-SUP-13', 'PMS-MGT-04', 'PMS-MGT-05', 'PMS-MGT-06', 'PMS-MGT-07', 'PMS-MGT-08', 'QC-ORG-06'];
    const reporting = current.filter(({ item }) => named.includes(item.id) || speaksOfReporting.test(itemText(item)));
    expect(reporting.length).toBeGreaterThan(named.length);
    const missing = reporting.filter(({ item }) => !item.references.some(citesRules)).map(({ catalog, item }) => `${catalog.id}/${item.id}`);
    expect(missing).toEqual([]);
  });

  it('cites the guideline sections on supervision wherever an item cites APPI Art. 24 or 25', () => {
    const missing = current.flatMap(({ item }) => [
      ...(item.references.some((r) => /^APPI Art\. 24\b/.test(r)) && !item.references.includes('PPC-GL 3-4-3') ? [`${item.id}: 3-4-3`] : []),
      ...(item.references.some((r) => /^APPI Art\. 25\b/.test(r)) && !item.references.includes('PPC-GL 3-4-4') ? [`${item.id}: 3-4-4`] : []),
    ]);
    expect(missing).toEqual([]);
  });
});

describe('My Number items', () => {
  const everythingYes = Object.fromEntries(profileFlags.map((f) => [f, 'yes'])) as Record<(typeof profileFlags)[number], 'yes'>;
  const handles = (answer: 'yes' | 'no' | 'unsure'): ScopingProfile => ({ employees: 20, individuals: 1000, ...everythingYes, handlesMyNumbers: answer });
  const mentions = /マイナンバー|特定個人情報|個人番号|My Number|Individual Number/;
  // An item about My Numbers: in the My Number domain, or asking about them (a general item may name the My Number
  // Act among examples in its guidance, as the list of laws does, and still apply to every business).
  const concerned = current.filter(({ item }) => item.id.startsWith('APPI-MYN-') || mentions.test(`${item.title.ja} ${item.title.en} ${item.question.ja} ${item.question.en}`));

  it('exist: the APPI-MYN domain of the current APPI edition, each citing the My Number guideline', () => {
    const myn = edition('appi-safeguards', 2).domains.find((d) => d.id === 'APPI-MYN')!;
    expect(myn.items).toHaveLength(29);
    for (const item of myn.items) expect(item.references.some((r) => r.startsWith('PPC-GL-MyNumber ')), item.id).toBe(true);
  });

  it('appear only when the scoping answer says the business handles My Numbers (whatever else it answers)', () => {
    expect(concerned.map(({ item }) => item.id)).toContain('PMS-PLAN-12');
    expect(concerned.length).toBeGreaterThanOrEqual(30);
    const shownWithout = concerned.filter(({ item }) => itemApplies(item.appliesWhen, handles('no'))).map(({ catalog, item }) => `${catalog.id}/${item.id}`);
    expect(shownWithout).toEqual([]);
    const hiddenWith = concerned.filter(({ item }) => !itemApplies(item.appliesWhen, handles('yes'))).map(({ item }) => item.id);
    expect(hiddenWith).toEqual([]);
    // "Not sure" is treated cautiously, as yes.
    expect(concerned.every(({ item }) => itemApplies(item.appliesWhen, handles('unsure')))).toBe(true);
  });

  it('are not in the first editions, which assessments answered before the flag existed keep', () => {
    const first = allEditions().filter((c) => c.version === 1).flatMap((c) => catalogItems(c));
    expect(first.filter((i) => i.id.startsWith('APPI-MYN-'))).toEqual([]);
  });
});
