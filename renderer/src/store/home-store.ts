// The home screen's state: settings, organisations, assessments and catalogs, loaded from main. Every
// change goes through main first and the store is updated from main's answer, so the screen never shows
// something that was not saved.
import { create } from 'zustand';
import type { AssessmentSummary, CatalogSummary, Language, NewAssessment, Organisation } from '../../../assessments';
import type { AppInfo } from '../../../electron/ipc/contract';
import { call } from '../api/client';

type Status = 'loading' | 'ready' | 'failed';

export type HomeState = {
  status: Status;
  loadError: string | null;
  language: Language;
  appInfo: AppInfo | null;
  organisations: Organisation[];
  assessments: AssessmentSummary[];
  catalogs: CatalogSummary[];
  load(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  createOrganisation(name: string): Promise<Organisation>;
  createAssessment(input: NewAssessment): Promise<AssessmentSummary>;
  importCatalog(fileName: string, text: string): Promise<CatalogSummary>;
};

export const useHomeStore = create<HomeState>((set) => ({
  status: 'loading',
  loadError: null,
  language: 'ja',
  appInfo: null,
  organisations: [],
  assessments: [],
  catalogs: [],
  async load() {
    set({ status: 'loading', loadError: null });
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
      set({ status: 'failed', loadError: error instanceof Error ? error.message : String(error) });
    }
  },
  async setLanguage(language) {
    const settings = await call('updateSettings', { language });
    set({ language: settings.language });
  },
  async createOrganisation(name) {
    const organisation = await call('createOrganisation', { name });
    set((state) => ({ organisations: [...state.organisations, organisation] }));
    return organisation;
  },
  async createAssessment(input) {
    const summary = await call('createAssessment', input);
    set((state) => ({ assessments: [...state.assessments, summary] }));
    return summary;
  },
  async importCatalog(fileName, text) {
    const summary = await call('importCatalog', { fileName, text });
    set((state) => ({ catalogs: [...state.catalogs.filter((c) => c.id !== summary.id), summary] }));
    return summary;
  },
}));
