// The executive summary: the headline figures, the radar and bar charts, the score table by checklist and
// domain, the answer counts (and quick-check or verdict counts when present), and the ten gaps to fix first.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { cell, dataTable, heading, mark } from '../blocks';
import { domainBars, domainRadar } from '../charts';
import type { ReportContext } from '../frame';
import { formatCount, formatPercent, formatScore } from '../format';
import { contentWidth, palette, priorityColours, seriesColours, statusColours, verdictColours } from '../theme';

function figure(value: string, unit: string, label: string, detail: string): TableCell {
  return {
    stack: [
      { text: label, style: 'figureLabel' },
      { text: [{ text: value, style: 'figure' }, { text: unit, fontSize: 9, color: palette.muted }], margin: [0, 2, 0, 0] },
      { text: detail, fontSize: 7.5, color: palette.muted, margin: [0, 2, 0, 0] },
    ],
    fillColor: palette.tint,
    margin: [8, 6, 8, 6],
  };
}

function figures(ctx: ReportContext): Content {
  const { model, labels } = ctx;
  const overall = model.summary.overall;
  const findings = model.findings.reduce((n, g) => n + g.items.length, 0);
  const p1 = model.plan.filter((r) => r.priority === 'P1').length;
  const cells: TableCell[] = [
    figure(formatScore(overall.score), ' / 100', labels.summary.overall, labels.summary.weightedMean(overall.applicable)),
    figure(formatPercent(overall.completion), '', labels.summary.completion, labels.summary.answered(overall.answered, overall.applicable)),
    figure(formatCount(findings), '', labels.summary.findingsCount, `P1 ${labels.priority.P1}: ${formatCount(p1)}`),
  ];
  return {
    table: { widths: ['*', '*', '*'], body: [cells] },
    layout: { hLineWidth: () => 0, vLineWidth: (i) => (i === 0 || i === 3 ? 0 : 6), vLineColor: () => '#ffffff', paddingLeft: () => 0, paddingRight: () => 0, paddingTop: () => 0, paddingBottom: () => 0 },
    margin: [0, 0, 0, 12],
  };
}

function charts(ctx: ReportContext): Content[] {
  const { model, labels } = ctx;
  const catalogs = model.summary.catalogs.filter((c) => c.domains.length >= 3);
  const out: Content[] = [];
  if (catalogs.length > 0) {
    const perRow = catalogs.length === 1 ? 1 : 2;
    const width = perRow === 1 ? 320 : (contentWidth - 10) / 2;
    out.push({ text: labels.summary.radarTitle, style: 'caption' });
    for (let i = 0; i < catalogs.length; i += perRow) {
      const row = catalogs.slice(i, i + perRow).map((c, j) => {
        const chart = domainRadar(c, seriesColours[(i + j) % seriesColours.length]!, { width, height: 230 });
        return { svg: chart.svg, width: chart.width } satisfies Content;
      });
      out.push(perRow === 1 ? { ...row[0]!, alignment: 'center' } : { columns: row, columnGap: 10, margin: [0, 0, 0, 6] });
    }
  }
  if (model.summary.catalogs.some((c) => c.domains.length > 0)) {
    const bars = domainBars(model.summary.catalogs, contentWidth);
    out.push({ stack: [{ text: labels.summary.byDomain, style: 'caption' }, { svg: bars.svg, width: bars.width }], unbreakable: true, margin: [0, 6, 0, 0] });
  }
  return out;
}

function scoreTable(ctx: ReportContext): Content {
  const { model, labels } = ctx;
  const col = labels.columns;
  const rows: TableCell[][] = [];
  for (const c of model.summary.catalogs) {
    const strong = { bold: true } as const;
    rows.push([
      cell(c.title, strong),
      cell(formatScore(c.score), { ...strong, align: 'right' }),
      cell(formatPercent(c.completion), { ...strong, align: 'right' }),
      cell(`${c.answered} / ${c.applicable}`, { ...strong, align: 'right' }),
    ]);
    for (const d of c.domains) {
      rows.push([
        { ...cell(d.title), margin: [10, 0, 0, 0] },
        cell(formatScore(d.score), { align: 'right' }),
        cell(formatPercent(d.completion), { align: 'right', muted: true }),
        cell(`${d.answered} / ${d.applicable}`, { align: 'right', muted: true }),
      ]);
    }
  }
  const overall = model.summary.overall;
  rows.push([
    cell(labels.summary.overall, { bold: true, color: palette.primaryDark }),
    cell(formatScore(overall.score), { bold: true, align: 'right', color: palette.primaryDark }),
    cell(formatPercent(overall.completion), { bold: true, align: 'right' }),
    cell(`${overall.answered} / ${overall.applicable}`, { bold: true, align: 'right' }),
  ]);
  return dataTable({
    caption: { text: labels.summary.byCatalog, style: 'caption' },
    headers: [col.domain, col.score, col.completion, `${col.answered} / ${col.applicable}`],
    align: ['left', 'right', 'right', 'right'],
    widths: ['*', 50, 56, 72],
    rows,
  });
}

function counts(ctx: ReportContext): Content {
  const { model, labels } = ctx;
  const total = model.summary.counts.reduce((n, c) => n + c.count, 0);
  const answers = dataTable({
    caption: { text: labels.summary.counts, style: 'caption' },
    headers: [labels.columns.answer, labels.columns.count, '%'],
    align: ['left', 'right', 'right'],
    widths: ['*', 36, 40],
    rows: model.summary.counts.map((c) => [mark(c.label, statusColours[c.status]), cell(formatCount(c.count), { align: 'right' }), cell(total === 0 ? '—' : formatPercent(c.count / total), { align: 'right', muted: true })]),
  });
  const side: Content[] = [];
  const quick = model.summary.quickCheck;
  if (quick) {
    side.push({
      stack: [
        { text: labels.summary.quickCheck, style: 'caption' },
        { text: quick.title, fontSize: 8, color: palette.muted },
        { text: labels.summary.quickCheckScore(quick.total, quick.max), fontSize: 14, bold: true, color: palette.primaryDark, margin: [0, 3, 0, 2] },
        ...(quick.band ? [{ text: quick.band, bold: true, fontSize: 8.5 } satisfies Content] : []),
        ...(quick.advice ? [{ text: quick.advice, fontSize: 8, color: palette.muted } satisfies Content] : []),
      ],
      margin: [0, 0, 0, 10],
    });
  }
  if (model.summary.verdicts && model.summary.verdicts.length > 0) {
    side.push(
      dataTable({
        caption: { text: labels.summary.verdicts, style: 'caption' },
        headers: [labels.findings.verdict, labels.columns.count],
        align: ['left', 'right'],
        widths: ['*', 36],
        rows: model.summary.verdicts.map((v) => [mark(v.label, verdictColours[v.code]), cell(formatCount(v.count), { align: 'right' })]),
      }),
    );
  }
  if (side.length === 0) return { ...answers, margin: [0, 0, contentWidth / 2, 10] };
  return { columns: [{ width: '*', stack: [answers] }, { width: '*', stack: side }], columnGap: 18, unbreakable: true };
}

function topGaps(ctx: ReportContext): Content {
  const { model, labels } = ctx;
  const col = labels.columns;
  if (model.topGaps.length === 0) return { stack: [{ text: labels.summary.topGaps, style: 'caption' }, { text: labels.summary.noGaps, style: 'lead' }] };
  return dataTable({
    caption: { text: labels.summary.topGaps, style: 'caption' },
    headers: ['#', col.item, col.answer, col.priority, col.action],
    keepTogether: true,
    widths: [12, 150, 62, 34, '*'],
    rows: model.topGaps.map((g, i) => [
      cell(String(i + 1), { muted: true }),
      { stack: [{ text: g.title, style: 'td', bold: true }, { text: `${g.itemId}・${g.domainTitle}`, style: 'tdMuted', fontSize: 7 }] },
      mark(g.answerLabel, statusColours[g.status]),
      cell(g.priority, { bold: true, color: priorityColours[g.priority] }),
      cell(g.actionText),
    ]),
  });
}

export function summarySection(ctx: ReportContext, section: number): Content[] {
  return [
    heading(`${section}. ${ctx.labels.sections.summary}`, 1, { pageBreak: true }),
    figures(ctx),
    ...charts(ctx),
    { text: '', pageBreak: 'before' },
    scoreTable(ctx),
    counts(ctx),
    topGaps(ctx),
  ];
}
