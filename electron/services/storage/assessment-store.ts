// One store file per assessment, named by the assessment's random id (never by anything the user typed),
// so saving an answer rewrites that one small file and nothing else. Each file has its own backups.
import path from 'node:path';
import {
  Assessment,
  ASSESSMENT_SCHEMA_VERSION,
  assessmentMigrations,
  problem,
  RecordId,
} from '../../../assessments';
import { UserError } from '../errors';
import type { Codec } from './codec';
import type { DocumentSpec } from './document-file';
import { type ManagedDocument, managedDocument, type WriteGuard } from './managed-document';
import type { Notices } from './recovery';

export const assessmentSpec: DocumentSpec<Assessment> = {
  schema: Assessment,
  version: ASSESSMENT_SCHEMA_VERSION,
  migrations: assessmentMigrations,
  describe: 'an assessment',
};

export const assessmentContext = (id: string) => `assessment:${id}`;

/**
 * A signed-off assessment is never written again, whoever asks (the window, the CLI, an edition move, a
 * restored backup, an import that would replace it): a change goes into a new version, reopened from it.
 */
export function refuseIfSigned(doc: ManagedDocument<Assessment>): void {
  // Every write follows a read, so the document is in memory: no look at the disk on the way.
  if (!doc.loaded() && !doc.exists()) return;
  const current = doc.read();
  if (current.signOff) throw new UserError('assessment.signed', { title: current.title, date: current.signOff.date });
}

export type AssessmentStore = {
  create(assessment: Assessment): void;
  read(id: string): Assessment;
  write(assessment: Assessment): void;
  exists(id: string): boolean;
  document(id: string): ManagedDocument<Assessment>;
};

export function openAssessmentStore(options: {
  dir: string;
  backupsRoot: string;
  quarantineDir: string;
  notices: Notices;
  now: () => Date;
  codec: Codec;
  writer: WriteGuard;
  backupOnOpen: boolean;
}): AssessmentStore {
  const open = new Map<string, ManagedDocument<Assessment>>();
  const document = (id: string): ManagedDocument<Assessment> => {
    if (!RecordId.safeParse(id).success) throw new UserError('assessment.bad-id', { id });
    let doc = open.get(id);
    if (!doc) {
      doc = managedDocument({
        subject: problem('storage.subject-assessment', { id }),
        about: { kind: 'assessment', id },
        file: path.join(options.dir, `${id}.json`),
        context: assessmentContext(id),
        spec: assessmentSpec,
        codec: options.codec,
        backupsDir: path.join(options.backupsRoot, id),
        quarantineDir: options.quarantineDir,
        notices: options.notices,
        now: options.now,
        writer: options.writer,
        backupOnOpen: options.backupOnOpen,
      });
      open.set(id, doc);
    }
    return doc;
  };
  const exists = (id: string) => RecordId.safeParse(id).success && (document(id).exists() || document(id).backups.list().length > 0);
  return {
    exists,
    document,
    create(assessment) {
      if (exists(assessment.id)) throw new UserError('assessment.exists', { id: assessment.id });
      document(assessment.id).write(assessment);
    },
    read(id) {
      const doc = document(id);
      if (doc.loaded()) return doc.read();
      if (!exists(id) && !doc.damaged()) throw new UserError('assessment.none', { id });
      return document(id).read();
    },
    write(assessment) {
      refuseIfSigned(document(assessment.id));
      document(assessment.id).write(assessment);
    },
  };
}
