// Turns the text of a catalog file (YAML or JSON) into a checked Catalog, or into a list of errors that
// each name the file, the field path and the line, so a user can fix their own catalog file.
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { Catalog } from './schema';

export type CatalogError = { file: string; path: string; line: number | null; message: string };
export type CatalogParseResult = { ok: true; catalog: Catalog } | { ok: false; errors: CatalogError[] };

export const MAX_CATALOG_BYTES = 5 * 1024 * 1024;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(top level)';
}

export function formatCatalogError(error: CatalogError): string {
  const where = error.line === null ? error.file : `${error.file}:${error.line}`;
  return `${where} ${error.path}: ${error.message}`;
}

export function parseCatalogText(text: string, file: string): CatalogParseResult {
  if (text.length > MAX_CATALOG_BYTES) {
    return { ok: false, errors: [{ file, path: '(file)', line: null, message: `is larger than ${MAX_CATALOG_BYTES} bytes` }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({
        file,
        path: '(syntax)',
        line: e.pos ? lineCounter.linePos(e.pos[0]).line : null,
        message: e.message.split('\n')[0] ?? e.message,
      })),
    };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  const parsed = Catalog.safeParse(data);
  if (parsed.success) return { ok: true, catalog: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((issue) => toError(issue, doc, lineCounter, file)) };
}

function toError(
  issue: z.core.$ZodIssue,
  doc: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
  file: string,
): CatalogError {
  let path: PropertyKey[] = [...issue.path];
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    const firstKey = issue.keys[0];
    if (firstKey !== undefined) path = [...path, firstKey];
  } else if (issue.code === 'invalid_type' && issue.input === undefined) {
    message = 'is missing';
  }
  return { file, path: formatPath(path), line: lineOf(doc, lineCounter, path), message };
}

/** The line of the deepest node on the path that exists in the document (a missing field points at its parent). */
function lineOf(doc: ReturnType<typeof parseDocument>, lineCounter: LineCounter, path: PropertyKey[]): number | null {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const keys = path.slice(0, depth).map((k) => (typeof k === 'symbol' ? String(k) : k));
    const node = depth === 0 ? doc.contents : doc.getIn(keys, true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    if (depth > 0 && typeof keys[depth - 1] === 'string') {
      // An unknown key has no value node we can reach by getIn on strict paths: find the key itself.
      const parent = depth === 1 ? doc.contents : doc.getIn(keys.slice(0, -1), true);
      if (isNode(parent) && 'items' in parent && Array.isArray(parent.items)) {
        for (const pair of parent.items as { key?: unknown }[]) {
          const key = pair.key;
          if (isNode(key) && 'value' in key && key.value === keys[depth - 1] && key.range) {
            return lineCounter.linePos(key.range[0]).line;
          }
        }
      }
    }
  }
  return null;
}
