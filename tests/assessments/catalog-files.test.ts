// A user's own catalog file: accepted when valid, otherwise refused with errors that name the file, the field
// path and the line — and nothing is stored.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatCatalogError, parseCatalogText } from '../../assessments';
import { CatalogFileError, openCatalogLibrary } from '../../electron/services/catalog-library';
import { removeDir, tempDir } from '../support/temp';
import { builtInCatalogsDir } from '../support/workspace';

const valid = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/catalogs/valid-custom.yaml'), 'utf8');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

function errorsOf(text: string) {
  const result = parseCatalogText(text, 'mine.yaml');
  if (result.ok) throw new Error('expected errors');
  return result.errors.map(formatCatalogError);
}

describe('parsing a catalog file', () => {
  it('accepts a valid file', () => {
    expect(parseCatalogText(valid, 'mine.yaml')).toMatchObject({ ok: true, catalog: { id: 'sakura-house-rules' } });
  });

  it('names the line and path of an unknown field', () => {
    expect(errorsOf(valid.replace('        weight: 2\n', '        weight: 2\n        wieght: 3\n'))).toEqual([
      'mine.yaml:25 domains[0].items[0].wieght: unknown field "wieght"',
    ]);
  });

  it('refuses a missing translation, pointing at its parent', () => {
    const errors = errorsOf(valid.replace("title: {ja: 来客名簿の管理, en: Visitor book}", 'title: {ja: 来客名簿の管理}'));
    expect(errors).toEqual(['mine.yaml:13 domains[0].items[0].title.en: is missing']);
  });

  it('refuses an empty translation', () => {
    expect(errorsOf(valid.replace('en: Visitor book', 'en: "  "'))[0]).toMatch(/:13 domains\[0\]\.items\[0\]\.title\.en: English text is missing/);
  });

  it('refuses duplicate ids and says where the first one is', () => {
    const doubled = valid.replace(/( {6}- id: HR-DESK-01[\s\S]*)$/, '$1$1');
    expect(errorsOf(doubled)).toEqual([
      expect.stringMatching(/^mine\.yaml:\d+ domains\[0\]\.items\[1\]\.id: duplicate id "HR-DESK-01" \(first used at domains\.0\.items\.0\.id\)$/),
    ]);
  });

  it('refuses a bad enum value with its line', () => {
    expect(errorsOf(valid.replace('priority: P3', 'priority: urgent'))[0]).toMatch(/^mine\.yaml:20 domains\[0\]\.items\[0\]\.action\.priority: /);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(errorsOf('id: x\nversion: [1\n')[0]).toMatch(/^mine\.yaml:\d+ \(syntax\): /);
  });

  it('refuses duplicate keys and prototype keys', () => {
    expect(errorsOf(valid.replace('version: 1\n', 'version: 1\nversion: 2\n'))[0]).toMatch(/\(syntax\)/);
    expect(errorsOf(valid.replace('version: 1\n', 'version: 1\n__proto__: {polluted: true}\n'))[0]).toMatch(/unknown field "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('importing a custom catalog into a data folder', () => {
  it('stores a valid file under its id and version and lists it', () => {
    const dir = tempDir();
    dirs.push(dir);
    const customDir = path.join(dir, 'catalogs');
    const library = openCatalogLibrary(builtInCatalogsDir, customDir);
    const summary = library.importCatalog('../../etc/whatever.yaml', valid);
    expect(summary).toMatchObject({ id: 'sakura-house-rules', version: 1, itemCount: 1, source: 'custom' });
    expect(fs.readdirSync(customDir)).toEqual(['sakura-house-rules@1.yaml']);
    expect(fs.statSync(path.join(customDir, 'sakura-house-rules@1.yaml')).mode & 0o777).toBe(0o600);
    const reopened = openCatalogLibrary(builtInCatalogsDir, customDir);
    expect(reopened.list().map((c) => c.id)).toContain('sakura-house-rules');
  });

  it.each([
    ['an invalid file', valid.replace('weight: 2', 'weight: 7'), /1 error\(s\):\nmine\.yaml:24 domains\[0\]\.items\[0\]\.weight/],
    ['a built-in id', valid.replace('id: sakura-house-rules', 'id: appi-safeguards'), /id of a built-in catalog/],
    ['garbage', '\u0000\u0001garbage: [', /error/],
    ['a file over 5 MB', `# ${'x'.repeat(5 * 1024 * 1024)}\n${valid}`, /larger than/],
  ])('refuses %s and stores nothing', (_name, text, message) => {
    const dir = tempDir();
    dirs.push(dir);
    const library = openCatalogLibrary(builtInCatalogsDir, path.join(dir, 'catalogs'));
    expect(() => library.importCatalog('mine.yaml', text)).toThrow(message);
    expect(() => library.importCatalog('mine.yaml', text)).toThrow(CatalogFileError);
    expect(fs.existsSync(path.join(dir, 'catalogs'))).toBe(false);
    expect(library.has('sakura-house-rules')).toBe(false);
  });

  it('refuses the same id and version twice, and keeps the first', () => {
    const dir = tempDir();
    dirs.push(dir);
    const library = openCatalogLibrary(builtInCatalogsDir, path.join(dir, 'catalogs'));
    library.importCatalog('mine.yaml', valid);
    const before = fs.readFileSync(path.join(dir, 'catalogs/sakura-house-rules@1.yaml'), 'utf8');
    expect(() => library.importCatalog('mine.yaml', valid.replace('Visitor book', 'Changed'))).toThrow(/already imported/);
    expect(fs.readFileSync(path.join(dir, 'catalogs/sakura-house-rules@1.yaml'), 'utf8')).toBe(before);
    library.importCatalog('mine-v2.yaml', valid.replace('version: 1', 'version: 2'));
    expect(library.get('sakura-house-rules').version).toBe(2);
    expect(library.getVersion('sakura-house-rules', 1).version).toBe(1);
  });
});
