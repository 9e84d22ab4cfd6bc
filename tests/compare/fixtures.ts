// Two hand-written assessments of one organisation, a year apart, for the comparison tests: the older one
// answered against the first editions of the APPI, PMS and quick-check catalogs, the newer one against the
// second editions (which add the My Number items, retire two PMS items and give the quick check a Not
// applicable rule). Every answer here is chosen for what it shows; everything else is left unanswered.
import type { Answer, AnswerStatus, Assessment, ScopingProfile } from '../../assessments';
import type { ComparedInput } from '../../assessments/compare';
import { edition } from '../support/catalog-files';
import { smallCompany } from '../support/profiles';

export const ORGANISATION = 'sakuraorg0001';

function answer(status: AnswerStatus): Answer {
  return {
    status,
    note: '',
    reason: status === 'not-applicable' ? 'We do not do this' : '',
    alternative: status === 'alternative' ? 'Done another way' : '',
    flagged: false,
    evidence: [],
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

export function assessment(fields: Partial<Assessment> & Pick<Assessment, 'id' | 'catalogs'>, answers: Record<string, AnswerStatus> = {}): Assessment {
  return {
    schemaVersion: 3,
    organisationId: ORGANISATION,
    title: fields.id,
    assessor: '',
    periodFrom: '',
    periodTo: '',
    status: 'draft',
    copyOf: null,
    profile: smallCompany,
    evidence: {},
    plan: {},
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
    answers: Object.fromEntries(Object.entries(answers).map(([key, status]) => [key, answer(status)])),
  };
}

const v1 = [
  { id: 'appi-safeguards', version: 1 },
  { id: 'pms-controls', version: 1 },
  { id: 'quick-check', version: 1 },
];
const v2 = v1.map((c) => ({ ...c, version: 2 }));

/** Does not handle My Numbers, no foreign transfer, uses contractors. */
const olderProfile: ScopingProfile = { ...smallCompany, usesContractors: 'yes', foreignTransfer: 'no', handlesMyNumbers: 'no' };
/** A year on: My Numbers handled, data sent abroad, contractors no longer used. */
const newerProfile: ScopingProfile = { ...smallCompany, usesContractors: 'no', foreignTransfer: 'yes', handlesMyNumbers: 'yes' };

export const older = assessment(
  { id: 'fy2025assessment', title: 'FY2025 self-assessment', periodFrom: '2025-09-01', periodTo: '2025-10-31', catalogs: v1, profile: olderProfile, createdAt: '2025-09-01T00:00:00.000Z' },
  {
    'appi-safeguards/APPI-BP-01': 'partial', // → implemented: improved
    'appi-safeguards/APPI-BP-02': 'implemented', // → not implemented: regressed
    'appi-safeguards/APPI-BP-03': 'implemented', // → alternative: unchanged, answer changed
    'appi-safeguards/APPI-BP-04': 'implemented', // → implemented: unchanged
    'appi-safeguards/APPI-BP-05': 'not-applicable', // → implemented: new (was Not applicable)
    'appi-safeguards/APPI-BP-06': 'implemented', // → not applicable: removed (now Not applicable)
    'pms-controls/PMS-ACQ-11': 'implemented', // retired in v2: removed (edition)
    'pms-controls/PMS-PROV-11': 'partial', // contractors no longer used: removed (scope)
    'quick-check/QC-BASIC-01': 'unknown', // → not implemented: unchanged (both gaps), answer changed
    'quick-check/QC-BASIC-02': 'unknown', // → implemented: improved
    'quick-check/QC-BASIC-03': 'implemented', // → don't know: regressed
  },
);

export const newer = assessment(
  { id: 'fy2026assessment', title: 'FY2026 self-assessment', periodFrom: '2026-09-01', periodTo: '2026-10-30', catalogs: v2, profile: newerProfile, createdAt: '2026-09-01T00:00:00.000Z' },
  {
    'appi-safeguards/APPI-BP-01': 'implemented',
    'appi-safeguards/APPI-BP-02': 'not-implemented',
    'appi-safeguards/APPI-BP-03': 'alternative',
    'appi-safeguards/APPI-BP-04': 'implemented',
    'appi-safeguards/APPI-BP-05': 'implemented',
    'appi-safeguards/APPI-BP-06': 'not-applicable',
    'appi-safeguards/APPI-MYN-01': 'implemented', // added in v2, in scope for a My Number handler: new (edition)
    'appi-safeguards/APPI-EXT-01': 'partial', // foreign transfer now: new (scope)
    'pms-controls/PMS-ACQ-14': 'implemented', // added in v2: new (edition)
    'quick-check/QC-BASIC-01': 'not-implemented',
    'quick-check/QC-BASIC-02': 'implemented',
    'quick-check/QC-BASIC-03': 'unknown',
  },
);

/** An assessment with the built-in catalogs it pins, as the comparison takes it. */
export function input(a: Assessment): ComparedInput {
  return { assessment: a, catalogs: a.catalogs.map((c) => edition(c.id, c.version)) };
}
