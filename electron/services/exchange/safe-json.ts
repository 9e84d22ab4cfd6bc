// A strict JSON reader for files from outside (imports). JSON.parse would accept what we must refuse:
// duplicate keys (the last silently wins), "__proto__"/"constructor"/"prototype" keys, and nesting deep
// enough to exhaust the stack. This reader refuses each with the line and the path where it occurs.
export type SafeJsonLimits = { maxDepth: number; maxStringLength: number; maxKeys: number };

export const defaultLimits: SafeJsonLimits = { maxDepth: 64, maxStringLength: 100 * 1024 * 1024, maxKeys: 1_000_000 };

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

export class UnsafeJsonError extends Error {
  override readonly name = 'UnsafeJsonError';
  constructor(
    readonly line: number,
    readonly path: string,
    readonly problem: string,
  ) {
    super(`line ${line}, at ${path || '(top level)'}: ${problem}`);
  }
}

export function parseSafeJson(text: string, limits: SafeJsonLimits = defaultLimits): unknown {
  let i = 0;
  let line = 1;
  let keys = 0;
  const path: (string | number)[] = [];
  const where = () => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
  const fail = (problem: string): never => {
    throw new UnsafeJsonError(line, where(), problem);
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
      if (c < 0x20) fail('a control character inside a string');
      j += 1;
    }
    if (j >= text.length) fail('a string is not closed (the file may be cut off)');
    if (j - start > limits.maxStringLength) fail('a string is too long');
    const raw = text.slice(i, j + 1);
    i = j + 1;
    if (simple) return raw.slice(1, -1);
    try {
      return JSON.parse(raw) as string;
    } catch {
      return fail('a string has an invalid escape');
    }
  };
  const value = (depth: number): unknown => {
    if (depth > limits.maxDepth) fail(`nesting deeper than ${limits.maxDepth} levels`);
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
        if (text[i] !== '"') fail('expected a key in double quotes');
        const key = readString();
        if (forbiddenKeys.has(key)) fail(`the key "${key}" is not allowed`);
        if (Object.prototype.hasOwnProperty.call(object, key)) fail(`the key "${key}" appears twice`);
        keys += 1;
        if (keys > limits.maxKeys) fail('too many keys');
        skipSpace();
        if (text[i] !== ':') fail('expected ":" after a key');
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
        fail(i >= text.length ? 'the file ends inside an object (it may be cut off)' : 'expected "," or "}"');
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
        fail(i >= text.length ? 'the file ends inside a list (it may be cut off)' : 'expected "," or "]"');
      }
    }
    if (c === '"') return readString();
    const literal = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 40));
    if (!literal) return fail(i >= text.length ? 'the file ends too early (it may be cut off)' : `unexpected character "${text[i]}"`);
    i += literal[0].length;
    return JSON.parse(literal[0]) as unknown;
  };
  const result = value(1);
  skipSpace();
  if (i < text.length) fail('unexpected content after the end of the document');
  return result;
}
