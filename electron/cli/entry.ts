// The built CLI's entry (out/cli/mamori.js, started by bin/mamori.mjs): connects runCli to the real process —
// arguments, output, environment, exit code, and an exit on Ctrl+C or SIGTERM that still lets go of the
// data folder's lock.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../../assessments/messages/problem';
import { languageOf } from './io';
import { runCli } from './main';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
const language = languageOf(undefined, process.env) ?? 'en';

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    process.stderr.write(`\nmamori: ${formatProblem({ code: 'cli.interrupted', params: { signal } }, language)}\n`);
    // Exiting runs the lock library's exit hook, which removes a held lock.
    process.exit(code);
  });
}

try {
  process.exitCode = await runCli(
    process.argv.slice(2),
    { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: process.cwd(), env: process.env },
    { version, paths: { preparedCatalogs: path.join(root, 'out/catalogs/built-in.json'), catalogSources: path.join(root, 'assessments/catalogs') } },
  );
} catch (error) {
  // A bug, not bad input: one line the user can report, and the details for whoever fixes it.
  process.stderr.write(`mamori: ${formatProblem({ code: 'cli.unexpected', params: { detail: error instanceof Error ? error.message : String(error) } }, language)}\n`);
  if (process.env.MAMORI_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
  process.exitCode = 1;
}
