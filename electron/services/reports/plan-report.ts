// The improvement plan on its own, for the people who will do the work: a short cover, the plan at a glance
// (actions by priority and by owner), every action with its owner, due date and notes, and the timeline by
// due date. Pure: the model in, a pdfmake definition out.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Priority } from '../../../assessments';
import { cell, dataTable, heading, mark, withoutMarginBeforeBreaks } from './blocks';
import { contextOf, cover, documentInfo, pageFooter, pageHeader, type ReportContext } from './frame';
import { formatCount } from './format';
import { labelsFor } from './labels';
import type { ReportModel } from './model';
import { planTable, planTimeline } from './sections/plan';
import { documentBase, priorityColours } from './theme';

function overview(ctx: ReportContext): Content {
  const { model, labels } = ctx;
  const col = labels.columns;
  const priorities: Priority[] = ['P1', 'P2', 'P3', 'P4'];
  const owners = new Map<string, number>();
  for (const r of model.plan) owners.set(r.owner, (owners.get(r.owner) ?? 0) + 1);
  const byPriority = dataTable({
    caption: { text: labels.plan.byPriority, style: 'caption' },
    headers: [col.priority, col.count],
    align: ['left', 'right'],
    widths: ['*', 40],
    rows: priorities.map((p) => [mark(`${p} ${labels.priority[p]}`, priorityColours[p]), cell(formatCount(model.plan.filter((r) => r.priority === p).length), { align: 'right' })]),
  });
  const byOwner = dataTable({
    caption: { text: labels.plan.byOwner, style: 'caption' },
    headers: [col.owner, col.count],
    align: ['left', 'right'],
    widths: ['*', 40],
    rows: [...owners.entries()].map(([owner, n]) => [cell(owner), cell(formatCount(n), { align: 'right' })]),
  });
  return { columns: [{ width: '*', stack: [byPriority] }, { width: '*', stack: [byOwner] }], columnGap: 18 };
}

export function planReportDefinition(model: ReportModel): TDocumentDefinitions {
  const labels = labelsFor(model.language);
  const ctx = contextOf(model, labels);
  const content: Content[] = [
    ...cover(ctx, model.assessment.title),
    heading(`1. ${labels.sections.plan}`, 1, { pageBreak: true }),
    { text: model.plan.length > 0 ? labels.plan.intro : labels.plan.none, style: 'lead' },
    ...(model.plan.length > 0 ? [overview(ctx), planTable(ctx)] : []),
    ...planTimeline(ctx, heading(`2. ${labels.sections.timeline}`, 1), { pageBreak: true }),
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
