// Writing an assessment to a .mamori file: everything it holds, with its organisation, catalogs and evidence.
// With a passphrase, the whole file is sealed with its own key (scrypt + AES-256-GCM), independent of the
// data folder's encryption.
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  type ExportDocument,
  ExportDocument as ExportSchema,
} from '../../../assessments';
import type { CatalogLibrary } from '../catalog-library';
import { sealWithPassphrase } from '../crypto';
import { UserError } from '../errors';
import { writeFileAtomic } from '../storage/atomic-file';
import type { Workspace } from '../workspace';

export const EXPORT_CONTEXT = 'mamori-export';

export function buildExport(workspace: Workspace, catalogs: CatalogLibrary, assessmentId: string, appVersion: string): ExportDocument {
  const assessment = workspace.assessments.read(assessmentId);
  const organisation = workspace.index.read().organisations.find((o) => o.id === assessment.organisationId);
  if (!organisation) throw new UserError('export.organisation-missing', { id: assessmentId });
  const doc: ExportDocument = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: workspace.now().toISOString(),
    app: { name: 'Mamori', version: appVersion },
    organisation,
    assessment,
    catalogs: assessment.catalogs.map((pinned) => {
      const source = catalogs.sourceOf(pinned.id, pinned.version);
      if (!source) throw new UserError('export.catalog-missing', { id: pinned.id, version: pinned.version });
      return source === 'custom'
        ? { id: pinned.id, version: pinned.version, source, catalog: catalogs.getVersion(pinned.id, pinned.version) }
        : { id: pinned.id, version: pinned.version, source };
    }),
    evidence: Object.values(assessment.evidence).map((file) => ({ ...file, data: workspace.vault.get(file.hash).toString('base64') })),
  };
  return ExportSchema.parse(doc);
}

export async function writeExportFile(file: string, doc: ExportDocument, passphrase?: string): Promise<number> {
  const json = Buffer.from(JSON.stringify(doc), 'utf8');
  const bytes = passphrase ? await sealWithPassphrase(json, passphrase, EXPORT_CONTEXT) : json;
  writeFileAtomic(file, bytes);
  return bytes.length;
}

/** A file name for the export from the title and date, with anything unsafe in a file name replaced. */
export function suggestedExportName(title: string, exportedAt: string): string {
  const safe = [...title]
    .map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('').replace(/^[.\s]+/, '').slice(0, 80) || 'assessment';
  return `${safe} ${exportedAt.slice(0, 10)}.mamori`;
}
