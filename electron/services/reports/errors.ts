// Errors of report generation that the user should see, as a code and parameters: the renderer and the
// CLI word them in the user's language (no English sentence is built here).
import { UserError } from '../errors';

export const reportErrorCodes = [
  /** The bundled Noto Sans JP files are not where the package should be. params: { path } */
  'report-fonts-missing',
  /** The bundled font files are not TrueType fonts we can measure. params: { table } */
  'report-fonts-invalid',
  /** A document tried to load a file or URL that the report did not put there itself. params: { resource } */
  'report-resource-denied',
  /** The rendering worker stopped without a result. params: { reason } */
  'report-worker-failed',
  /** Tear-out sheets were asked for an assessment where the auditor raised no finding. */
  'report-no-findings',
] as const;
export type ReportErrorCode = (typeof reportErrorCodes)[number];

export class ReportError extends Error {
  override readonly name = 'ReportError';
  constructor(
    readonly code: ReportErrorCode,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    // The message is the code: a log line stays greppable and no user ever reads it as prose.
    super(code);
  }
}

export function isReportError(error: unknown): error is ReportError {
  return error instanceof ReportError;
}

const reportProblems = {
  'report-fonts-missing': 'report.fonts-missing',
  'report-fonts-invalid': 'report.fonts-invalid',
  'report-resource-denied': 'report.resource-denied',
  'report-worker-failed': 'report.worker-failed',
  'report-no-findings': 'report.no-findings',
} as const satisfies Record<ReportErrorCode, string>;

/** A report error as the message code the window and the CLI word in the user's language; anything else as it is. */
export function asUserError(error: unknown): unknown {
  return isReportError(error) ? new UserError(reportProblems[error.code], { ...error.params }) : error;
}
