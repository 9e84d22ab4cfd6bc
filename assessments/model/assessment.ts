// An assessment: one organisation's answers against one or more pinned catalog versions, with who assessed
// it and when, its status, its scoping profile, and the state of its improvement plan.
import { z } from 'zod';
import { CatalogId } from '../catalog/schema';
import { ScopingProfile } from '../catalog/profile';
import { Answer } from './answer';
import { EvidenceFile, EvidenceHash } from './evidence';
import { RecordId } from './ids';
import { BasedOn, SignOff, Verdict } from './audit';
import { AnswerKey } from './keys-schema';
import { ActionState } from './plan-state';
import { PolicyCheckRecord } from './policy-check';
import { optionalLineText, singleLineText } from './text';

export const ASSESSMENT_SCHEMA_VERSION = 3;

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

export const assessmentStatuses = ['draft', 'in-review'] as const;
export const AssessmentStatus = z.enum(assessmentStatuses);
export type AssessmentStatus = z.infer<typeof AssessmentStatus>;

/** A day, YYYY-MM-DD, or '' when not given. */
export const OptionalDate = z.union([z.literal(''), z.iso.date({ error: 'field.date' })]);

/** Who assessed, over which period, and how far along it is: what the report's cover shows. */
export const AssessmentDetails = z.strictObject({
  title: AssessmentTitle,
  assessor: optionalLineText(200),
  periodFrom: OptionalDate,
  periodTo: OptionalDate,
  status: AssessmentStatus,
}).refine((details) => !details.periodFrom || !details.periodTo || details.periodFrom <= details.periodTo, { message: 'assessment.period-order', path: ['periodTo'] });
export type AssessmentDetails = z.infer<typeof AssessmentDetails>;

export const NewAssessment = z.strictObject({
  organisationId: RecordId,
  title: AssessmentTitle,
  catalogIds: z.array(CatalogId).min(1, 'assessment.choose-catalog').max(20),
  profile: ScopingProfile,
  assessor: optionalLineText(200).default(''),
  /** Start from this earlier assessment of the same organisation: its answers come pre-filled, to re-confirm. */
  basedOn: RecordId.optional(),
});
export type NewAssessment = z.input<typeof NewAssessment>;

export { AnswerKey } from './keys-schema';

/** Made by an import as a new copy: says so (on its card) until it is renamed. */
export const CopyOf = z.strictObject({ title: AssessmentTitle, importedAt: z.iso.datetime() }).nullable();

export const Assessment = z.strictObject({
  schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
  id: RecordId,
  organisationId: RecordId,
  title: AssessmentTitle,
  assessor: optionalLineText(200),
  periodFrom: OptionalDate,
  periodTo: OptionalDate,
  status: AssessmentStatus,
  copyOf: CopyOf,
  catalogs: PinnedCatalogs,
  profile: ScopingProfile,
  answers: z.record(AnswerKey, Answer),
  /** Evidence files in the vault, by content hash; answers link to them. */
  evidence: z.record(EvidenceHash, EvidenceFile),
  /** What the user decided about each improvement action (owner, due date, status …), by answer key. */
  plan: z.record(AnswerKey, ActionState),
  /** The privacy policy checked against this assessment, when one was (its results are worked out from the text). */
  policyCheck: PolicyCheckRecord.optional(),
  /** Auditor mode: the auditor's verdict per item, kept apart from the company's answers. */
  verdicts: z.record(AnswerKey, Verdict).optional(),
  /** Once signed off: who signed, when, and the content hash; a signed assessment is never written again. */
  signOff: SignOff.optional(),
  /** The earlier assessment this one continues (reopened from, or started from). */
  basedOn: BasedOn.optional(),
  /** Answers carried over from the earlier assessment that nobody has confirmed yet, by key. */
  reconfirm: z.array(AnswerKey).max(5000).optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Assessment = z.infer<typeof Assessment>;

/** How far an assessment is: answered of applicable checklist items, and the overall score once any is. */
export const AssessmentProgress = z.strictObject({
  answered: z.number().int().min(0),
  applicable: z.number().int().min(0),
  score: z.number().nullable(),
});
export type AssessmentProgress = z.infer<typeof AssessmentProgress>;

/** What the index keeps about an assessment, so the home screen never opens every assessment file. */
export const AssessmentSummary = z.strictObject({
  id: RecordId,
  organisationId: RecordId,
  title: AssessmentTitle,
  status: AssessmentStatus,
  copyOf: CopyOf,
  catalogs: z.array(PinnedCatalog),
  progress: AssessmentProgress,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Signed off: on which day, and the content hash sealed. */
  signedOff: z.strictObject({ date: z.iso.date(), contentHash: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
  /** In the trash since then; absent while in use. */
  deletedAt: z.iso.datetime().optional(),
});
export type AssessmentSummary = z.infer<typeof AssessmentSummary>;

/** The summary of an assessment, given its progress (which needs its catalogs: see the services). */
export function summarise(assessment: Assessment, progress: AssessmentProgress, deletedAt?: string): AssessmentSummary {
  const { id, organisationId, title, status, copyOf, catalogs, createdAt, updatedAt, signOff } = assessment;
  return {
    id, organisationId, title, status, copyOf, catalogs, progress, createdAt, updatedAt,
    ...(signOff ? { signedOff: { date: signOff.date, contentHash: signOff.contentHash } } : {}),
    ...(deletedAt ? { deletedAt } : {}),
  };
}
