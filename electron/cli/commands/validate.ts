// mamori validate <file>: a catalog file or a .mamori export file — ok, or every problem with where it is.
import fs from 'node:fs';
import path from 'node:path';
import { catalogErrorProblem, MAX_CATALOG_BYTES, parseCatalogBytes, problem } from '../../../assessments';
import { readExportFile } from '../../services/exchange/import-file';
import type { ParsedArgs } from '../args';
import { secretFrom } from '../data-folder';
import { type CliContext, EXIT_INVALID, EXIT_OK, InvalidInput, printable, printJson } from '../io';

export async function run(args: ParsedArgs, context: CliContext): Promise<number> {
  const { io, json } = context;
  const file = path.resolve(io.cwd, args.positionals[0] ?? '');
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new InvalidInput('cli.no-such-file', { file });
  if (looksLikeExport(file)) {
    const doc = await readExportFile(file, secretFrom(args, context, '--passphrase-env'));
    const answers = Object.keys(doc.assessment.answers).length;
    if (json) printJson(io, { ok: true, kind: 'export', assessment: doc.assessment.id, title: doc.assessment.title, answers, evidence: doc.evidence.length });
    else io.stdout(`ok: ${file} is a valid Mamori export ("${printable(doc.assessment.title)}", ${answers} answers, ${doc.evidence.length} evidence files)\n`);
    return EXIT_OK;
  }
  if (fs.statSync(file).size > MAX_CATALOG_BYTES) throw new InvalidInput('catalog.too-large', { limit: MAX_CATALOG_BYTES });
  const result = parseCatalogBytes(fs.readFileSync(file), file);
  if (result.ok) {
    if (json) printJson(io, { ok: true, kind: 'catalog', id: result.catalog.id, version: result.catalog.version });
    else io.stdout(`ok: ${file} is a valid catalog (${result.catalog.id} v${result.catalog.version})\n`);
    return EXIT_OK;
  }
  if (json) {
    printJson(io, { ok: false, errors: result.errors.map((e) => ({ file: e.file, line: e.line, path: e.path, code: e.problem.code, message: context.say(e.problem) })) });
  } else {
    for (const error of result.errors) io.stdout(`${printable(context.say(catalogErrorProblem(error)))}\n`);
  }
  const first = result.errors[0];
  io.stderr(`mamori validate: ${printable(context.say(problem('catalog.errors', { file, count: result.errors.length, first: first ? catalogErrorProblem(first) : problem('field.invalid') })))}\n`);
  return EXIT_INVALID;
}

/** An export file: the name ends in .mamori, or it starts like one (sealed, or the export's JSON). */
function looksLikeExport(file: string): boolean {
  if (file.endsWith('.mamori')) return true;
  const head = Buffer.alloc(64);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 64, 0);
  } finally {
    fs.closeSync(fd);
  }
  const text = head.toString('utf8');
  return text.startsWith('MAMORI-PWD') || /^\s*\{\s*"format"\s*:\s*"mamori-export"/.test(text);
}
