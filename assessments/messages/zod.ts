// Turns zod's issues into Problems. Schemas in the domain core use problem codes as their messages (e.g.
// `.min(1, 'field.required')`), which pass through as they are; zod's own issues are mapped by kind, and the
// input decides between "is missing" and "must be a list, not text".
import type { z } from 'zod';
import { isProblemCode, type Problem, problem } from './problem';

export type FieldProblem = { path: string; segments: readonly PropertyKey[]; problem: Problem };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): { found: boolean; value?: unknown } {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return { found: false };
    if (!Object.prototype.hasOwnProperty.call(current, key as string)) return { found: false };
    current = (current as Record<PropertyKey, unknown>)[key as string];
  }
  return { found: true, value: current };
}

function kindOf(value: unknown): Problem {
  if (value === null) return problem('type.null');
  if (Array.isArray(value)) return problem('type.array');
  switch (typeof value) {
    case 'string':
      return problem('type.string');
    case 'number':
      return problem(Number.isInteger(value) ? 'type.int' : 'type.number');
    case 'boolean':
      return problem('type.boolean');
    case 'object':
      return problem('type.object');
    default:
      return problem('type.other');
  }
}

function expectedKind(expected: string): Problem {
  switch (expected) {
    case 'string':
      return problem('type.string');
    case 'number':
      return problem('type.number');
    case 'int':
      return problem('type.int');
    case 'boolean':
      return problem('type.boolean');
    case 'array':
      return problem('type.array');
    case 'object':
    case 'record':
    case 'map':
      return problem('type.object');
    default:
      return problem('type.other');
  }
}

/** One zod issue as a Problem; `data` is what was checked, to tell a missing field from a wrong one. */
export function problemOfIssue(issue: z.core.$ZodIssue, data: unknown): Problem {
  const params = (issue as { params?: Record<string, string | number> }).params;
  if (isProblemCode(issue.message)) {
    const limits: Record<string, string | number> = {};
    if (issue.code === 'too_small') limits.min = Number(issue.minimum);
    if (issue.code === 'too_big') limits.max = Number(issue.maximum);
    return problem(issue.message, { ...limits, ...params });
  }
  const at = valueAt(data, issue.path);
  if ((!at.found || at.value === undefined) && issue.code !== 'unrecognized_keys' && issue.code !== 'custom') return problem('field.missing');
  switch (issue.code) {
    case 'invalid_type':
      return problem('field.wrong-type', { expected: expectedKind(issue.expected), actual: kindOf(at.value) });
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? problem('field.required') : problem('field.too-short', { min });
      if (issue.origin === 'array' || issue.origin === 'set') return problem('field.too-few', { min });
      return problem('field.too-small', { min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return problem('field.too-long', { max });
      if (issue.origin === 'array' || issue.origin === 'set') return problem('field.too-many', { max });
      return problem('field.too-large', { max });
    }
    case 'invalid_value':
      return problem('field.not-one-of', { values: issue.values.map((v) => JSON.stringify(v)).join(', ') });
    case 'unrecognized_keys':
      return problem('field.unknown-fields', { keys: issue.keys.map((k) => `"${k}"`).join(', ') });
    case 'invalid_format':
      if (issue.format === 'datetime') return problem('field.datetime');
      if (issue.format === 'date') return problem('field.date');
      return problem('field.bad-format');
    case 'not_multiple_of':
      return problem('field.not-whole');
    case 'invalid_key': {
      // The key itself failed its schema (a record's key): say what a key must look like.
      const nested = issue.issues[0]?.message;
      return isProblemCode(nested) ? problem(nested) : problem('field.bad-key', { key: String(issue.path.at(-1) ?? '') });
    }
    default:
      return problem('field.invalid');
  }
}

/** Every issue of a failed parse, each with its field path. Unknown keys point at the key itself. */
export function fieldProblems(error: z.ZodError, data: unknown): FieldProblem[] {
  return error.issues.map((issue) => {
    const segments = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]!] : issue.path;
    return { path: formatPath(segments), segments, problem: problemOfIssue(issue, data) };
  });
}

/** The first problem of a failed parse as one Problem ("at path: problem", plus how many more). */
export function firstFieldProblem(error: z.ZodError, data: unknown): Problem {
  const all = fieldProblems(error, data);
  const first = all[0];
  if (!first) return problem('field.invalid');
  const at = problem('field.at', { path: first.path, problem: first.problem });
  return all.length > 1 ? problem('field.more-problems', { first: at, more: all.length - 1 }) : at;
}
