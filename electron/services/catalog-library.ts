// The catalogs the app offers: the built-in files shipped with the app. A built-in catalog that fails its
// schema is a bug in the release, so it stops the library from opening instead of being skipped quietly.
import fs from 'node:fs';
import path from 'node:path';
import {
  type Catalog,
  type CatalogSummary,
  formatCatalogError,
  parseCatalogText,
  summariseCatalog,
} from '../../assessments';
import { UserError } from './errors';

export type CatalogLibrary = {
  list(): CatalogSummary[];
  get(id: string): Catalog;
  has(id: string): boolean;
};

export function loadCatalogDir(dir: string): Catalog[] {
  const files = fs
    .readdirSync(dir)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .sort();
  return files.map((name) => {
    const file = path.join(dir, name);
    const result = parseCatalogText(fs.readFileSync(file, 'utf8'), file);
    if (!result.ok) throw new Error(`Built-in catalog is invalid:\n${result.errors.map(formatCatalogError).join('\n')}`);
    return result.catalog;
  });
}

export function openCatalogLibrary(builtInDir: string): CatalogLibrary {
  const catalogs = new Map<string, { catalog: Catalog; source: CatalogSummary['source'] }>();
  for (const catalog of loadCatalogDir(builtInDir)) {
    if (catalogs.has(catalog.id)) throw new Error(`Two built-in catalogs share the id ${catalog.id}`);
    catalogs.set(catalog.id, { catalog, source: 'built-in' });
  }
  return {
    list: () => [...catalogs.values()].map(({ catalog, source }) => summariseCatalog(catalog, source)),
    has: (id) => catalogs.has(id),
    get(id) {
      const entry = catalogs.get(id);
      if (!entry) throw new UserError(`There is no catalog with id "${id}"`);
      return entry.catalog;
    },
  };
}
