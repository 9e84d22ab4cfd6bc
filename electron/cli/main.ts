// The `mamori` command line, over the same services as the app. `runCli` takes its input and output as
// parameters so tests run it in-process; bin/mamori.mjs connects the built version to the real process.
// Messages are English by default and Japanese with --lang ja (or a Japanese LANG).
import type { Catalog } from '../../assessments/catalog/schema';
import type { Language } from '../../assessments/model/language';
import { formatProblem, type Problem, problem } from '../../assessments/messages/problem';
import { isUserError } from '../services/errors';
import { parseArgs, UsageError } from './args';
import {
  type CliContext,
  type CliIo,
  type CliPaths,
  type CommandSpec,
  commonFlags,
  EXIT_INVALID,
  EXIT_OK,
  EXIT_USAGE,
  InvalidInput,
  languageOf,
  printable,
  printJson,
} from './io';
import { commandSpecs } from './registry';

export type CliOptions = { version: string; paths: CliPaths };

const helpText = {
  en: {
    tagline: 'personal-information safeguard self-assessment (APPI / JIS Q 15001)',
    usage: 'Usage',
    commands: 'Commands',
    options: 'Options',
    version: 'print the version',
    help: 'show this help; "mamori <command> --help" shows a command\'s help',
    lang: 'language of messages: en or ja (default: from LANG)',
    exit: 'Exit codes: 0 success, 1 invalid input (message on stderr), 2 wrong usage.',
  },
  ja: {
    tagline: '個人情報の安全管理措置 自己点検（個人情報保護法／JIS Q 15001）',
    usage: '使い方',
    commands: 'コマンド',
    options: 'オプション',
    version: 'バージョンを表示する',
    help: 'この説明を表示する。「mamori <コマンド> --help」で各コマンドの使い方を表示します',
    lang: 'メッセージの言語：en または ja（既定は LANG から）',
    exit: '終了コード：0 成功、1 入力の誤り（標準エラーに理由を表示）、2 使い方の誤り。',
  },
} as const;

function topHelp(version: string, language: Language): string {
  const h = helpText[language];
  const width = Math.max(...commandSpecs.map((c) => c.name.length));
  return [
    `mamori ${version} — ${h.tagline}`,
    '',
    `${h.usage}: mamori <command> [options]`,
    '',
    `${h.commands}:`,
    ...commandSpecs.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[language]}`),
    '',
    `${h.options}:`,
    `  --version      ${h.version}`,
    `  --lang <ja|en> ${h.lang}`,
    `  --help         ${h.help}`,
    '',
    h.exit,
    '',
  ].join('\n');
}

function commandHelp(command: CommandSpec, language: Language): string {
  const h = helpText[language];
  const flags = [...command.flags, ...commonFlags];
  const width = Math.max(...flags.map((f) => f.name.length + (f.takesValue ? 8 : 0)));
  return [
    `${language === 'en' ? 'Usage' : h.usage}: mamori ${command.usage}`,
    '',
    command.summary[language],
    '',
    `${h.options}:`,
    ...flags.map((f) => `  ${(f.takesValue ? `${f.name} <value>` : f.name).padEnd(width)}  ${f.description[language]}`),
    '',
  ].join('\n');
}

/** Invalid input and the services' UserErrors carry a Problem; anything else is a bug, not a user message. */
function problemOf(error: unknown): Problem | null {
  if (error instanceof InvalidInput || isUserError(error)) return error.problem;
  return null;
}

/** `--lang ja` may come before the command too (`mamori --lang ja --help`): taken out before the command is read. */
function leadingLanguage(argv: readonly string[]): { flag: string | undefined; rest: readonly string[] } {
  if (argv[0] === '--lang') return { flag: argv[1] ?? '', rest: argv.slice(2) };
  if (argv[0]?.startsWith('--lang=')) return { flag: argv[0].slice('--lang='.length), rest: argv.slice(1) };
  const index = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = index < 0 ? undefined : argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  return { flag, rest: argv };
}

export async function runCli(fullArgv: readonly string[], io: CliIo, options: CliOptions): Promise<number> {
  const env = io.env ?? {};
  const { flag: langFlag, rest: argv } = leadingLanguage(fullArgv);
  const language = languageOf(langFlag, env) ?? 'en';
  const say = (p: Problem) => formatProblem(p, language);
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(topHelp(options.version, language));
    return first === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (first === '--version' || first === '-v') {
    if (rest.includes('--json')) printJson(io, { name: 'mamori', version: options.version });
    else io.stdout(`${options.version}\n`);
    return EXIT_OK;
  }
  const command = commandSpecs.find((c) => c.name === first);
  if (!command) {
    io.stderr(`mamori: ${printable(say(problem('cli.unknown-command', { command: first })))}\n`);
    return EXIT_USAGE;
  }
  const usageFailure = (p: Problem) => {
    io.stderr(`mamori ${command.name}: ${printable(say(problem('cli.usage', { problem: p, usage: command.usage })))}\n`);
    return EXIT_USAGE;
  };
  try {
    const args = parseArgs(rest, [...command.flags, ...commonFlags]);
    if (args.flags.has('--lang') && languageOf(args.flags.get('--lang'), env) === null) {
      return usageFailure(problem('field.not-one-of', { values: 'ja, en' }));
    }
    if (args.flags.has('--help')) {
      io.stdout(commandHelp(command, language));
      return EXIT_OK;
    }
    const [min, max] = command.positionals;
    if (args.positionals.length < min || args.positionals.length > max) {
      return usageFailure(problem('cli.argument-count', { expected: min === max ? String(min) : `${min}–${max}`, got: args.positionals.length }));
    }
    let builtIns: readonly Catalog[] | null = null;
    const context: CliContext = {
      io,
      env,
      version: options.version,
      json: args.flags.has('--json'),
      language,
      paths: options.paths,
      builtInCatalogs: () => builtIns ?? [],
      say,
      warn: (p) => io.stderr(`mamori ${command.name}: ${language === 'ja' ? '注意' : 'warning'}: ${printable(say(p))}\n`),
    };
    // The prepared catalogs are one JSON.parse; the parser and schemas load only when they are stale.
    const catalogPaths = { prepared: options.paths.preparedCatalogs, sources: options.paths.catalogSources };
    builtIns = (await import('../services/built-in-catalogs')).readPreparedCatalogs(catalogPaths);
    builtIns ??= (await import('../services/catalog-sources')).loadCatalogSources(catalogPaths.sources);
    const module = await command.load();
    return await module.run(args, context);
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(error.problem);
    const found = problemOf(error);
    if (found) {
      // Messages carry file names, titles and ids from outside: escaped, like everything printed from data.
      io.stderr(`mamori ${command.name}: ${printable(say(found))}\n`);
      return EXIT_INVALID;
    }
    throw error;
  }
}
