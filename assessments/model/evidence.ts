// Evidence files: stored in the data folder's vault under their SHA-256 content hash, never under the name
// the user gave them. The name is kept only as a label to show, and is checked so that even as a label it
// cannot be mistaken for a path.
import { z } from 'zod';
import { MAX_EVIDENCE_BYTES } from './limits';
import { isSingleLineSafe } from './text';

export { MAX_EVIDENCE_BYTES };

export const EvidenceHash = z.string().regex(/^[0-9a-f]{64}$/, 'field.sha256');

const reservedNames = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

export const EvidenceName = z
  .string()
  .min(1, 'field.required')
  .max(255, 'field.too-long')
  .refine((name) => !/[/\\]/.test(name) && isSingleLineSafe(name), 'field.file-name')
  .refine((name) => name !== '.' && name !== '..' && !name.startsWith('..'), 'field.file-name')
  .refine((name) => !reservedNames.test(name), 'field.reserved-name');

export const EvidenceFile = z.strictObject({
  hash: EvidenceHash,
  name: EvidenceName,
  size: z.number().int().min(0).max(MAX_EVIDENCE_BYTES),
  mediaType: z.string().regex(/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i, 'field.media-type').max(100),
  addedAt: z.iso.datetime(),
});
export type EvidenceFile = z.infer<typeof EvidenceFile>;
