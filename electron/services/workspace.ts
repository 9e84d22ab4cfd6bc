// A data folder opened for use: the index and the assessment files, each with backups and recovery, and the
// evidence vault. Opened for writing only by the holder of the folder lock (the app, or a CLI command that
// writes): it creates a new folder, removes a crashed writer's leftovers and repairs damage from backups.
// Opened for reading (CLI export, score, report), it changes nothing at all.
import fs from 'node:fs';
import path from 'node:path';
import { formatProblem, type Language, problem, summarise } from '../../assessments';
import { isUserError } from './errors';
import { type Codec, plainCodec, SealedWithoutKeyError } from './storage/codec';
import { type AssessmentStore, openAssessmentStore } from './storage/assessment-store';
import { type DataFolder, dataFolder, ensureDataFolder, removeLeftoverTempFiles } from './storage/data-folder';
import { NewerVersionError } from './storage/document-file';
import type { FolderLock } from './storage/folder-lock';
import { emptyIndex, type IndexStore, openIndexStore } from './storage/index-store';
import { readOnly, type WriteGuard } from './storage/managed-document';
import { noticeBoard, type Notices } from './storage/recovery';
import { openVault, type Vault } from './storage/vault';

export type Workspace = {
  folder: DataFolder;
  index: IndexStore;
  assessments: AssessmentStore;
  notices: Notices;
  codec: Codec;
  vault: Vault;
  now: () => Date;
  /** readOnly, or the folder lock: checked before every write. */
  writer: WriteGuard;
};

export type WorkspaceOptions = {
  initialLanguage: Language;
  now?: () => Date;
  codec?: Codec;
  notices?: Notices;
  /** Given: open for writing (the caller holds it). Absent: open for reading only. */
  lock?: FolderLock;
  /** Read every assessment now (the app at start): damage is found while the user is told, with a backup of each. */
  checkAtStart?: boolean;
};

export function openWorkspace(root: string, options: WorkspaceOptions): Workspace {
  const now = options.now ?? (() => new Date());
  const codec = options.codec ?? plainCodec;
  const folder = dataFolder(root);
  const notices = options.notices ?? noticeBoard();
  const writer: WriteGuard = options.lock ?? readOnly;
  const writing = writer !== readOnly;
  if (writing) {
    writer.check();
    ensureDataFolder(folder);
    const removed = removeLeftoverTempFiles(folder, now().getTime());
    if (removed.length > 0) notices.add({ kind: 'temp-files-removed', count: removed.length, at: now().toISOString() });
  }
  const backupOnOpen = options.checkAtStart === true;
  const index = openIndexStore({
    file: folder.indexFile,
    backupsDir: path.join(folder.backupsDir, 'index'),
    quarantineDir: folder.quarantineDir,
    notices,
    now,
    initialLanguage: options.initialLanguage,
    codec: plainCodec,
    writer,
    backupOnOpen,
  });
  const assessments = openAssessmentStore({
    dir: folder.assessmentsDir,
    backupsRoot: folder.backupsDir,
    quarantineDir: folder.quarantineDir,
    notices,
    now,
    codec,
    writer,
    backupOnOpen,
  });
  const vault = openVault(folder.evidenceDir, codec, writer);
  const workspace: Workspace = { folder, index, assessments, notices, codec, vault, now, writer };
  if (options.checkAtStart) checkAtStart(workspace, options.initialLanguage);
  return workspace;
}

/**
 * Reads the index and every assessment once at start, so damage is found (and repaired from backups) while
 * the user is told, not in the middle of their work; this also takes the "on open" backups.
 */
function checkAtStart(workspace: Workspace, language: Language): void {
  let index;
  try {
    index = workspace.index.read();
  } catch (error) {
    if (!isUserError(error) || error instanceof NewerVersionError || error instanceof SealedWithoutKeyError) throw error;
    // No readable index and no backup: rebuild the list from the assessment files themselves, so no
    // assessment disappears from view. Organisation names live only in the index; they come back as
    // placeholders the user can see and rename.
    index = rebuildIndex(workspace, language);
  }
  for (const summary of index.assessments) {
    try {
      workspace.assessments.read(summary.id);
    } catch (error) {
      if (error instanceof SealedWithoutKeyError || !isUserError(error)) throw error;
      // Recorded as a notice; the other assessments still open.
    }
  }
}

function rebuildIndex(workspace: Workspace, language: Language) {
  const ids = fs.existsSync(workspace.folder.assessmentsDir)
    ? fs.readdirSync(workspace.folder.assessmentsDir).filter((n) => /^[a-z0-9]{8,32}\.json$/.test(n)).map((n) => n.slice(0, -5))
    : [];
  // Progress is worked out again by the session once the catalogs are loaded (summaries.refreshAll).
  const summaries = ids.flatMap((id) => {
    try {
      return [summarise(workspace.assessments.read(id), { answered: 0, applicable: 0, score: null })];
    } catch {
      return [];
    }
  });
  const organisationIds = [...new Set(summaries.map((s) => s.organisationId))];
  const rebuilt = {
    ...emptyIndex(language),
    organisations: organisationIds.map((id, i) => ({
      id,
      name: (['en', 'ja'] as const).map((l) => formatProblem(problem('folder.recovered-organisation', { n: i + 1 }), l)).join(' / '),
      address: '',
      representative: '',
      industry: '',
      employees: null,
      sites: '',
      createdAt: workspace.now().toISOString(),
    })),
    assessments: summaries,
  };
  workspace.index.document.write(rebuilt);
  return rebuilt;
}
