// What auditor mode stores beside the company's answers: the auditor's verdict per item, the sign-off that
// seals the assessment (names, date and the content hash, with short hashes of each part so a check can say
// what changed), and the link from a new version to the one it continues.
import { z } from 'zod';
import { EvidenceHash } from './evidence';
import { verdictCodes } from './verdict-codes';
import { RecordId } from './ids';
import { AnswerKey } from './keys-schema';
import { noteText, optionalLineText, singleLineText } from './text';

export { verdictCodes };
export const VerdictCode = z.enum(verdictCodes);
export type VerdictCode = z.infer<typeof VerdictCode>;

/** What the auditor sends; main adds the time. */
export const VerdictInput = z.strictObject({
  code: VerdictCode,
  comment: noteText(20_000).default(''),
  /** Content hashes of the item's evidence files the auditor checked. */
  evidenceChecked: z.array(EvidenceHash).max(200).default([]),
});
export type VerdictInput = z.input<typeof VerdictInput>;

export const Verdict = VerdictInput.extend({ updatedAt: z.iso.datetime() });
export type Verdict = z.infer<typeof Verdict>;

export const SIGN_OFF_FORMAT = 'mamori-signoff/1';

const PartHash = z.string().regex(/^[0-9a-f]{16}$/, 'field.sha256');
const HexDigest = z.string().regex(/^[0-9a-f]{64}$/, 'field.sha256');

export const SignOffParts = z.strictObject({
  catalogs: PartHash,
  profile: PartHash,
  evidence: PartHash,
  signOff: PartHash,
  items: z.record(AnswerKey, z.strictObject({ answer: PartHash, note: PartHash, evidence: PartHash, verdict: PartHash })),
});

/** The names and day a person types when signing. */
export const SignOffInput = z.strictObject({
  assessor: singleLineText(200),
  reviewer: singleLineText(200),
  date: z.iso.date({ error: 'field.date' }),
});
export type SignOffInput = z.input<typeof SignOffInput>;

export const SignOff = SignOffInput.extend({
  signedAt: z.iso.datetime(),
  format: z.literal(SIGN_OFF_FORMAT),
  contentHash: HexDigest,
  parts: SignOffParts,
});
export type SignOff = z.infer<typeof SignOff>;

/** Where a version came from: reopened from a signed one, or started from an earlier assessment. */
export const BasedOn = z.strictObject({
  id: RecordId,
  title: optionalLineText(200),
  how: z.enum(['reopened', 'previous']),
});
export type BasedOn = z.infer<typeof BasedOn>;
