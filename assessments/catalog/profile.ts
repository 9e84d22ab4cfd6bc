// The scoping profile: a few facts about the company that decide which catalog items apply and whether
// the small-business guidance is shown first. The small-business test follows the PPC guideline's
// definition of 中小規模事業者: 100 employees or fewer, data on no more than 5,000 individuals, and not
// handling personal data on behalf of others.
import { z } from 'zod';

export const profileFlags = [
  'processesForOthers',
  'usesContractors',
  'providesToThirdParties',
  'specialCareData',
  'foreignTransfer',
  'websiteTracking',
  'jointUse',
  'pseudonymisedOrAnonymised',
  'handlesMyNumbers',
] as const;
export const ProfileFlag = z.enum(profileFlags);
export type ProfileFlag = z.infer<typeof ProfileFlag>;

const count = z.number().int('field.not-whole').min(0, 'profile.negative').max(10_000_000_000);

export const ScopingProfile = z.strictObject({
  employees: count,
  individuals: count,
  processesForOthers: z.boolean(),
  usesContractors: z.boolean(),
  providesToThirdParties: z.boolean(),
  specialCareData: z.boolean(),
  foreignTransfer: z.boolean(),
  websiteTracking: z.boolean(),
  jointUse: z.boolean(),
  pseudonymisedOrAnonymised: z.boolean(),
  /** Individual Numbers (マイナンバー) for payroll and social insurance: gates the My Number items. */
  handlesMyNumbers: z.boolean().default(false),
});
export type ScopingProfile = z.infer<typeof ScopingProfile>;

/** A cautious default: a small company that uses contractors and has a website, nothing unusual. */
export const defaultProfile: ScopingProfile = {
  employees: 20,
  individuals: 1000,
  processesForOthers: false,
  usesContractors: true,
  providesToThirdParties: false,
  specialCareData: false,
  foreignTransfer: false,
  websiteTracking: true,
  jointUse: false,
  pseudonymisedOrAnonymised: false,
  handlesMyNumbers: false,
};

export const SMALL_BUSINESS_MAX_EMPLOYEES = 100;
export const SMALL_BUSINESS_MAX_INDIVIDUALS = 5000;

export function isSmallBusiness(profile: ScopingProfile): boolean {
  return (
    profile.employees <= SMALL_BUSINESS_MAX_EMPLOYEES &&
    profile.individuals <= SMALL_BUSINESS_MAX_INDIVIDUALS &&
    !profile.processesForOthers
  );
}

/** An item applies when it names no condition, or when any of the profile flags it names is set. */
export function itemApplies(appliesWhen: readonly ProfileFlag[] | undefined, profile: ScopingProfile): boolean {
  if (!appliesWhen || appliesWhen.length === 0) return true;
  return appliesWhen.some((flag) => profile[flag]);
}
