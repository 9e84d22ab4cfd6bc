// The .mamori export file: one assessment with everything needed to carry it to another computer — its
// organisation, the catalogs it pins (custom catalogs in full), every answer and note, and its evidence files
// with their hashes. Documented in docs/export-format.md; docs/mamori-export.schema.json is generated from
// this schema and checked by a test. Versioned by formatVersion; readers refuse versions they do not know.
import { z } from 'zod';
import { Catalog, CatalogId } from '../catalog/schema';
import { Assessment, ASSESSMENT_SCHEMA_VERSION } from '../model/assessment';
import { assessmentMigrations, migrate } from '../model/migrations';
import { EvidenceHash, EvidenceName, MAX_EVIDENCE_BYTES } from '../model/evidence';
import { Organisation } from '../model/organisation';
import type { ProblemCode } from '../messages/problem';

export const EXPORT_FORMAT = 'mamori-export';
export const EXPORT_FORMAT_VERSION = 2;
/** Larger files are refused before they are read. */
export const MAX_EXPORT_BYTES = 150 * 1024 * 1024;

export const ExportedCatalog = z.strictObject({
  id: CatalogId,
  version: z.number().int().min(1),
  source: z.enum(['built-in', 'custom']),
  /** The full catalog for custom catalogs, so the receiving computer can install it. */
  catalog: Catalog.optional(),
});
export type ExportedCatalog = z.infer<typeof ExportedCatalog>;

export const ExportedEvidence = z.strictObject({
  hash: EvidenceHash,
  name: EvidenceName,
  size: z.number().int().min(0).max(MAX_EVIDENCE_BYTES),
  mediaType: z.string().max(100),
  addedAt: z.iso.datetime(),
  /** The file's bytes, base64. */
  data: z.string().max(Math.ceil(MAX_EVIDENCE_BYTES / 3) * 4 + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'field.base64'),
});
export type ExportedEvidence = z.infer<typeof ExportedEvidence>;

export const ExportDocument = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT),
    formatVersion: z.literal(EXPORT_FORMAT_VERSION),
    exportedAt: z.iso.datetime(),
    app: z.strictObject({ name: z.literal('Mamori'), version: z.string().max(40) }),
    organisation: Organisation,
    assessment: Assessment,
    catalogs: z.array(ExportedCatalog).min(1).max(20),
    evidence: z.array(ExportedEvidence).max(10_000),
  })
  .superRefine((doc, ctx) => {
    const issue = (path: (string | number)[], message: ProblemCode, params?: Record<string, string>) =>
      ctx.addIssue({ code: 'custom', path, message, ...(params ? { params } : {}) });
    if (doc.assessment.organisationId !== doc.organisation.id) {
      issue(['assessment', 'organisationId'], 'import.organisation-mismatch');
    }
    const catalogKeys = new Set<string>();
    doc.catalogs.forEach((c, i) => {
      const key = `${c.id}@${c.version}`;
      if (catalogKeys.has(key)) issue(['catalogs', i], 'import.catalog-listed-twice', { key });
      catalogKeys.add(key);
      if (c.source === 'custom' && !c.catalog) issue(['catalogs', i, 'catalog'], 'import.custom-catalog-missing');
      // A built-in catalog is always this app's own: a copy in the file could only be used to smuggle in items.
      if (c.source === 'built-in' && c.catalog) issue(['catalogs', i, 'catalog'], 'import.built-in-catalog-included');
      if (c.catalog && (c.catalog.id !== c.id || c.catalog.version !== c.version)) {
        issue(['catalogs', i, 'catalog'], 'import.catalog-mismatch');
      }
    });
    doc.assessment.catalogs.forEach((pinned, i) => {
      const key = `${pinned.id}@${pinned.version}`;
      if (!catalogKeys.has(key)) issue(['assessment', 'catalogs', i], 'import.catalog-not-in-file', { key });
    });
    const pinnedKeys = new Set(doc.assessment.catalogs.map((c) => `${c.id}@${c.version}`));
    doc.catalogs.forEach((c, i) => {
      const key = `${c.id}@${c.version}`;
      if (!pinnedKeys.has(key)) issue(['catalogs', i], 'import.catalog-unused', { key });
    });
    const pinnedIds = new Set(doc.assessment.catalogs.map((c) => c.id));
    for (const key of Object.keys(doc.assessment.answers)) {
      if (!pinnedIds.has(key.split('/')[0]!)) issue(['assessment', 'answers', key], 'import.answer-catalog-unused');
    }
    const evidenceHashes = new Set<string>();
    doc.evidence.forEach((e, i) => {
      if (evidenceHashes.has(e.hash)) issue(['evidence', i, 'hash'], 'import.evidence-twice');
      evidenceHashes.add(e.hash);
      if (!doc.assessment.evidence[e.hash]) issue(['evidence', i], 'import.evidence-unlisted');
    });
    for (const hash of Object.keys(doc.assessment.evidence)) {
      if (!evidenceHashes.has(hash)) issue(['assessment', 'evidence', hash], 'import.evidence-file-missing');
    }
    for (const [key, answer] of Object.entries(doc.assessment.answers)) {
      answer.evidence.forEach((hash, i) => {
        if (!doc.assessment.evidence[hash]) issue(['assessment', 'answers', key, 'evidence', i], 'import.answer-evidence-missing');
      });
    }
  });
export type ExportDocument = z.infer<typeof ExportDocument>;

/**
 * An export written by an earlier Mamori, brought to the current format before it is checked: format 1
 * carried an assessment of schema 1 or 2 and a bare organisation. Anything else is returned as it is (and
 * then refused by the checks).
 */
export function upgradeExport(raw: Record<string, unknown>): Record<string, unknown> {
  if (raw.formatVersion !== 1) return raw;
  const migrated = migrate(raw.assessment, assessmentMigrations, ASSESSMENT_SCHEMA_VERSION);
  const organisation = raw.organisation && typeof raw.organisation === 'object' ? (raw.organisation as Record<string, unknown>) : raw.organisation;
  return {
    ...raw,
    formatVersion: EXPORT_FORMAT_VERSION,
    assessment: migrated.kind === 'current' ? migrated.doc : raw.assessment,
    organisation:
      organisation && typeof organisation === 'object'
        ? { address: '', representative: '', industry: '', employees: null, sites: '', ...organisation }
        : organisation,
  };
}
