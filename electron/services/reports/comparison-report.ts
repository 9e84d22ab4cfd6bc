// The comparison report: this assessment against an earlier one of the organisation, for the people who
// want to see what changed — a cover, the overview (overall scores then and now, changes by class, the
// editions, the quick check, how items are classed), the score changes by checklist and domain, the trend
// over every assessment of the organisation, and the changed items grouped by class. Pure: the model in, a
// pdfmake definition out.
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { cell, dataTable, heading, lead, mark, withoutMarginBeforeBreaks } from './blocks';
import { trendLine } from './charts';
import { type ComparisonLabels, comparisonLabelsFor } from './comparison-labels';
import { formatDate, formatShortDate } from './dates';
import { contextOf, cover, documentInfo, pageFooter, pageHeader, type ReportContext } from './frame';
import { formatCount, formatDelta, formatScore } from './format';
import { labelsFor } from './labels';
import type { ReportChangeClass, ReportComparison, ReportComparisonDetail, ReportModel } from './model';
import { deltaColour, scoreChangeTable } from './sections/comparison';
import { contentWidth, documentBase, palette } from './theme';

export const classColours: Record<ReportChangeClass, string> = {
  improved: '#2b8a3e',
  regressed: '#c92a2a',
  new: '#1971c2',
  removed: '#868e96',
  unchanged: '#5c636a',
};

function figure(label: string, value: string, colour: string): TableCell {
  return {
    stack: [
      { text: label, style: 'figureLabel' },
      { text: value, style: 'figure', color: colour, margin: [0, 2, 0, 0] },
    ],
    fillColor: palette.tint,
    margin: [8, 6, 8, 6],
  };
}

function figures(comparison: ReportComparison, words: ComparisonLabels): Content {
  const overall = comparison.rows.find((r) => r.level === 0);
  const delta = formatDelta(overall?.previous ?? null, overall?.current ?? null);
  return {
    table: {
      widths: ['*', '*', '*'],
      body: [[figure(words.previousScore, formatScore(overall?.previous), palette.muted), figure(words.currentScore, formatScore(overall?.current), palette.primaryDark), figure(words.change, delta, deltaColour(delta))]],
    },
    layout: { hLineWidth: () => 0, vLineWidth: (i) => (i === 0 || i === 3 ? 0 : 6), vLineColor: () => '#ffffff', paddingLeft: () => 0, paddingRight: () => 0, paddingTop: () => 0, paddingBottom: () => 0 },
    margin: [0, 0, 0, 12],
  };
}

function overview(ctx: ReportContext, comparison: ReportComparison, detail: ReportComparisonDetail, words: ComparisonLabels): Content[] {
  const { labels } = ctx;
  const byClass = dataTable({
    caption: { text: words.byClass, style: 'caption' },
    headers: [words.classColumn, labels.columns.count],
    align: ['left', 'right'],
    widths: ['*', 40],
    rows: detail.counts.map((c) => [mark(c.label, classColours[c.class]), cell(formatCount(c.count), { align: 'right' })]),
  });
  const editions = dataTable({
    caption: { text: words.editions, style: 'caption' },
    headers: [labels.columns.catalog, labels.comparison.previous, labels.comparison.current],
    widths: ['*', 52, 52],
    rows: detail.editions.map((e) => [cell(e.title), cell(e.previous, { muted: true }), cell(e.current)]),
  });
  const quick =
    detail.quickCheck.length === 0
      ? []
      : [
          dataTable({
            caption: { text: words.quickCheck, style: 'caption' },
            headers: [labels.columns.catalog, labels.comparison.previous, labels.comparison.current, words.change],
            align: ['left', 'right', 'right', 'right'],
            widths: ['*', 80, 80, 50],
            rows: detail.quickCheck.map((q) => [cell(q.title), cell(q.previous, { align: 'right', muted: true }), cell(q.current, { align: 'right' }), cell(q.change, { align: 'right', color: deltaColour(q.change) })]),
          }),
        ];
  return [
    lead(words.intro),
    figures(comparison, words),
    { columns: [{ width: '*', stack: [byClass] }, { width: '*', stack: [editions] }], columnGap: 18, unbreakable: true },
    ...quick,
    {
      stack: [{ text: words.rulesTitle, style: 'caption' }, { ul: words.rules.map((r) => ({ text: r, fontSize: 8, color: palette.muted })), margin: [0, 2, 0, 0] }],
      unbreakable: true,
      margin: [0, 4, 0, 0],
    },
  ];
}

function trend(ctx: ReportContext, detail: ReportComparisonDetail, words: ComparisonLabels): Content[] {
  const { dates } = ctx;
  const chart = trendLine(detail.trend.map((p) => ({ label: `${formatShortDate(p.date, dates)}\n${p.title}`, score: p.score, highlight: p.compared })), contentWidth);
  const rows = detail.trend.map((p, i) => {
    const before = i > 0 ? detail.trend[i - 1]!.score : null;
    const delta = i > 0 ? formatDelta(before, p.score) : '';
    return [
      cell(formatDate(p.date, dates), { muted: !p.compared }),
      cell(p.title, { bold: p.compared }),
      cell(formatScore(p.score), { align: 'right', bold: p.compared }),
      cell(delta, { align: 'right', color: deltaColour(delta) }),
    ] as TableCell[];
  });
  return [
    { stack: [{ text: words.trendCaption, style: 'caption' }, { svg: chart.svg, width: chart.width }], unbreakable: true, margin: [0, 0, 0, 8] },
    dataTable({
      headers: [words.date, words.assessment, words.score, words.change],
      align: ['left', 'left', 'right', 'right'],
      widths: [100, '*', 60, 50],
      rows,
      keepTogether: true,
    }),
  ];
}

function itemGroups(ctx: ReportContext, detail: ReportComparisonDetail, words: ComparisonLabels): Content[] {
  const { labels } = ctx;
  const count = (n: number) => (ctx.model.language === 'ja' ? `（${formatCount(n)}件）` : ` (${formatCount(n)})`);
  return detail.groups.map((group) => {
    const caption: Content = {
      stack: [
        { text: [{ text: '■ ', color: classColours[group.class] }, { text: `${group.label}${count(group.items.length)}` }], style: 'h2', margin: [0, 0, 0, 2] },
        { text: words.groupIntro[group.class], style: 'small' },
      ],
    };
    if (group.items.length === 0) return { stack: [caption, { text: words.noChanges, style: 'lead', margin: [0, 4, 0, 10] }], unbreakable: true };
    return dataTable({
      caption,
      headers: [labels.columns.id, labels.columns.item, labels.comparison.previous, labels.comparison.current],
      widths: [64, '*', 92, 92],
      rows: group.items.map((item) => [
        cell(item.itemId, { muted: true }),
        { stack: [{ text: item.title, style: 'td' }, ...(item.place ? [{ text: item.place, style: 'tdMuted', fontSize: 6.5 }] : [])] },
        cell(item.previousLabel, { muted: true }),
        cell(item.currentLabel, { bold: group.class === 'improved' || group.class === 'regressed', ...(group.class === 'regressed' ? { color: classColours.regressed } : {}) }),
      ]),
      margin: [0, 6, 0, 12],
    });
  });
}

export function comparisonReportDefinition(model: ReportModel): TDocumentDefinitions {
  const comparison = model.comparison;
  const detail = comparison?.detail;
  if (!comparison || !detail) throw new Error('A comparison report needs a comparison in its model');
  const labels = labelsFor(model.language);
  const words = comparisonLabelsFor(model.language);
  const ctx = contextOf(model, labels);
  const content: Content[] = [
    ...cover(ctx, words.subtitle(comparison.previousTitle, detail.currentTitle)),
    heading(`1. ${words.sections.overview}`, 1, { pageBreak: true }),
    ...overview(ctx, comparison, detail, words),
    heading(`2. ${words.sections.deltas}`, 1, { pageBreak: true }),
    lead(words.deltasIntro),
    scoreChangeTable(ctx, comparison),
    heading(`3. ${words.sections.trend}`, 1, { pageBreak: true }),
    ...trend(ctx, detail, words),
    heading(`4. ${words.sections.items}`, 1, { pageBreak: true }),
    ...itemGroups(ctx, detail, words),
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
