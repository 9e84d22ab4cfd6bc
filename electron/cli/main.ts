// The `mamori` command line, over the same services as the app. `runCli` takes its input and output as
// parameters so tests run it in-process; bin/mamori.mjs connects it to the real process.
import { parseArgs, UsageError } from './args';
import {
  type CliIo,
  type Command,
  commonFlags,
  EXIT_INVALID,
  EXIT_OK,
  EXIT_USAGE,
  InvalidInput,
  printJson,
} from './command';
import { commands } from './commands';
import { isUserError } from '../services/errors';

export type CliOptions = { version: string; catalogsDir: string };

function topHelp(version: string): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `mamori ${version} — personal-information safeguard self-assessment (APPI / JIS Q 15001)`,
    '',
    'Usage: mamori <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  --version  print the version',
    '  --help     show this help; "mamori <command> --help" shows a command\'s help',
    '',
    'Exit codes: 0 success, 1 invalid input (message on stderr), 2 wrong usage.',
    '',
  ].join('\n');
}

function commandHelp(command: Command): string {
  const flags = [...command.flags, ...commonFlags];
  const width = Math.max(...flags.map((f) => f.name.length + (f.takesValue ? 8 : 0)));
  return [
    `Usage: mamori ${command.usage}`,
    '',
    command.summary,
    '',
    'Options:',
    ...flags.map((f) => `  ${(f.takesValue ? `${f.name} <value>` : f.name).padEnd(width)}  ${f.description}`),
    '',
  ].join('\n');
}

export async function runCli(argv: readonly string[], io: CliIo, options: CliOptions): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(topHelp(options.version));
    return first === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (first === '--version' || first === '-v') {
    if (rest.includes('--json')) printJson(io, { name: 'mamori', version: options.version });
    else io.stdout(`${options.version}\n`);
    return EXIT_OK;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) {
    io.stderr(`mamori: unknown command "${first}" (see "mamori --help")\n`);
    return EXIT_USAGE;
  }
  try {
    const args = parseArgs(rest, [...command.flags, ...commonFlags]);
    if (args.flags.has('--help')) {
      io.stdout(commandHelp(command));
      return EXIT_OK;
    }
    const [min, max] = command.positionals;
    if (args.positionals.length < min || args.positionals.length > max) {
      throw new UsageError(`expected ${min === max ? min : `${min}–${max}`} argument(s), got ${args.positionals.length}`);
    }
    return await command.run(args, { io, env: io.env ?? {}, version: options.version, catalogsDir: options.catalogsDir, json: args.flags.has('--json') });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`mamori ${command.name}: ${error.message} (usage: mamori ${command.usage})\n`);
      return EXIT_USAGE;
    }
    if (error instanceof InvalidInput || isUserError(error)) {
      io.stderr(`mamori ${command.name}: ${error.message.split('\n')[0]}\n`);
      return EXIT_INVALID;
    }
    throw error;
  }
}
