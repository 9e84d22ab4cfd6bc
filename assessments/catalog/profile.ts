// The scoping profile as it is stored and checked: the answers to a few questions about the company that
// decide which catalog items apply (rules in scoping.ts, which the window imports without zod).
import { z } from 'zod';
import { type ProfileFlag as Flag, profileFlags, scopingAnswers, type ScopingProfile as Profile } from './scoping';

export * from './scoping';

export const ProfileFlag = z.enum(profileFlags);
export type ProfileFlag = Flag;
export type ScopingProfile = Profile;

const count = z.number().int('field.not-whole').min(0, 'profile.negative').max(10_000_000_000);
const answer = z.enum(scopingAnswers);

export const ScopingProfile = z.strictObject({
  employees: count.nullable(),
  individuals: count.nullable(),
  processesForOthers: answer,
  usesContractors: answer,
  providesToThirdParties: answer,
  specialCareData: answer,
  foreignTransfer: answer,
  websiteTracking: answer,
  jointUse: answer,
  pseudonymisedOrAnonymised: answer,
  handlesMyNumbers: answer,
}) satisfies z.ZodType<Profile>;
