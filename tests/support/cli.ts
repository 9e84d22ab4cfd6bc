// Runs the `mamori` command line in this process, against the repository's built-in catalogs: what a user
// would see on stdout and stderr, and the exit code.
import path from 'node:path';
import { runCli } from '../../electron/cli/main';
import { builtInCatalogsDir, preparedCatalogsFile } from './workspace';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export async function mamori(argv: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; version?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: options.cwd ?? repoRoot, env: options.env ?? {} },
    // A prepared file that does not exist: the sources are read, so the tests see the catalogs as they are now.
    { version: options.version ?? '9.9.9', paths: { preparedCatalogs: `${preparedCatalogsFile}.absent`, catalogSources: builtInCatalogsDir } },
  );
  return { code, stdout, stderr };
}
