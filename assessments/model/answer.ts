// One answer to one catalog item. "unknown" exists for the quick check only (IPA's "don't know", −1).
import { z } from 'zod';
import { noteText } from './text';

export const answerStatuses = [
  'unanswered',
  'implemented',
  'partial',
  'not-implemented',
  'not-applicable',
  'alternative',
  'unknown',
] as const;
export const AnswerStatus = z.enum(answerStatuses);
export type AnswerStatus = z.infer<typeof AnswerStatus>;

const Note = noteText(20_000);

const answerFields = {
  status: AnswerStatus,
  note: Note.default(''),
  /** Why the item does not apply; required for not-applicable. */
  reason: Note.default(''),
  /** What is done instead; required for alternative. */
  alternative: Note.default(''),
  flagged: z.boolean().default(false),
  /** Content hashes of evidence files in the assessment's vault index. */
  evidence: z.array(z.string().regex(/^[0-9a-f]{64}$/, 'field.sha256')).max(200).default([]),
};

type AnswerRules = { status: AnswerStatus; reason: string; alternative: string };
function answerRules(answer: AnswerRules, ctx: z.RefinementCtx): void {
  if (answer.status === 'not-applicable' && answer.reason.trim() === '') {
    ctx.addIssue({ code: 'custom', path: ['reason'], message: 'answer.reason-required' });
  }
  if (answer.status === 'alternative' && answer.alternative.trim() === '') {
    ctx.addIssue({ code: 'custom', path: ['alternative'], message: 'answer.alternative-required' });
  }
}

/** What the user sends when answering; main adds the time. */
export const AnswerInput = z.strictObject(answerFields).superRefine(answerRules);
export type AnswerInput = z.input<typeof AnswerInput>;

export const Answer = z.strictObject({ ...answerFields, updatedAt: z.iso.datetime() }).superRefine(answerRules);
export type Answer = z.infer<typeof Answer>;

export { answerKey } from './keys';
