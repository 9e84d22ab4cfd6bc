// Puts a checked export into the data folder, all or nothing: as a new copy (new assessment id) or in place
// of the assessment with the same id (after a backup). Everything is checked against this computer first —
// catalogs (built-in ones are always this app's own, whatever the file carries), items, answers,
// organisation — without writing anything; only then are backups taken and files written, and a failure
// while writing undoes what was written.
import fs from 'node:fs';
import {
  type Assessment,
  type Catalog,
  catalogItems,
  type ExportDocument,
  newRecordId,
  type Organisation,
  problem,
  type Problem,
  summarise,
} from '../../../assessments';
import type { ImportPreview, ImportResult } from '../../ipc/shapes';
import type { CatalogLibrary } from '../catalog-library';
import { UserError } from '../errors';
import { refuseIfSigned } from '../storage/assessment-store';
import type { IndexDocument } from '../storage/index-store';
import { progressOf } from '../progress';
import type { Workspace } from '../workspace';

export type ImportMode = 'copy' | 'replace';
export type { ImportPreview, ImportResult };

type Plan = {
  /** The catalog each pinned id@version is answered against here. */
  catalogs: Map<string, Catalog>;
  /** Custom catalogs to install (not installed yet). */
  install: Catalog[];
  organisation: Organisation;
  organisationIsNew: boolean;
  notes: Problem[];
};

/** Whether an earlier edition of the catalog installed here asks the item (a retired item's kept answer). */
function askedBefore(catalogs: CatalogLibrary, catalogId: string, version: number, itemId: string): boolean {
  return catalogs
    .listAll()
    .filter((c) => c.id === catalogId && c.version < version)
    .some((c) => catalogItems(catalogs.getVersion(c.id, c.version)).some((i) => i.id === itemId));
}

/** Every check that needs this computer's state, on the folder's index as it is now. Reads only. */
export function checkImportAgainst(index: IndexDocument, catalogs: CatalogLibrary, doc: ExportDocument, mode: ImportMode, random: () => number = Math.random): Plan {
  const used = new Map<string, Catalog>();
  const install: Catalog[] = [];
  for (const exported of doc.catalogs) {
    const key = `${exported.id}@${exported.version}`;
    const source = catalogs.sourceOf(exported.id, exported.version);
    if (exported.source === 'built-in') {
      if (source !== 'built-in') throw new UserError('import.built-in-unknown', { id: exported.id, version: exported.version });
      used.set(key, catalogs.getVersion(exported.id, exported.version));
      continue;
    }
    const carried = exported.catalog!;
    if (source === 'built-in' || catalogs.listAll().some((c) => c.id === exported.id && c.source === 'built-in')) {
      throw new UserError('import.custom-has-built-in-id', { id: exported.id });
    }
    if (source === 'custom') {
      const installed = catalogs.getVersion(exported.id, exported.version);
      if (JSON.stringify(installed) !== JSON.stringify(carried)) throw new UserError('import.custom-differs', { id: exported.id, version: exported.version });
      used.set(key, installed);
    } else {
      install.push(carried);
      used.set(key, carried);
    }
  }
  for (const [key, answer] of Object.entries(doc.assessment.answers)) {
    const [catalogId, itemId] = key.split('/') as [string, string];
    const pinned = doc.assessment.catalogs.find((c) => c.id === catalogId)!;
    const catalog = used.get(`${pinned.id}@${pinned.version}`)!;
    const asked = catalogItems(catalog).some((i) => i.id === itemId);
    // An answer to an item an earlier edition asked is one kept from before a move to a newer edition: it stays,
    // outside the score, as it stays in the assessment on the computer that exported it.
    if (!asked && !askedBefore(catalogs, catalogId, pinned.version, itemId)) throw new UserError('import.unknown-item', { key, id: catalogId, version: pinned.version });
    if (answer.status === 'unknown' && catalog.kind !== 'quick-check') throw new UserError('import.unknown-not-allowed', { key });
  }
  if (mode === 'replace' && !index.assessments.some((a) => a.id === doc.assessment.id)) throw new UserError('import.nothing-to-replace');
  const notes: Problem[] = [];
  const here = index.organisations.find((o) => o.id === doc.organisation.id);
  let organisation = doc.organisation;
  let organisationIsNew = !here;
  if (here && here.name !== doc.organisation.name) {
    // Never rename someone's organisation behind their back, nor file the assessment under the wrong one.
    let id = newRecordId(random);
    while (index.organisations.some((o) => o.id === id)) id = newRecordId(random);
    organisation = { ...doc.organisation, id };
    organisationIsNew = true;
    notes.push(problem('import.organisation-renamed', { existing: here.name, name: doc.organisation.name }));
  }
  return { catalogs: used, install, organisation, organisationIsNew, notes };
}

export function previewImport(workspace: Workspace, catalogs: CatalogLibrary, doc: ExportDocument): ImportPreview {
  const plan = checkImportAgainst(workspace.index.read(), catalogs, doc, 'copy');
  const index = workspace.index.read();
  return {
    title: doc.assessment.title,
    organisation: doc.organisation.name,
    answers: Object.keys(doc.assessment.answers).length,
    evidence: doc.evidence.length,
    catalogs: doc.catalogs.map((c) => `${c.id} v${c.version}`),
    exportedAt: doc.exportedAt,
    assessmentExists: index.assessments.some((a) => a.id === doc.assessment.id),
    organisationExists: !plan.organisationIsNew,
    organisationIdTaken: plan.notes.length > 0,
  };
}

export function applyImport(
  workspace: Workspace,
  catalogs: CatalogLibrary,
  doc: ExportDocument,
  mode: ImportMode,
  random: () => number = Math.random,
): ImportResult {
  const plan = checkImportAgainst(workspace.index.read(), catalogs, doc, mode, random);
  workspace.writer.check();
  const now = workspace.now().toISOString();
  const base: Assessment = { ...doc.assessment, organisationId: plan.organisation.id };
  // A new copy says it is one (on its card) until it is renamed, so two identical cards never appear.
  const assessment: Assessment =
    mode === 'copy' ? { ...base, id: newRecordId(random), copyOf: { title: base.title, importedAt: now }, createdAt: now, updatedAt: now } : base;

  const undo: (() => void)[] = [];
  try {
    for (const evidence of doc.evidence) {
      if (!workspace.vault.has(evidence.hash)) {
        workspace.vault.put(Buffer.from(evidence.data, 'base64'));
        undo.push(() => workspace.vault.remove(evidence.hash));
      }
    }
    for (const catalog of plan.install) undo.push(catalogs.install(catalog));
    const document = workspace.assessments.document(assessment.id);
    if (mode === 'replace') {
      refuseIfSigned(document);
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
    const summary = summarise(assessment, progressOf(assessment, catalogs));
    workspace.index.update((index) => ({
      ...index,
      organisations: plan.organisationIsNew ? [...index.organisations, plan.organisation] : index.organisations,
      assessments: mode === 'replace' ? index.assessments.map((a) => (a.id === summary.id ? summary : a)) : [...index.assessments, summary],
    }));
    return { assessment: summary, notes: plan.notes };
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
