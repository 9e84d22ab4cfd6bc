// What every CLI command shares: its input and output, the language it speaks, the conventions for JSON and
// exit codes, and the one rule for printing text that came from a file or a data folder: control characters
// and text-direction overrides are shown escaped, never sent to the terminal as they are.
import type { Catalog } from '../../assessments/catalog/schema';
import type { Language } from '../../assessments/model/language';
import type { Problem, ProblemCode, ProblemParam } from '../../assessments/messages/problem';
import type { FlagSpec, ParsedArgs } from './args';

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env?: NodeJS.ProcessEnv;
};

export type CliPaths = {
  /** The prepared built-in catalogs (out/catalogs/built-in.json). */
  preparedCatalogs: string;
  /** Their YAML sources (assessments/catalogs). */
  catalogSources: string;
};

export type CliContext = {
  io: CliIo;
  env: NodeJS.ProcessEnv;
  version: string;
  json: boolean;
  language: Language;
  paths: CliPaths;
  /** The built-in catalogs, loaded on first use. */
  builtInCatalogs(): readonly Catalog[];
  /** A Problem worded in the user's language. */
  say(p: Problem): string;
  /** Prints a warning on stderr ("mamori <command>: warning: …"). */
  warn(p: Problem): void;
};

export type CommandModule = { run(args: ParsedArgs, context: CliContext): Promise<number> | number };

export type CommandSpec = {
  name: string;
  summary: Record<Language, string>;
  usage: string;
  flags: FlagSpec[];
  /** Positional arguments: the minimum and maximum count. */
  positionals: [number, number];
  /** The command's code, loaded only when it runs. */
  load(): Promise<CommandModule>;
};

export const commonFlags: FlagSpec[] = [
  { name: '--json', takesValue: false, description: { en: 'print JSON to stdout', ja: 'JSON を標準出力に出力する' } },
  { name: '--lang', takesValue: true, description: { en: 'language of messages: en or ja (default: from LANG)', ja: 'メッセージの言語：en または ja（既定は LANG から）' } },
  { name: '--help', takesValue: false, description: { en: 'show help for this command', ja: 'このコマンドの使い方を表示する' } },
];

/** Thrown by a command for invalid input: printed as one line on stderr, exit code 1. */
export class InvalidInput extends Error {
  override readonly name = 'InvalidInput';
  readonly problem: Problem;
  constructor(code: ProblemCode, params?: Record<string, ProblemParam>) {
    super(code);
    this.problem = params ? { code, params } : { code };
  }
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text from outside (titles, names, file contents) as it may be printed: controls escaped as \uXXXX. */
export function printable(text: string): string {
  return text.replace(unsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The CLI's language: --lang, else the environment's LANG / LC_ALL / LC_MESSAGES, else English. */
export function languageOf(flag: string | true | undefined, env: NodeJS.ProcessEnv): Language | null {
  if (typeof flag === 'string') return flag === 'ja' || flag === 'en' ? flag : null;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ja([_.-]|$)/i.test(locale) ? 'ja' : 'en';
}
