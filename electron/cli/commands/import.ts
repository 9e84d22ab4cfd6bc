// mamori import <file> --data-dir <dir>: a .mamori file into a data folder, as a new copy or replacing the
// same assessment. The file is read and checked first, then the folder is locked (a second writer is
// refused at once), then everything is checked against the folder as it is — read-only — and only then is
// anything written. A refused import leaves the folder byte for byte as it was.
import path from 'node:path';
import { applyImport, checkImportAgainst } from '../../services/exchange/apply-import';
import { readExportFile, refuseBrokenSeal } from '../../services/exchange/import-file';
import { emptyIndex } from '../../services/storage/index-store';
import { openCatalogLibrary } from '../../services/catalog-library';
import type { ParsedArgs } from '../args';
import { dataDirOf, secretFrom, withWriteAccess } from '../data-folder';
import { type CliContext, EXIT_OK, printable, printJson } from '../io';

export async function run(args: ParsedArgs, context: CliContext): Promise<number> {
  const file = path.resolve(context.io.cwd, args.positionals[0]!);
  const root = dataDirOf(args, context);
  const folderPassphrase = secretFrom(args, context, '--passphrase-env');
  const filePassphrase = secretFrom(args, context, '--file-passphrase-env') ?? folderPassphrase;
  const mode = args.flags.has('--replace') ? 'replace' : 'copy';
  // Nothing about the data folder is needed to check the file itself.
  const doc = await readExportFile(file, filePassphrase);
  await refuseBrokenSeal(doc, path.basename(file));
  const result = await withWriteAccess(root, context, folderPassphrase, 'mamori import', ({ reader, writer }) => {
    if (reader) checkImportAgainst(reader.workspace.index.read(), reader.catalogs, doc, mode);
    else checkImportAgainst(emptyIndex(context.language), openCatalogLibrary(context.builtInCatalogs()), doc, mode);
    const { workspace, catalogs } = writer();
    return applyImport(workspace, catalogs, doc, mode);
  });
  const { assessment, notes } = result;
  for (const note of notes) context.warn(note);
  if (context.json) printJson(context.io, { ok: true, assessment, notes: notes.map((n) => ({ code: n.code, message: context.say(n) })) });
  else context.io.stdout(`imported "${printable(assessment.title)}" as ${assessment.id}\n`);
  return EXIT_OK;
}
