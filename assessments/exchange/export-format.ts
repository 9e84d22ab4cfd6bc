// The .mamori export file: one assessment with everything needed to carry it to another computer — its
// organisation, the catalogs it pins (custom catalogs in full), every answer and note, and its evidence files
// with their hashes. Documented in docs/export-format.md; docs/mamori-export.schema.json is generated from
// this schema and checked by a test. Versioned by formatVersion; readers refuse versions they do not know.
import { z } from 'zod';
import { Catalog, CatalogId } from '../catalog/schema';
import { Assessment } from '../model/assessment';
import { EvidenceHash, EvidenceName, MAX_EVIDENCE_BYTES } from '../model/evidence';
import { Organisation } from '../model/organisation';

export const EXPORT_FORMAT = 'mamori-export';
export const EXPORT_FORMAT_VERSION = 1;
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
  data: z.string().max(Math.ceil(MAX_EVIDENCE_BYTES / 3) * 4 + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
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
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (doc.assessment.organisationId !== doc.organisation.id) {
      issue(['assessment', 'organisationId'], 'does not match the organisation in the file');
    }
    const catalogKeys = new Set<string>();
    doc.catalogs.forEach((c, i) => {
      const key = `${c.id}@${c.version}`;
      if (catalogKeys.has(key)) issue(['catalogs', i], `catalog ${key} is listed twice`);
      catalogKeys.add(key);
      if (c.source === 'custom' && !c.catalog) issue(['catalogs', i, 'catalog'], 'a custom catalog must be included in full');
      if (c.catalog && (c.catalog.id !== c.id || c.catalog.version !== c.version)) {
        issue(['catalogs', i, 'catalog'], 'does not match the id and version it is listed under');
      }
    });
    doc.assessment.catalogs.forEach((pinned, i) => {
      if (!catalogKeys.has(`${pinned.id}@${pinned.version}`)) issue(['assessment', 'catalogs', i], `catalog ${pinned.id}@${pinned.version} is not in the file`);
    });
    const pinnedIds = new Set(doc.assessment.catalogs.map((c) => c.id));
    for (const key of Object.keys(doc.assessment.answers)) {
      if (!pinnedIds.has(key.split('/')[0]!)) issue(['assessment', 'answers', key], 'answers an item of a catalog the assessment does not use');
    }
    const evidenceHashes = new Set<string>();
    doc.evidence.forEach((e, i) => {
      if (evidenceHashes.has(e.hash)) issue(['evidence', i, 'hash'], 'this evidence file is included twice');
      evidenceHashes.add(e.hash);
      if (!doc.assessment.evidence[e.hash]) issue(['evidence', i], 'is not listed in the assessment');
    });
    for (const hash of Object.keys(doc.assessment.evidence)) {
      if (!evidenceHashes.has(hash)) issue(['assessment', 'evidence', hash], 'the file itself is missing from the export');
    }
    for (const [key, answer] of Object.entries(doc.assessment.answers)) {
      answer.evidence.forEach((hash, i) => {
        if (!doc.assessment.evidence[hash]) issue(['assessment', 'answers', key, 'evidence', i], 'links to evidence that is not in the file');
      });
    }
  });
export type ExportDocument = z.infer<typeof ExportDocument>;
