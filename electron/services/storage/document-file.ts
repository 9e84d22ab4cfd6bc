// One versioned JSON document on disk. Written atomically through conf (the library electron-store is built
// on: temporary file, fsync, rename) with mode 0600 and never reset when invalid (clearInvalidConfig stays
// false). Read back, decoded, migrated to the current schema version and checked with zod. A damaged file
// and a file from a newer app are reported as different errors, because they are handled differently.
import Conf from 'conf';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { firstFieldProblem, type Migration, migrate, type Problem, problem } from '../../../assessments';
import { UserError } from '../errors';
import { type Codec, UndecodableError } from './codec';

/** The file cannot be read as a valid document: truncated, garbage, tampered with, or failing the schema. */
export class DamagedFileError extends Error {
  override readonly name = 'DamagedFileError';
  constructor(
    readonly file: string,
    readonly reason: Problem,
  ) {
    super(`${file} is damaged: ${reason.code}`);
  }
}

/** The file was written by a newer Mamori. It is left exactly as it is. */
export class NewerVersionError extends UserError {
  constructor(
    readonly file: string,
    readonly version: number,
    current: number,
  ) {
    super('storage.newer-version', { file, version, supported: current });
  }
}

export type DocumentSpec<T> = {
  schema: z.ZodType<T>;
  version: number;
  migrations: readonly Migration[];
  describe: string;
};

export type DocumentRead<T> = { value: T; migratedFrom: number | null };

export type DocumentFile<T> = {
  readonly path: string;
  exists(): boolean;
  read(): DocumentRead<T>;
  write(value: T): void;
};

/** Decodes, parses, migrates and checks the stored text of a document. Shared with backups and imports. */
export function decodeDocument<T>(stored: string, file: string, context: string, spec: DocumentSpec<T>, codec: Codec): DocumentRead<T> {
  if (stored.length === 0) throw new DamagedFileError(file, problem('reason.empty'));
  let json: string;
  try {
    json = codec.decode(stored, context);
  } catch (error) {
    if (error instanceof UndecodableError) throw new DamagedFileError(file, error.reason);
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new DamagedFileError(file, problem('reason.not-json'));
  }
  const migrated = migrate(raw, spec.migrations, spec.version);
  if (migrated.kind === 'newer') throw new NewerVersionError(file, migrated.version, spec.version);
  if (migrated.kind === 'invalid') throw new DamagedFileError(file, problem(migrated.reason));
  const parsed = spec.schema.safeParse(migrated.doc);
  if (!parsed.success) throw new DamagedFileError(file, problem('reason.format', { problem: firstFieldProblem(parsed.error, migrated.doc) }));
  return { value: parsed.data, migratedFrom: migrated.fromVersion === spec.version ? null : migrated.fromVersion };
}

export function documentFile<T>(filePath: string, context: string, spec: DocumentSpec<T>, codec: Codec): DocumentFile<T> {
  let conf: Conf<Record<string, unknown>> | null = null;
  const writer = () => {
    conf ??= new Conf<Record<string, unknown>>({
      cwd: path.dirname(filePath),
      configName: path.basename(filePath, '.json'),
      fileExtension: 'json',
      projectName: 'mamori',
      clearInvalidConfig: false,
      configFileMode: 0o600,
      watch: false,
      accessPropertiesByDotNotation: false,
      serialize: (value) => codec.encode(JSON.stringify(value), context),
      // conf reads the old file before each write (to keep its internal key); we never need that, and a
      // damaged old file must not stop a write that replaces it.
      deserialize: () => ({}),
    });
    return conf;
  };
  return {
    path: filePath,
    exists: () => fs.existsSync(filePath),
    read() {
      let stored: string;
      try {
        stored = fs.readFileSync(filePath, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') throw new DamagedFileError(filePath, problem('reason.missing'));
        // Not damage (permissions, a disk error): never quarantined, just reported.
        throw new UserError('reason.unreadable', { detail: `${filePath}: ${code ?? 'error'}` });
      }
      return decodeDocument(stored, filePath, context, spec, codec);
    },
    write(value) {
      const checked = spec.schema.parse(value);
      writer().store = checked as Record<string, unknown>;
    },
  };
}
