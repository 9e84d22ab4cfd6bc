// Puts a checked export into the data folder, all or nothing: as a new copy (new assessment id) or in place
// of the assessment with the same id (after a backup). Everything is checked against this computer first —
// catalogs, items, organisation — and only then written; a failure while writing undoes what was written.
import fs from 'node:fs';
import {
  type Assessment,
  type AssessmentSummary,
  catalogItems,
  type ExportDocument,
  newRecordId,
  summarise,
} from '../../../assessments';
import type { CatalogLibrary } from '../catalog-library';
import { UserError } from '../errors';
import type { Workspace } from '../workspace';

export type ImportMode = 'copy' | 'replace';

export type ImportPreview = {
  title: string;
  organisation: string;
  answers: number;
  evidence: number;
  catalogs: string[];
  exportedAt: string;
  assessmentExists: boolean;
  organisationExists: boolean;
};

export function previewImport(workspace: Workspace, catalogs: CatalogLibrary, doc: ExportDocument): ImportPreview {
  checkAgainstHere(workspace, catalogs, doc, 'copy');
  const index = workspace.index.read();
  return {
    title: doc.assessment.title,
    organisation: doc.organisation.name,
    answers: Object.keys(doc.assessment.answers).length,
    evidence: doc.evidence.length,
    catalogs: doc.catalogs.map((c) => `${c.id} v${c.version}`),
    exportedAt: doc.exportedAt,
    assessmentExists: index.assessments.some((a) => a.id === doc.assessment.id),
    organisationExists: index.organisations.some((o) => o.id === doc.organisation.id),
  };
}

/** Every check that needs this computer's state; throws before anything is written. */
function checkAgainstHere(workspace: Workspace, catalogs: CatalogLibrary, doc: ExportDocument, mode: ImportMode): void {
  const index = workspace.index.read();
  for (const exported of doc.catalogs) {
    const source = catalogs.sourceOf(exported.id, exported.version);
    if (exported.source === 'built-in' && source !== 'built-in') {
      throw new UserError(`The file uses the built-in catalog "${exported.id}" v${exported.version}, which this version of Mamori does not have. Update Mamori to import it.`);
    }
    if (exported.source === 'custom') {
      if (source === 'built-in') throw new UserError(`The file's custom catalog "${exported.id}" has the id of a built-in catalog`);
      if (source === 'custom' && JSON.stringify(catalogs.getVersion(exported.id, exported.version)) !== JSON.stringify(exported.catalog)) {
        throw new UserError(`A different custom catalog "${exported.id}" v${exported.version} is already installed here; the file's version cannot replace it`);
      }
    }
  }
  for (const key of Object.keys(doc.assessment.answers)) {
    const [catalogId, itemId] = key.split('/') as [string, string];
    const pinned = doc.assessment.catalogs.find((c) => c.id === catalogId)!;
    const exported = doc.catalogs.find((c) => c.id === pinned.id && c.version === pinned.version)!;
    const catalog = exported.catalog ?? catalogs.getVersion(pinned.id, pinned.version);
    if (!catalogItems(catalog).some((i) => i.id === itemId)) throw new UserError(`The file answers ${key}, which catalog "${catalogId}" v${pinned.version} does not have`);
  }
  if (mode === 'replace' && !index.assessments.some((a) => a.id === doc.assessment.id)) {
    throw new UserError('There is no assessment with this id here to replace; import it as a new copy instead');
  }
}

export function applyImport(workspace: Workspace, catalogs: CatalogLibrary, doc: ExportDocument, mode: ImportMode): AssessmentSummary {
  checkAgainstHere(workspace, catalogs, doc, mode);
  const now = workspace.now().toISOString();
  const assessment: Assessment =
    mode === 'copy' ? { ...doc.assessment, id: newRecordId(), createdAt: now, updatedAt: now } : doc.assessment;

  const undo: (() => void)[] = [];
  try {
    for (const evidence of doc.evidence) {
      if (!workspace.vault.has(evidence.hash)) {
        workspace.vault.put(Buffer.from(evidence.data, 'base64'));
        undo.push(() => workspace.vault.remove(evidence.hash));
      }
    }
    for (const exported of doc.catalogs) {
      if (exported.source === 'custom' && !catalogs.sourceOf(exported.id, exported.version) && exported.catalog) {
        catalogs.importCatalog(`${exported.id}.json`, JSON.stringify(exported.catalog));
        undo.push(() => catalogs.forget(exported.id, exported.version));
      }
    }
    const document = workspace.assessments.document(assessment.id);
    if (mode === 'replace') {
      const backup = document.backups.take(document.path, 'before-import');
      const previous = backup ? document.backups.path(backup.name) : null;
      undo.push(() => {
        if (previous) fs.copyFileSync(previous, document.path);
        document.reload();
      });
      document.write(assessment);
    } else {
      workspace.assessments.create(assessment);
      undo.push(() => fs.rmSync(document.path, { force: true }));
    }
    const summary = summarise(assessment);
    workspace.index.update((index) => ({
      ...index,
      organisations: index.organisations.some((o) => o.id === doc.organisation.id) ? index.organisations : [...index.organisations, doc.organisation],
      assessments: mode === 'replace' ? index.assessments.map((a) => (a.id === summary.id ? summary : a)) : [...index.assessments, summary],
    }));
    return summary;
  } catch (error) {
    for (const step of undo.reverse()) {
      try {
        step();
      } catch {
        // Keep undoing the rest.
      }
    }
    throw error;
  }
}
