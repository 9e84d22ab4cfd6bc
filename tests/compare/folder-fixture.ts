// A data folder holding two years of one organisation, the way a user gets there: last year's assessment
// (answered against the first catalog editions, imported from tests/fixtures/editions/v1-assessment.mamori),
// duplicated for this year, moved to the second editions, given this year's period, and a few answers
// changed. For the comparison channels, the CLI's --data-dir and the window's comparison screen.
import path from 'node:path';
import type { Answer, AnswerStatus } from '../../assessments';
import { testHandlers } from '../support/workspace';

export const v1Fixture = path.resolve(import.meta.dirname, '../fixtures/editions/v1-assessment.mamori');
export const OLDER_TITLE = '2025年度 第1版での点検';
export const NEWER_TITLE = '2026年度 自己点検';

const answer = (status: AnswerStatus): Omit<Answer, 'updatedAt'> => ({ status, note: '', reason: '', alternative: '', flagged: false, evidence: [] });

/** The answers changed this year, and what each shows. */
export const changed = {
  'appi-safeguards/APPI-BP-01': answer('implemented'), // partial → implemented: improved
  'appi-safeguards/APPI-BP-03': answer('not-implemented'), // implemented → not implemented: regressed
  'appi-safeguards/APPI-BP-04': answer('implemented'), // not applicable → implemented: new
  'appi-safeguards/APPI-MYN-01': answer('implemented'), // added in version 2: new
};

/** Seeds `dataDir` (closing the folder again) and returns the ids. */
export async function seedTwoYears(dataDir: string): Promise<{ organisationId: string; olderId: string; newerId: string }> {
  const t = testHandlers(dataDir, { chooseImportPath: async () => v1Fixture });
  try {
    const { handlers } = t;
    const chosen = await handlers.chooseImportFile({});
    if (!chosen.chosen) throw new Error('no file');
    const older = (await handlers.importAssessment({ token: chosen.token, mode: 'copy' })).assessment;
    const newer = await handlers.duplicateAssessment({ id: older.id, title: NEWER_TITLE });
    await handlers.moveToEditions({ assessmentId: newer.id, editions: newer.catalogs.map((c) => ({ id: c.id, version: 2 })) });
    await handlers.updateAssessment({ id: newer.id, details: { title: NEWER_TITLE, assessor: '佐藤 美咲', periodFrom: '2026-04-01', periodTo: '2027-03-31', status: 'draft' } });
    for (const [key, value] of Object.entries(changed)) await handlers.saveAnswer({ assessmentId: newer.id, key, answer: value });
    return { organisationId: older.organisationId, olderId: older.id, newerId: newer.id };
  } finally {
    t.close();
  }
}
