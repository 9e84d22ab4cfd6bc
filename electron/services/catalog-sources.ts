// The built-in catalogs from their YAML sources, each checked in full: at build time (to write the prepared
// JSON) and wherever the prepared file is missing or stale. Every edition is its own file, `<id>@<version>.yaml`,
// beside its catalog's changelog, `<id>.changelog.yaml`; any other YAML file there is a mistake and stops the
// build, as does an edition whose file name does not match the id and version inside it.
import fs from 'node:fs';
import path from 'node:path';
import { type Catalog, parseCatalogBytes } from '../../assessments';
import { type CatalogChangelog, parseChangelogText } from '../../assessments/catalog/changelog';
import { type BuiltInCatalogPaths, CATALOG_FILE, CHANGELOG_FILE, type PreparedCatalogs, readPrepared, sourceFiles } from './built-in-catalogs';

function checkNames(dir: string): void {
  for (const name of sourceFiles(dir)) {
    if (!CATALOG_FILE.test(name) && !CHANGELOG_FILE.test(name)) {
      throw new Error(`${path.join(dir, name)} is neither a catalog edition (<id>@<version>.yaml) nor a changelog (<id>.changelog.yaml)`);
    }
  }
}

export function loadCatalogSources(dir: string): Catalog[] {
  checkNames(dir);
  return sourceFiles(dir)
    .filter((name) => CATALOG_FILE.test(name))
    .map((name) => {
      const result = parseCatalogBytes(fs.readFileSync(path.join(dir, name)), name);
      if (!result.ok) throw new Error(`Built-in catalog ${name} is invalid: ${result.errors.map((e) => JSON.stringify(e)).join('; ')}`);
      const [, id, version] = CATALOG_FILE.exec(name)!;
      if (result.catalog.id !== id || result.catalog.version !== Number(version)) {
        throw new Error(`Built-in catalog ${name} holds ${result.catalog.id}@${result.catalog.version}: name the file after the edition it holds`);
      }
      return result.catalog;
    });
}

export function loadChangelogSources(dir: string): CatalogChangelog[] {
  checkNames(dir);
  return sourceFiles(dir)
    .filter((name) => CHANGELOG_FILE.test(name))
    .map((name) => {
      const log = parseChangelogText(fs.readFileSync(path.join(dir, name), 'utf8'), name);
      if (log.catalog !== CHANGELOG_FILE.exec(name)![1]) throw new Error(`Changelog ${name} is about ${log.catalog}: name it after its catalog`);
      return log;
    });
}

export function loadBuiltInCatalogs(paths: BuiltInCatalogPaths): Catalog[] {
  return readPrepared(paths)?.catalogs ?? loadCatalogSources(paths.sources);
}

export function loadBuiltInChangelogs(paths: BuiltInCatalogPaths): CatalogChangelog[] {
  const prepared = readPrepared(paths);
  return prepared?.changelogs ?? loadChangelogSources(paths.sources);
}

/** Checks every source and writes the prepared file (the build step). */
export function prepareBuiltInCatalogs(paths: BuiltInCatalogPaths): PreparedCatalogs {
  const catalogs = loadCatalogSources(paths.sources);
  const changelogs = loadChangelogSources(paths.sources);
  for (const log of changelogs) {
    const shipped = catalogs.filter((c) => c.id === log.catalog).map((c) => c.version);
    const listed = log.versions.map((v) => v.version);
    if (JSON.stringify(shipped.sort((a, b) => a - b)) !== JSON.stringify(listed)) {
      throw new Error(`Changelog of ${log.catalog} lists versions ${listed.join(', ')}, but the editions shipped are ${shipped.join(', ')}`);
    }
  }
  const prepared: PreparedCatalogs = {
    format: 'mamori-built-in-catalogs',
    sources: sourceFiles(paths.sources).map((file) => {
      const stat = fs.statSync(path.join(paths.sources, file));
      return { file, size: stat.size, mtimeMs: stat.mtimeMs };
    }),
    catalogs,
    changelogs,
  };
  fs.mkdirSync(path.dirname(paths.prepared), { recursive: true });
  fs.writeFileSync(paths.prepared, JSON.stringify(prepared));
  return prepared;
}
