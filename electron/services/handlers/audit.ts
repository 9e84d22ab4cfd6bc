// Auditor mode: the auditor's verdicts beside the company's answers, the sign-off that seals the assessment
// (after which the storage refuses every write to it), and reopening a signed assessment as a new version
// linked to the old one, which stays locked.
import { type Assessment, newRecordId, sealOf, type Verdict } from '../../../assessments';
import type { Handlers } from '../../ipc/contract';
import { UserError } from '../errors';
import type { HandlerContext } from './context';
import { pinnedCatalogOf } from './items';
import { assessmentRecords } from './records';

type Audit = Pick<Handlers, 'saveVerdict' | 'signAssessment' | 'reopenAssessment'>;

export function auditHandlers({ session, random, timestamp }: HandlerContext): Audit {
  const ws = () => session.workspace();
  const { catalogs } = session;
  const { lineOf, save, add } = assessmentRecords({ session });

  return {
    saveVerdict: ({ assessmentId, key, verdict }) => {
      const assessment = ws().assessments.read(assessmentId);
      pinnedCatalogOf(catalogs, assessment, key);
      const { [key]: _previous, ...others } = assessment.verdicts ?? {};
      const at = timestamp();
      let saved: Verdict | null = null;
      if (verdict) {
        const linked = new Set(assessment.answers[key]?.evidence ?? []);
        const evidenceChecked = [...new Set(verdict.evidenceChecked ?? [])];
        if (evidenceChecked.some((hash) => !linked.has(hash))) throw new UserError('verdict.no-evidence', { item: key.split('/')[1]! });
        saved = { code: verdict.code, comment: verdict.comment ?? '', evidenceChecked, updatedAt: at };
      }
      ws().assessments.write({ ...assessment, verdicts: saved ? { ...others, [key]: saved } : others, updatedAt: at });
      session.summaries().changed(assessmentId);
      return saved;
    },
    signAssessment: async ({ assessmentId, signOff }) => {
      const assessment = ws().assessments.read(assessmentId);
      lineOf(assessmentId);
      if (Object.keys(assessment.answers).length === 0 && Object.keys(assessment.verdicts ?? {}).length === 0) throw new UserError('signoff.nothing-to-seal');
      const at = timestamp();
      const seal = await sealOf(assessment, { assessor: signOff.assessor, reviewer: signOff.reviewer, date: signOff.date }, at);
      // The last write this assessment will ever get: the storage refuses any after it.
      return { summary: save({ ...assessment, signOff: seal, updatedAt: at }), signOff: seal };
    },
    reopenAssessment: ({ id, title }) => {
      const source = ws().assessments.read(id);
      if (!source.signOff) throw new UserError('assessment.not-signed');
      const at = timestamp();
      const { signOff: _seal, copyOf: _copy, reconfirm: _reconfirm, ...kept } = structuredClone(source);
      const reopened: Assessment = {
        ...kept,
        id: newRecordId(random),
        title,
        status: 'draft',
        copyOf: null,
        basedOn: { id: source.id, title: source.title, how: 'reopened' },
        createdAt: at,
        updatedAt: at,
      };
      return add(reopened);
    },
  };
}
