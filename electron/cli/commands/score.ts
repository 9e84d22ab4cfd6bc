// mamori score <assessment>: the scores exactly as assessments/scoring computes them — overall, per
// checklist and per domain — and the quick check's total and band when the assessment pins one. With --json,
// the scoring module's own output, for a program to read.
import { scoreAssessment, scoreQuickCheck } from '../../../assessments';
import type { ParsedArgs } from '../args';
import { type CliContext, EXIT_OK, printable, printJson } from '../io';
import { readSubject } from '../report-input';

type Line = { score: string; completion: string; answered: number; applicable: number };
const words = {
  en: {
    overall: 'Overall',
    line: (title: string, t: Line) => `${title}: ${t.score} (completion ${t.completion}, ${t.answered} of ${t.applicable} items answered)`,
    quick: (title: string, total: number, max: number) => `${title}: ${total} / ${max} points`,
  },
  ja: {
    overall: '総合',
    line: (title: string, t: Line) => `${title}：${t.score}（回答率 ${t.completion}、${t.applicable}項目中${t.answered}項目に回答）`,
    quick: (title: string, total: number, max: number) => `${title}：${total} / ${max} 点`,
  },
} as const;

export async function run(args: ParsedArgs, context: CliContext): Promise<number> {
  const { assessment, catalogs } = await readSubject(args, context);
  const score = scoreAssessment(catalogs, assessment.answers, assessment.profile);
  const quick = catalogs.find((c) => c.kind === 'quick-check');
  const quickResult = quick ? scoreQuickCheck(quick, assessment.answers) : null;
  const quickCheck =
    quick && quickResult
      ? { catalogId: quick.id, total: quickResult.total, max: quickResult.max, answered: quickResult.answered, questions: quickResult.questions, complete: quickResult.complete, band: quickResult.band }
      : undefined;
  if (context.json) {
    printJson(context.io, { assessment: { id: assessment.id, title: assessment.title }, ...score, ...(quickCheck ? { quickCheck } : {}) });
    return EXIT_OK;
  }
  const language = context.language;
  const w = words[language];
  const line = (indent: string, title: string, t: { score: number | null; completion: number | null; answered: number; applicable: number }) =>
    `${indent}${w.line(printable(title), {
      score: t.score === null ? '—' : t.score.toFixed(1),
      completion: t.completion === null ? '—' : `${Math.round(t.completion * 100)}%`,
      answered: t.answered,
      applicable: t.applicable,
    })}`;
  const out = [printable(assessment.title), line('', w.overall, score.overall)];
  for (const cs of score.catalogs) {
    const catalog = catalogs.find((c) => c.id === cs.catalogId)!;
    out.push(line('  ', `${catalog.title[language]} (${catalog.id}@${catalog.version})`, cs));
    for (const ds of cs.domains) out.push(line('    ', `${ds.domainId} ${catalog.domains.find((d) => d.id === ds.domainId)!.title[language]}`, ds));
  }
  if (quick && quickResult) {
    const band = quickResult.complete && quickResult.band ? ` — ${printable(quickResult.band.label[language])}` : '';
    out.push(`${w.quick(`${printable(quick.title[language])} (${quick.id}@${quick.version})`, quickResult.total, quickResult.max)}${band}`);
  }
  context.io.stdout(`${out.join('\n')}\n`);
  return EXIT_OK;
}
