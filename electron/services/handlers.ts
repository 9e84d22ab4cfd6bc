// The implementation of every IPC channel over the services. Plain Node: Electron's main process, the test
// bridge and the CLI build it the same way, each passing its own data folder, clock and link opener.
import {
  type Answer,
  ASSESSMENT_SCHEMA_VERSION,
  type Assessment,
  newRecordId,
  type Organisation,
  summarise,
} from '../../assessments';
import type { Handlers } from '../ipc/contract';
import { type CatalogLibrary } from './catalog-library';
import { UserError } from './errors';
import { isVettedExternalUrl } from './external-links';
import type { Workspace } from './workspace';

export type HandlerDeps = {
  workspace: Workspace;
  catalogs: CatalogLibrary;
  appVersion: string;
  now: () => Date;
  random?: () => number;
  openLink: (url: string) => Promise<void>;
};

export function createHandlers(deps: HandlerDeps): Handlers {
  const { workspace, catalogs } = deps;
  const random = deps.random ?? Math.random;
  const timestamp = () => deps.now().toISOString();

  return {
    getAppInfo: () => ({ name: 'Mamori', version: deps.appVersion, dataFolder: workspace.folder.root }),
    getSettings: () => workspace.index.read().settings,
    updateSettings: ({ language }) =>
      workspace.index.update((index) => ({ ...index, settings: { ...index.settings, language } })).settings,
    listOrganisations: () => workspace.index.read().organisations,
    createOrganisation: ({ name }) => {
      const organisation: Organisation = { id: newRecordId(random), name, createdAt: timestamp() };
      workspace.index.update((index) => ({ ...index, organisations: [...index.organisations, organisation] }));
      return organisation;
    },
    listAssessments: () => workspace.index.read().assessments,
    createAssessment: (input) => {
      const index = workspace.index.read();
      if (!index.organisations.some((o) => o.id === input.organisationId)) {
        throw new UserError(`There is no organisation with id ${input.organisationId}`);
      }
      const pinned = [...new Set(input.catalogIds)].map((id) => ({ id, version: catalogs.get(id).version }));
      const at = timestamp();
      const assessment: Assessment = {
        schemaVersion: ASSESSMENT_SCHEMA_VERSION,
        id: newRecordId(random),
        organisationId: input.organisationId,
        title: input.title,
        catalogs: pinned,
        profile: input.profile,
        answers: {},
        evidence: {},
        createdAt: at,
        updatedAt: at,
      };
      // The assessment file first, then the index: a crash in between leaves an unlisted file, never a
      // listed assessment without its file.
      workspace.assessments.create(assessment);
      const summary = summarise(assessment);
      workspace.index.update((current) => ({ ...current, assessments: [...current.assessments, summary] }));
      return summary;
    },
    getAssessment: ({ id }) => workspace.assessments.read(id),
    saveAnswer: ({ assessmentId, key, answer }) => {
      const assessment = workspace.assessments.read(assessmentId);
      const [catalogId, itemId] = key.split('/') as [string, string];
      const pinned = assessment.catalogs.find((c) => c.id === catalogId);
      if (!pinned) throw new UserError(`Assessment ${assessmentId} does not use the catalog "${catalogId}"`);
      const catalog = catalogs.getVersion(pinned.id, pinned.version);
      if (!catalog.domains.some((d) => d.items.some((i) => i.id === itemId))) {
        throw new UserError(`Catalog "${catalogId}" v${pinned.version} has no item ${itemId}`);
      }
      for (const hash of answer.evidence) {
        if (!assessment.evidence[hash]) throw new UserError(`Evidence ${hash.slice(0, 12)}… is not attached to this assessment`);
      }
      const saved: Answer = { ...answer, updatedAt: timestamp() };
      workspace.assessments.write({ ...assessment, answers: { ...assessment.answers, [key]: saved }, updatedAt: saved.updatedAt });
      return saved;
    },
    listBackups: ({ assessmentId }) => {
      if (!workspace.assessments.exists(assessmentId)) throw new UserError(`There is no assessment with id ${assessmentId}`);
      return workspace.assessments.document(assessmentId).backups.list();
    },
    restoreBackup: ({ assessmentId, backupName }) => {
      if (!workspace.assessments.exists(assessmentId)) throw new UserError(`There is no assessment with id ${assessmentId}`);
      const document = workspace.assessments.document(assessmentId);
      if (!document.backups.list().some((b) => b.name === backupName)) {
        throw new UserError(`Assessment ${assessmentId} has no backup named ${backupName}`);
      }
      const result = document.restore(backupName);
      const restored = document.read();
      workspace.index.update((index) => ({
        ...index,
        assessments: index.assessments.map((a) => (a.id === assessmentId ? summarise(restored) : a)),
      }));
      return result;
    },
    listNotices: () => workspace.notices.list(),
    dismissNotices: () => {
      const dismissed = workspace.notices.list().length;
      workspace.notices.clear();
      return { dismissed };
    },
    listCatalogs: () => catalogs.list(),
    importCatalog: ({ fileName, text }) => catalogs.importCatalog(fileName, text),
    openExternal: async ({ url }) => {
      if (!isVettedExternalUrl(url)) throw new UserError(`This link is not allowed to open: ${url}`);
      await deps.openLink(url);
      return { opened: true };
    },
  };
}
