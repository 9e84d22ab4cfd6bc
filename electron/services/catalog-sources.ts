// The built-in catalogs from their YAML sources, each checked in full: at build time (to write the prepared
// JSON) and wherever the prepared file is missing or stale.
import fs from 'node:fs';
import path from 'node:path';
import { type Catalog, parseCatalogBytes } from '../../assessments';
import { type BuiltInCatalogPaths, type PreparedCatalogs, readPreparedCatalogs, sourceFiles } from './built-in-catalogs';

export function loadCatalogSources(dir: string): Catalog[] {
  return sourceFiles(dir).map((name) => {
    const result = parseCatalogBytes(fs.readFileSync(path.join(dir, name)), name);
    if (!result.ok) throw new Error(`Built-in catalog ${name} is invalid: ${result.errors.map((e) => JSON.stringify(e)).join('; ')}`);
    return result.catalog;
  });
}

export function loadBuiltInCatalogs(paths: BuiltInCatalogPaths): Catalog[] {
  return readPreparedCatalogs(paths) ?? loadCatalogSources(paths.sources);
}

/** Checks every source and writes the prepared file (the build step). */
export function prepareBuiltInCatalogs(paths: BuiltInCatalogPaths): PreparedCatalogs {
  const catalogs = loadCatalogSources(paths.sources);
  const prepared: PreparedCatalogs = {
    format: 'mamori-built-in-catalogs',
    sources: sourceFiles(paths.sources).map((file) => {
      const stat = fs.statSync(path.join(paths.sources, file));
      return { file, size: stat.size, mtimeMs: stat.mtimeMs };
    }),
    catalogs,
  };
  fs.mkdirSync(path.dirname(paths.prepared), { recursive: true });
  fs.writeFileSync(paths.prepared, JSON.stringify(prepared));
  return prepared;
}
