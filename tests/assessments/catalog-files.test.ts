// A user's own catalog file: accepted when valid, otherwise refused with errors that name the file, the line
// and the field path — in English and Japanese — and nothing is stored. Hostile files (alias bombs, hundreds
// of thousands of keys, deep nesting, tags, invalid UTF-8) are refused quickly, with line and field.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogErrorProblem, formatProblem, parseCatalogBytes, parseCatalogText } from '../../assessments';
import { CatalogFileError, openCatalogLibrary } from '../../electron/services/catalog-library';
import { readOnly } from '../../electron/services/storage/managed-document';
import { noticeBoard } from '../../electron/services/storage/recovery';
import { hostileCatalogs } from '../fixtures/hostile-catalogs';
import { removeDir, tempDir } from '../support/temp';
import { builtInCatalogs } from '../support/workspace';

const valid = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/catalogs/valid-custom.yaml'), 'utf8');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

function errorsOf(text: string | Uint8Array, language: 'en' | 'ja' = 'en') {
  const result = typeof text === 'string' ? parseCatalogText(text, 'mine.yaml') : parseCatalogBytes(text, 'mine.yaml');
  if (result.ok) throw new Error('expected errors');
  return result.errors.map((e) => formatProblem(catalogErrorProblem(e), language));
}

/** A writer's library over a temporary data folder, as the app has it. */
function libraryIn(dir: string) {
  const notices = noticeBoard();
  const library = openCatalogLibrary(builtInCatalogs(), {
    dir: path.join(dir, 'catalogs'),
    writer: { check: () => undefined },
    quarantineDir: path.join(dir, 'quarantine'),
    notices,
    now: () => new Date('2026-11-29T00:00:00Z'),
  });
  return { library, notices };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parsing a catalog file', () => {
  it('accepts a valid file', () => {
    expect(parseCatalogText(valid, 'mine.yaml')).toMatchObject({ ok: true, catalog: { id: 'sakura-house-rules' } });
  });

  it('names the line and path of an unknown field, in both languages', () => {
    const text = valid.replace('        weight: 2\n', '        weight: 2\n        wieght: 3\n');
    expect(errorsOf(text)).toEqual(['mine.yaml:25 domains[0].items[0].wieght: unknown field "wieght"']);
    expect(errorsOf(text, 'ja')).toEqual(['mine.yaml（25 行目） domains[0].items[0].wieght：不明な項目 "wieght" があります']);
  });

  it('refuses a missing translation, pointing at its parent', () => {
    const errors = errorsOf(valid.replace('title: {ja: 来客名簿の管理, en: Visitor book}', 'title: {ja: 来客名簿の管理}'));
    expect(errors).toEqual(['mine.yaml:13 domains[0].items[0].title.en: is missing']);
  });

  it('names a wrong type as a wrong type, not as missing', () => {
    expect(errorsOf(valid.replace('version: 1', 'version: "one"'))).toEqual(['mine.yaml:3 version: must be a number, not text']);
    expect(errorsOf(valid.replace('weight: 2', 'weight: [2]'))).toEqual(['mine.yaml:24 domains[0].items[0].weight: must be 1, 2 or 3']);
  });

  it('refuses an empty translation', () => {
    expect(errorsOf(valid.replace('en: Visitor book', 'en: "  "'))[0]).toMatch(/:13 domains\[0\]\.items\[0\]\.title\.en: English text is missing/);
  });

  it('refuses duplicate ids and says where the first one is', () => {
    const doubled = valid.replace(/( {6}- id: HR-DESK-01[\s\S]*)$/, '$1$1');
    expect(errorsOf(doubled)).toEqual([
      expect.stringMatching(/^mine\.yaml:\d+ domains\[0\]\.items\[1\]\.id: duplicate id "HR-DESK-01" \(first used at domains\[0\]\.items\[0\]\.id\)$/),
    ]);
  });

  it('refuses a bad enum value with its line', () => {
    expect(errorsOf(valid.replace('priority: P3', 'priority: urgent'))[0]).toMatch(/^mine\.yaml:20 domains\[0\]\.items\[0\]\.action\.priority: must be one of/);
  });

  it('reports YAML syntax errors with their line, in words a person can act on', () => {
    expect(errorsOf('id: x\nversion: [1\n')[0]).toMatch(/^mine\.yaml:\d+ \(top level\): is not valid YAML or JSON: /);
    expect(errorsOf('id: x\nversion: [1\n', 'ja')[0]).toMatch(/（最上位）：YAML または JSON として読み取れません：/);
  });

  it('refuses duplicate keys and prototype keys', () => {
    expect(errorsOf(valid.replace('version: 1\n', 'version: 1\nversion: 2\n'))).toEqual(['mine.yaml:4 version: the key "version" appears twice']);
    expect(errorsOf(valid.replace('version: 1\n', 'version: 1\n__proto__: {polluted: true}\n'))[0]).toMatch(/unknown field "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('hostile catalog files', () => {
  it.each(hostileCatalogs())('refuses $name with a line and a field, quickly', ({ file, expected }) => {
    const errors = errorsOf(file);
    expect(errors[0]).toMatch(expected);
    // Every refusal names the line (file:line) and a field path or "(top level)".
    expect(errors[0]).toMatch(/^mine\.yaml:\d+ \S/);
  });

  it('never replaces invalid UTF-8 silently', () => {
    const broken = new Uint8Array([...bytes('id: x\nversion: 1\ntitle: '), 0xe3, 0x81, 0x0a]);
    expect(errorsOf(broken)).toEqual(['mine.yaml:3 (top level): is not UTF-8 text (invalid bytes at line 3)']);
  });
});

describe('importing a custom catalog into a data folder', () => {
  it('stores a valid file under its id and version and lists it', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const { library } = libraryIn(dir);
    const summary = await library.importCatalog('../../etc/whatever.yaml', bytes(valid));
    expect(summary).toMatchObject({ id: 'sakura-house-rules', version: 1, itemCount: 1, source: 'custom' });
    const customDir = path.join(dir, 'catalogs');
    expect(fs.readdirSync(customDir)).toEqual(['sakura-house-rules@1.yaml']);
    expect(fs.statSync(path.join(customDir, 'sakura-house-rules@1.yaml')).mode & 0o777).toBe(0o600);
    expect(libraryIn(dir).library.list().map((c) => c.id)).toContain('sakura-house-rules');
  });

  it.each([
    ['an invalid file', valid.replace('weight: 2', 'weight: 7'), /has 1 error\(s\): mine\.yaml:24 domains\[0\]\.items\[0\]\.weight: must be 1, 2 or 3/],
    ['a built-in id', valid.replace('id: sakura-house-rules', 'id: appi-safeguards'), /id of a built-in catalog/],
    ['garbage', '\u0000\u0001garbage: [', /error/],
    ['a file over 5 MB', `# ${'x'.repeat(5 * 1024 * 1024)}\n${valid}`, /larger than/],
  ])('refuses %s and stores nothing', async (_name, text, message) => {
    const dir = tempDir();
    dirs.push(dir);
    const { library } = libraryIn(dir);
    await expect(library.importCatalog('mine.yaml', bytes(text))).rejects.toThrow(message);
    await expect(library.importCatalog('mine.yaml', bytes(text))).rejects.toThrow(CatalogFileError);
    expect(fs.existsSync(path.join(dir, 'catalogs'))).toBe(false);
    expect(library.has('sakura-house-rules')).toBe(false);
  });

  it('refuses the same id and version twice, and keeps the first', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const { library } = libraryIn(dir);
    await library.importCatalog('mine.yaml', bytes(valid));
    const before = fs.readFileSync(path.join(dir, 'catalogs/sakura-house-rules@1.yaml'), 'utf8');
    await expect(library.importCatalog('mine.yaml', bytes(valid.replace('Visitor book', 'Changed')))).rejects.toThrow(/already imported/);
    expect(fs.readFileSync(path.join(dir, 'catalogs/sakura-house-rules@1.yaml'), 'utf8')).toBe(before);
    await library.importCatalog('mine-v2.yaml', bytes(valid.replace('version: 1', 'version: 2')));
    expect(library.get('sakura-house-rules').version).toBe(2);
    expect(library.getVersion('sakura-house-rules', 1).version).toBe(1);
  });
});

describe('a damaged custom catalog in the data folder', () => {
  function folderWithDamagedCatalog() {
    const dir = tempDir();
    dirs.push(dir);
    fs.mkdirSync(path.join(dir, 'catalogs'));
    fs.writeFileSync(path.join(dir, 'catalogs/sakura-house-rules@1.yaml'), valid);
    fs.writeFileSync(path.join(dir, 'catalogs/broken@1.yaml'), 'id: broken\nversion: [1\n');
    return dir;
  }

  it('goes to quarantine with a notice when the app opens the folder; every other catalog still loads', () => {
    const dir = folderWithDamagedCatalog();
    const { library, notices } = libraryIn(dir);
    expect(library.list().map((c) => c.id)).toEqual(expect.arrayContaining(['appi-safeguards', 'sakura-house-rules']));
    expect(fs.readdirSync(path.join(dir, 'catalogs'))).toEqual(['sakura-house-rules@1.yaml']);
    const [notice] = notices.list();
    expect(notice).toMatchObject({ kind: 'catalog-quarantined', file: path.join(dir, 'catalogs/broken@1.yaml') });
    expect(fs.existsSync((notice as { quarantinedTo: string }).quarantinedTo)).toBe(true);
  });

  it('is skipped, not moved, by a reader', () => {
    const dir = folderWithDamagedCatalog();
    const library = openCatalogLibrary(builtInCatalogs(), {
      dir: path.join(dir, 'catalogs'),
      writer: readOnly,
      quarantineDir: path.join(dir, 'quarantine'),
      notices: noticeBoard(),
      now: () => new Date(),
    });
    expect(library.list().map((c) => c.id)).toContain('sakura-house-rules');
    expect(library.skipped()).toEqual([{ file: path.join(dir, 'catalogs/broken@1.yaml'), problem: expect.objectContaining({ code: 'catalog.error' }) }]);
    expect(fs.readdirSync(path.join(dir, 'catalogs')).sort()).toEqual(['broken@1.yaml', 'sakura-house-rules@1.yaml']);
    expect(fs.existsSync(path.join(dir, 'quarantine'))).toBe(false);
  });
});
