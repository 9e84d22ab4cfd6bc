// Evidence files: stored in the data folder's vault under their SHA-256 content hash, never under the name
// the user gave them. The name is kept only as a label to show, and is checked so that even as a label it
// cannot be mistaken for a path.
import { z } from 'zod';

export const EvidenceHash = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hash (64 hex digits)');

const reservedNames = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

export const EvidenceName = z
  .string()
  .min(1, 'is empty')
  .max(255, 'must be at most 255 characters')
  .refine((name) => !/[/\\]/.test(name) && ![...name].some((c) => c.charCodeAt(0) < 0x20), 'must not contain a path separator or control character')
  .refine((name) => name !== '.' && name !== '..' && !name.startsWith('..'), 'must not be a relative path')
  .refine((name) => !reservedNames.test(name), 'is a reserved device name');

export const MAX_EVIDENCE_BYTES = 50 * 1024 * 1024;

export const EvidenceFile = z.strictObject({
  hash: EvidenceHash,
  name: EvidenceName,
  size: z.number().int().min(0).max(MAX_EVIDENCE_BYTES),
  mediaType: z.string().regex(/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i, 'must be a media type such as application/pdf').max(100),
  addedAt: z.iso.datetime(),
});
export type EvidenceFile = z.infer<typeof EvidenceFile>;
