// The company being assessed: what a report's cover needs (name, address, representative, industry, size,
// sites). The scoping profile that decides which items apply lives on each assessment, because a company's
// size and data change from one year's assessment to the next. A deleted organisation stays in the trash
// (deletedAt) until the user empties it.
import { z } from 'zod';
import { RecordId } from './ids';
import { optionalLineText, singleLineText } from './text';

export const OrganisationName = singleLineText(200);

/** What the user fills in; everything but the name may stay empty. */
export const OrganisationDetails = z.strictObject({
  name: OrganisationName,
  address: optionalLineText(300).default(''),
  representative: optionalLineText(200).default(''),
  industry: optionalLineText(200).default(''),
  /** Head count (all staff), for the report cover; null when not given. */
  employees: z.number().int('field.not-whole').min(0, 'profile.negative').max(10_000_000).nullable().default(null),
  /** Where the business works, e.g. "本社（東京）、大阪営業所". */
  sites: optionalLineText(500).default(''),
});
export type OrganisationDetails = z.input<typeof OrganisationDetails>;

export const NewOrganisation = OrganisationDetails;
export type NewOrganisation = z.input<typeof NewOrganisation>;

export const Organisation = z.strictObject({
  id: RecordId,
  name: OrganisationName,
  address: optionalLineText(300),
  representative: optionalLineText(200),
  industry: optionalLineText(200),
  employees: z.number().int().min(0).max(10_000_000).nullable(),
  sites: optionalLineText(500),
  createdAt: z.iso.datetime(),
  /** In the trash since then; absent while in use. */
  deletedAt: z.iso.datetime().optional(),
});
export type Organisation = z.infer<typeof Organisation>;
