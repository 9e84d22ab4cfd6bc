// What every CLI command looks like, and the conventions they share: --json for machine-readable output,
// --help everywhere, exit 0 on success, 1 on invalid input (one line on stderr saying what and where),
// 2 on wrong usage.
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

export type CliContext = {
  io: CliIo;
  env: NodeJS.ProcessEnv;
  version: string;
  catalogsDir: string;
  json: boolean;
};

export type Command = {
  name: string;
  summary: string;
  usage: string;
  flags: FlagSpec[];
  /** Positional arguments: the minimum and maximum count. */
  positionals: [number, number];
  run(args: ParsedArgs, context: CliContext): Promise<number> | number;
};

export const commonFlags: FlagSpec[] = [
  { name: '--json', takesValue: false, description: 'print JSON to stdout' },
  { name: '--help', takesValue: false, description: 'show help for this command' },
];

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** Thrown by a command for invalid input: printed as one line on stderr, exit code 1. */
export class InvalidInput extends Error {
  override readonly name = 'InvalidInput';
}
