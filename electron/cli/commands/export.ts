// mamori export <assessment-id>: one assessment, with its evidence, to a .mamori file. A reader: the data
// folder is not locked and nothing in it changes. An encrypted folder's export is sealed too (with the
// folder's passphrase, or the one --file-passphrase-env names), so its contents never leave in plain text.
import path from 'node:path';
import { buildExport, writeExportFile } from '../../services/exchange/export-file';
import { type ParsedArgs, UsageError } from '../args';
import { dataDirOf, openForReading, secretFrom } from '../data-folder';
import { type CliContext, EXIT_OK, InvalidInput, printable, printJson } from '../io';

export async function run(args: ParsedArgs, context: CliContext): Promise<number> {
  const output = args.flags.get('-o');
  if (typeof output !== 'string') throw new UsageError('cli.option-required', { option: '-o' });
  const folderPassphrase = secretFrom(args, context, '--passphrase-env');
  const filePassphrase = secretFrom(args, context, '--file-passphrase-env') ?? folderPassphrase;
  const { workspace, catalogs } = await openForReading(dataDirOf(args, context), context, folderPassphrase);
  const id = args.positionals[0]!;
  if (!workspace.index.read().assessments.some((a) => a.id === id)) {
    throw new InvalidInput('cli.no-assessment', { id: printable(id), folder: workspace.folder.root });
  }
  const file = path.resolve(context.io.cwd, output);
  const bytes = await writeExportFile(file, buildExport(workspace, catalogs, id, context.version), filePassphrase);
  if (context.json) printJson(context.io, { ok: true, file, bytes, sealed: filePassphrase !== undefined });
  else context.io.stdout(`exported ${id} to ${file} (${bytes} bytes${filePassphrase ? ', sealed with a passphrase' : ''})\n`);
  return EXIT_OK;
}
