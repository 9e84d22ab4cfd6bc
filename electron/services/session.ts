// The data folder as the app holds it: open (not encrypted, or unlocked) or locked behind a passphrase. While
// locked only the settings are readable; every other request is refused with a message saying so. Enabling
// encryption seals every assessment file, backup and evidence file; a conversion cut short by a crash is
// finished at the next unlock.
import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../assessments';
import { createKeyFile, isSealed, isSealedText, unlockKeyFile } from './crypto';
import { UserError } from './errors';
import { assessmentContext } from './storage/assessment-store';
import { dataFolder } from './storage/data-folder';
import { writeFileAtomic } from './storage/atomic-file';
import { sealedCodec } from './storage/sealed-codec';
import { openWorkspace, type Workspace } from './workspace';

export type EncryptionStatus = { encrypted: boolean; locked: boolean };

export type Session = {
  readonly root: string;
  status(): EncryptionStatus;
  /** The open workspace; throws a readable error while the folder is locked. */
  workspace(): Workspace;
  unlock(passphrase: string): Promise<void>;
  enableEncryption(passphrase: string): Promise<void>;
  /** The language setting, readable while locked (the index is not encrypted). */
  language(): Language;
};

export class LockedError extends UserError {
  constructor() {
    super('The data folder is locked: enter the passphrase to unlock it.');
    this.code = 'locked';
  }
}

export function openSession(root: string, options: { initialLanguage: Language; now?: () => Date }): Session {
  const folder = dataFolder(root);
  const marker = path.join(root, 'encryption-converting');
  let current: Workspace | null = fs.existsSync(folder.keyFile) ? null : openWorkspace(root, options);
  let lockedLanguage: Language = options.initialLanguage;
  if (!current) {
    try {
      lockedLanguage = (JSON.parse(fs.readFileSync(folder.indexFile, 'utf8')) as { settings: { language: Language } }).settings.language;
    } catch {
      // The index is checked properly once unlocked.
    }
  }

  const sealEverything = (key: Buffer) => {
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
    status: () => ({ encrypted: fs.existsSync(folder.keyFile), locked: current === null }),
    language: () => (current ? current.index.read().settings.language : lockedLanguage),
    workspace() {
      if (!current) throw new LockedError();
      return current;
    },
    async unlock(passphrase) {
      if (current) return;
      let header: unknown;
      try {
        header = JSON.parse(fs.readFileSync(folder.keyFile, 'utf8'));
      } catch {
        throw new UserError(`The key file ${folder.keyFile} cannot be read; the data folder cannot be unlocked`);
      }
      const key = await unlockKeyFile(header, passphrase);
      if (fs.existsSync(marker)) {
        sealEverything(key);
        fs.rmSync(marker);
      }
      current = openWorkspace(root, { ...options, codec: sealedCodec(key) });
    },
    async enableEncryption(passphrase) {
      if (fs.existsSync(folder.keyFile)) throw new UserError('This data folder is already encrypted');
      if (!current) throw new LockedError();
      const { header, key } = await createKeyFile(passphrase);
      fs.writeFileSync(marker, '', { mode: 0o600 });
      writeFileAtomic(folder.keyFile, JSON.stringify(header));
      sealEverything(key);
      fs.rmSync(marker);
      current = openWorkspace(root, { ...options, codec: sealedCodec(key) });
    },
  };
}
