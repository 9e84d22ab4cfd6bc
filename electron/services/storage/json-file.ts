// One JSON document on disk, written atomically through conf (the library electron-store is built on)
// with mode 0600, read back and checked against a zod schema. conf is used directly rather than through
// electron-store so that this code runs in plain Node (tests, CLI) as well as in the main process.
import Conf from 'conf';
import path from 'node:path';
import type { z } from 'zod';
import { UserError } from '../errors';

export type JsonFile<T> = {
  readonly path: string;
  read(): T;
  write(value: T): void;
};

export function jsonFile<S extends z.ZodType<Record<string, unknown>>>(
  filePath: string,
  schema: S,
  describe: string,
): JsonFile<z.output<S>> {
  const conf = new Conf<Record<string, unknown>>({
    cwd: path.dirname(filePath),
    configName: path.basename(filePath, '.json'),
    fileExtension: 'json',
    clearInvalidConfig: false,
    configFileMode: 0o600,
    watch: false,
    accessPropertiesByDotNotation: false,
    projectName: 'mamori',
  });
  return {
    path: filePath,
    read() {
      const parsed = schema.safeParse(conf.store);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = first ? first.path.join('.') || '(top level)' : '(top level)';
        throw new UserError(`${describe} (${filePath}) is not valid: ${where}: ${first?.message ?? 'unknown problem'}`);
      }
      return parsed.data;
    },
    write(value) {
      conf.store = schema.parse(value);
    },
  };
}
