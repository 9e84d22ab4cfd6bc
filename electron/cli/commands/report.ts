// mamori report <assessment> --kind audit|plan|sheets -o <file.pdf>: renders the audit report, the
// improvement plan or the auditor's tear-out sheets (one page per finding) as PDF, in this process (nothing
// else is waiting), in the language of --lang (independent of the app's UI language). The report date
// (--date, default today) is also the PDF's own date, so the same assessment and the same date give the
// same bytes. Sheets of an assessment without a finding are refused with a message, not written empty.
import { generateReport } from '../../services/reports';
import { reportModelFor } from '../../services/reports/adapter';
import type { ParsedArgs } from '../args';
import { type CliContext, EXIT_OK, printJson } from '../io';
import { asUserError, choice, outputOf, readSubject, reportDateOf, writeOutput } from '../report-input';

export async function run(args: ParsedArgs, context: CliContext): Promise<number> {
  const kind = choice(args, '--kind', ['audit', 'plan', 'sheets'] as const);
  const file = outputOf(args, context);
  const reportDate = reportDateOf(args);
  const subject = await readSubject(args, context);
  const model = reportModelFor({
    assessment: subject.assessment,
    organisation: subject.organisation,
    catalogs: subject.catalogs,
    evidenceIndex: subject.evidence,
    language: context.language,
    kind,
    reportDate,
    era: args.flags.has('--era'),
    generator: `Mamori ${context.version}`,
  });
  let pdf: Buffer;
  try {
    pdf = await generateReport(model, { inProcess: true });
  } catch (error) {
    throw asUserError(error);
  }
  writeOutput(file, pdf);
  if (context.json) printJson(context.io, { ok: true, file, bytes: pdf.length, kind, language: context.language, reportDate, ...(model.sheets ? { findings: model.sheets.length } : {}) });
  else if (context.language === 'ja') context.io.stdout(`${file} に${written[kind].ja}を書き出しました（${pdf.length} バイト）\n`);
  else context.io.stdout(`wrote the ${written[kind].en} to ${file} (${pdf.length} bytes)\n`);
  return EXIT_OK;
}

const written = {
  audit: { ja: '点検報告書', en: 'audit report' },
  plan: { ja: '改善計画書', en: 'improvement plan' },
  sheets: { ja: '指摘事項シート', en: 'finding sheets' },
} as const;
