// The built-in catalogs, loaded the fast way. Their YAML sources are checked in full when the app is built
// (scripts/prepare-catalogs.ts) and in the tests; the build writes them, already checked, as one JSON file
// that the app and the CLI read with a plain JSON.parse at start. Where that file is missing or older than
// its sources (a checkout being edited), the sources are read and checked instead (catalog-sources.ts), so
// nothing stale is used. This module imports no parser or schema library: the fast path stays fast.
import fs from 'node:fs';
import path from 'node:path';
import type { CatalogChangelog } from '../../assessments/catalog/changelog';
import type { Catalog } from '../../assessments/catalog/schema';

export type PreparedCatalogs = {
  format: 'mamori-built-in-catalogs';
  /** Each source file as it was when prepared: a changed size or time means the file is stale. */
  sources: { file: string; size: number; mtimeMs: number }[];
  catalogs: Catalog[];
  /** What changed in each edition, per catalog (absent in a file prepared before editions existed). */
  changelogs?: CatalogChangelog[];
};

export type BuiltInCatalogPaths = {
  /** The prepared JSON (out/catalogs/built-in.json). */
  prepared: string;
  /** The YAML sources (assessments/catalogs); may be absent in an installed app. */
  sources: string;
};

/** A built-in catalog edition is `<id>@<version>.yaml`; its catalog's changelog is `<id>.changelog.yaml`. */
export const CATALOG_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)@([1-9][0-9]*)\.ya?ml$/;
export const CHANGELOG_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.changelog\.ya?ml$/;

/** Every YAML file of the sources folder (editions and changelogs), in a stable order. */
export function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
}

function isFresh(prepared: PreparedCatalogs, sourcesDir: string): boolean {
  const files = sourceFiles(sourcesDir);
  // An installed app may ship without the sources: then the prepared file is all there is.
  if (files.length === 0) return true;
  if (files.length !== prepared.sources.length) return false;
  return files.every((file, i) => {
    const recorded = prepared.sources[i]!;
    const stat = fs.statSync(path.join(sourcesDir, file));
    return recorded.file === file && recorded.size === stat.size && recorded.mtimeMs === stat.mtimeMs;
  });
}

/** The prepared file, or null when it is missing, not ours, or older than its sources. */
export function readPrepared(paths: BuiltInCatalogPaths): PreparedCatalogs | null {
  let prepared: PreparedCatalogs;
  try {
    prepared = JSON.parse(fs.readFileSync(paths.prepared, 'utf8')) as PreparedCatalogs;
  } catch {
    return null;
  }
  return prepared.format === 'mamori-built-in-catalogs' && isFresh(prepared, paths.sources) ? prepared : null;
}

/** The prepared catalogs, or null when the file is missing, not ours, or older than its sources. */
export function readPreparedCatalogs(paths: BuiltInCatalogPaths): Catalog[] | null {
  return readPrepared(paths)?.catalogs ?? null;
}
