// CLI commands that move assessments in and out of a data folder. Passphrases are read from an environment
// variable named on the command line (--passphrase-env NAME), never from an argument that `ps` would show.
import fs from 'node:fs';
import path from 'node:path';
import { openCatalogLibrary } from '../services/catalog-library';
import { applyImport } from '../services/exchange/apply-import';
import { buildExport, writeExportFile } from '../services/exchange/export-file';
import { readExportFile } from '../services/exchange/import-file';
import { openWorkspace } from '../services/workspace';
import type { FlagSpec, ParsedArgs } from './args';
import { UsageError } from './args';
import { type CliContext, type Command, EXIT_OK, InvalidInput, printJson } from './command';

const dataDirFlag: FlagSpec = { name: '--data-dir', takesValue: true, description: 'the data folder (required)' };
const passphraseFlag: FlagSpec = {
  name: '--passphrase-env',
  takesValue: true,
  description: 'name of an environment variable holding the file passphrase',
};

function dataDirOf(args: ParsedArgs, context: CliContext): string {
  const value = args.flags.get('--data-dir');
  if (typeof value !== 'string') throw new UsageError('--data-dir is required');
  return path.resolve(context.io.cwd, value);
}

export function passphraseOf(args: ParsedArgs, env: NodeJS.ProcessEnv): string | undefined {
  const name = args.flags.get('--passphrase-env');
  if (name === undefined) return undefined;
  const value = typeof name === 'string' ? env[name] : undefined;
  if (!value) throw new InvalidInput(`the environment variable ${String(name)} named by --passphrase-env is not set`);
  return value;
}

function open(dataDir: string, context: CliContext) {
  if (!fs.existsSync(path.join(dataDir, 'index.json'))) throw new InvalidInput(`${dataDir} is not a Mamori data folder (no index.json)`);
  const workspace = openWorkspace(dataDir, { initialLanguage: 'en' });
  return { workspace, catalogs: openCatalogLibrary(context.catalogsDir, workspace.folder.catalogsDir) };
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write one assessment, with its evidence, to a .mamori file',
  usage: 'export <assessment-id> --data-dir <dir> -o <file> [--passphrase-env NAME] [--json]',
  flags: [dataDirFlag, { name: '-o', takesValue: true, description: 'the file to write' }, passphraseFlag],
  positionals: [1, 1],
  async run(args, context) {
    const output = args.flags.get('-o');
    if (typeof output !== 'string') throw new UsageError('-o <file> is required');
    const { workspace, catalogs } = open(dataDirOf(args, context), context);
    const id = args.positionals[0]!;
    if (!workspace.index.read().assessments.some((a) => a.id === id)) throw new InvalidInput(`no assessment with id ${id} in ${workspace.folder.root}`);
    const file = path.resolve(context.io.cwd, output);
    const bytes = await writeExportFile(file, buildExport(workspace, catalogs, id, context.version), passphraseOf(args, context.env));
    if (context.json) printJson(context.io, { ok: true, file, bytes });
    else context.io.stdout(`exported ${id} to ${file} (${bytes} bytes)\n`);
    return EXIT_OK;
  },
};

export const importCommand: Command = {
  name: 'import',
  summary: 'import a .mamori file into a data folder, as a new copy or replacing the same assessment',
  usage: 'import <file> --data-dir <dir> [--replace] [--passphrase-env NAME] [--json]',
  flags: [dataDirFlag, { name: '--replace', takesValue: false, description: 'replace the assessment with the same id (a backup is kept)' }, passphraseFlag],
  positionals: [1, 1],
  async run(args, context) {
    const file = path.resolve(context.io.cwd, args.positionals[0]!);
    const dataDir = dataDirOf(args, context);
    if (!fs.existsSync(path.join(dataDir, 'index.json'))) throw new InvalidInput(`${dataDir} is not a Mamori data folder (no index.json)`);
    // The file is checked before the data folder is even opened, so a refused file touches nothing.
    const doc = await readExportFile(file, passphraseOf(args, context.env));
    const { workspace, catalogs } = open(dataDir, context);
    const summary = applyImport(workspace, catalogs, doc, args.flags.has('--replace') ? 'replace' : 'copy');
    if (context.json) printJson(context.io, { ok: true, assessment: summary });
    else context.io.stdout(`imported "${summary.title}" as ${summary.id}\n`);
    return EXIT_OK;
  },
};
