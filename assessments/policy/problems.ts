// The policy readers' errors (a code and its numbers) as Problems the app and the CLI word in the user's
// language: sizes in KB or MB as a person reads them, and the file named when there is one.
import { type Problem, problem, type ProblemCode } from '../messages/problem';
import type { PolicyInputError, PolicyInputErrorCode } from './input';

const codes: Record<PolicyInputErrorCode, ProblemCode> = {
  'policy-file-too-large': 'policy.file-too-large',
  'policy-too-large': 'policy.too-large',
  'policy-empty': 'policy.empty',
  'policy-not-text': 'policy.not-text',
  'policy-format-unsupported': 'policy.format-unsupported',
};

const number = (value: string | number | undefined) => (typeof value === 'number' ? value : Number(value ?? 0));
/** Decimal units, rounded up: a file one byte over the limit never reads as "5 MB of up to 5 MB". */
const megabytes = (bytes: number) => Math.ceil(bytes / 100_000) / 10;
const kilobytes = (bytes: number) => Math.ceil(bytes / 1_000);

export function policyInputProblem(error: PolicyInputError, file?: string): Problem {
  const { params } = error;
  const inner =
    error.code === 'policy-file-too-large'
      ? problem(codes[error.code], { size: megabytes(number(params.bytes)), limit: megabytes(number(params.limit)) })
      : error.code === 'policy-too-large'
        ? problem(codes[error.code], { size: kilobytes(number(params.bytes)), limit: kilobytes(number(params.limit)) })
        : problem(codes[error.code]);
  return file ? problem('policy.file', { file, problem: inner }) : inner;
}
