// The comparison with an earlier assessment (auditor mode): scores then and now, and the items whose
// answer changed. Printed only when the model carries one.
import type { Content } from 'pdfmake/interfaces';
import { cell, dataTable, heading } from '../blocks';
import { formatDate } from '../dates';
import type { ReportContext } from '../frame';
import { formatDelta, formatScore } from '../format';
import type { ReportComparison } from '../model';
import { palette } from '../theme';

export function comparisonSection(ctx: ReportContext, section: number, comparison: ReportComparison): Content[] {
  const { labels, dates } = ctx;
  const l = labels.comparison;
  const col = labels.columns;
  const previous = [comparison.previousTitle, formatDate(comparison.previousDate, dates)].filter(Boolean).join('\u3000');
  return [
    heading(`${section}. ${labels.sections.comparison}`, 1, { pageBreak: true }),
    { text: `${l.previous}: ${previous}`, style: 'lead' },
    dataTable({
      headers: [col.domain, l.previous, l.current, l.change],
      align: ['left', 'right', 'right', 'right'],
      widths: ['*', 50, 50, 50],
      rows: comparison.rows.map((r) => {
        const delta = formatDelta(r.previous, r.current);
        const colour = delta.startsWith('+') ? '#2b8a3e' : delta.startsWith('−') ? '#c92a2a' : palette.muted;
        return [
          { ...cell(r.label, { bold: r.level < 2 }), margin: [r.level * 10, 0, 0, 0] },
          cell(formatScore(r.previous), { align: 'right', muted: true }),
          cell(formatScore(r.current), { align: 'right', bold: r.level === 0 }),
          cell(delta, { align: 'right', color: colour }),
        ];
      }),
    }),
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
