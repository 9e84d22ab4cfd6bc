// What went wrong, as data: a stable code and its parameters (file, line, field path, limit …). Services,
// the domain core and the CLI produce Problems; the renderer and the CLI word them in the user's language
// (formatProblem), so no English sentence built inside a service ever reaches a Japanese screen.
import type { Language } from '../model/language';
import { problemsEn, type ProblemCode } from './en';
import { problemsJa } from './ja';

export type { ProblemCode } from './en';

export type ProblemParam = string | number | Problem | readonly Problem[];
export type Problem = { code: ProblemCode; params?: Readonly<Record<string, ProblemParam>> };

const templates: Record<Language, Record<ProblemCode, string>> = { en: problemsEn, ja: problemsJa };

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(problemsEn, value);
}

export function problem(code: ProblemCode, params?: Record<string, ProblemParam>): Problem {
  return params ? { code, params } : { code };
}

export function isProblem(value: unknown): value is Problem {
  return !!value && typeof value === 'object' && isProblemCode((value as { code?: unknown }).code);
}

const quantities = new Set(['limit', 'count', 'size', 'bytes', 'more', 'actual', 'stated', 'min', 'max']);

const listSeparator: Record<Language, string> = { en: '; ', ja: '／' };

function formatParam(key: string, value: ProblemParam | undefined, language: Language): string {
  if (value === undefined) return '';
  // Quantities get thousands separators; identifiers (line numbers, versions, process ids) read as they are.
  if (typeof value === 'number') return quantities.has(key) ? new Intl.NumberFormat(language === 'ja' ? 'ja-JP' : 'en-GB').format(value) : String(value);
  if (typeof value === 'string') {
    // A field path of '' is the document itself.
    if (key === 'path' && value === '') return templates[language]['path.top-level'];
    return value;
  }
  if (Array.isArray(value)) return (value as readonly Problem[]).map((p) => formatProblem(p, language)).join(listSeparator[language]);
  return formatProblem(value as Problem, language);
}

/** The problem in one language, its parameters filled in (nested problems in the same language). */
export function formatProblem(p: Problem, language: Language): string {
  const template = templates[language][p.code] ?? problemsEn[p.code] ?? p.code;
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => formatParam(key, p.params?.[key], language));
}
