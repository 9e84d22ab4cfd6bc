// Reading a .mamori file as the hostile input it may be: its size is checked before it is read, it is parsed
// by a strict reader (no duplicate or prototype keys, bounded nesting), checked against the export schema
// and for consistency, and every evidence file's bytes are checked against their hash. Nothing is stored
// here; applyImport does that, all or nothing.
import fs from 'node:fs';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  type ExportDocument,
  ExportDocument as ExportSchema,
  formatPath,
  MAX_EXPORT_BYTES,
} from '../../../assessments';
import { openWithPassphrase } from '../crypto';
import { UserError } from '../errors';
import { sha256 } from '../storage/vault';
import { EXPORT_CONTEXT } from './export-file';
import { parseSafeJson, UnsafeJsonError } from './safe-json';

const PASSPHRASE_MAGIC = Buffer.from('MAMORI-PWD');

export class ImportError extends UserError {}

/** The file is encrypted and no passphrase was given: ask the user for one. */
export class PassphraseRequiredError extends UserError {
  constructor(file: string) {
    super(`${file} is encrypted: enter the passphrase it was exported with.`);
    this.code = 'passphrase-required';
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
    if (!stat.isFile()) throw new ImportError(`${name} is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`${name} cannot be opened: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}`);
  }
  if (size > MAX_EXPORT_BYTES) {
    throw new ImportError(`${name} is ${(size / 1024 / 1024).toFixed(0)} MB; Mamori imports files of up to ${MAX_EXPORT_BYTES / 1024 / 1024} MB`);
  }
  if (size === 0) throw new ImportError(`${name} is empty`);
  let bytes: Buffer = fs.readFileSync(file);
  if (isEncryptedExport(bytes)) {
    if (!passphrase) throw new PassphraseRequiredError(name);
    bytes = await openWithPassphrase(bytes, passphrase, EXPORT_CONTEXT);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(`${name} is not a Mamori export (it is not UTF-8 text)`);
  }
  let raw: unknown;
  try {
    raw = parseSafeJson(text);
  } catch (error) {
    if (error instanceof UnsafeJsonError) throw new ImportError(`${name} is refused: ${error.message}`);
    throw error;
  }
  return checkExportDocument(raw, name);
}

export function checkExportDocument(raw: unknown, name: string): ExportDocument {
  const head = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  if (!head || head.format !== EXPORT_FORMAT) throw new ImportError(`${name} is not a Mamori export file`);
  if (typeof head.formatVersion === 'number' && head.formatVersion > EXPORT_FORMAT_VERSION) {
    throw new ImportError(`${name} was exported by a newer Mamori (format ${head.formatVersion}; this app reads up to ${EXPORT_FORMAT_VERSION}). Update Mamori to import it.`);
  }
  if (head.formatVersion !== EXPORT_FORMAT_VERSION) throw new ImportError(`${name} has an unknown format version`);
  const parsed = ExportSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const where = formatPath(first.path);
    const message =
      first.code === 'unrecognized_keys'
        ? `unknown field ${first.keys.map((k) => `"${k}"`).join(', ')}`
        : first.code === 'invalid_key'
          ? `the key ${first.issues[0]?.message ?? 'is not valid'}`
          : first.message;
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problem(s))` : '';
    throw new ImportError(`${name} is refused: at ${where}: ${message}${more}`);
  }
  const doc = parsed.data;
  doc.evidence.forEach((evidence, i) => {
    const bytes = Buffer.from(evidence.data, 'base64');
    if (bytes.length !== evidence.size) throw new ImportError(`${name} is refused: at evidence[${i}]: the file has ${bytes.length} bytes, not the ${evidence.size} stated`);
    if (sha256(bytes) !== evidence.hash) throw new ImportError(`${name} is refused: at evidence[${i}] ("${evidence.name}"): the content does not match its hash (damaged or altered)`);
    const listed = doc.assessment.evidence[evidence.hash]!;
    if (listed.size !== evidence.size || listed.name !== evidence.name) {
      throw new ImportError(`${name} is refused: at evidence[${i}]: differs from the assessment's record of it`);
    }
  });
  return doc;
}
