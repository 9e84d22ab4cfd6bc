// Turns a catalog file (YAML or JSON, as bytes or text) into a checked Catalog, or into a list of errors that
// each name the file, the line and the field path, so a user can fix their own catalog file.
//
// A catalog file is untrusted input, and a YAML parser can be made to work for minutes on a small file (a
// map with hundreds of thousands of keys, alias bombs, deep nesting). So the cost is bounded before and
// while parsing: a linear pre-scan refuses files with too many lines or structural characters to be a
// catalog; aliases, anchors and tags are refused; nodes and depth are counted; duplicate keys are found
// with one Set per map (the YAML library's own check is quadratic).
import { isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLError } from 'yaml';
import { problem, type Problem } from '../messages/problem';
import { fieldProblems, formatPath } from '../messages/zod';
import { Catalog } from './schema';

export { formatPath };

export type CatalogError = { file: string; path: string; line: number | null; problem: Problem };
export type CatalogParseResult = { ok: true; catalog: Catalog } | { ok: false; errors: CatalogError[] };

export const MAX_CATALOG_BYTES = 5 * 1024 * 1024;
/** Far above any real catalog (the largest built-in one has about 3,800 lines and 6,000 of these). */
export const CATALOG_LIMITS = { lines: 100_000, structure: 30_000, nodes: 40_000, depth: 32, flowDepth: 64, indent: 200 } as const;

const structural = new Set([0x3a /* : */, 0x2c /* , */, 0x7b /* { */, 0x5b /* [ */]);

export function catalogError(file: string, path: string, line: number | null, p: Problem): CatalogError {
  return { file, path, line, problem: p };
}

/** "file:12 domains[0].items[3].weight: must be 1, 2 or 3" as a Problem, for one line per error. */
export function catalogErrorProblem(error: CatalogError): Problem {
  return problem('catalog.error', {
    file: error.file,
    line: error.line === null ? '' : problem('catalog.line', { line: error.line }),
    path: error.path,
    problem: error.problem,
  });
}

/** Bytes to text: UTF-8 only, every invalid byte refused with its line (never silently replaced). */
export function decodeCatalogBytes(bytes: Uint8Array, file: string): { ok: true; text: string } | { ok: false; errors: CatalogError[] } {
  if (bytes.length > MAX_CATALOG_BYTES) return { ok: false, errors: [catalogError(file, '', null, problem('catalog.too-large', { limit: MAX_CATALOG_BYTES }))] };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    return { ok: false, errors: [catalogError(file, '', line, problem('catalog.not-utf8', { line }))] };
  }
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return line;
    for (let k = 1; k <= need; k += 1) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return line;
    if (b === 0x0a) line += 1;
    i += need + 1;
  }
  return line;
}

/** One pass over the characters: cheap limits that keep the parser's work small whatever the file holds. */
function prescan(text: string, file: string): CatalogError | null {
  let lines = 1;
  let structure = 0;
  let flow = 0;
  let indent = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      lines += 1;
      indent = 0;
      if (lines > CATALOG_LIMITS.lines) return catalogError(file, '', lines, problem('catalog.too-many-lines', { limit: CATALOG_LIMITS.lines }));
      // Block nesting needs ever deeper indentation: far deeper than any catalog is nesting no one needs.
      while (text.charCodeAt(i + 1 + indent) === 0x20) indent += 1;
      if (indent > CATALOG_LIMITS.indent) return catalogError(file, '', lines, problem('catalog.too-deep', { limit: CATALOG_LIMITS.depth }));
    } else if (structural.has(c) || (c === 0x2d /* - */ && text.charCodeAt(i + 1) === 0x20)) {
      structure += 1;
      if (structure > CATALOG_LIMITS.structure) return catalogError(file, '', lines, problem('catalog.too-many-nodes', { limit: CATALOG_LIMITS.nodes }));
      if (c === 0x7b || c === 0x5b) {
        flow += 1;
        if (flow > CATALOG_LIMITS.flowDepth) return catalogError(file, '', lines, problem('catalog.too-deep', { limit: CATALOG_LIMITS.depth }));
      }
    } else if (c === 0x7d || c === 0x5d) {
      flow = Math.max(0, flow - 1);
    }
  }
  return null;
}

type Walk = { errors: CatalogError[]; nodes: number };

/** Refuses what a catalog never needs (aliases, anchors, tags), counts nodes and depth, finds duplicate keys. */
function walk(root: unknown, file: string, lineOf: (offset: number) => number): Walk {
  const result: Walk = { errors: [], nodes: 0 };
  const stack: { node: unknown; path: (string | number)[]; depth: number }[] = [{ node: root, path: [], depth: 0 }];
  const fail = (node: Node | null, path: (string | number)[], p: Problem) => {
    result.errors.push(catalogError(file, formatPath(path), node?.range ? lineOf(node.range[0]) : null, p));
  };
  while (stack.length > 0 && result.errors.length < 20) {
    const { node, path, depth } = stack.pop()!;
    if (node === null || node === undefined) continue;
    if (isAlias(node)) {
      fail(node, path, problem('catalog.alias', { name: node.source }));
      continue;
    }
    if (!isNode(node)) continue;
    result.nodes += 1;
    if (result.nodes > CATALOG_LIMITS.nodes) {
      fail(node, path, problem('catalog.too-many-nodes', { limit: CATALOG_LIMITS.nodes }));
      break;
    }
    if (depth > CATALOG_LIMITS.depth) {
      fail(node, path, problem('catalog.too-deep', { limit: CATALOG_LIMITS.depth }));
      continue;
    }
    if (node.anchor) fail(node, path, problem('catalog.anchor', { name: node.anchor }));
    if (node.tag) fail(node, path, problem('catalog.tag', { tag: node.tag }));
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : null;
        if (key === null) {
          if (isNode(pair.key)) stack.push({ node: pair.key, path, depth: depth + 1 });
          fail(isNode(pair.key) ? pair.key : node, path, problem('field.bad-key', { key: '?' }));
          continue;
        }
        if (seen.has(key)) fail(pair.key as Node, [...path, key], problem('catalog.duplicate-key', { key }));
        seen.add(key);
        result.nodes += 1;
        if (isNode(pair.key) && (pair.key.anchor || pair.key.tag)) stack.push({ node: pair.key, path: [...path, key], depth: depth + 1 });
        stack.push({ node: pair.value, path: [...path, key], depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => stack.push({ node: isPair(item) ? item.value : item, path: [...path, i], depth: depth + 1 }));
    } else if (isCollection(node)) {
      fail(node, path, problem('field.invalid'));
    }
  }
  return result;
}

export function parseCatalogText(text: string, file: string): CatalogParseResult {
  if (text.length > MAX_CATALOG_BYTES) {
    return { ok: false, errors: [catalogError(file, '', null, problem('catalog.too-large', { limit: MAX_CATALOG_BYTES }))] };
  }
  const refused = prescan(text, file);
  if (refused) return { ok: false, errors: [refused] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true, stringKeys: false });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    return { ok: false, errors: doc.errors.slice(0, 20).map((e) => catalogError(file, '', e.pos ? lineOf(e.pos[0]) : null, syntaxProblem(e.code))) };
  }
  const checked = walk(doc.contents, file, lineOf);
  if (checked.errors.length > 0) return { ok: false, errors: checked.errors };
  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  const parsed = Catalog.safeParse(data);
  if (parsed.success) return { ok: true, catalog: parsed.data };
  return {
    ok: false,
    errors: fieldProblems(parsed.error, data).map((f) => catalogError(file, f.path, lineAt(doc, lineCounter, f.segments), f.problem)),
  };
}

function syntaxProblem(code: YAMLError['code']): Problem {
  const detail = (() => {
    switch (code) {
      case 'MULTIPLE_DOCS':
        return null;
      case 'BAD_INDENT':
        return problem('yaml.bad-indent');
      case 'TAB_AS_INDENT':
        return problem('yaml.tab-indent');
      case 'MISSING_CHAR':
        return problem('yaml.missing-char');
      case 'BLOCK_AS_IMPLICIT_KEY':
      case 'MULTILINE_IMPLICIT_KEY':
      case 'NON_STRING_KEY':
      case 'DUPLICATE_KEY':
        return problem('yaml.bad-key');
      case 'BAD_DQ_ESCAPE':
        return problem('yaml.bad-escape');
      case 'BAD_SCALAR_START':
        return problem('yaml.bad-scalar');
      case 'UNEXPECTED_TOKEN':
      case 'BLOCK_IN_FLOW':
        return problem('yaml.unexpected');
      default:
        return problem('yaml.other', { code });
    }
  })();
  return detail ? problem('catalog.syntax', { detail }) : problem('catalog.not-one-document');
}

/** Bytes from a file or an upload: decoded strictly, then parsed. */
export function parseCatalogBytes(bytes: Uint8Array, file: string): CatalogParseResult {
  const decoded = decodeCatalogBytes(bytes, file);
  return decoded.ok ? parseCatalogText(decoded.text, file) : decoded;
}

/** The line of the deepest node on the path that exists in the document (a missing field points at its parent). */
function lineAt(doc: ReturnType<typeof parseDocument>, lineCounter: LineCounter, path: readonly PropertyKey[]): number | null {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const keys = path.slice(0, depth).map((k) => (typeof k === 'symbol' ? String(k) : k));
    const node = depth === 0 ? doc.contents : doc.getIn(keys, true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    if (depth > 0 && typeof keys[depth - 1] === 'string') {
      // An unknown key has no value node reachable through getIn: find the key itself.
      const parent = depth === 1 ? doc.contents : doc.getIn(keys.slice(0, -1), true);
      if (isMap(parent)) {
        for (const pair of parent.items) {
          const key = pair.key;
          if (isScalar(key) && key.value === keys[depth - 1] && key.range) return lineCounter.linePos(key.range[0]).line;
        }
      }
    }
  }
  return null;
}
