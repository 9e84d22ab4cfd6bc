// What a user decides about one improvement action: who does it, by when, how far it is, how big it is, and
// notes. The action itself (its text, its priority) comes from the catalog item and the answer; only these
// choices are stored, by the item's answer key, so the plan stays linked to its items when answers change.
import { z } from 'zod';
import { Effort } from '../catalog/schema';
import { noteText, optionalLineText } from './text';

export const actionStatuses = ['open', 'in-progress', 'done', 'risk-accepted'] as const;
export const ActionStatus = z.enum(actionStatuses);
export type ActionStatus = z.infer<typeof ActionStatus>;

const fields = {
  owner: optionalLineText(200),
  /** YYYY-MM-DD, or '' when not set. */
  dueDate: z.union([z.literal(''), z.iso.date({ error: 'field.date' })]),
  status: ActionStatus,
  /** Why the risk is accepted: required for risk-accepted. */
  reason: noteText(2000),
  /** The user's own estimate, overriding the item's default effort; null to keep the default. */
  effort: Effort.nullable(),
  notes: noteText(5000),
};

function rules(state: { status: ActionStatus; reason: string }, ctx: z.RefinementCtx): void {
  if (state.status === 'risk-accepted' && state.reason.trim() === '') {
    ctx.addIssue({ code: 'custom', path: ['reason'], message: 'plan.reason-required' });
  }
}

export const ActionStateInput = z.strictObject(fields).superRefine(rules);
export type ActionStateInput = z.input<typeof ActionStateInput>;

export const ActionState = z.strictObject({ ...fields, updatedAt: z.iso.datetime() }).superRefine(rules);
export type ActionState = z.infer<typeof ActionState>;
