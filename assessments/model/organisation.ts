// The company being assessed. Kept small: the scoping profile that decides which items apply lives on
// the assessment, because a company's size and data change from one year's assessment to the next.
import { z } from 'zod';
import { RecordId } from './ids';
import { singleLineText } from './text';

export const OrganisationName = singleLineText(200);

export const NewOrganisation = z.strictObject({
  name: OrganisationName,
});
export type NewOrganisation = z.infer<typeof NewOrganisation>;

export const Organisation = z.strictObject({
  id: RecordId,
  name: OrganisationName,
  createdAt: z.iso.datetime(),
});
export type Organisation = z.infer<typeof Organisation>;
