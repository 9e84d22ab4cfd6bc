// How CLI commands open a data folder. Readers (export, score, report) take no lock and change nothing —
// no clean-up, no backups, no repairs. Writers (import) take the folder lock first, so a second writer (the
// app, another import) is refused at once with who holds the folder; a missing or empty folder becomes a new
// data folder, and a folder that is something else is refused. An encrypted folder is unlocked with the
// passphrase from --passphrase-env; without it, a command that needs the contents stops and says so.
import fs from 'node:fs';
import type { Catalog } from '../../assessments';
import { type CatalogLibrary, openCatalogLibrary } from '../services/catalog-library';
import { UserError } from '../services/errors';
import { unlockFolderKey } from '../services/folder-key';
import type { Codec } from '../services/storage/codec';
import { dataFolder, holdsSealedFiles, inspectDataFolder } from '../services/storage/data-folder';
import { type FolderLock, lockDataFolder } from '../services/storage/folder-lock';
import { readOnly } from '../services/storage/managed-document';
import { noticeBoard } from '../services/storage/recovery';
import { sealedCodec } from '../services/storage/sealed-codec';
import { openWorkspace, type Workspace } from '../services/workspace';
import type { ParsedArgs } from './args';
import { type CliContext, InvalidInput } from './io';

export { dataDirOf } from './catalog-access';

export type OpenFolder = { workspace: Workspace; catalogs: CatalogLibrary };

/** The value of the environment variable a flag names, or undefined when the flag is absent. */
export function secretFrom(args: ParsedArgs, context: CliContext, flag: string): string | undefined {
  const name = args.flags.get(flag);
  if (name === undefined) return undefined;
  const value = typeof name === 'string' ? context.env[name] : undefined;
  if (!value) throw new InvalidInput('cli.env-not-set', { name: String(name), option: flag });
  return value;
}

/** The codec for the folder's files: plain, or sealed with the key the passphrase unlocks. */
async function codecFor(root: string, passphrase: string | undefined): Promise<Codec | undefined> {
  const folder = dataFolder(root);
  if (fs.existsSync(folder.keyFile)) {
    if (!passphrase) throw new UserError('folder.encrypted-needs-passphrase', { path: root });
    return sealedCodec(await unlockFolderKey(folder, passphrase));
  }
  if (holdsSealedFiles(folder)) throw new UserError('folder.key-file-missing', { path: root });
  return undefined;
}

function library(root: string, builtIns: readonly Catalog[], lock: FolderLock | null, warn: CliContext['warn']): CatalogLibrary {
  const folder = dataFolder(root);
  const notices = noticeBoard();
  const catalogs = openCatalogLibrary(builtIns, {
    dir: folder.catalogsDir,
    writer: lock ?? readOnly,
    quarantineDir: folder.quarantineDir,
    notices,
    now: () => new Date(),
  });
  for (const skipped of catalogs.skipped()) warn({ code: 'catalog.skipped', params: { file: skipped.file, problem: skipped.problem } });
  for (const notice of notices.list()) {
    if (notice.kind === 'catalog-quarantined') warn({ code: 'catalog.quarantined', params: { file: notice.file, problem: notice.reason, to: notice.quarantinedTo } });
  }
  return catalogs;
}

/** Opens an existing data folder for reading only. */
export async function openForReading(root: string, context: CliContext, passphrase: string | undefined): Promise<OpenFolder> {
  const state = inspectDataFolder(dataFolder(root));
  if (state === 'new') throw new UserError('folder.missing', { path: root });
  if (state === 'foreign') throw new UserError('folder.not-data-folder', { path: root });
  const codec = await codecFor(root, passphrase);
  const workspace = openWorkspace(root, { initialLanguage: context.language, ...(codec ? { codec } : {}) });
  return { workspace, catalogs: library(root, context.builtInCatalogs(), null, context.warn) };
}

export type WriteSession = {
  /** The folder as it is now, read-only: everything is checked against this before anything is written. */
  reader: OpenFolder | null;
  /** Opens the folder for writing (creating a new one): call only once every check has passed. */
  writer(): OpenFolder;
};

/**
 * Holds the folder lock for the whole of `work`, then lets go. A refused writer stops before touching
 * anything; a new folder that ends up unused is removed again.
 */
export async function withWriteAccess<T>(root: string, context: CliContext, passphrase: string | undefined, program: string, work: (session: WriteSession) => Promise<T> | T): Promise<T> {
  const existed = fs.existsSync(root);
  const state = inspectDataFolder(dataFolder(root));
  if (state === 'foreign') throw new UserError('folder.not-data-folder', { path: root });
  const lock = lockDataFolder(root, program);
  let opened = false;
  try {
    const codec = state === 'new' ? undefined : await codecFor(root, passphrase);
    const reader: OpenFolder | null =
      state === 'new'
        ? null
        : { workspace: openWorkspace(root, { initialLanguage: context.language, ...(codec ? { codec } : {}) }), catalogs: library(root, context.builtInCatalogs(), null, context.warn) };
    return await work({
      reader,
      writer: () => {
        opened = true;
        const workspace = openWorkspace(root, { initialLanguage: context.language, lock, ...(codec ? { codec } : {}) });
        return { workspace, catalogs: library(root, context.builtInCatalogs(), lock, context.warn) };
      },
    });
  } finally {
    lock.release();
    if (!opened && state === 'new') {
      // Nothing was written: leave no trace of the folder the command would have created.
      try {
        if (!existed) fs.rmdirSync(root);
      } catch {
        // Not empty after all (someone else put something there): leave it.
      }
    }
  }
}
