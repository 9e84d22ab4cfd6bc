// The small index: settings, organisations and one summary line per assessment. The home screen reads only
// this file; each assessment's answers live in a file of their own.
import { z } from 'zod';
import { AssessmentSummary, indexMigrations, Language, Organisation, problem } from '../../../assessments';
import type { Codec } from './codec';
import { UserError } from '../errors';
import { type ManagedDocument, managedDocument, readOnly, type WriteGuard } from './managed-document';
import type { Notices } from './recovery';

export const INDEX_SCHEMA_VERSION = 2;

export const Settings = z.strictObject({
  language: Language,
});
export type Settings = z.infer<typeof Settings>;

export const IndexDocument = z.strictObject({
  schemaVersion: z.literal(INDEX_SCHEMA_VERSION),
  settings: Settings,
  organisations: z.array(Organisation),
  assessments: z.array(AssessmentSummary),
});
export type IndexDocument = z.infer<typeof IndexDocument>;

export const indexSpec = { schema: IndexDocument, version: INDEX_SCHEMA_VERSION, migrations: indexMigrations, describe: 'the index' };

export function emptyIndex(language: Language): IndexDocument {
  return { schemaVersion: INDEX_SCHEMA_VERSION, settings: { language }, organisations: [], assessments: [] };
}

export type IndexStore = {
  read(): IndexDocument;
  update(change: (index: IndexDocument) => IndexDocument): IndexDocument;
  readonly document: ManagedDocument<IndexDocument>;
};

export function openIndexStore(options: {
  file: string;
  backupsDir: string;
  quarantineDir: string;
  notices: Notices;
  now: () => Date;
  initialLanguage: Language;
  codec: Codec;
  writer: WriteGuard;
  backupOnOpen: boolean;
}): IndexStore {
  const document = managedDocument({
    subject: problem('storage.subject-index'),
    about: { kind: 'index' },
    file: options.file,
    context: 'index',
    spec: indexSpec,
    codec: options.codec,
    backupsDir: options.backupsDir,
    quarantineDir: options.quarantineDir,
    notices: options.notices,
    now: options.now,
    writer: options.writer,
    backupOnOpen: options.backupOnOpen,
  });
  if (!document.exists() && document.backups.list().length === 0) {
    if (options.writer === readOnly) throw new UserError('folder.missing', { path: options.file });
    document.write(emptyIndex(options.initialLanguage));
  }
  return {
    document,
    read: () => document.read(),
    update(change) {
      const next = change(structuredClone(document.read()));
      document.write(next);
      return next;
    },
  };
}
