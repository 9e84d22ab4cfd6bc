// A small, strict argument parser: known flags only, so a typo is a usage error (exit 2), not ignored.
import type { Language } from '../../assessments/model/language';
import type { Problem, ProblemCode, ProblemParam } from '../../assessments/messages/problem';

export type FlagSpec = { name: string; takesValue: boolean; description: Record<Language, string> };
export type ParsedArgs = { positionals: string[]; flags: Map<string, string | true> };

export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly problem: Problem;
  constructor(code: ProblemCode, params?: Record<string, ProblemParam>) {
    super(code);
    this.problem = params ? { code, params } : { code };
  }
}

export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('-') && arg !== '-') {
      const [rawName = '', inlineValue] = arg.split(/=(.*)/s, 2);
      const spec = specs.find((s) => s.name === rawName);
      if (!spec) throw new UsageError('cli.unknown-option', { option: rawName });
      if (spec.takesValue) {
        const value = inlineValue ?? argv[i + 1];
        if (value === undefined || (inlineValue === undefined && value.startsWith('-'))) {
          throw new UsageError('cli.option-needs-value', { option: spec.name });
        }
        if (inlineValue === undefined) i += 1;
        flags.set(spec.name, value);
      } else {
        if (inlineValue !== undefined) throw new UsageError('cli.option-takes-no-value', { option: spec.name });
        flags.set(spec.name, true);
      }
    } else {
      positionals.push(arg);
    }
  }
  return { positionals, flags };
}
