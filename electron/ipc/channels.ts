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
  'listAssessments',
  'createAssessment',
  'getAssessment',
  'saveAnswer',
  'listBackups',
  'restoreBackup',
  'exportAssessment',
  'chooseImportFile',
  'previewImport',
  'importAssessment',
  'listNotices',
  'dismissNotices',
  'listCatalogs',
  'importCatalog',
  'openExternal',
] as const;

export type ChannelName = (typeof channelNames)[number];

/** The name under which the preload exposes the API object on `window`. */
export const API_GLOBAL = 'mamori';
