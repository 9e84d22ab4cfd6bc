// Upgrades stored documents from older schema versions, one small pure step at a time. A document from a
// newer app version is never touched: it is reported as such, so the caller can refuse it without
// overwriting it. Each past version has a fixture file and a test (tests/assessments/migrations.test.ts).
export type Doc = Record<string, unknown>;

export type Migration = {
  from: number;
  to: number;
  /** What changed, in a few words (shown in logs). */
  change: string;
  up(doc: Doc): Doc;
};

export type MigrationResult =
  | { kind: 'current'; doc: Doc; fromVersion: number; steps: string[] }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; reason: 'reason.not-object' | 'reason.no-version' };

/** Throws if the steps do not form one unbroken chain 1 → 2 → … → current. */
export function checkMigrationChain(migrations: readonly Migration[], current: number): void {
  let expected = 1;
  for (const step of migrations) {
    if (step.from !== expected || step.to !== expected + 1) {
      throw new Error(`Migration chain broken at "${step.change}": expected ${expected} → ${expected + 1}, got ${step.from} → ${step.to}`);
    }
    expected = step.to;
  }
  if (expected !== current) throw new Error(`Migrations end at version ${expected}, but the current version is ${current}`);
}

export function migrate(raw: unknown, migrations: readonly Migration[], current: number): MigrationResult {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { kind: 'invalid', reason: 'reason.not-object' };
  const version = (raw as Doc).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'invalid', reason: 'reason.no-version' };
  }
  if (version > current) return { kind: 'newer', version };
  let doc: Doc = structuredClone(raw as Doc);
  const steps: string[] = [];
  for (const step of migrations) {
    if (step.from < version) continue;
    doc = { ...step.up(doc), schemaVersion: step.to };
    steps.push(step.change);
  }
  return { kind: 'current', doc, fromVersion: version, steps };
}

// Assessment files.

const assessmentV1toV2: Migration = {
  from: 1,
  to: 2,
  change: 'evidence files: a vault index on the assessment and evidence links on each answer',
  up(doc) {
    const answers = (doc.answers && typeof doc.answers === 'object' ? doc.answers : {}) as Record<string, Doc>;
    const upgraded: Record<string, Doc> = {};
    for (const [key, answer] of Object.entries(answers)) upgraded[key] = { ...answer, evidence: [] };
    return { ...doc, answers: upgraded, evidence: {} };
  },
};

const flagNames = [
  'processesForOthers',
  'usesContractors',
  'providesToThirdParties',
  'specialCareData',
  'foreignTransfer',
  'websiteTracking',
  'jointUse',
  'pseudonymisedOrAnonymised',
  'handlesMyNumbers',
];

const assessmentV2toV3: Migration = {
  from: 2,
  to: 3,
  change: 'scoping answers yes / no / not sure; assessor, period, status, copy marker and plan state',
  up(doc) {
    const old = (doc.profile && typeof doc.profile === 'object' ? doc.profile : {}) as Doc;
    const profile: Doc = { employees: old.employees ?? null, individuals: old.individuals ?? null };
    // A question the old file never asked (My Numbers) is "not sure": cautious, its items apply.
    for (const flag of flagNames) profile[flag] = old[flag] === true ? 'yes' : old[flag] === false ? 'no' : 'unsure';
    return { ...doc, profile, assessor: '', periodFrom: '', periodTo: '', status: 'draft', copyOf: null, plan: {} };
  },
};

export const assessmentMigrations: readonly Migration[] = [assessmentV1toV2, assessmentV2toV3];

// The index (organisations and assessment summaries).

const indexV1toV2: Migration = {
  from: 1,
  to: 2,
  change: 'organisation details for report covers; status, copy marker and progress on each summary',
  up(doc) {
    const organisations = (Array.isArray(doc.organisations) ? doc.organisations : []) as Doc[];
    const assessments = (Array.isArray(doc.assessments) ? doc.assessments : []) as Doc[];
    return {
      ...doc,
      organisations: organisations.map((o) => ({ address: '', representative: '', industry: '', employees: null, sites: '', ...o })),
      // Progress is worked out again from the assessment files when the folder is opened.
      assessments: assessments.map((a) => ({ status: 'draft', copyOf: null, progress: { answered: 0, applicable: 0, score: null }, ...a })),
    };
  },
};

export const indexMigrations: readonly Migration[] = [indexV1toV2];
