// mamori statement <assessment>: a draft of the public statement of safeguards taken for retained personal
// data (保有個人データの安全管理のために講じた措置), from the items answered Implemented or Alternative
// control, in the language of --lang: plain text, Markdown with --markdown, or the structure with --json.
import { draftStatement, statementToMarkdown, statementToText } from '../../../assessments/statement';
import type { ParsedArgs } from '../args';
import { type CliContext, EXIT_OK, printable, printJson } from '../io';
import { readSubject } from '../report-input';

export async function run(args: ParsedArgs, context: CliContext): Promise<number> {
  const { assessment, organisation, catalogs } = await readSubject(args, context);
  const statement = draftStatement(assessment, catalogs, context.language, { organisationName: organisation.name });
  if (context.json) printJson(context.io, statement);
  else context.io.stdout(printable(args.flags.has('--markdown') ? statementToMarkdown(statement) : statementToText(statement)));
  return EXIT_OK;
}
