// An assessment: one organisation's answers against one or more pinned catalog versions.
import { z } from 'zod';
import { CatalogId } from '../catalog/schema';
import { defaultProfile, ScopingProfile } from '../catalog/profile';
import { Answer } from './answer';
import { RecordId } from './ids';

export const ASSESSMENT_SCHEMA_VERSION = 1;

export const AssessmentTitle = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(200, 'must be at most 200 characters');

export const PinnedCatalog = z.strictObject({ id: CatalogId, version: z.number().int().min(1) });
export type PinnedCatalog = z.infer<typeof PinnedCatalog>;

export const NewAssessment = z.strictObject({
  organisationId: RecordId,
  title: AssessmentTitle,
  catalogIds: z.array(CatalogId).min(1, 'choose at least one catalog').max(20),
  profile: ScopingProfile.default(defaultProfile),
});
export type NewAssessment = z.input<typeof NewAssessment>;

export const Assessment = z.strictObject({
  schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
  id: RecordId,
  organisationId: RecordId,
  title: AssessmentTitle,
  catalogs: z.array(PinnedCatalog).min(1),
  profile: ScopingProfile,
  answers: z.record(z.string().max(120), Answer),
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
