// The home screen's state: settings, organisations, assessments and catalogs, loaded from main. Every
// change goes through main first and the store is updated from main's answer, so the screen never shows
// something that was not saved.
import { create } from 'zustand';
import type { AssessmentDetails, AssessmentSummary, CatalogSummary, Language, NewAssessment, Organisation, OrganisationDetails } from '../../../assessments';
import type { AppInfo, ChannelOutputs } from '../../../electron/ipc/contract';
import { call } from '../api/client';
import { errorText } from '../i18n';

type Status = 'loading' | 'ready' | 'failed';

/** What main found and repaired (or could not) when it opened the data folder; shown until dismissed. */
export type Notice = ChannelOutputs['listNotices'][number];
export type NoticeAbout = Notice extends infer N ? (N extends { about: infer A } ? A : never) : never;
export type RestoreResult = ChannelOutputs['restoreBackup'];
export type ImportMode = 'copy' | 'replace';
export type ImportResult = ChannelOutputs['importAssessment'];

export type HomeState = {
  status: Status;
  loadError: string | null;
  language: Language;
  appInfo: AppInfo | null;
  organisations: Organisation[];
  assessments: AssessmentSummary[];
  catalogs: CatalogSummary[];
  notices: Notice[];
  load(): Promise<void>;
  /** The data folder's path, available even while it is locked. */
  appInfoOnly(): Promise<string>;
  /** Re-reads organisations and assessments without the loading screen, so open dialogs stay open. */
  refresh(): Promise<void>;
  dismissNotices(): Promise<void>;
  restoreBackup(assessmentId: string, backupName: string): Promise<RestoreResult>;
  importAssessment(token: string, mode: ImportMode, passphrase?: string): Promise<ImportResult>;
  setLanguage(language: Language): Promise<void>;
  createOrganisation(details: OrganisationDetails): Promise<Organisation>;
  updateOrganisation(id: string, details: OrganisationDetails): Promise<Organisation>;
  /** Moves the organisation and its assessments to the trash. */
  deleteOrganisation(id: string): Promise<void>;
  restoreOrganisation(id: string): Promise<void>;
  createAssessment(input: NewAssessment): Promise<AssessmentSummary>;
  updateAssessment(id: string, details: AssessmentDetails): Promise<AssessmentSummary>;
  duplicateAssessment(id: string, title: string): Promise<AssessmentSummary>;
  deleteAssessment(id: string): Promise<void>;
  restoreAssessment(id: string): Promise<void>;
  emptyTrash(): Promise<ChannelOutputs['emptyTrash']>;
  importCatalog(fileName: string, bytes: ArrayBuffer): Promise<CatalogSummary>;
};

function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

export const useHomeStore = create<HomeState>((set, get) => ({
  status: 'loading',
  loadError: null,
  language: 'ja',
  appInfo: null,
  organisations: [],
  assessments: [],
  catalogs: [],
  notices: [],
  async load() {
    set({ status: 'loading', loadError: null });
    // Notices are fetched on their own: when the data cannot be loaded they are what explains why.
    void call('listNotices', {}).then(
      (notices) => set({ notices }),
      () => undefined, // the load below fails too and shows the error
    );
    try {
      const [settings, appInfo, organisations, assessments, catalogs] = await Promise.all([
        call('getSettings', {}),
        call('getAppInfo', {}),
        call('listOrganisations', {}),
        call('listAssessments', {}),
        call('listCatalogs', {}),
      ]);
      set({ status: 'ready', language: settings.language, appInfo, organisations, assessments, catalogs });
    } catch (error) {
      set({ status: 'failed', loadError: errorText(error) });
    }
  },
  async appInfoOnly() {
    return (await call('getAppInfo', {})).dataFolder;
  },
  async refresh() {
    const [organisations, assessments, catalogs] = await Promise.all([
      call('listOrganisations', {}),
      call('listAssessments', {}),
      call('listCatalogs', {}),
    ]);
    set({ organisations, assessments, catalogs });
  },
  async dismissNotices() {
    await call('dismissNotices', {});
    set({ notices: [] });
  },
  async restoreBackup(assessmentId, backupName) {
    const result = await call('restoreBackup', { assessmentId, backupName });
    await get().refresh();
    return result;
  },
  async importAssessment(token, mode, passphrase) {
    const result = await call('importAssessment', passphrase ? { token, mode, passphrase } : { token, mode });
    // An import can add an organisation and a custom catalog as well as the assessment.
    await get().refresh();
    return result;
  },
  async setLanguage(language) {
    const settings = await call('updateSettings', { language });
    set({ language: settings.language });
  },
  async createOrganisation(details) {
    const organisation = await call('createOrganisation', details);
    set((state) => ({ organisations: [...state.organisations, organisation] }));
    return organisation;
  },
  async updateOrganisation(id, details) {
    const organisation = await call('updateOrganisation', { id, details });
    set((state) => ({ organisations: state.organisations.map((o) => (o.id === id ? organisation : o)) }));
    return organisation;
  },
  async deleteOrganisation(id) {
    await call('deleteOrganisation', { id });
    await get().refresh();
  },
  async restoreOrganisation(id) {
    await call('restoreOrganisation', { id });
    await get().refresh();
  },
  async createAssessment(input) {
    const summary = await call('createAssessment', input);
    set((state) => ({ assessments: [...state.assessments, summary] }));
    return summary;
  },
  async updateAssessment(id, details) {
    const summary = await call('updateAssessment', { id, details });
    set((state) => ({ assessments: state.assessments.map((a) => (a.id === id ? summary : a)) }));
    return summary;
  },
  async duplicateAssessment(id, title) {
    const summary = await call('duplicateAssessment', { id, title });
    set((state) => ({ assessments: [...state.assessments, summary] }));
    return summary;
  },
  async deleteAssessment(id) {
    await call('deleteAssessment', { id });
    await get().refresh();
  },
  async restoreAssessment(id) {
    await call('restoreAssessment', { id });
    await get().refresh();
  },
  async emptyTrash() {
    const result = await call('emptyTrash', {});
    await get().refresh();
    return result;
  },
  async importCatalog(fileName, bytes) {
    // The bytes as they are: main checks the encoding, so a file with invalid UTF-8 is refused, not mended.
    const summary = await call('importCatalog', { fileName, data: toBase64(bytes) });
    set((state) => ({ catalogs: [...state.catalogs.filter((c) => c.id !== summary.id), summary] }));
    return summary;
  },
}));
