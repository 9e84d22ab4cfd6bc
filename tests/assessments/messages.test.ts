// Every message a person can be shown, in both languages: each problem code has an English and a Japanese
// wording with the same parameters, every parameter filled in, and no English sentence in the Japanese.
// The UI strings, the messages and the current catalog editions use the glossary's terms (assessments/glossary.yaml).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatProblem, type ProblemCode } from '../../assessments';
import { problemsEn } from '../../assessments/messages/en';
import { problemsJa } from '../../assessments/messages/ja';
import { en } from '../../renderer/src/i18n/en';
import { ja } from '../../renderer/src/i18n/ja';
import { currentEditions, texts } from '../support/catalog-files';

const root = path.resolve(import.meta.dirname, '../..');
const codes = Object.keys(problemsEn) as ProblemCode[];
const paramsOf = (template: string) => [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

/** Every string of a nested message object, with its key path. */
function strings(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
}

// Words that stay in Latin letters in Japanese text: names, standards, formats, and the app's own terms.
const allowedLatin = /\b(Mamori|README|JIS|APPI|PPC|JIPDEC|IPA|JSON|YAML|UTF-8|SHA-256|ISO|ID|PDF|CSV|XLSX|Base64|true|false|application\/pdf|npm|mamori|catalogs|encryption\.json|index\.json|schemaVersion|Cookie|KB|MB|Pマーク|Enter|Ctrl|Esc|Tab|Shift)\b/g;

describe('problem messages', () => {
  it('exist in Japanese for every code, with the same parameters', () => {
    for (const code of codes) {
      expect(problemsJa[code], code).toBeTruthy();
      expect(paramsOf(problemsJa[code]), code).toEqual(paramsOf(problemsEn[code]));
    }
    expect(Object.keys(problemsJa).sort()).toEqual([...codes].sort());
  });

  it.each(['en', 'ja'] as const)('are worded in %s with every parameter filled in', (language) => {
    for (const code of codes) {
      const params = Object.fromEntries(paramsOf(problemsEn[code]).map((p) => [p, `«${p}»`]));
      const text = formatProblem({ code, params }, language);
      expect(text, code).not.toMatch(/\{\{|\}\}/);
      for (const name of Object.keys(params)) expect(text, `${code}: ${name}`).toContain(`«${name}»`);
      // A nested problem is worded in the same language.
      const nested = formatProblem({ code, params: { ...params, problem: { code: 'field.required' } } }, language);
      if ('problem' in params) expect(nested).toContain(language === 'ja' ? '入力してください' : 'is required');
    }
  });

  it('say nothing in English in Japanese', () => {
    for (const code of codes) {
      const words = problemsJa[code].replace(/\{\{\w+\}\}/g, '').replace(allowedLatin, '').match(/[A-Za-z]{3,}(?:\s+[A-Za-z]{3,}){2,}/g);
      expect(words, `${code}: ${problemsJa[code]}`).toBeNull();
    }
  });
});

describe('the UI strings', () => {
  it('say nothing in English in Japanese', () => {
    for (const [key, text] of strings(ja)) {
      const words = text.replace(/\{\{\w+\}\}/g, '').replace(allowedLatin, '').match(/[A-Za-z]{3,}(?:\s+[A-Za-z]{3,}){2,}/g);
      expect(words, `${key}: ${text}`).toBeNull();
    }
    expect(strings(ja).map(([k]) => k).sort()).toEqual(strings(en).map(([k]) => k).sort());
  });
});

/** Every visible text of the current editions (keywords aside), as [path, text]. */
function editionTexts(language: 'ja' | 'en'): [string, string][] {
  return currentEditions().flatMap((c) => texts(c, `${c.id}@${c.version}`).filter((t) => t.lang === language).map((t): [string, string] => [t.path, t.text]));
}

describe('the glossary', () => {
  type Term = { ja: string; en: string; avoid?: { ja?: string[]; en?: string[] }; except?: { ja?: string[]; en?: string[] } };
  const { terms } = parse(fs.readFileSync(path.join(root, 'assessments/glossary.yaml'), 'utf8')) as { terms: Term[] };

  /** The avoided variants found in a text, once the allowed longer phrases are taken out. */
  function offences(text: string, language: 'ja' | 'en'): string[] {
    const found: string[] = [];
    for (const term of terms) {
      let rest = text;
      for (const phrase of term.except?.[language] ?? []) rest = rest.split(phrase).join(' ');
      for (const variant of term.avoid?.[language] ?? []) {
        const hit = language === 'en' ? new RegExp(`\\b${variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(rest) : rest.includes(variant);
        if (hit) found.push(`${variant} → ${term[language]}`);
      }
    }
    return found;
  }

  it('has one term per idea, none avoided by another', () => {
    const preferred = new Set(terms.flatMap((t) => [t.ja, t.en]));
    for (const term of terms) for (const variant of [...(term.avoid?.ja ?? []), ...(term.avoid?.en ?? [])]) expect(preferred.has(variant), variant).toBe(false);
  });

  it.each([
    ['UI, Japanese', () => strings(ja), 'ja'],
    ['UI, English', () => strings(en), 'en'],
    ['messages, Japanese', () => Object.entries(problemsJa), 'ja'],
    ['messages, English', () => Object.entries(problemsEn), 'en'],
    // Keywords are left out: they are matched against the wording of published policies, old spellings included.
    ['current catalog editions, Japanese', () => editionTexts('ja'), 'ja'],
    ['current catalog editions, English', () => editionTexts('en'), 'en'],
  ] as const)('is followed by the %s', (_name, strings, language) => {
    for (const [key, text] of strings()) expect(offences(text, language), `${key}: ${text}`).toEqual([]);
  });

  it('holds the terms the catalogs and the UI must agree on', () => {
    const held = new Set(terms.map((t) => t.ja));
    for (const term of ['ウェブサイト', '持ち出し', '多要素認証', '毀損', '漏えい', '証跡', '個人情報保護管理者', '要配慮個人情報', '中小規模事業者']) expect(held.has(term), term).toBe(true);
  });
});
