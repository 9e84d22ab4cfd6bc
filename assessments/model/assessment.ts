// An assessment: one organisation's answers against one or more pinned catalog versions.
import { z } from 'zod';
import { CatalogId } from '../catalog/schema';
import { defaultProfile, ScopingProfile } from '../catalog/profile';
import { Answer } from './answer';
import { EvidenceFile, EvidenceHash } from './evidence';
import { RecordId } from './ids';
import { singleLineText } from './text';

export const ASSESSMENT_SCHEMA_VERSION = 2;

export const AssessmentTitle = singleLineText(200);

export const PinnedCatalog = z.strictObject({ id: CatalogId, version: z.number().int().min(1) });
export type PinnedCatalog = z.infer<typeof PinnedCatalog>;

/** The catalogs an assessment is answered against: each id once (one edition per catalog). */
export const PinnedCatalogs = z
  .array(PinnedCatalog)
  .min(1, 'assessment.choose-catalog')
  .max(20, 'field.too-many')
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((pinned, i) => {
      if (seen.has(pinned.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'assessment.catalog-pinned-twice', params: { id: pinned.id } });
      seen.add(pinned.id);
    });
  });

export const NewAssessment = z.strictObject({
  organisationId: RecordId,
  title: AssessmentTitle,
  catalogIds: z.array(CatalogId).min(1, 'assessment.choose-catalog').max(20),
  profile: ScopingProfile.default(defaultProfile),
});
export type NewAssessment = z.input<typeof NewAssessment>;

/** `<catalog id>/<item id>`: checked so that no key can be a prototype name or carry odd characters. */
export const AnswerKey = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*\/[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/, 'field.answer-key')
  .max(120);

export const Assessment = z.strictObject({
  schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
  id: RecordId,
  organisationId: RecordId,
  title: AssessmentTitle,
  catalogs: PinnedCatalogs,
  profile: ScopingProfile,
  answers: z.record(AnswerKey, Answer),
  /** Evidence files in the vault, by content hash; answers link to them. */
  evidence: z.record(EvidenceHash, EvidenceFile),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Assessment = z.infer<typeof Assessment>;

/** What the index keeps about an assessment, so the home screen never opens every assessment file. */
export const AssessmentSummary = z.strictObject({
  id: RecordId,
  organisationId: RecordId,
  title: AssessmentTitle,
  catalogs: z.array(PinnedCatalog),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type AssessmentSummary = z.infer<typeof AssessmentSummary>;

export function summarise(assessment: Assessment): AssessmentSummary {
  const { id, organisationId, title, catalogs, createdAt, updatedAt } = assessment;
  return { id, organisationId, title, catalogs, createdAt, updatedAt };
}
