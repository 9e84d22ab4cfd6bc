// What the report commands (score, report, plan, statement) share: the assessment they work on — a .mamori
// export file (sealed ones opened with --passphrase-env), or `--data-dir <dir> <assessment-id>` read from a
// data folder without changing it — resolved with its organisation and the exact catalog versions it pins;
// and the options they have in common (the report date, the output file).
import fs from 'node:fs';
import path from 'node:path';
import type { Assessment, Catalog, EvidenceFile } from '../../assessments';
import { UserError } from '../services/errors';
import { readExportFile } from '../services/exchange/import-file';
import type { ReportOrganisationInput } from '../services/reports/adapter';
import { writeFileAtomic } from '../services/storage/atomic-file';
import { type ParsedArgs, UsageError } from './args';
import { openForReadingCatalogs } from './catalog-access';
import { openForReading, secretFrom } from './data-folder';
import { type CliContext, InvalidInput, printable } from './io';

export type ReportSubject = {
  assessment: Assessment;
  organisation: ReportOrganisationInput;
  /** The catalogs the assessment pins, in the versions it pins, in its order. */
  catalogs: Catalog[];
  evidence: EvidenceFile[];
};

/** The pinned catalogs from a library-like lookup; a version that is not installed stops the command. */
function resolveCatalogs(assessment: Assessment, lookup: (id: string, version: number) => Catalog): Catalog[] {
  return assessment.catalogs.map((pinned) => lookup(pinned.id, pinned.version));
}

async function fromExportFile(args: ParsedArgs, context: CliContext): Promise<ReportSubject> {
  const file = path.resolve(context.io.cwd, args.positionals[0] ?? '');
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new InvalidInput('cli.no-such-file', { file });
  const doc = await readExportFile(file, secretFrom(args, context, '--passphrase-env'));
  const library = openForReadingCatalogs(null, context);
  const catalogs = resolveCatalogs(doc.assessment, (id, version) => {
    const carried = doc.catalogs.find((c) => c.id === id && c.version === version && c.source === 'custom')?.catalog;
    // A built-in catalog is always this app's own copy (the export carries none); a custom one comes with the file.
    return carried ?? library.getVersion(id, version);
  });
  return { assessment: doc.assessment, organisation: doc.organisation, catalogs, evidence: doc.evidence.map(({ data: _data, ...file }) => file) };
}

async function fromDataFolder(root: string, args: ParsedArgs, context: CliContext): Promise<ReportSubject> {
  const { workspace, catalogs } = await openForReading(root, context, secretFrom(args, context, '--passphrase-env'));
  const id = args.positionals[0] ?? '';
  const index = workspace.index.read();
  if (!index.assessments.some((a) => a.id === id && !a.deletedAt)) throw new InvalidInput('cli.no-assessment', { id: printable(id), folder: root });
  const assessment = workspace.assessments.read(id);
  const organisation = index.organisations.find((o) => o.id === assessment.organisationId);
  if (!organisation) throw new UserError('export.organisation-missing', { id });
  return { assessment, organisation, catalogs: resolveCatalogs(assessment, catalogs.getVersion), evidence: Object.values(assessment.evidence) };
}

/** The assessment named on the command line: a .mamori file, or an assessment id with --data-dir. */
export async function readSubject(args: ParsedArgs, context: CliContext): Promise<ReportSubject> {
  const dir = args.flags.get('--data-dir');
  if (typeof dir === 'string') return fromDataFolder(path.resolve(context.io.cwd, dir), args, context);
  return fromExportFile(args, context);
}

/** The value of a flag that must be one of a few words; `fallback` when it is absent. */
export function choice<T extends string>(args: ParsedArgs, flag: string, values: readonly T[], fallback?: T): T {
  const value = args.flags.get(flag);
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'string') throw new UsageError('cli.option-required', { option: flag });
  if (!(values as readonly string[]).includes(value)) throw new UsageError('cli.option-one-of', { option: flag, values: values.join(', '), value: printable(value) });
  return value as T;
}

/** Today in the computer's own time zone, YYYY-MM-DD: the default report date. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** --date YYYY-MM-DD (a real day), or today. */
export function reportDateOf(args: ParsedArgs): string {
  const value = args.flags.get('--date');
  if (value === undefined) return localToday();
  const text = typeof value === 'string' ? value : '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!day || day.toISOString().slice(0, 10) !== text) throw new UsageError('cli.option-date', { option: '--date', value: printable(text) });
  return text;
}

/** The -o file, resolved against the working directory; required. */
export function outputOf(args: ParsedArgs, context: CliContext): string {
  const value = args.flags.get('-o');
  if (typeof value !== 'string') throw new UsageError('cli.option-required', { option: '-o' });
  return path.resolve(context.io.cwd, value);
}

/** Writes a result file whole (never half a PDF), or says in the user's words why it cannot. */
export function writeOutput(file: string, data: string | Buffer): void {
  try {
    writeFileAtomic(file, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    throw new InvalidInput('cli.cannot-write', { file, reason: code });
  }
}

export { asUserError } from '../services/reports/errors';
