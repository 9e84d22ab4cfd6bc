// The names of every IPC channel, and nothing else: the preload imports this file alone, so the sandboxed
// preload bundle stays tiny and cannot expose a channel the contract does not declare.
export const channelNames = [
  'getAppInfo',
  'getSettings',
  'getEncryptionStatus',
  'unlock',
  'enableEncryption',
  'updateSettings',
  'listOrganisations',
  'createOrganisation',
  'updateOrganisation',
  'deleteOrganisation',
  'restoreOrganisation',
  'listAssessments',
  'createAssessment',
  'getAssessment',
  'updateAssessment',
  'updateProfile',
  'duplicateAssessment',
  'deleteAssessment',
  'restoreAssessment',
  'emptyTrash',
  'saveAnswer',
  'attachEvidence',
  'linkEvidence',
  'renameEvidence',
  'removeEvidence',
  'openEvidence',
  'saveEvidenceCopy',
  'listBackups',
  'restoreBackup',
  'exportAssessment',
  'chooseImportFile',
  'previewImport',
  'importAssessment',
  'listNotices',
  'dismissNotices',
  'listCatalogs',
  'getCatalog',
  'importCatalog',
  'openExternal',
] as const;

export type ChannelName = (typeof channelNames)[number];

/** The name under which the preload exposes the API object on `window`. */
export const API_GLOBAL = 'mamori';
