// Reports: the public surface. A resolved ReportModel in, PDF bytes out (in a worker, with progress), plus
// the plan as CSV and XLSX. Everything else in this folder is how it is done.
export type * from './model';
export { closeReportWorker, generateReport, type GenerateOptions } from './generate';
export { renderReport, reportDefinition } from './report';
export { renderPdf, type RenderOptions, type RenderProgress } from './render';
export { planToCsv, planToXlsx, type XlsxOptions } from './plan-export';
export { labelsFor, reportLabels, type ReportLabels } from './labels';
export { formatDate, formatShortDate, toJapaneseEra } from './dates';
export { isReportError, ReportError, reportErrorCodes, type ReportErrorCode } from './errors';
