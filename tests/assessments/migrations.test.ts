// Old assessment files open in the new app, upgraded step by step; a file from a newer app is refused.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  Assessment,
  ASSESSMENT_SCHEMA_VERSION,
  assessmentMigrations,
  checkMigrationChain,
  migrate,
} from '../../assessments';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/migrations');
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(fixtures, name), 'utf8')) as unknown;

describe('assessment migrations', () => {
  it('form one unbroken chain up to the current version', () => {
    expect(() => checkMigrationChain(assessmentMigrations, ASSESSMENT_SCHEMA_VERSION)).not.toThrow();
    expect(() => checkMigrationChain([{ ...assessmentMigrations[0]!, to: 3 }], 3)).toThrow(/chain broken/);
  });

  it('have a fixture for every past version', () => {
    for (let version = 1; version < ASSESSMENT_SCHEMA_VERSION; version += 1) {
      expect(fs.existsSync(path.join(fixtures, `assessment-v${version}.json`)), `assessment-v${version}.json`).toBe(true);
    }
  });

  it('upgrade a version 1 file to a valid current file, keeping every answer and note', () => {
    const v1 = read('assessment-v1.json') as { answers: Record<string, { note: string; reason: string }> };
    const result = migrate(v1, assessmentMigrations, ASSESSMENT_SCHEMA_VERSION);
    if (result.kind !== 'current') throw new Error(result.kind);
    expect(result.fromVersion).toBe(1);
    const upgraded = Assessment.parse(result.doc);
    expect(upgraded.schemaVersion).toBe(ASSESSMENT_SCHEMA_VERSION);
    expect(Object.keys(upgraded.answers)).toEqual(Object.keys(v1.answers));
    expect(upgraded.answers['appi-safeguards/APPI-BP-01']?.note).toBe(v1.answers['appi-safeguards/APPI-BP-01']?.note);
    expect(upgraded.answers['appi-safeguards/APPI-EXT-01']).toMatchObject({ status: 'not-applicable', flagged: true, evidence: [] });
    expect(upgraded.evidence).toEqual({});
  });

  it('leave the input untouched (pure steps)', () => {
    const v1 = read('assessment-v1.json');
    const before = JSON.stringify(v1);
    migrate(v1, assessmentMigrations, ASSESSMENT_SCHEMA_VERSION);
    expect(JSON.stringify(v1)).toBe(before);
  });

  it('report a file from a newer app as newer, not as damaged', () => {
    expect(migrate({ schemaVersion: ASSESSMENT_SCHEMA_VERSION + 1 }, assessmentMigrations, ASSESSMENT_SCHEMA_VERSION)).toEqual({
      kind: 'newer',
      version: ASSESSMENT_SCHEMA_VERSION + 1,
    });
  });

  it.each([[null], [[]], ['text'], [{}], [{ schemaVersion: '1' }], [{ schemaVersion: 0 }], [{ schemaVersion: 1.5 }]])(
    'refuse %j as invalid',
    (raw) => {
      expect(migrate(raw, assessmentMigrations, ASSESSMENT_SCHEMA_VERSION).kind).toBe('invalid');
    },
  );
});

describe('version 2 → 3 (scoping answers, assessor and period, plan state)', () => {
  it('turns each yes/no switch into an answer, and a question version 2 never asked into "not sure"', () => {
    const v2 = read('assessment-v2.json') as { profile: Record<string, unknown>; answers: Record<string, unknown> };
    const result = migrate(v2, assessmentMigrations, ASSESSMENT_SCHEMA_VERSION);
    if (result.kind !== 'current') throw new Error(result.kind);
    const upgraded = Assessment.parse(result.doc);
    expect(upgraded.profile).toMatchObject({
      employees: v2.profile.employees,
      usesContractors: v2.profile.usesContractors ? 'yes' : 'no',
      websiteTracking: v2.profile.websiteTracking ? 'yes' : 'no',
      handlesMyNumbers: 'unsure',
    });
    expect(upgraded).toMatchObject({ assessor: '', periodFrom: '', periodTo: '', status: 'draft', copyOf: null, plan: {} });
    expect(Object.keys(upgraded.answers)).toEqual(Object.keys(v2.answers));
  });
});

describe('index migrations', () => {
  it('give every organisation the report-cover fields and every line a status and progress', async () => {
    const { IndexDocument, INDEX_SCHEMA_VERSION } = await import('../../electron/services/storage/index-store');
    const { indexMigrations } = await import('../../assessments');
    expect(() => checkMigrationChain(indexMigrations, INDEX_SCHEMA_VERSION)).not.toThrow();
    const result = migrate(read('index-v1.json'), indexMigrations, INDEX_SCHEMA_VERSION);
    if (result.kind !== 'current') throw new Error(result.kind);
    const index = IndexDocument.parse(result.doc);
    expect(index.organisations[0]).toMatchObject({ name: 'さくら商事株式会社', address: '', employees: null });
    expect(index.assessments[0]).toMatchObject({ status: 'draft', copyOf: null, progress: { answered: 0, applicable: 0, score: null } });
  });
});
