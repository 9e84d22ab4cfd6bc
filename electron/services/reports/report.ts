// One call from a resolved model to PDF bytes: picks the document (audit report, improvement plan, comparison
// or the auditor's tear-out sheets), builds its definition and renders it. Used in the rendering worker and,
// when asked, in-process.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { auditReportDefinition } from './audit-report';
import { comparisonReportDefinition } from './comparison-report';
import type { ReportModel } from './model';
import { planReportDefinition } from './plan-report';
import { renderPdf, type RenderOptions } from './render';
import { sheetsReportDefinition } from './sheets-report';

export function reportDefinition(model: ReportModel): TDocumentDefinitions {
  if (model.kind === 'comparison') return comparisonReportDefinition(model);
  if (model.kind === 'sheets') return sheetsReportDefinition(model);
  return model.kind === 'plan' ? planReportDefinition(model) : auditReportDefinition(model);
}

export async function renderReport(model: ReportModel, options: RenderOptions = {}): Promise<Buffer> {
  options.onProgress?.({ phase: 'prepare', fraction: 0 });
  return renderPdf(reportDefinition(model), options);
}
