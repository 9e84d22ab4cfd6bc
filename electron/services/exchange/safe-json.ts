// A strict JSON reader for files from outside (imports). JSON.parse would accept what we must refuse:
// duplicate keys (the last silently wins), "__proto__"/"constructor"/"prototype" keys, and nesting deep
// enough to exhaust the stack. This reader refuses each with the line and the path where it occurs.
import { problem, type Problem, type ProblemCode } from '../../../assessments';

/** A character as it can be shown in a message: control characters as \uXXXX. */
function visible(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
    ? `\\u${code.toString(16).padStart(4, '0')}`
    : char;
}

export type SafeJsonLimits = { maxDepth: number; maxStringLength: number; maxKeys: number };

export const defaultLimits: SafeJsonLimits = { maxDepth: 64, maxStringLength: 100 * 1024 * 1024, maxKeys: 1_000_000 };

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

export class UnsafeJsonError extends Error {
  override readonly name = 'UnsafeJsonError';
  /** "line 3, at assessment.answers: the key "x" appears twice", as data. */
  readonly problem: Problem;
  constructor(
    readonly line: number,
    readonly path: string,
    readonly detail: Problem,
  ) {
    super(`line ${line}, at ${path || '(top level)'}: ${detail.code}`);
    this.problem = problem('json.at', { line, path, problem: detail });
  }
}

export function parseSafeJson(text: string, limits: SafeJsonLimits = defaultLimits): unknown {
  let i = 0;
  let line = 1;
  let keys = 0;
  const path: (string | number)[] = [];
  const where = () => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
  const fail = (code: ProblemCode, params?: Record<string, string | number>): never => {
    throw new UnsafeJsonError(line, where(), problem(code, params));
  };
  const skipSpace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) line += 1;
      else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) break;
      i += 1;
    }
  };
  const readString = (): string => {
    const start = i + 1;
    let j = start;
    let simple = true;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c === 0x22) break;
      if (c === 0x5c) {
        simple = false;
        j += 2;
        continue;
      }
      if (c < 0x20) fail('json.control-in-string');
      j += 1;
    }
    if (j >= text.length) fail('json.string-not-closed');
    if (j - start > limits.maxStringLength) fail('json.string-too-long');
    const raw = text.slice(i, j + 1);
    i = j + 1;
    if (simple) return raw.slice(1, -1);
    try {
      return JSON.parse(raw) as string;
    } catch {
      return fail('json.bad-escape');
    }
  };
  const value = (depth: number): unknown => {
    if (depth > limits.maxDepth) fail('json.too-deep', { limit: limits.maxDepth });
    skipSpace();
    const c = text[i];
    if (c === '{') {
      i += 1;
      const object: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      skipSpace();
      if (text[i] === '}') {
        i += 1;
        return { ...object };
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail('json.key-expected');
        const key = readString();
        if (forbiddenKeys.has(key)) fail('json.forbidden-key', { key });
        if (Object.prototype.hasOwnProperty.call(object, key)) fail('json.duplicate-key', { key: key.slice(0, 100) });
        keys += 1;
        if (keys > limits.maxKeys) fail('json.too-many-keys');
        skipSpace();
        if (text[i] !== ':') fail('json.colon-expected');
        i += 1;
        path.push(key);
        object[key] = value(depth + 1);
        path.pop();
        skipSpace();
        if (text[i] === ',') {
          i += 1;
          continue;
        }
        if (text[i] === '}') {
          i += 1;
          return { ...object };
        }
        fail(i >= text.length ? 'json.ends-in-object' : 'json.comma-or-brace');
      }
    }
    if (c === '[') {
      i += 1;
      const array: unknown[] = [];
      skipSpace();
      if (text[i] === ']') {
        i += 1;
        return array;
      }
      for (;;) {
        path.push(array.length);
        array.push(value(depth + 1));
        path.pop();
        skipSpace();
        if (text[i] === ',') {
          i += 1;
          continue;
        }
        if (text[i] === ']') {
          i += 1;
          return array;
        }
        fail(i >= text.length ? 'json.ends-in-list' : 'json.comma-or-bracket');
      }
    }
    if (c === '"') return readString();
    const literal = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 40));
    if (!literal) return fail(i >= text.length ? 'json.ends-early' : 'json.unexpected-character', { char: visible(text[i] ?? '') });
    i += literal[0].length;
    return JSON.parse(literal[0]) as unknown;
  };
  const result = value(1);
  skipSpace();
  if (i < text.length) fail('json.trailing-content');
  return result;
}
