// The CLI's commands. Each is a thin layer over a service; output is plain text by default, JSON with --json.
import fs from 'node:fs';
import path from 'node:path';
import { formatCatalogError, MAX_CATALOG_BYTES, parseCatalogText } from '../../assessments';
import { openCatalogLibrary } from '../services/catalog-library';
import { readExportFile } from '../services/exchange/import-file';
import { exportCommand, importCommand, passphraseOf } from './exchange-commands';
import { type Command, EXIT_INVALID, EXIT_OK, InvalidInput, printJson } from './command';

const dataDirFlag = { name: '--data-dir', takesValue: true, description: 'data folder (also lists its custom catalogs)' };

function libraryFor(catalogsDir: string, dataDir: string | true | undefined, cwd: string) {
  const custom = typeof dataDir === 'string' ? path.join(path.resolve(cwd, dataDir), 'catalogs') : undefined;
  return openCatalogLibrary(catalogsDir, custom);
}

const catalogs: Command = {
  name: 'catalogs',
  summary: 'list the catalogs: id, version, title and item count',
  usage: 'catalogs [--data-dir <dir>] [--json]',
  flags: [dataDirFlag],
  positionals: [0, 0],
  run(args, { io, catalogsDir, json }) {
    const list = libraryFor(catalogsDir, args.flags.get('--data-dir'), io.cwd).list();
    if (json) {
      printJson(
        io,
        list.map((c) => ({ id: c.id, version: c.version, kind: c.kind, title: c.title, itemCount: c.itemCount, domainCount: c.domainCount, source: c.source })),
      );
    } else {
      for (const c of list) io.stdout(`${c.id}\tv${c.version}\t${c.itemCount} items\t${c.title.en} / ${c.title.ja}\n`);
    }
    return EXIT_OK;
  },
};

const catalog: Command = {
  name: 'catalog',
  summary: 'print one catalog in full, normalised',
  usage: 'catalog <id> [--data-dir <dir>] [--json]',
  flags: [dataDirFlag],
  positionals: [1, 1],
  run(args, { io, catalogsDir, json }) {
    const id = args.positionals[0] ?? '';
    const library = libraryFor(catalogsDir, args.flags.get('--data-dir'), io.cwd);
    if (!library.has(id)) throw new InvalidInput(`no catalog with id "${id}" (see "mamori catalogs")`);
    const found = library.get(id);
    if (json) {
      printJson(io, found);
    } else {
      io.stdout(`${found.id} v${found.version} — ${found.title.en} / ${found.title.ja}\n`);
      for (const domain of found.domains) {
        io.stdout(`\n${domain.id}  ${domain.title.en} / ${domain.title.ja}\n`);
        for (const item of domain.items) io.stdout(`  ${item.id}  ${item.title.en} / ${item.title.ja}\n`);
      }
    }
    return EXIT_OK;
  },
};

const validate: Command = {
  name: 'validate',
  summary: 'check a catalog file or a .mamori export file: prints ok, or what is wrong and where',
  usage: 'validate <file> [--passphrase-env NAME] [--json]',
  flags: [{ name: '--passphrase-env', takesValue: true, description: 'for an encrypted export: the variable holding its passphrase' }],
  positionals: [1, 1],
  async run(args, context) {
    const { io, json } = context;
    const file = path.resolve(io.cwd, args.positionals[0] ?? '');
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new InvalidInput(`${file}: no such file`);
    if (looksLikeExport(file)) {
      const doc = await readExportFile(file, passphraseOf(args, context.env));
      if (json) printJson(io, { ok: true, kind: 'export', assessment: doc.assessment.id, title: doc.assessment.title, answers: Object.keys(doc.assessment.answers).length, evidence: doc.evidence.length });
      else io.stdout(`ok: ${file} is a valid Mamori export ("${doc.assessment.title}", ${Object.keys(doc.assessment.answers).length} answers, ${doc.evidence.length} evidence files)\n`);
      return EXIT_OK;
    }
    if (fs.statSync(file).size > MAX_CATALOG_BYTES) throw new InvalidInput(`${file}: larger than ${MAX_CATALOG_BYTES} bytes`);
    const result = parseCatalogText(fs.readFileSync(file, 'utf8'), file);
    if (json) {
      printJson(io, result.ok ? { ok: true, kind: 'catalog', id: result.catalog.id, version: result.catalog.version } : { ok: false, errors: result.errors });
    } else if (result.ok) {
      io.stdout(`ok: ${file} is a valid catalog (${result.catalog.id} v${result.catalog.version})\n`);
    } else {
      for (const error of result.errors) io.stdout(`${formatCatalogError(error)}\n`);
    }
    if (!result.ok) {
      const first = result.errors[0];
      io.stderr(`mamori validate: ${result.errors.length} error(s) in ${file}${first ? `; first: ${formatCatalogError(first)}` : ''}\n`);
      return EXIT_INVALID;
    }
    return EXIT_OK;
  },
};

/** An export file: the name ends in .mamori, or it starts like one (sealed, or the export's JSON). */
function looksLikeExport(file: string): boolean {
  if (file.endsWith('.mamori')) return true;
  const head = Buffer.alloc(64);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 64, 0);
  } finally {
    fs.closeSync(fd);
  }
  const text = head.toString('utf8');
  return text.startsWith('MAMORI-PWD') || /^\s*\{\s*"format"\s*:\s*"mamori-export"/.test(text);
}

export const commands: Command[] = [catalogs, catalog, validate, exportCommand, importCommand];

