// The appendices: every answer, domain by domain (Appendix A), and the evidence index with each file's
// SHA-256 and the items it backs (Appendix B).
import type { Content, TableCell } from 'pdfmake/interfaces';
import { cell, dataTable, heading, lead } from '../blocks';
import { formatShortDate } from '../dates';
import type { ReportContext } from '../frame';
import { formatBytes } from '../format';
import type { ReportAppendixGroup, ReportAppendixItem } from '../model';
import { palette, statusColours, verdictColours } from '../theme';

function answerCell(item: ReportAppendixItem): TableCell {
  return {
    stack: [
      { text: [{ text: '■ ', color: statusColours[item.status] }, { text: item.answerLabel }], style: 'td' },
      ...(item.verdict ? [{ text: item.verdict.label, style: 'td', fontSize: 7, bold: true, color: verdictColours[item.verdict.code] }] : []),
    ],
  };
}

function itemCell(ctx: ReportContext, item: ReportAppendixItem): TableCell {
  return {
    stack: [
      { text: [{ text: item.title }, ...(item.flagged ? [{ text: `\u3000${ctx.labels.flagged}`, color: '#e67700', bold: true, fontSize: 7 }] : [])], style: 'td' },
      ...(item.note ? [{ text: item.note, style: 'tdMuted', fontSize: 7 }] : []),
    ],
  };
}

function groupTable(ctx: ReportContext, group: ReportAppendixGroup, catalogHeading: Content | null): Content {
  const col = ctx.labels.columns;
  const caption: Content = {
    stack: [
      ...(catalogHeading ? [catalogHeading] : []),
      { text: [{ text: group.domainTitle, bold: true }, { text: `\u3000${group.domainId}`, color: palette.faint, fontSize: 7.5 }], fontSize: 9.5, margin: [0, 2, 0, 0] },
    ],
  };
  return dataTable({
    caption,
    headers: [col.id, `${col.item} / ${col.note}`, col.answer, col.evidenceCount],
    align: ['left', 'left', 'left', 'right'],
    widths: [66, '*', 74, 40],
    rows: group.items.map((item) => [
      cell(item.itemId, { muted: true }),
      itemCell(ctx, item),
      answerCell(item),
      cell(item.evidenceCount === 0 ? '' : String(item.evidenceCount), { align: 'right', muted: true }),
    ]),
  });
}

export function answersAppendix(ctx: ReportContext): Content[] {
  const { labels, model } = ctx;
  const out: Content[] = [heading(labels.sections.appendix, 1, { pageBreak: true })];
  let catalog = '';
  let n = 0;
  for (const group of model.appendix) {
    let catalogHeading: Content | null = null;
    if (group.catalogTitle !== catalog) {
      catalog = group.catalogTitle;
      n += 1;
      // The checklist's heading rides in the first domain table's caption, so it cannot be left alone at
      // the foot of a page.
      catalogHeading = { ...heading(`A.${n} ${group.catalogTitle}`, 2), margin: [0, n === 1 ? 0 : 6, 0, 4] };
    }
    out.push(groupTable(ctx, group, catalogHeading));
  }
  return out;
}

export function evidenceAppendix(ctx: ReportContext): Content[] {
  const { labels, model, dates } = ctx;
  const col = labels.columns;
  const title = heading(labels.sections.evidence, 1, { pageBreak: true });
  if (model.evidence.length === 0) return [title, lead(labels.findings.noEvidence)];
  return [
    title,
    dataTable({
      headers: ['#', `${col.fileName} / ${col.sha256}`, col.size, col.addedAt, col.items],
      align: ['right', 'left', 'right', 'left', 'left'],
      widths: [16, '*', 44, 52, 70],
      rows: model.evidence.map((e, i) => [
        cell(String(i + 1), { muted: true, align: 'right' }),
        { stack: [{ text: e.name, style: 'td' }, { text: e.sha256, style: 'hash' }] },
        cell(formatBytes(e.size), { align: 'right', muted: true }),
        cell(formatShortDate(e.addedAt, dates), { muted: true }),
        cell(e.items.join('\n'), { muted: true }),
      ]),
    }),
  ];
}
