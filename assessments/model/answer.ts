// One answer to one catalog item. "unknown" exists for the quick check only (IPA's "don't know", −1).
import { z } from 'zod';

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

const Note = z.string().max(20_000, 'must be at most 20,000 characters');

export const Answer = z
  .strictObject({
    status: AnswerStatus,
    note: Note.default(''),
    /** Why the item does not apply; required for not-applicable. */
    reason: Note.default(''),
    /** What is done instead; required for alternative. */
    alternative: Note.default(''),
    flagged: z.boolean().default(false),
    updatedAt: z.iso.datetime(),
  })
  .superRefine((answer, ctx) => {
    if (answer.status === 'not-applicable' && answer.reason.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a reason is required when an item is not applicable' });
    }
    if (answer.status === 'alternative' && answer.alternative.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['alternative'],
        message: 'a description of the alternative control is required',
      });
    }
  });
export type Answer = z.infer<typeof Answer>;

/** The key of an answer in an assessment: the catalog id and the item id, so two catalogs never collide. */
export function answerKey(catalogId: string, itemId: string): string {
  return `${catalogId}/${itemId}`;
}
