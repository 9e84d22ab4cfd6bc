// The audit report's document definition: cover, contents, executive summary, method, findings by domain,
// improvement plan with its timeline, comparison and privacy-policy check (each when present), sign-off,
// then the answer appendix and the evidence index. Pure: the model in, a pdfmake definition out.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { contextOf, cover, documentInfo, pageFooter, pageHeader, tableOfContents } from './frame';
import { labelsFor } from './labels';
import type { ReportModel } from './model';
import { answersAppendix, evidenceAppendix } from './sections/appendix';
import { comparisonSection } from './sections/comparison';
import { findingsSection } from './sections/findings';
import { methodSection } from './sections/method';
import { planSection } from './sections/plan';
import { policySection } from './sections/policy';
import { signOffSection } from './sections/sign-off';
import { summarySection } from './sections/summary';
import { withoutMarginBeforeBreaks } from './blocks';
import { documentBase } from './theme';

export function auditReportDefinition(model: ReportModel): TDocumentDefinitions {
  const labels = labelsFor(model.language);
  const ctx = contextOf(model, labels);
  let section = 0;
  const next = () => (section += 1);
  const content: Content[] = [
    ...cover(ctx, model.assessment.title),
    tableOfContents(ctx),
    ...summarySection(ctx, next()),
    ...methodSection(ctx, next()),
    ...findingsSection(ctx, next()),
    ...planSection(ctx, next()),
    ...(model.comparison ? comparisonSection(ctx, next(), model.comparison) : []),
    ...(model.policyCheck ? policySection(ctx, next(), model.policyCheck) : []),
    ...signOffSection(ctx, next()),
    ...answersAppendix(ctx),
    ...evidenceAppendix(ctx),
  ];
  return {
    ...documentBase(),
    language: model.language,
    info: documentInfo(ctx),
    header: pageHeader(ctx),
    footer: pageFooter(ctx),
    content: withoutMarginBeforeBreaks(content),
  };
}
