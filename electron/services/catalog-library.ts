// The catalogs the app offers: the built-in ones shipped with the app (checked when the app is built), plus
// the custom catalogs a user imported into their data folder. A custom catalog is untrusted: it is stored
// only if the whole file is valid, and every error names the file, the line and the field path. A stored
// custom catalog that no longer reads (damaged on disk) never stops the rest: a writer moves it to
// quarantine with a notice, a reader skips it with a warning.
import fs from 'node:fs';
import path from 'node:path';
import {
  type Catalog,
  type CatalogError,
  catalogErrorProblem,
  type CatalogParseResult,
  type CatalogSource,
  type CatalogSummary,
  MAX_CATALOG_BYTES,
  parseCatalogBytes,
  problem,
  type Problem,
  summariseCatalog,
} from '../../assessments';
import { UserError } from './errors';
import { writeFileAtomic } from './storage/atomic-file';
import { readOnly, type WriteGuard } from './storage/managed-document';
import { quarantine, type Notices } from './storage/recovery';

/** Checks a catalog file's bytes; the app runs this in a worker thread, tests and the CLI in-process. */
export type CatalogParser = (bytes: Uint8Array, fileName: string) => Promise<CatalogParseResult>;

export const parseInProcess: CatalogParser = async (bytes, fileName) => parseCatalogBytes(bytes, fileName);

export type CatalogLibrary = {
  list(): CatalogSummary[];
  /** Every installed version of every catalog (editions), newest first within an id. */
  listAll(): CatalogSummary[];
  /** The newest version of a catalog. */
  get(id: string): Catalog;
  /** One exact version (what an assessment pinned). */
  getVersion(id: string, version: number): Catalog;
  has(id: string): boolean;
  /** Where an installed catalog version came from, or null when it is not installed. */
  sourceOf(id: string, version: number): CatalogSource | null;
  /** Checks and stores a user's catalog file; nothing is stored unless the whole file is valid. */
  importCatalog(fileName: string, bytes: Uint8Array): Promise<CatalogSummary>;
  /** Stores an already checked custom catalog (from an import file); returns an undo. */
  install(catalog: Catalog): () => void;
  /** Custom catalog files that could not be read and were left out (for the CLI to warn about). */
  skipped(): { file: string; problem: Problem }[];
};

export class CatalogFileError extends UserError {
  constructor(readonly errors: CatalogError[]) {
    const first = errors[0];
    super('catalog.errors', {
      file: first?.file ?? '',
      count: errors.length,
      first: first ? catalogErrorProblem(first) : problem('field.invalid'),
      // Every error (up to 20), for a screen that lists them one per line.
      all: errors.slice(0, 20).map(catalogErrorProblem),
    });
  }
}

export type CustomCatalogFolder = {
  dir: string;
  /** readOnly for readers: damaged files are skipped, not moved, and imports are refused. */
  writer: WriteGuard;
  quarantineDir: string;
  notices: Notices;
  now: () => Date;
  parse?: CatalogParser;
};

type Entry = { catalog: Catalog; source: CatalogSource };

const fileNameOf = (catalog: Pick<Catalog, 'id' | 'version'>) => `${catalog.id}@${catalog.version}.yaml`;

export function openCatalogLibrary(builtIn: readonly Catalog[], custom?: CustomCatalogFolder): CatalogLibrary {
  // id -> version -> entry
  const catalogs = new Map<string, Map<number, Entry>>();
  const skipped: { file: string; problem: Problem }[] = [];
  const add = (catalog: Catalog, source: CatalogSource) => {
    const versions = catalogs.get(catalog.id) ?? new Map<number, Entry>();
    versions.set(catalog.version, { catalog, source });
    catalogs.set(catalog.id, versions);
  };
  const isBuiltInId = (id: string) => [...(catalogs.get(id)?.values() ?? [])].some((e) => e.source === 'built-in');
  for (const catalog of builtIn) {
    if (catalogs.get(catalog.id)?.has(catalog.version)) throw new Error(`Two built-in catalogs are ${catalog.id} v${catalog.version}`);
    add(catalog, 'built-in');
  }
  if (custom && fs.existsSync(custom.dir)) loadCustom(custom, add, isBuiltInId, skipped);

  const newest = (id: string): Entry | undefined => {
    const versions = catalogs.get(id);
    if (!versions) return undefined;
    return versions.get(Math.max(...versions.keys()));
  };
  const requireWriter = () => {
    if (!custom) throw new UserError('catalog.no-custom-folder');
    custom.writer.check();
    return custom;
  };

  return {
    list: () =>
      [...catalogs.keys()].flatMap((id) => {
        const entry = newest(id);
        return entry ? [summariseCatalog(entry.catalog, entry.source)] : [];
      }),
    listAll: () =>
      [...catalogs.values()].flatMap((versions) =>
        [...versions.values()].sort((a, b) => b.catalog.version - a.catalog.version).map((e) => summariseCatalog(e.catalog, e.source)),
      ),
    has: (id) => catalogs.has(id),
    sourceOf: (id, version) => catalogs.get(id)?.get(version)?.source ?? null,
    get(id) {
      const entry = newest(id);
      if (!entry) throw new UserError('catalog.none', { id });
      return entry.catalog;
    },
    getVersion(id, version) {
      const entry = catalogs.get(id)?.get(version);
      if (!entry) throw new UserError('catalog.version-missing', { id, version });
      return entry.catalog;
    },
    async importCatalog(fileName, bytes) {
      const folder = requireWriter();
      const name = path.basename(fileName);
      if (bytes.length > MAX_CATALOG_BYTES) {
        throw new CatalogFileError([{ file: name, path: '', line: null, problem: problem('catalog.too-large', { limit: MAX_CATALOG_BYTES }) }]);
      }
      const result = await (folder.parse ?? parseInProcess)(bytes, name);
      if (!result.ok) throw new CatalogFileError(result.errors);
      const { catalog } = result;
      if (isBuiltInId(catalog.id)) {
        throw new CatalogFileError([{ file: name, path: 'id', line: null, problem: problem('catalog.built-in-id', { id: catalog.id }) }]);
      }
      if (catalogs.get(catalog.id)?.has(catalog.version)) {
        throw new CatalogFileError([{ file: name, path: 'version', line: null, problem: problem('catalog.version-exists', { id: catalog.id, version: catalog.version }) }]);
      }
      folder.writer.check();
      fs.mkdirSync(folder.dir, { recursive: true, mode: 0o700 });
      // Stored under a name made from the checked id and version, never from the user's file name; the
      // stored text is the user's own file, so its comments and layout survive.
      writeFileAtomic(path.join(folder.dir, fileNameOf(catalog)), Buffer.from(bytes));
      add(catalog, 'custom');
      return summariseCatalog(catalog, 'custom');
    },
    install(catalog) {
      const folder = requireWriter();
      if (isBuiltInId(catalog.id)) throw new UserError('import.custom-has-built-in-id', { id: catalog.id });
      if (catalogs.get(catalog.id)?.has(catalog.version)) return () => {};
      fs.mkdirSync(folder.dir, { recursive: true, mode: 0o700 });
      const file = path.join(folder.dir, fileNameOf(catalog));
      // JSON is YAML: the file reads back with the same parser as an imported catalog file.
      writeFileAtomic(file, JSON.stringify(catalog, null, 2));
      add(catalog, 'custom');
      return () => {
        fs.rmSync(file, { force: true });
        catalogs.get(catalog.id)?.delete(catalog.version);
        if (catalogs.get(catalog.id)?.size === 0) catalogs.delete(catalog.id);
      };
    },
    skipped: () => [...skipped],
  };
}

function loadCustom(
  custom: CustomCatalogFolder,
  add: (catalog: Catalog, source: CatalogSource) => void,
  isBuiltInId: (id: string) => boolean,
  skipped: { file: string; problem: Problem }[],
): void {
  const files = fs.readdirSync(custom.dir).filter((name) => /\.(ya?ml|json)$/.test(name)).sort();
  for (const name of files) {
    const file = path.join(custom.dir, name);
    let result: CatalogParseResult;
    try {
      result = parseCatalogBytes(fs.readFileSync(file), name);
    } catch (error) {
      result = { ok: false, errors: [{ file: name, path: '', line: null, problem: problem('reason.unreadable', { detail: (error as NodeJS.ErrnoException).code ?? 'error' }) }] };
    }
    if (result.ok && !isBuiltInId(result.catalog.id)) {
      add(result.catalog, 'custom');
      continue;
    }
    const found: Problem = result.ok ? problem('catalog.built-in-id', { id: result.catalog.id }) : catalogErrorProblem(result.errors[0]!);
    if (custom.writer === readOnly) {
      skipped.push({ file, problem: found });
      continue;
    }
    custom.writer.check();
    const to = quarantine(file, custom.quarantineDir, custom.now());
    if (to) custom.notices.add({ kind: 'catalog-quarantined', file, reason: found, quarantinedTo: to, at: custom.now().toISOString() });
  }
}
