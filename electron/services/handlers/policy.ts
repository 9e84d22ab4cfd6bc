// The privacy-policy check of an assessment: a policy pasted or chosen through main's open dialog (the window
// holds a token for the file, never its path) is read, checked against the assessment's answers and kept
// with it — its name, when, and the normalised text; the results are worked out again whenever they are
// asked for, so they follow the answers. It can be removed, and its results saved as JSON or Markdown.
import crypto from 'node:crypto';
import path from 'node:path';
import type { Assessment, Catalog } from '../../../assessments';
import type { PolicyCheckRecord } from '../../../assessments/model/policy-check';
import { checkPolicyFor, type PolicyCheckView } from '../../../assessments/policy/assessment-check';
import type { Handlers } from '../../ipc/contract';
import { UserError } from '../errors';
import { formatDate } from '../reports/dates';
import { policyCheckDocument } from '../policy/document';
import { itemLookup, policyCheckToMarkdown } from '../policy/format';
import { readPolicyFile, readPolicyPaste } from '../policy/read-file';
import { writeFileAtomic } from '../storage/atomic-file';
import type { HandlerContext } from './context';

type Policy = Pick<Handlers, 'choosePolicyFile' | 'checkPolicy' | 'getPolicyCheck' | 'removePolicyCheck' | 'exportPolicyCheck'>;

/** A file's name as a one-line label: controls and direction overrides dropped, at most 255 characters. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const labelOf = (name: string) => name.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').trim().slice(0, 255);

/** "<policy name or 'privacy-policy'> check <date>.<ext>", safe as a file name on every system. */
function exportName(name: string, date: string, extension: string): string {
  const base = (path.parse(name).name || 'privacy-policy').replace(/[\\/:*?"<>|]/g, '_').replace(/^[.\s]+/, '').slice(0, 80) || 'privacy-policy';
  return `${base} check ${date}.${extension}`;
}

export function policyHandlers({ session, timestamp, chooseImportPath, chooseExportPath }: HandlerContext): Policy {
  const ws = () => session.workspace();
  const tokens = new Map<string, string>();
  const catalogsOf = (assessment: Assessment): Catalog[] => assessment.catalogs.map((p) => session.catalogs.getVersion(p.id, p.version));
  const viewOf = (assessment: Assessment, record: PolicyCheckRecord): PolicyCheckView => ({
    name: record.name,
    checkedAt: record.checkedAt,
    result: checkPolicyFor({ text: record.text }, catalogsOf(assessment), assessment),
  });
  const write = (assessment: Assessment) => {
    ws().assessments.write(assessment);
    session.summaries().changed(assessment.id);
  };
  const stored = (assessmentId: string) => {
    const assessment = ws().assessments.read(assessmentId);
    if (!assessment.policyCheck) throw new UserError('policy.none', { id: assessmentId });
    return { assessment, record: assessment.policyCheck };
  };

  return {
    choosePolicyFile: async () => {
      if (!chooseImportPath) throw new UserError('ipc.no-dialog');
      const file = await chooseImportPath('policy');
      if (!file) return { chosen: false };
      const token = crypto.randomBytes(16).toString('hex');
      tokens.set(token, file);
      return { chosen: true, token, fileName: labelOf(path.basename(file)) };
    },
    checkPolicy: ({ assessmentId, source }) => {
      const assessment = ws().assessments.read(assessmentId);
      let policy: { name: string; text: string };
      if (source.kind === 'file') {
        const file = tokens.get(source.token);
        if (!file) throw new UserError('policy.choose-again');
        const read = readPolicyFile(file, labelOf(path.basename(file)));
        policy = { name: labelOf(read.name), text: read.text };
      } else {
        policy = { name: '', text: readPolicyPaste(source.text) };
      }
      const record: PolicyCheckRecord = { name: policy.name, checkedAt: timestamp(), text: policy.text };
      // Checked before it is kept: a check that fails leaves the assessment as it was.
      const view = viewOf(assessment, record);
      write({ ...assessment, policyCheck: record, updatedAt: record.checkedAt });
      if (source.kind === 'file') tokens.delete(source.token);
      return view;
    },
    getPolicyCheck: ({ assessmentId }) => {
      const assessment = ws().assessments.read(assessmentId);
      return assessment.policyCheck ? viewOf(assessment, assessment.policyCheck) : null;
    },
    removePolicyCheck: ({ assessmentId }) => {
      const assessment = ws().assessments.read(assessmentId);
      if (!assessment.policyCheck) return { removed: false };
      const { policyCheck: _removed, ...rest } = assessment;
      write({ ...rest, updatedAt: timestamp() });
      return { removed: true };
    },
    exportPolicyCheck: async ({ assessmentId, format, language }) => {
      const { assessment, record } = stored(assessmentId);
      const view = viewOf(assessment, record);
      const doc = policyCheckDocument(view, { id: assessment.id, title: assessment.title });
      const data =
        format === 'json'
          ? `${JSON.stringify(doc, null, 2)}\n`
          : policyCheckToMarkdown(doc, language, itemLookup(catalogsOf(assessment), assessment.answers, language), (iso) => formatDate(iso.slice(0, 10), { language, era: false }));
      if (!chooseExportPath) throw new UserError('ipc.no-dialog');
      const file = await chooseExportPath(exportName(record.name, timestamp().slice(0, 10), format === 'json' ? 'json' : 'md'));
      if (!file) return { saved: false };
      try {
        writeFileAtomic(file, data);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (!code) throw error;
        throw new UserError('cli.cannot-write', { file, reason: code });
      }
      return { saved: true, file, bytes: Buffer.byteLength(data) };
    },
  };
}
