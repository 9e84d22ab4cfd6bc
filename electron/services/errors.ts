// An error whose message is meant for the person using the app: it says what is wrong and where.
// Anything else that escapes a service is a bug, reported with a generic message and logged.
export class UserError extends Error {
  override readonly name = 'UserError';
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
