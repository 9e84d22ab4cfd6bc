// The data folder as the app holds it for as long as it runs: the folder lock (one writer per folder), the
// catalogs, and the workspace — open (not encrypted, or unlocked) or locked behind a passphrase. While locked
// only the settings are readable; every other request is refused with a message saying so. Enabling
// encryption seals every assessment file, backup and evidence file; a conversion cut short by a crash is
// finished at the next unlock.
import fs from 'node:fs';
import path from 'node:path';
import type { Catalog, CatalogChangelog, Language } from '../../assessments';
import type { EncryptionStatus } from '../ipc/shapes';
import { type CatalogLibrary, type CatalogParser, openCatalogLibrary } from './catalog-library';
import type { Codec } from './storage/codec';
import { type SummaryKeeper, summaryKeeper } from './summaries';
import { unlockFolderKey } from './folder-key';
import { createKeyFile, isSealed, isSealedText } from './crypto';
import { UserError } from './errors';
import { writeFileAtomic } from './storage/atomic-file';
import { assessmentContext } from './storage/assessment-store';
import { dataFolder, holdsSealedFiles } from './storage/data-folder';
import { type FolderLock, lockDataFolder } from './storage/folder-lock';
import { noticeBoard } from './storage/recovery';
import { sealedCodec } from './storage/sealed-codec';
import { openWorkspace, type Workspace } from './workspace';

export type { EncryptionStatus };

export type Session = {
  readonly root: string;
  readonly catalogs: CatalogLibrary;
  /** What changed in each edition of the built-in catalogs (shown before an assessment moves to a newer one). */
  readonly changelogs: readonly CatalogChangelog[];
  status(): EncryptionStatus;
  /** The open workspace; throws a readable error while the folder is locked. */
  workspace(): Workspace;
  /** Keeps the index's assessment lines in step with the files (throws while locked). */
  summaries(): SummaryKeeper;
  unlock(passphrase: string): Promise<void>;
  enableEncryption(passphrase: string): Promise<void>;
  /** The language setting, readable while locked (the index is not encrypted). */
  language(): Language;
  /** Changes the language; while locked the choice is kept and saved at unlock (nothing is written locked). */
  setLanguage(language: Language): Language;
  /** Lets go of the data folder (the app quits, the bridge closes). */
  close(): void;
};

export class LockedError extends UserError {
  constructor() {
    super('folder.locked');
  }
}

export type SessionOptions = {
  initialLanguage: Language;
  builtInCatalogs: readonly Catalog[];
  /** The built-in catalogs' changelogs (assessments/catalogs/<id>.changelog.yaml); none when not given. */
  builtInChangelogs?: readonly CatalogChangelog[];
  /** Who holds the folder, as a refused second writer will be told ("the Mamori app"). */
  program: string;
  now?: () => Date;
  /** How custom catalog files are checked (a worker thread in the app). */
  parseCatalog?: CatalogParser;
};

export function openSession(root: string, options: SessionOptions): Session {
  const folder = dataFolder(root);
  const now = options.now ?? (() => new Date());
  const lock: FolderLock = lockDataFolder(root, options.program, { now });
  try {
    return holdSession(root, lock, options, now);
  } catch (error) {
    lock.release();
    throw error;
  }

  function holdSession(root: string, lock: FolderLock, options: SessionOptions, now: () => Date): Session {
    const marker = path.join(root, 'encryption-converting');
    const notices = noticeBoard();
    const encrypted = fs.existsSync(folder.keyFile);
    // Sealed files without a key file: opening the folder as plain would take every file for damaged.
    if (!encrypted && holdsSealedFiles(folder)) throw new UserError('folder.key-file-missing', { path: root });
    const workspaceOptions = { initialLanguage: options.initialLanguage, now, notices, lock, checkAtStart: true };
    let current: Workspace | null = null;
    let keeper: SummaryKeeper | null = null;
    let lockedLanguage: Language = options.initialLanguage;
    let languageChosenWhileLocked = false;
    if (!current) {
      try {
        lockedLanguage = (JSON.parse(fs.readFileSync(folder.indexFile, 'utf8')) as { settings: { language: Language } }).settings.language;
      } catch {
        // The index is checked properly once unlocked.
      }
    }
    const catalogs: CatalogLibrary = openCatalogLibrary(options.builtInCatalogs, {
      dir: folder.catalogsDir,
      writer: lock,
      quarantineDir: folder.quarantineDir,
      notices,
      now,
      ...(options.parseCatalog ? { parse: options.parseCatalog } : {}),
    });
    /** Opens the workspace and brings every index line up to date (progress is derived from the files). */
    const open = (codec?: Codec) => {
      current = openWorkspace(root, { ...workspaceOptions, ...(codec ? { codec } : {}) });
      keeper = summaryKeeper(current, catalogs);
      keeper.refreshAll();
      return current;
    };
    if (!encrypted) open();

    const sealEverything = (key: Buffer) => {
      lock.check();
      const text = sealedCodec(key, { acceptPlain: () => true });
      const rewrite = (file: string, context: string) => {
        const stored = fs.readFileSync(file, 'utf8');
        if (!isSealedText(stored)) writeFileAtomic(file, text.encode(stored, context));
      };
      const ids = fs.existsSync(folder.assessmentsDir) ? fs.readdirSync(folder.assessmentsDir).filter((n) => n.endsWith('.json')) : [];
      for (const name of ids) rewrite(path.join(folder.assessmentsDir, name), assessmentContext(name.slice(0, -5)));
      if (fs.existsSync(folder.backupsDir)) {
        for (const id of fs.readdirSync(folder.backupsDir)) {
          if (id === 'index') continue;
          for (const name of fs.readdirSync(path.join(folder.backupsDir, id))) rewrite(path.join(folder.backupsDir, id, name), assessmentContext(id));
        }
      }
      if (fs.existsSync(folder.evidenceDir)) {
        for (const hash of fs.readdirSync(folder.evidenceDir)) {
          const file = path.join(folder.evidenceDir, hash);
          const bytes = fs.readFileSync(file);
          if (!isSealed(bytes)) writeFileAtomic(file, text.encodeBytes(bytes, `evidence:${hash}`));
        }
      }
      // Damaged files kept for the user may hold answers too: seal them whole.
      if (fs.existsSync(folder.quarantineDir)) {
        for (const name of fs.readdirSync(folder.quarantineDir).filter((n) => !n.endsWith('.sealed'))) {
          const file = path.join(folder.quarantineDir, name);
          writeFileAtomic(`${file}.sealed`, text.encodeBytes(fs.readFileSync(file), `quarantine:${name}`));
          fs.rmSync(file);
        }
      }
    };

    return {
      root,
      catalogs,
      changelogs: options.builtInChangelogs ?? [],
      status: () => ({ encrypted: fs.existsSync(folder.keyFile), locked: current === null }),
      language: () => (current ? current.index.read().settings.language : lockedLanguage),
      setLanguage(language) {
        if (!current) {
          lockedLanguage = language;
          languageChosenWhileLocked = true;
          return language;
        }
        return current.index.update((index) => ({ ...index, settings: { ...index.settings, language } })).settings.language;
      },
      workspace() {
        if (!current) throw new LockedError();
        return current;
      },
      summaries() {
        if (!keeper) throw new LockedError();
        return keeper;
      },
      async unlock(passphrase) {
        if (current) return;
        const key = await unlockFolderKey(folder, passphrase);
        if (fs.existsSync(marker)) {
          sealEverything(key);
          fs.rmSync(marker);
        }
        const opened = open(sealedCodec(key));
        if (languageChosenWhileLocked) {
          const language = lockedLanguage;
          opened.index.update((index) => ({ ...index, settings: { ...index.settings, language } }));
        }
      },
      async enableEncryption(passphrase) {
        if (fs.existsSync(folder.keyFile)) throw new UserError('folder.already-encrypted');
        if (!current) throw new LockedError();
        lock.check();
        const { header, key } = await createKeyFile(passphrase);
        fs.writeFileSync(marker, '', { mode: 0o600 });
        writeFileAtomic(folder.keyFile, JSON.stringify(header));
        keeper?.flush();
        sealEverything(key);
        fs.rmSync(marker);
        open(sealedCodec(key));
      },
      close() {
        try {
          keeper?.flush();
        } finally {
          lock.release();
        }
      },
    };
  }
}
