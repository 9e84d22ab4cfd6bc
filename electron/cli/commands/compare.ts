// mamori compare <older> <newer>: two assessments of one organisation — two .mamori files, or two ids with
// --data-dir — compared item by item and score by score, also across catalog editions (assessments/compare).
// Prints the overall, checklist and domain scores then and now with the change, the count per class and the
// changed items under their class; --json prints the comparison module's own output (docs/comparison.md);
// -o writes the comparison report as PDF in the language of --lang. The two are taken in the order given.
import path from 'node:path';
import type { AnswerStatus } from '../../../assessments';
import { type AssessmentComparison, type ChangeClass, compareAssessments, type ComparedInput } from '../../../assessments/compare';
import { UserError } from '../../services/errors';
import { generateReport } from '../../services/reports';
import { reportModelFor } from '../../services/reports/adapter';
import { comparisonLabelsFor } from '../../services/reports/comparison-labels';
import { formatDelta, formatScore } from '../../services/reports/format';
import { labelsFor } from '../../services/reports/labels';
import type { ParsedArgs } from '../args';
import { openForReading, secretFrom } from '../data-folder';
import { type CliContext, EXIT_OK, printable, printJson } from '../io';
import { asUserError, outputOf, readSubject, type ReportSubject, reportDateOf, writeOutput } from '../report-input';

const printed: readonly ChangeClass[] = ['regressed', 'improved', 'new', 'removed'];

/** Every assessment of the organisation in the data folder (not in the trash), for the report's trend. */
async function organisationAssessments(args: ParsedArgs, context: CliContext, organisationId: string): Promise<ComparedInput[]> {
  const root = path.resolve(context.io.cwd, String(args.flags.get('--data-dir')));
  const { workspace, catalogs } = await openForReading(root, context, secretFrom(args, context, '--passphrase-env'));
  return workspace.index
    .read()
    .assessments.filter((a) => a.organisationId === organisationId && !a.deletedAt)
    .map((a) => {
      const assessment = workspace.assessments.read(a.id);
      return { assessment, catalogs: assessment.catalogs.map((p) => catalogs.getVersion(p.id, p.version)) };
    });
}

function asText(result: AssessmentComparison, context: CliContext): string {
  const { language } = context;
  const labels = labelsFor(language);
  const words = comparisonLabelsFor(language);
  const answer = (status: AnswerStatus | null) => (status === null ? '—' : labels.answers[status]);
  const [colon, open, close] = language === 'ja' ? ['：', '（', '）'] : [': ', ' (', ')'];
  const score = (indent: string, title: string, d: { older: number | null; newer: number | null }) =>
    `${indent}${printable(title)}${colon}${formatScore(d.older)} → ${formatScore(d.newer)}${open}${formatDelta(d.older, d.newer)}${close}`;
  const out = [
    `${printable(result.older.title)}${open}${result.older.date}${close} → ${printable(result.newer.title)}${open}${result.newer.date}${close}`,
    score('', labels.summary.overall, result.overall),
  ];
  for (const c of result.catalogs) {
    const editions = `${c.olderVersion === null ? '—' : `v${c.olderVersion}`} → ${c.newerVersion === null ? '—' : `v${c.newerVersion}`}`;
    out.push(score('  ', `${c.title[language]}${open}${c.catalogId} ${editions}${close}`, c));
    for (const d of c.domains) out.push(score('    ', `${d.domainId} ${d.title[language]}`, d));
  }
  for (const q of result.quickCheck) {
    const points = (side: { total: number; max: number } | null) => (side ? words.points(side.total, side.max) : words.notUsed);
    out.push(`${printable(q.title[language])}${colon}${points(q.older)} → ${points(q.newer)}`);
  }
  out.push('', `${words.byClass}${colon}${(['improved', 'regressed', 'unchanged', 'new', 'removed'] as const).map((c) => `${words.classes[c]} ${result.counts[c]}`).join(language === 'ja' ? '、' : ', ')}`);
  for (const changeClass of printed) {
    const items = result.items.filter((i) => i.class === changeClass);
    if (items.length === 0) continue;
    out.push('', `${words.groups[changeClass]}${open}${items.length}${close}`);
    for (const item of items) {
      const before = item.class === 'new' && item.reason ? words.notCounted.before[item.reason] : answer(item.older);
      const after = item.class === 'removed' && item.reason ? words.notCounted.after[item.reason] : answer(item.newer);
      out.push(`  ${item.catalogId}/${item.itemId} ${printable(item.title[language])}${colon}${before} → ${after}`);
    }
  }
  return `${out.join('\n')}\n`;
}

export async function run(args: ParsedArgs, context: CliContext): Promise<number> {
  const file = args.flags.has('-o') ? outputOf(args, context) : null;
  const reportDate = file ? reportDateOf(args) : '';
  const dataDir = args.flags.has('--data-dir');
  const [olderArg, newerArg] = args.positionals as [string, string];
  const read = (given: string) => readSubject({ positionals: [given], flags: args.flags }, context);
  const older: ReportSubject = await read(olderArg);
  const newer: ReportSubject = await read(newerArg);
  // Two exports of one assessment made at different times are worth comparing; one record with itself is not.
  if (dataDir && older.assessment.id === newer.assessment.id) throw new UserError('compare.same-assessment', { title: older.assessment.title });
  if (older.assessment.organisationId !== newer.assessment.organisationId) {
    throw new UserError('compare.different-organisations', {
      first: older.assessment.title,
      firstOrganisation: older.organisation.name,
      second: newer.assessment.title,
      secondOrganisation: newer.organisation.name,
    });
  }
  const result = compareAssessments(older, newer);
  let written = '';
  if (file) {
    const model = reportModelFor({
      assessment: newer.assessment,
      organisation: newer.organisation,
      catalogs: newer.catalogs,
      evidenceIndex: newer.evidence,
      language: context.language,
      kind: 'comparison',
      reportDate,
      era: args.flags.has('--era'),
      generator: `Mamori ${context.version}`,
      compareWith: older,
      ...(dataDir ? { trend: await organisationAssessments(args, context, newer.assessment.organisationId) } : {}),
    });
    let pdf: Buffer;
    try {
      pdf = await generateReport(model, { inProcess: true });
    } catch (error) {
      throw asUserError(error);
    }
    writeOutput(file, pdf);
    written = context.language === 'ja' ? `\n${file} に点検比較報告書を書き出しました（${pdf.length} バイト）\n` : `\nwrote the comparison report to ${file} (${pdf.length} bytes)\n`;
  }
  if (context.json) printJson(context.io, result);
  else context.io.stdout(asText(result, context) + written);
  return EXIT_OK;
}
