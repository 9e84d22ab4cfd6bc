// The scoping profile's rules, without any schema library (the window imports these): which questions
// there are, what counts as a small and medium-sized business, which items apply, and why one does not.
//
// Each question is answered yes, no or "not sure"; "not sure" is treated cautiously, as yes (the item
// applies), and an unknown count never makes a business small. The small-business test follows the PPC
// guideline's definition of 中小規模事業者: 100 employees or fewer (従業員 in the Labour Standards Act
// sense), unless data on more than 5,000 individuals was handled on any day of the past six months, or
// personal data is handled on behalf of others.

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
export type ProfileFlag = (typeof profileFlags)[number];

export const scopingAnswers = ['yes', 'no', 'unsure'] as const;
export type ScopingAnswer = (typeof scopingAnswers)[number];

export type ScopingProfile = {
  /** Employees, or null for "not sure". */
  employees: number | null;
  /** The most individuals whose data was held on one day in the past six months, or null for "not sure". */
  individuals: number | null;
} & Record<ProfileFlag, ScopingAnswer>;

export const SMALL_BUSINESS_MAX_EMPLOYEES = 100;
export const SMALL_BUSINESS_MAX_INDIVIDUALS = 5000;

export function isSmallBusiness(profile: ScopingProfile): boolean {
  return (
    profile.employees !== null &&
    profile.employees <= SMALL_BUSINESS_MAX_EMPLOYEES &&
    profile.individuals !== null &&
    profile.individuals <= SMALL_BUSINESS_MAX_INDIVIDUALS &&
    profile.processesForOthers === 'no'
  );
}

/** An item applies when it names no condition, or when any flag it names is answered yes or "not sure". */
export function itemApplies(appliesWhen: readonly ProfileFlag[] | undefined, profile: ScopingProfile): boolean {
  if (!appliesWhen || appliesWhen.length === 0) return true;
  return appliesWhen.some((flag) => profile[flag] !== 'no');
}

/** The answers that put an item out of scope (every flag it names answered no); empty when it applies. */
export function outOfScopeBecause(appliesWhen: readonly ProfileFlag[] | undefined, profile: ScopingProfile): ProfileFlag[] {
  return itemApplies(appliesWhen, profile) ? [] : [...(appliesWhen ?? [])];
}
