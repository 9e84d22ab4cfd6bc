// Scoping profiles for tests: every question answered, as a user must before an assessment is created.
import type { ScopingProfile } from '../../assessments';

/** A 20-person company that uses contractors and has a website with analytics; nothing unusual. */
export const smallCompany: ScopingProfile = {
  employees: 20,
  individuals: 1000,
  processesForOthers: 'no',
  usesContractors: 'yes',
  providesToThirdParties: 'no',
  specialCareData: 'no',
  foreignTransfer: 'no',
  websiteTracking: 'yes',
  jointUse: 'no',
  pseudonymisedOrAnonymised: 'no',
  handlesMyNumbers: 'no',
};

/** An organisation as the index stores it, with only a name given. */
export function organisation(id: string, name: string, createdAt = '2026-04-01T00:00:00.000Z') {
  return { id, name, address: '', representative: '', industry: '', employees: null, sites: '', createdAt };
}

/** What createOrganisation takes, with only a name given. */
export function details(name: string) {
  return { name, address: '', representative: '', industry: '', employees: null, sites: '' };
}

/** What createAssessment takes, with the defaults a test does not care about. */
export function newAssessment(organisationId: string, title: string, catalogIds: string[], profile: ScopingProfile = smallCompany) {
  return { organisationId, title, catalogIds, profile, assessor: '' };
}
