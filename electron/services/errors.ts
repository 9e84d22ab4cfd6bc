// An error whose message is meant for the person using the app: it says what is wrong and where.
// Anything else that escapes a service is a bug, reported with a generic message and logged.
export class UserError extends Error {
  override readonly name = 'UserError';
  /** A stable name for errors the UI words itself (in the user's language); the message stays as it is. */
  code?: ErrorCode;
}

/** Errors the renderer translates; every other message is shown as main wrote it. */
export const errorCodes = ['wrong-passphrase', 'locked', 'passphrase-required', 'tampered'] as const;
export type ErrorCode = (typeof errorCodes)[number];

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
