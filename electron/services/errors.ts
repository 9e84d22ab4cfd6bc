// An error meant for the person using the app: a Problem (a stable code and its parameters) that the renderer
// and the CLI word in the user's language. Its `message` is the English wording, for logs and tests.
// Anything else that escapes a service is a bug, reported with a generic message and logged.
import { formatProblem, problem, type Problem, type ProblemCode, type ProblemParam } from '../../assessments/messages/problem';

export class UserError extends Error {
  override name = 'UserError';
  readonly problem: Problem;

  constructor(p: Problem, options?: ErrorOptions);
  constructor(code: ProblemCode, params?: Record<string, ProblemParam>, options?: ErrorOptions);
  constructor(first: Problem | ProblemCode, second?: Record<string, ProblemParam> | ErrorOptions, third?: ErrorOptions) {
    const p = typeof first === 'string' ? problem(first, second as Record<string, ProblemParam> | undefined) : first;
    super(formatProblem(p, 'en'), typeof first === 'string' ? third : (second as ErrorOptions | undefined));
    this.problem = p;
  }

  get code(): ProblemCode {
    return this.problem.code;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
