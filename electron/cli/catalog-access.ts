// The catalogs a CLI command sees: the built-in ones, plus a data folder's custom catalogs when --data-dir
// is given. Custom catalogs are not encrypted, so no passphrase is needed; a damaged one is skipped with a
// warning (a reader never moves files).
import path from 'node:path';
import { type CatalogLibrary, openCatalogLibrary } from '../services/catalog-library';
import { dataFolder } from '../services/storage/data-folder';
import { readOnly } from '../services/storage/managed-document';
import { noticeBoard } from '../services/storage/recovery';
import { type ParsedArgs, UsageError } from './args';
import type { CliContext } from './io';

export function dataDirOf(args: ParsedArgs, context: CliContext): string {
  const value = args.flags.get('--data-dir');
  if (typeof value !== 'string') throw new UsageError('cli.option-required', { option: '--data-dir' });
  return path.resolve(context.io.cwd, value);
}

export function openForReadingCatalogs(root: string | null, context: CliContext): CatalogLibrary {
  if (!root) return openCatalogLibrary(context.builtInCatalogs());
  const folder = dataFolder(root);
  const catalogs = openCatalogLibrary(context.builtInCatalogs(), {
    dir: folder.catalogsDir,
    writer: readOnly,
    quarantineDir: folder.quarantineDir,
    notices: noticeBoard(),
    now: () => new Date(),
  });
  for (const skipped of catalogs.skipped()) context.warn({ code: 'catalog.skipped', params: { file: skipped.file, problem: skipped.problem } });
  return catalogs;
}
