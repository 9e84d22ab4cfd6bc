// An assessment written together with its line in the index, so the home screen sees a record-level change
// (details, scope, a sign-off, a new assessment) at once. Shared by the handlers that make such changes.
import { type Assessment, type AssessmentSummary, summarise } from '../../../assessments';
import { UserError } from '../errors';
import { progressOf } from '../progress';
import type { HandlerContext } from './context';

export type AssessmentRecords = {
  /** The assessment's line in the index (refused when there is none). */
  lineOf(id: string): AssessmentSummary;
  /** Writes a changed assessment and its index line now. */
  save(assessment: Assessment): AssessmentSummary;
  /** Writes a new assessment, then lists it: a crash in between leaves an unlisted file, never a listed assessment without its file. */
  add(assessment: Assessment): AssessmentSummary;
};

export function assessmentRecords({ session }: Pick<HandlerContext, 'session'>): AssessmentRecords {
  const ws = () => session.workspace();
  const lineOf = (id: string) => {
    const line = ws().index.read().assessments.find((a) => a.id === id);
    if (!line) throw new UserError('assessment.none', { id });
    return line;
  };
  return {
    lineOf,
    save(assessment) {
      ws().assessments.write(assessment);
      const summary = summarise(assessment, progressOf(assessment, session.catalogs), lineOf(assessment.id).deletedAt);
      ws().index.update((index) => ({ ...index, assessments: index.assessments.map((a) => (a.id === assessment.id ? summary : a)) }));
      return summary;
    },
    add(assessment) {
      ws().assessments.create(assessment);
      const summary = summarise(assessment, progressOf(assessment, session.catalogs));
      ws().index.update((index) => ({ ...index, assessments: [...index.assessments, summary] }));
      return summary;
    },
  };
}
