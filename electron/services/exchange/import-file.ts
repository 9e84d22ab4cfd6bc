// Reading a .mamori file as the hostile input it may be: its size is checked before it is read, it is parsed
// by a strict reader (no duplicate or prototype keys, bounded nesting), checked against the export schema
// and for consistency, and every evidence file's bytes are checked against their hash. Nothing is stored
// here; applyImport does that, all or nothing.
import fs from 'node:fs';
import {
  checkSeal,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  type ExportDocument,
  ExportDocument as ExportSchema,
  firstFieldProblem,
  MAX_EXPORT_BYTES,
  type Problem,
  problem,
  upgradeExport,
} from '../../../assessments';
import { openWithPassphrase } from '../crypto';
import { UserError } from '../errors';
import { sha256 } from '../storage/vault';
import { EXPORT_CONTEXT } from './export-file';
import { parseSafeJson, UnsafeJsonError } from './safe-json';

const PASSPHRASE_MAGIC = Buffer.from('MAMORI-PWD');

export class ImportError extends UserError {}

/** The file is refused for what it holds: "<file> is refused: <problem>". */
function refused(file: string, p: Problem): ImportError {
  return new ImportError('import.refused', { file, problem: p });
}

/** The file is encrypted and no passphrase was given: ask the user for one. */
export class PassphraseRequiredError extends UserError {
  constructor(file: string) {
    super('import.passphrase-required', { file });
  }
}

export function isEncryptedExport(bytes: Buffer): boolean {
  return bytes.subarray(0, PASSPHRASE_MAGIC.length).equals(PASSPHRASE_MAGIC);
}

export async function readExportFile(file: string, passphrase?: string): Promise<ExportDocument> {
  const name = file.split(/[\\/]/).pop() ?? file;
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new ImportError('import.not-a-file', { file: name });
    size = stat.size;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('import.cannot-open', { file: name, reason: (error as NodeJS.ErrnoException).code ?? 'error' });
  }
  if (size > MAX_EXPORT_BYTES) {
    throw new ImportError('import.too-large', { file: name, size: Math.round(size / 1024 / 1024), limit: MAX_EXPORT_BYTES / 1024 / 1024 });
  }
  if (size === 0) throw new ImportError('import.empty', { file: name });
  let bytes: Buffer = fs.readFileSync(file);
  if (isEncryptedExport(bytes)) {
    if (!passphrase) throw new PassphraseRequiredError(name);
    bytes = await openWithPassphrase(bytes, passphrase, EXPORT_CONTEXT);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('import.not-utf8', { file: name });
  }
  let raw: unknown;
  try {
    raw = parseSafeJson(text);
  } catch (error) {
    if (error instanceof UnsafeJsonError) throw refused(name, error.problem);
    throw error;
  }
  return checkExportDocument(raw, name);
}

export function checkExportDocument(raw: unknown, name: string): ExportDocument {
  const head = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  if (!head || head.format !== EXPORT_FORMAT) throw new ImportError('import.not-export', { file: name });
  if (typeof head.formatVersion === 'number' && head.formatVersion > EXPORT_FORMAT_VERSION) {
    throw new ImportError('import.newer-format', { file: name, version: head.formatVersion, supported: EXPORT_FORMAT_VERSION });
  }
  if (head.formatVersion !== EXPORT_FORMAT_VERSION && head.formatVersion !== 1) throw new ImportError('import.unknown-format', { file: name });
  // A file from an earlier Mamori is brought up to date, then checked like any other.
  const current = upgradeExport(head);
  const parsed = ExportSchema.safeParse(current);
  if (!parsed.success) throw refused(name, firstFieldProblem(parsed.error, current));
  const doc = parsed.data;
  doc.evidence.forEach((evidence, i) => {
    const bytes = Buffer.from(evidence.data, 'base64');
    const at = (p: Problem) => refused(name, problem('field.at', { path: `evidence[${i}]`, problem: p }));
    if (bytes.length !== evidence.size) throw at(problem('import.evidence-size', { name: evidence.name, actual: bytes.length, stated: evidence.size }));
    if (sha256(bytes) !== evidence.hash) throw at(problem('import.evidence-hash', { name: evidence.name }));
    const listed = doc.assessment.evidence[evidence.hash]!;
    if (listed.size !== evidence.size || listed.name !== evidence.name) {
      throw at(problem('import.evidence-record', { name: evidence.name }));
    }
  });
  return doc;
}

/**
 * A file that says it was signed off must still hold what was signed: otherwise the app would show a seal
 * that no longer holds. Refused (naming the first changed items); `mamori verify` tells the whole story.
 */
export async function refuseBrokenSeal(doc: ExportDocument, name: string): Promise<void> {
  const check = await checkSeal(doc.assessment);
  if (check.state !== 'changed') return;
  const named = [...new Set(check.changes.map((c) => ('key' in c ? c.key : c.part)))];
  const changes = named.slice(0, 5).join(', ') + (named.length > 5 ? ', …' : '');
  throw refused(name, problem('import.seal-broken', { date: doc.assessment.signOff!.date, changes }));
}
