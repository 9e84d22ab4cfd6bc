// The comparison with an earlier assessment (auditor mode): scores then and now, and the items whose
// answer changed. Printed only when the model carries one; the score table is shared with the comparison
// report.
import type { Content, ContentTable } from 'pdfmake/interfaces';
import { cell, dataTable, heading } from '../blocks';
import { formatDate } from '../dates';
import type { ReportContext } from '../frame';
import { formatDelta, formatScore } from '../format';
import type { ReportComparison } from '../model';
import { palette } from '../theme';

/** Green for a rise, red for a fall, grey for none. */
export function deltaColour(delta: string): string {
  return delta.startsWith('+') ? '#2b8a3e' : delta.startsWith('−') ? '#c92a2a' : palette.muted;
}

/** Overall, each checklist and each domain: previous, current and the change. */
export function scoreChangeTable(ctx: ReportContext, comparison: ReportComparison, caption?: Content): ContentTable {
  const { labels } = ctx;
  const l = labels.comparison;
  return dataTable({
    ...(caption ? { caption } : {}),
    headers: [labels.columns.domain, l.previous, l.current, l.change],
    align: ['left', 'right', 'right', 'right'],
    widths: ['*', 50, 50, 50],
    rows: comparison.rows.map((r) => {
      const delta = formatDelta(r.previous, r.current);
      return [
        { ...cell(r.label, { bold: r.level < 2 }), margin: [r.level * 10, 0, 0, 0] },
        cell(formatScore(r.previous), { align: 'right', muted: true }),
        cell(formatScore(r.current), { align: 'right', bold: r.level === 0 }),
        cell(delta, { align: 'right', color: deltaColour(delta) }),
      ];
    }),
  });
}

export function comparisonSection(ctx: ReportContext, section: number, comparison: ReportComparison): Content[] {
  const { labels, dates } = ctx;
  const l = labels.comparison;
  const col = labels.columns;
  const previous = [comparison.previousTitle, formatDate(comparison.previousDate, dates)].filter(Boolean).join('\u3000');
  return [
    heading(`${section}. ${labels.sections.comparison}`, 1, { pageBreak: true }),
    { text: `${l.previous}: ${previous}`, style: 'lead' },
    scoreChangeTable(ctx, comparison),
    comparison.changes.length === 0
      ? { stack: [{ text: l.changes, style: 'h3' }, { text: l.none, style: 'lead' }] }
      : dataTable({
          caption: { text: l.changes, style: 'h3' },
          headers: [col.id, col.item, l.previous, l.current],
          widths: [70, '*', 80, 80],
          rows: comparison.changes.map((c) => [cell(c.itemId, { muted: true }), cell(c.title), cell(c.previousLabel, { muted: true }), cell(c.currentLabel)]),
        }),
  ];
}
