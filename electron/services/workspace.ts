// Opens a data folder for use: creates it if new, removes a crashed writer's leftovers, and gives access to
// the index and the assessment files, each with backups and recovery. Only one process may have a workspace
// open for writing; the app enforces that with Electron's single-instance lock.
import fs from 'node:fs';
import path from 'node:path';
import { type Language, summarise } from '../../assessments';
import { isUserError } from './errors';
import { NewerVersionError } from './storage/document-file';
import { type Codec, plainCodec } from './storage/codec';
import { type AssessmentStore, openAssessmentStore } from './storage/assessment-store';
import { type DataFolder, dataFolder, ensureDataFolder, removeLeftoverTempFiles } from './storage/data-folder';
import { emptyIndex, type IndexStore, openIndexStore } from './storage/index-store';
import { noticeBoard, type Notices } from './storage/recovery';
import { openVault, type Vault } from './storage/vault';

export type Workspace = {
  folder: DataFolder;
  index: IndexStore;
  assessments: AssessmentStore;
  notices: Notices;
  removedTempFiles: string[];
  codec: Codec;
  vault: Vault;
  now: () => Date;
};

export function openWorkspace(
  root: string,
  options: { initialLanguage: Language; now?: () => Date; codec?: Codec },
): Workspace {
  const now = options.now ?? (() => new Date());
  const codec = options.codec ?? plainCodec;
  const folder = dataFolder(root);
  ensureDataFolder(folder);
  const notices = noticeBoard();
  const removedTempFiles = removeLeftoverTempFiles(folder);
  if (removedTempFiles.length > 0) notices.add({ kind: 'temp-files-removed', count: removedTempFiles.length, at: now().toISOString() });
  const index = openIndexStore({
    file: folder.indexFile,
    backupsDir: path.join(folder.backupsDir, 'index'),
    quarantineDir: folder.quarantineDir,
    notices,
    now,
    initialLanguage: options.initialLanguage,
    codec: plainCodec,
  });
  const assessments = openAssessmentStore({
    dir: folder.assessmentsDir,
    backupsRoot: folder.backupsDir,
    quarantineDir: folder.quarantineDir,
    notices,
    now,
    codec,
  });
  const vault = openVault(folder.evidenceDir, codec);
  const workspace = { folder, index, assessments, notices, removedTempFiles, codec, vault, now };
  checkAtStart(workspace, options.initialLanguage);
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
    if (!isUserError(error) || error instanceof NewerVersionError) throw error;
    // No readable index and no backup: rebuild the list from the assessment files themselves, so no
    // assessment disappears from view. Organisation names live only in the index; they come back as
    // placeholders the user can see and rename.
    index = rebuildIndex(workspace, language);
  }
  for (const summary of index.assessments) {
    try {
      workspace.assessments.read(summary.id);
    } catch (error) {
      if (!isUserError(error)) throw error; // recorded as a notice; the other assessments still open
    }
  }
}

function rebuildIndex(workspace: Workspace, language: Language) {
  const ids = fs.existsSync(workspace.folder.assessmentsDir)
    ? fs.readdirSync(workspace.folder.assessmentsDir).filter((n) => /^[a-z0-9]{8,32}\.json$/.test(n)).map((n) => n.slice(0, -5))
    : [];
  const summaries = ids.flatMap((id) => {
    try {
      return [summarise(workspace.assessments.read(id))];
    } catch {
      return [];
    }
  });
  const organisationIds = [...new Set(summaries.map((s) => s.organisationId))];
  const rebuilt = {
    ...emptyIndex(language),
    organisations: organisationIds.map((id, i) => ({
      id,
      name: `Recovered organisation ${i + 1} / 復元された組織 ${i + 1}`,
      createdAt: workspace.now().toISOString(),
    })),
    assessments: summaries,
  };
  workspace.index.document.write(rebuilt);
  return rebuilt;
}
