// mamori check-policy <file>: reads a published privacy policy (.txt, .md or .html, up to 5 MB) and prints
// the disclosures APPI requires — present, missing or not applicable, each with the rule that decided it and
// the quoted evidence — the safeguards it claims, mapped to checklist items, and, with an assessment
// (--assessment <file.mamori>, or --data-dir <dir> <id>), the claims its answers do not back and how the
// policy's safeguards compare with the statement the answers support. --json prints the documented shape.
import path from 'node:path';
import { checkPolicyFor } from '../../../assessments/policy/assessment-check';
import { policyCheckDocument } from '../../services/policy/document';
import { itemLookup, policyCheckToText } from '../../services/policy/format';
import { readPolicyFile } from '../../services/policy/read-file';
import { type ParsedArgs, UsageError } from '../args';
import { type CliContext, EXIT_OK, printable, printJson } from '../io';
import { readSubject, type ReportSubject } from '../report-input';

async function subjectOf(args: ParsedArgs, context: CliContext): Promise<ReportSubject | null> {
  const file = args.flags.get('--assessment');
  const dataDir = args.flags.get('--data-dir');
  const id = args.positionals[1];
  if (file !== undefined && dataDir !== undefined) throw new UsageError('cli.options-exclusive', { first: '--assessment', second: '--data-dir' });
  if (dataDir === undefined && id !== undefined) throw new UsageError('cli.argument-count', { expected: '1', got: args.positionals.length });
  if (typeof dataDir === 'string') {
    if (id === undefined) throw new UsageError('cli.argument-count', { expected: '2', got: args.positionals.length });
    return readSubject({ positionals: [id], flags: args.flags }, context);
  }
  if (typeof file === 'string') return readSubject({ positionals: [file], flags: args.flags }, context);
  return null;
}

export async function run(args: ParsedArgs, context: CliContext): Promise<number> {
  const given = args.positionals[0] ?? '';
  const subject = await subjectOf(args, context);
  const policy = readPolicyFile(path.resolve(context.io.cwd, given), given);
  const catalogs = subject ? subject.catalogs : [...context.builtInCatalogs()];
  const result = checkPolicyFor({ text: policy.text }, catalogs, subject?.assessment);
  const doc = policyCheckDocument({ name: policy.name, result }, subject ? { id: subject.assessment.id, title: subject.assessment.title } : null);
  if (context.json) printJson(context.io, doc);
  else context.io.stdout(printable(policyCheckToText(doc, context.language, itemLookup(catalogs, subject?.assessment.answers, context.language))));
  return EXIT_OK;
}
