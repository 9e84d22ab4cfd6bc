// What an assessment becomes for other people: the improvement plan kept as a working list (each action's
// owner, due date, status, effort and notes) and exported as CSV or XLSX; the audit report and the plan as
// PDF (the audit report with a comparison section when asked, and the comparison report of two assessments),
// rendered in the report worker while the window asks how far it has got; the draft of the public
// safeguards statement saved as text or Markdown; and the example assessment, imported as a copy.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type Assessment, type Catalog } from '../../../assessments';
import { inDateOrder } from '../../../assessments/compare';
import { buildPlan } from '../../../assessments/plan';
import { draftStatement, statementToMarkdown, statementToText } from '../../../assessments/statement';
import type { Handlers } from '../../ipc/contract';
import { UserError } from '../errors';
import { applyImport } from '../exchange/apply-import';
import { readExportFile } from '../exchange/import-file';
import { generateReport, type WorkerScript } from '../reports/generate';
import { reportModelFor } from '../reports/adapter';
import { planRowsOf } from '../reports/adapter-sections';
import { asUserError } from '../reports/errors';
import type { RenderProgress } from '../reports/render';
import type { Session } from '../session';
import { writeFileAtomic } from '../storage/atomic-file';
import { checkComparable, loadCompared, organisationAssessments } from './compare';
import type { HandlerContext } from './context';

type Reports = Pick<
  Handlers,
  'updatePlanAction' | 'exportPlan' | 'startReport' | 'reportProgress' | 'saveReport' | 'openReport' | 'saveStatement' | 'openExample'
>;

export type ReportDeps = {
  /** The built report worker (the packaged app); the TypeScript source under tsx otherwise. */
  reportWorker?: WorkerScript;
  /** The example assessment shipped with the app. */
  examplePath?: string;
};

/** A file name from a title: no path separators or characters a file system refuses; the date and extension added. */
export function fileNameFor(title: string, date: string, extension: string): string {
  const safe =
    [...title]
      .map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? '_' : c))
      .join('')
      .replace(/^[.\s]+/, '')
      .slice(0, 80) || 'assessment';
  return `${safe} ${date}.${extension}`;
}

const reportLabels = {
  audit: { ja: '点検報告書', en: 'audit report' },
  plan: { ja: '改善計画書', en: 'improvement plan' },
  comparison: { ja: '点検比較報告書', en: 'comparison report' },
  sheets: { ja: '指摘事項シート', en: 'finding sheets' },
} as const;
const reportLabel = (kind: keyof typeof reportLabels, language: 'ja' | 'en') => reportLabels[kind][language];

/**
 * What a report compares, when it does: the audit report compares its assessment with `compareWith` (the
 * earlier one, as the user chose it); a comparison report puts the two in date order and is about the newer.
 */
function comparisonInputs(session: Session, assessmentId: string, kind: keyof typeof reportLabels, compareWith: string | undefined) {
  if (kind === 'comparison' && !compareWith) throw new UserError('compare.needs-other');
  if (!compareWith || kind === 'plan' || kind === 'sheets') return null;
  const subject = loadCompared(session, assessmentId);
  const other = loadCompared(session, compareWith);
  checkComparable(session, subject.assessment, other.assessment);
  const trend = organisationAssessments(session, subject.assessment.organisationId);
  if (kind === 'audit') return { subjectId: assessmentId, previous: other, trend };
  const [previous, newer] = inDateOrder(other.assessment, subject.assessment);
  return { subjectId: newer.id, previous: previous === other.assessment ? other : subject, trend };
}

type Job = {
  assessmentId: string;
  name: string;
  progress: RenderProgress;
  result?: Buffer;
  problem?: unknown;
  savedTo?: string;
};

/** Reports kept for saving: the newest few (each is a few hundred KB), so a long session does not grow. */
const MAX_JOBS = 4;

export function reportHandlers(ctx: HandlerContext & ReportDeps): Reports {
  const { session, timestamp, chooseExportPath, openFile, appVersion } = ctx;
  const ws = () => session.workspace();
  const jobs = new Map<string, Job>();

  const subjectOf = (assessmentId: string) => {
    const assessment: Assessment = ws().assessments.read(assessmentId);
    const organisation = ws().index.read().organisations.find((o) => o.id === assessment.organisationId);
    if (!organisation) throw new UserError('export.organisation-missing', { id: assessment.organisationId });
    const catalogs: Catalog[] = assessment.catalogs.map((pinned) => session.catalogs.getVersion(pinned.id, pinned.version));
    return { assessment, organisation, catalogs };
  };
  const saveAs = async (suggestedName: string, data: string | Buffer) => {
    if (!chooseExportPath) throw new UserError('ipc.no-dialog');
    const file = await chooseExportPath(suggestedName);
    if (!file) return { saved: false as const };
    try {
      writeFileAtomic(file, data);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!code) throw error;
      throw new UserError('cli.cannot-write', { file, reason: code });
    }
    return { saved: true as const, file, bytes: Buffer.byteLength(data) };
  };
  const jobOf = (jobId: string) => {
    const job = jobs.get(jobId);
    if (!job) throw new UserError('report.job-gone');
    return job;
  };

  return {
    updatePlanAction: ({ assessmentId, key, state }) => {
      const assessment = ws().assessments.read(assessmentId);
      const [catalogId, itemId] = key.split('/') as [string, string];
      const pinned = assessment.catalogs.find((c) => c.id === catalogId);
      if (!pinned || !session.catalogs.getVersion(pinned.id, pinned.version).domains.some((d) => d.items.some((i) => i.id === itemId))) {
        throw new UserError('assessment.no-item', { catalog: catalogId, version: pinned?.version ?? 0, item: itemId });
      }
      const at = timestamp();
      const saved = { ...state, updatedAt: at };
      ws().assessments.write({ ...assessment, plan: { ...assessment.plan, [key]: saved }, updatedAt: at });
      session.summaries().changed(assessmentId);
      return saved;
    },

    exportPlan: async ({ assessmentId, format, language, reportDate }) => {
      const { assessment, catalogs } = subjectOf(assessmentId);
      // The very rows the plan PDF prints.
      const rows = planRowsOf(buildPlan(assessment, catalogs, { today: reportDate }), language);
      // The spreadsheet library is loaded when a plan is first exported, not when the app starts.
      const { planToCsv, planToXlsx } = await import('../reports/plan-export');
      const data = format === 'xlsx' ? await planToXlsx(rows, language, { reportDate }) : planToCsv(rows, language);
      const name = fileNameFor(`${assessment.title} ${language === 'ja' ? '改善計画' : 'improvement plan'}`, reportDate, format);
      const result = await saveAs(name, data);
      return result.saved ? { ...result, actions: rows.length } : result;
    },

    startReport: ({ assessmentId, kind, language, reportDate, era, classification, compareWith }) => {
      const comparison = comparisonInputs(session, assessmentId, kind, compareWith);
      const { assessment, organisation, catalogs } = subjectOf(comparison?.subjectId ?? assessmentId);
      const model = reportModelFor({
        assessment,
        organisation,
        catalogs,
        language,
        kind,
        reportDate,
        era,
        ...(classification ? { classification } : {}),
        generator: `Mamori ${appVersion}`,
        ...(comparison ? { compareWith: comparison.previous, trend: comparison.trend } : {}),
      });
      const jobId = crypto.randomBytes(12).toString('hex');
      const label = reportLabel(kind, language);
      const job: Job = { assessmentId, name: fileNameFor(`${assessment.title} ${label}`, reportDate, 'pdf'), progress: { phase: 'prepare', fraction: 0 } };
      jobs.set(jobId, job);
      for (const old of [...jobs.keys()].slice(0, Math.max(0, jobs.size - MAX_JOBS))) jobs.delete(old);
      generateReport(model, {
        onProgress: (progress) => (job.progress = progress),
        ...(ctx.reportWorker ? { worker: ctx.reportWorker } : {}),
      }).then(
        (pdf) => {
          job.result = pdf;
          job.progress = { phase: 'done', fraction: 1 };
        },
        (error: unknown) => (job.problem = asUserError(error)),
      );
      return { jobId };
    },

    reportProgress: ({ jobId }) => {
      const job = jobOf(jobId);
      if (job.problem) throw job.problem;
      if (job.result) return { state: 'done', bytes: job.result.length, name: job.name, savedTo: job.savedTo ?? null };
      return { state: 'running', phase: job.progress.phase, fraction: job.progress.fraction };
    },

    saveReport: async ({ jobId }) => {
      const job = jobOf(jobId);
      if (!job.result) throw new UserError('report.not-ready');
      const result = await saveAs(job.name, job.result);
      if (result.saved) job.savedTo = result.file;
      return result;
    },

    openReport: async ({ jobId }) => {
      const job = jobOf(jobId);
      if (!job.savedTo || !fs.existsSync(job.savedTo)) throw new UserError('report.not-saved');
      if (!openFile) throw new UserError('ipc.no-dialog');
      await openFile(job.savedTo);
    },

    saveStatement: async ({ assessmentId, language, format }) => {
      const { assessment, organisation, catalogs } = subjectOf(assessmentId);
      const statement = draftStatement(assessment, catalogs, language, { organisationName: organisation.name });
      const text = format === 'markdown' ? statementToMarkdown(statement) : statementToText(statement);
      const title = language === 'ja' ? '安全管理措置の公表文（案）' : 'Safeguards statement (draft)';
      return saveAs(fileNameFor(`${organisation.name} ${title}`, timestamp().slice(0, 10), format === 'markdown' ? 'md' : 'txt'), text);
    },

    openExample: async () => {
      if (!ctx.examplePath || !fs.existsSync(ctx.examplePath)) throw new UserError('example.missing', { path: ctx.examplePath ? path.basename(ctx.examplePath) : '' });
      // Imported as a copy like any file a user opens: the example is a starting point, never shared state.
      const doc = await readExportFile(ctx.examplePath);
      return applyImport(ws(), session.catalogs, doc, 'copy', ctx.random);
    },
  };
}
