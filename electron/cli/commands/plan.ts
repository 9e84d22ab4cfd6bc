// mamori plan <assessment>: the improvement plan. --csv or --xlsx with -o writes it as a spreadsheet (CSV
// without -o goes to stdout); with neither, the plan is listed (as JSON with --json: the plan module's
// actions, for a program to read). Rows in the language of --lang, overdue as of --date (default today).
import { actionStatusLabel, buildPlan, ownerLabel, reportOrder } from '../../../assessments/plan';
import { planRowsOf } from '../../services/reports/adapter-sections';
import { planToCsv, planToXlsx } from '../../services/reports/plan-export';
import { type ParsedArgs, UsageError } from '../args';
import { type CliContext, EXIT_OK, printable, printJson } from '../io';
import { outputOf, readSubject, reportDateOf, writeOutput } from '../report-input';

export async function run(args: ParsedArgs, context: CliContext): Promise<number> {
  const csv = args.flags.has('--csv');
  const xlsx = args.flags.has('--xlsx');
  if (csv && xlsx) throw new UsageError('cli.options-exclusive', { first: '--csv', second: '--xlsx' });
  const file = xlsx || (csv && args.flags.has('-o')) ? outputOf(args, context) : null;
  const reportDate = reportDateOf(args);
  const subject = await readSubject(args, context);
  const { language } = context;
  if (!csv && !xlsx) return list(subject, reportDate, context);

  // The spreadsheet has the very rows the plan PDF prints.
  const rows = planRowsOf(buildPlan(subject.assessment, subject.catalogs, { today: reportDate }), language);
  const data = xlsx ? await planToXlsx(rows, language, { reportDate }) : planToCsv(rows, language);
  if (!file) {
    context.io.stdout(typeof data === 'string' ? data : data.toString('utf8'));
    return EXIT_OK;
  }
  writeOutput(file, data);
  const format = xlsx ? 'xlsx' : 'csv';
  if (context.json) printJson(context.io, { ok: true, file, format, actions: rows.length });
  else if (language === 'ja') context.io.stdout(`${file} に改善計画（${rows.length} 件）を書き出しました\n`);
  else context.io.stdout(`wrote ${rows.length} actions to ${file}\n`);
  return EXIT_OK;
}

function list(subject: Awaited<ReturnType<typeof readSubject>>, today: string, context: CliContext): number {
  const { language } = context;
  const plan = reportOrder(buildPlan(subject.assessment, subject.catalogs, { today }));
  if (context.json) {
    printJson(context.io, { assessment: { id: subject.assessment.id, title: subject.assessment.title }, date: today, actions: plan });
    return EXIT_OK;
  }
  const overdue = language === 'ja' ? '（期限超過）' : ' (overdue)';
  const lines = plan.map((a) =>
    [
      a.priority,
      a.itemId,
      printable(a.text[language]),
      printable(ownerLabel(a, language)),
      a.dueDate || '—',
      actionStatusLabel(a.status, language) + (a.overdue ? overdue : ''),
    ].join('\t'),
  );
  context.io.stdout(lines.length > 0 ? `${lines.join('\n')}\n` : language === 'ja' ? '改善計画に登録された対応はありません。\n' : 'The improvement plan has no actions.\n');
  return EXIT_OK;
}
