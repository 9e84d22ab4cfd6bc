// The catalogs the app offers: the built-in files shipped with the app, plus the custom catalogs a user has
// imported into their data folder. A built-in catalog that fails its schema is a bug in the release, so it
// stops the library from opening. A custom catalog is untrusted: it is stored only if the whole file is
// valid, and every error names the file, the field path and the line.
import fs from 'node:fs';
import path from 'node:path';
import {
  type Catalog,
  type CatalogError,
  type CatalogSource,
  type CatalogSummary,
  formatCatalogError,
  MAX_CATALOG_BYTES,
  parseCatalogText,
  summariseCatalog,
} from '../../assessments';
import { UserError } from './errors';
import { writeFileAtomic } from './storage/atomic-file';

export type CatalogLibrary = {
  list(): CatalogSummary[];
  /** The newest version of a catalog. */
  get(id: string): Catalog;
  /** One exact version (what an assessment pinned). */
  getVersion(id: string, version: number): Catalog;
  has(id: string): boolean;
  /** Where an installed catalog version came from, or null when it is not installed. */
  sourceOf(id: string, version: number): CatalogSource | null;
  /** Checks and stores a user's catalog file; nothing is stored unless the whole file is valid. */
  importCatalog(fileName: string, text: string): CatalogSummary;
  /** Removes a custom catalog version that was just imported (undo of a failed assessment import). */
  forget(id: string, version: number): void;
};

export class CatalogFileError extends UserError {
  constructor(readonly errors: CatalogError[]) {
    const shown = errors.slice(0, 20).map(formatCatalogError);
    const more = errors.length > shown.length ? [`… and ${errors.length - shown.length} more`] : [];
    super([`The catalog file has ${errors.length} error(s):`, ...shown, ...more].join('\n'));
  }
}

export function loadCatalogDir(dir: string): Catalog[] {
  const files = fs
    .readdirSync(dir)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .sort();
  return files.map((name) => {
    const file = path.join(dir, name);
    const result = parseCatalogText(fs.readFileSync(file, 'utf8'), file);
    if (!result.ok) throw new Error(`Catalog file is invalid:\n${result.errors.map(formatCatalogError).join('\n')}`);
    return result.catalog;
  });
}

type Entry = { catalog: Catalog; source: CatalogSource };

export function openCatalogLibrary(builtInDir: string, customDir?: string): CatalogLibrary {
  // id -> version -> entry
  const catalogs = new Map<string, Map<number, Entry>>();
  const add = (catalog: Catalog, source: CatalogSource) => {
    const versions = catalogs.get(catalog.id) ?? new Map<number, Entry>();
    versions.set(catalog.version, { catalog, source });
    catalogs.set(catalog.id, versions);
  };
  for (const catalog of loadCatalogDir(builtInDir)) {
    if (catalogs.has(catalog.id)) throw new Error(`Two built-in catalogs share the id ${catalog.id}`);
    add(catalog, 'built-in');
  }
  if (customDir && fs.existsSync(customDir)) {
    for (const catalog of loadCatalogDir(customDir)) {
      if (catalogs.get(catalog.id)?.get(catalog.version)?.source === 'built-in') continue;
      add(catalog, 'custom');
    }
  }
  const newest = (id: string): Entry | undefined => {
    const versions = catalogs.get(id);
    if (!versions) return undefined;
    return versions.get(Math.max(...versions.keys()));
  };

  return {
    list: () =>
      [...catalogs.keys()].flatMap((id) => {
        const entry = newest(id);
        return entry ? [summariseCatalog(entry.catalog, entry.source)] : [];
      }),
    has: (id) => catalogs.has(id),
    sourceOf: (id, version) => catalogs.get(id)?.get(version)?.source ?? null,
    get(id) {
      const entry = newest(id);
      if (!entry) throw new UserError(`There is no catalog with id "${id}"`);
      return entry.catalog;
    },
    getVersion(id, version) {
      const entry = catalogs.get(id)?.get(version);
      if (!entry) throw new UserError(`Catalog "${id}" version ${version} is not installed`);
      return entry.catalog;
    },
    importCatalog(fileName, text) {
      if (!customDir) throw new UserError('This data folder cannot hold custom catalogs');
      const name = path.basename(fileName);
      if (Buffer.byteLength(text, 'utf8') > MAX_CATALOG_BYTES) {
        throw new CatalogFileError([{ file: name, path: '(file)', line: null, message: `is larger than ${MAX_CATALOG_BYTES} bytes` }]);
      }
      const result = parseCatalogText(text, name);
      if (!result.ok) throw new CatalogFileError(result.errors);
      const { catalog } = result;
      const existing = catalogs.get(catalog.id);
      if (existing && [...existing.values()].some((e) => e.source === 'built-in')) {
        throw new CatalogFileError([{ file: name, path: 'id', line: 1, message: `"${catalog.id}" is the id of a built-in catalog; choose another id` }]);
      }
      if (existing?.has(catalog.version)) {
        throw new CatalogFileError([{ file: name, path: 'version', line: null, message: `catalog "${catalog.id}" version ${catalog.version} is already imported; raise the version to import a new edition` }]);
      }
      fs.mkdirSync(customDir, { recursive: true, mode: 0o700 });
      // Stored under a name made from the checked id and version, never from the user's file name.
      writeFileAtomic(path.join(customDir, `${catalog.id}@${catalog.version}.yaml`), text);
      add(catalog, 'custom');
      return summariseCatalog(catalog, 'custom');
    },
    forget(id, version) {
      if (catalogs.get(id)?.get(version)?.source !== 'custom' || !customDir) return;
      fs.rmSync(path.join(customDir, `${id}@${version}.yaml`), { force: true });
      catalogs.get(id)!.delete(version);
      if (catalogs.get(id)!.size === 0) catalogs.delete(id);
    },
  };
}
