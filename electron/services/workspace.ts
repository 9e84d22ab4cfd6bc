// Opens a data folder for use: creates it if new, removes a crashed writer's leftovers, and gives access to
// the index and the assessment files. Only one process may have a workspace open for writing; the app
// enforces that with Electron's single-instance lock.
import type { Language } from '../../assessments';
import { type DataFolder, dataFolder, ensureDataFolder, removeLeftoverTempFiles } from './storage/data-folder';
import { type AssessmentStore, openAssessmentStore } from './storage/assessment-store';
import { type IndexStore, openIndexStore } from './storage/index-store';

export type Workspace = {
  folder: DataFolder;
  index: IndexStore;
  assessments: AssessmentStore;
  removedTempFiles: string[];
};

export function openWorkspace(root: string, options: { initialLanguage: Language }): Workspace {
  const folder = dataFolder(root);
  ensureDataFolder(folder);
  const removedTempFiles = removeLeftoverTempFiles(folder);
  return {
    folder,
    index: openIndexStore(folder.indexFile, options.initialLanguage),
    assessments: openAssessmentStore(folder.assessmentsDir),
    removedTempFiles,
  };
}
