// A privacy-policy check kept with an assessment: the policy's text as the check read it (HTML already
// stripped, lines normalised), its name and when it was checked. The results are not stored: they are
// worked out again from the text whenever they are shown or printed, so they always follow the current
// answers and the same text always gives the same results.
import { z } from 'zod';
import { MAX_POLICY_TEXT_BYTES, utf8Length } from '../policy/input';
import { isMultiLineSafe, optionalLineText } from './text';

/** The normalised policy text: bounded like the check's own input, no controls other than line breaks and tabs. */
export const PolicyText = z
  .string()
  .min(1, 'field.required')
  .max(MAX_POLICY_TEXT_BYTES, 'field.too-long')
  .refine((text) => utf8Length(text) <= MAX_POLICY_TEXT_BYTES, { message: 'policy.text-too-long', params: { limit: MAX_POLICY_TEXT_BYTES } })
  .refine(isMultiLineSafe, 'field.no-controls');

export const PolicyCheckRecord = z.strictObject({
  /** The file's name as the user knows it (a label, never a path), or '' for pasted text. */
  name: optionalLineText(255),
  checkedAt: z.iso.datetime(),
  text: PolicyText,
});
export type PolicyCheckRecord = z.infer<typeof PolicyCheckRecord>;
