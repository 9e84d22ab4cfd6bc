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
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../ipc/contract';
import { applyImport, previewImport } from './exchange/apply-import';
import { buildExport, suggestedExportName, writeExportFile } from './exchange/export-file';
import { isEncryptedExport, readExportFile } from './exchange/import-file';
import { UserError } from './errors';
import { isVettedExternalUrl } from './external-links';
import type { Session } from './session';

export type HandlerDeps = {
  session: Session;
  appVersion: string;
  now: () => Date;
  random?: () => number;
  openLink: (url: string) => Promise<void>;
  /** Asks the user where to save an export (a dialog in the app); null when cancelled. */
  chooseExportPath?: (suggestedName: string) => Promise<string | null>;
  /** Asks the user which file to import; null when cancelled. */
  chooseImportPath?: () => Promise<string | null>;
};

export function createHandlers(deps: HandlerDeps): Handlers {
  const { session } = deps;
  const { catalogs } = session;
  const ws = () => session.workspace();
  const random = deps.random ?? Math.random;
  const timestamp = () => deps.now().toISOString();
  const importTokens = new Map<string, string>();
  const fileOf = (token: string) => {
    const file = importTokens.get(token);
    if (!file) throw new UserError('import.choose-again');
    return file;
  };
  const noDialog = async () => {
    throw new UserError('ipc.no-dialog');
  };

  return {
    getAppInfo: () => ({ name: 'Mamori', version: deps.appVersion, dataFolder: session.root }),
    getSettings: () => ({ language: session.language() }),
    getEncryptionStatus: () => session.status(),
    unlock: async ({ passphrase }) => {
      await session.unlock(passphrase);
      return session.status();
    },
    enableEncryption: async ({ passphrase }) => {
      await session.enableEncryption(passphrase);
      return session.status();
    },
    updateSettings: ({ language }) => ({ language: session.setLanguage(language) }),
    listOrganisations: () => ws().index.read().organisations,
    createOrganisation: ({ name }) => {
      const organisation: Organisation = { id: newRecordId(random), name, createdAt: timestamp() };
      ws().index.update((index) => ({ ...index, organisations: [...index.organisations, organisation] }));
      return organisation;
    },
    listAssessments: () => ws().index.read().assessments,
    createAssessment: (input) => {
      const index = ws().index.read();
      if (!index.organisations.some((o) => o.id === input.organisationId)) {
        throw new UserError('organisation.none', { id: input.organisationId });
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
      ws().assessments.create(assessment);
      const summary = summarise(assessment);
      ws().index.update((current) => ({ ...current, assessments: [...current.assessments, summary] }));
      return summary;
    },
    getAssessment: ({ id }) => ws().assessments.read(id),
    saveAnswer: ({ assessmentId, key, answer }) => {
      const assessment = ws().assessments.read(assessmentId);
      const [catalogId, itemId] = key.split('/') as [string, string];
      const pinned = assessment.catalogs.find((c) => c.id === catalogId);
      if (!pinned) throw new UserError('assessment.catalog-not-used', { id: assessmentId, catalog: catalogId });
      const catalog = catalogs.getVersion(pinned.id, pinned.version);
      if (!catalog.domains.some((d) => d.items.some((i) => i.id === itemId))) {
        throw new UserError('assessment.no-item', { catalog: catalogId, version: pinned.version, item: itemId });
      }
      if (answer.status === 'unknown' && catalog.kind !== 'quick-check') throw new UserError('answer.unknown-not-allowed');
      for (const hash of answer.evidence) {
        if (!assessment.evidence[hash]) throw new UserError('evidence.not-attached', { hash: hash.slice(0, 12) });
      }
      const saved: Answer = { ...answer, updatedAt: timestamp() };
      ws().assessments.write({ ...assessment, answers: { ...assessment.answers, [key]: saved }, updatedAt: saved.updatedAt });
      return saved;
    },
    listBackups: ({ assessmentId }) => {
      if (!ws().assessments.exists(assessmentId)) throw new UserError('assessment.none', { id: assessmentId });
      return ws().assessments.document(assessmentId).backups.list();
    },
    restoreBackup: ({ assessmentId, backupName }) => {
      if (!ws().assessments.exists(assessmentId)) throw new UserError('assessment.none', { id: assessmentId });
      const document = ws().assessments.document(assessmentId);
      if (!document.backups.list().some((b) => b.name === backupName)) {
        throw new UserError('assessment.no-backup', { id: assessmentId, name: backupName });
      }
      const result = document.restore(backupName);
      const restored = document.read();
      ws().index.update((index) => ({
        ...index,
        assessments: index.assessments.map((a) => (a.id === assessmentId ? summarise(restored) : a)),
      }));
      return result;
    },
    exportAssessment: async ({ assessmentId, passphrase }) => {
      const doc = buildExport(ws(), catalogs, assessmentId, deps.appVersion);
      const file = await (deps.chooseExportPath ?? noDialog)(suggestedExportName(doc.assessment.title, doc.exportedAt));
      if (!file) return { saved: false };
      const bytes = await writeExportFile(file, doc, passphrase);
      return { saved: true, file, bytes };
    },
    chooseImportFile: async () => {
      const file = await (deps.chooseImportPath ?? noDialog)();
      if (!file) return { chosen: false };
      const token = crypto.randomBytes(16).toString('hex');
      importTokens.set(token, file);
      const head = Buffer.alloc(16);
      const fd = fs.openSync(file, 'r');
      try {
        fs.readSync(fd, head, 0, 16, 0);
      } finally {
        fs.closeSync(fd);
      }
      return { chosen: true, token, fileName: path.basename(file), encrypted: isEncryptedExport(head) };
    },
    previewImport: async ({ token, passphrase }) => previewImport(ws(), catalogs, await readExportFile(fileOf(token), passphrase)),
    importAssessment: async ({ token, mode, passphrase }) => {
      const doc = await readExportFile(fileOf(token), passphrase);
      const result = applyImport(ws(), catalogs, doc, mode, random);
      importTokens.delete(token);
      return result;
    },
    listNotices: () => ws().notices.list(),
    dismissNotices: () => {
      const dismissed = ws().notices.list().length;
      ws().notices.clear();
      return { dismissed };
    },
    listCatalogs: () => catalogs.list(),
    importCatalog: ({ fileName, data }) => catalogs.importCatalog(fileName, Buffer.from(data, 'base64')),
    openExternal: async ({ url }) => {
      if (!isVettedExternalUrl(url)) throw new UserError('link.refused', { url: url.slice(0, 200) });
      await deps.openLink(url);
      return { opened: true };
    },
  };
}
