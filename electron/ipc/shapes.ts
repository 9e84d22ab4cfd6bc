// The shapes that cross IPC and are produced by the services: declared here, beside the contract, so the
// contract never reaches into the services (the services import these types instead).
import type { AssessmentSummary, EditionComparison, Problem } from '../../assessments';

export type EncryptionStatus = { encrypted: boolean; locked: boolean };

export const backupReasons = ['open', 'periodic', 'before-restore', 'restored', 'before-import', 'before-migration', 'before-edition-change'] as const;
export type BackupReason = (typeof backupReasons)[number];
export type Backup = { name: string; takenAt: string; reason: BackupReason; size: number };

/** What a notice is about, for the UI to name in the user's words (the assessment's title). */
export type NoticeAbout = { kind: 'index' } | { kind: 'assessment'; id: string };

/** What main found and repaired (or could not) in the data folder, shown to the user until dismissed. */
export type Notice =
  | { kind: 'recovered'; about: NoticeAbout; file: string; reason: Problem; quarantinedTo: string | null; restoredFrom: string; backupTakenAt: string; at: string }
  | { kind: 'unrecoverable'; about: NoticeAbout; file: string; reason: Problem; quarantinedTo: string | null; at: string }
  | { kind: 'migrated'; about: NoticeAbout; file: string; fromVersion: number; toVersion: number; at: string }
  | { kind: 'temp-files-removed'; count: number; at: string }
  | { kind: 'catalog-quarantined'; file: string; reason: Problem; quarantinedTo: string; at: string };

export type ImportPreview = {
  title: string;
  organisation: string;
  answers: number;
  evidence: number;
  catalogs: string[];
  exportedAt: string;
  assessmentExists: boolean;
  organisationExists: boolean;
  /** The organisation id in the file is used here by an organisation with another name. */
  organisationIdTaken: boolean;
};

export type ImportResult = { assessment: AssessmentSummary; notes: Problem[] };

/** What moving an assessment to the newest editions would change, per catalog with a newer edition. */
export type EditionMovePreview = { assessmentId: string; title: string; comparisons: EditionComparison[] };

/** A move done: the assessment's new summary, the backup that undoes it, and what moved from which version. */
export type EditionMoveResult = { assessment: AssessmentSummary; backup: Backup; moved: { id: string; from: number; to: number }[] };
