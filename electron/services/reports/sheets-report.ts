// The auditor's tear-out sheets (指摘事項シート): one page per finding, most serious first, to hand over on
// site — no cover and no contents, so that page n is finding n. Every page carries the running header
// and footer of the other reports. Pure: the model in, a pdfmake definition out.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { ReportError } from './errors';
import { contextOf, documentInfo, pageFooter, pageHeader } from './frame';
import { labelsFor } from './labels';
import type { ReportModel } from './model';
import { sheetPage } from './sections/sheet';
import { documentBase } from './theme';

export function sheetsReportDefinition(model: ReportModel): TDocumentDefinitions {
  const sheets = model.sheets ?? [];
  // The adapter refuses first; this is for a model built some other way. An empty PDF hands nothing over.
  if (sheets.length === 0) throw new ReportError('report-no-findings');
  const ctx = contextOf(model, labelsFor(model.language));
  return {
    ...documentBase(),
    language: model.language,
    info: documentInfo(ctx),
    header: pageHeader(ctx, { cover: false }),
    footer: pageFooter(ctx, { cover: false }),
    content: sheets.map((sheet, i) => sheetPage(ctx, sheet, i + 1, sheets.length)),
  };
}
