// Building blocks shared by both reports: headings, data tables with repeated headers, label/value lists,
// and the height estimate that decides when a block may be kept on one page.
//
// Why estimate: pdfmake keeps a block together (`unbreakable`, `keepWithHeaderRows`, `dontBreakRows`) only
// if it fits on one page — a kept block taller than a page is cut off, silently. Its own keep-with-next
// (`pageBreakBefore`) would lay the whole document out again for every break it adds. So blocks are kept
// together only when a deliberately pessimistic estimate says they fit easily; anything longer (a
// 20,000-character note) flows across pages with its header repeated.
import type { Content, ContentTable, ContentText, Size, TableCell, TableCellProperties } from 'pdfmake/interfaces';
import { contentHeight, contentWidth, dataTableLayout, fontSizes, keyValueLayout, palette } from './theme';

/** A line of Noto Sans JP is about 1.45 em; with the 1.15 line height and some slack: 1.75 em. */
const LINE_EM = 1.75;

/** Rough width of a string in em: full-width for CJK and other non-ASCII, 0.62 em for ASCII (pessimistic). */
function textEm(text: string): number {
  let em = 0;
  for (let i = 0; i < text.length; i += 1) em += text.charCodeAt(i) < 0x80 ? 0.62 : 1;
  return em;
}

/** Estimated height in points of `text` set in a box `width` points wide. */
export function estimateTextHeight(text: string, width: number, fontSize: number = fontSizes.table): number {
  const perLine = Math.max(1, width / fontSize);
  let lines = 0;
  for (const paragraph of text.split('\n')) lines += Math.max(1, Math.ceil((textEm(paragraph) * 1.08) / perLine));
  return lines * fontSize * LINE_EM;
}

/** All the text a cell shows, paragraphs separated by new lines (for the estimate only). */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string' || typeof cell === 'number') return String(cell);
  if (Array.isArray(cell)) return cell.map(cellText).join('');
  if (typeof cell === 'object') {
    if ('stack' in cell && Array.isArray(cell.stack)) return cell.stack.map(cellText).join('\n');
    if ('columns' in cell && Array.isArray(cell.columns)) return cell.columns.map(cellText).join(' ');
    if ('text' in cell) return cellText(cell.text);
  }
  return '';
}

function fontSizeOf(cell: unknown): number {
  if (cell && typeof cell === 'object' && 'fontSize' in cell && typeof cell.fontSize === 'number') return cell.fontSize;
  return fontSizes.table;
}

const CELL_PADDING = 8;

/** Resolves '*' and fixed widths to points (auto counts as a star), for the estimate. */
function columnWidths(widths: readonly Size[], total: number): number[] {
  const fixed = widths.reduce<number>((sum, w) => sum + (typeof w === 'number' ? w : 0), 0);
  const stars = widths.filter((w) => typeof w !== 'number').length;
  const star = stars === 0 ? 0 : Math.max(20, (total - fixed) / stars);
  return widths.map((w) => (typeof w === 'number' ? w : star) - CELL_PADDING);
}

/** The estimated height of one table row. */
export function estimateRowHeight(row: readonly TableCell[], widths: readonly Size[], total = contentWidth): number {
  const points = columnWidths(widths, total);
  let tallest = 0;
  row.forEach((cell, i) => {
    const span = cell && typeof cell === 'object' && 'colSpan' in cell && typeof cell.colSpan === 'number' ? cell.colSpan : 1;
    const width = points.slice(i, i + span).reduce((a, b) => a + b, 0) + (span - 1) * CELL_PADDING;
    tallest = Math.max(tallest, estimateTextHeight(cellText(cell), Math.max(width, 10), fontSizeOf(cell)));
  });
  return tallest + 6;
}

/** Whether a block of `height` points may be kept together: well under a page, whatever the estimate missed. */
export function fitsEasily(height: number, share = 0.45): boolean {
  return height < contentHeight * share;
}

export type HeadingLevel = 1 | 2 | 3;

/** A heading; levels 1 and 2 go into the table of contents and the PDF outline. */
export function heading(text: string, level: HeadingLevel, options: { pageBreak?: boolean; toc?: boolean } = {}): ContentText {
  const toc = options.toc ?? level < 3;
  return {
    text,
    style: `h${level}`,
    ...(toc ? { tocItem: true, tocStyle: level === 1 ? 'tocH1' : 'tocH2', tocMargin: level === 1 ? [0, 5, 0, 1] : [14, 1, 0, 1] } : {}),
    ...(options.pageBreak ? { pageBreak: 'before' as const } : {}),
  };
}

export type DataTable = {
  /** Printed above the column headers and repeated with them on every page the table runs to. */
  caption?: Content;
  headers: readonly string[];
  widths: Size[];
  rows: TableCell[][];
  /** Alignment per column (default left). */
  align?: readonly ('left' | 'right' | 'center')[];
  margin?: [number, number, number, number];
  /** Keep the whole table on one page when it fits on one easily (a short, bounded table). */
  keepTogether?: boolean;
};

/** A data table: caption and column headers repeat on each page; rows stay whole when they are short. */
export function dataTable(spec: DataTable): ContentTable {
  const columns = spec.headers.length;
  const captionRows = spec.caption ? 1 : 0;
  const headerRows = captionRows + 1;
  const captionRow: TableCell[] = spec.caption
    ? [{ stack: [spec.caption], colSpan: columns }, ...Array.from({ length: columns - 1 }, () => ({}))]
    : [];
  const headerRow: TableCell[] = spec.headers.map((h, i) => ({ text: h, style: 'th', alignment: spec.align?.[i] ?? 'left' }));
  const heights = spec.rows.map((row) => estimateRowHeight(row, spec.widths));
  const first = heights[0] ?? 0;
  const tallest = heights.reduce((a, b) => Math.max(a, b), 0);
  return {
    table: {
      headerRows,
      // The caption and headers never end a page without at least the first row under them.
      ...(spec.rows.length > 0 && fitsEasily(first + 40, 0.5) ? { keepWithHeaderRows: 1 } : {}),
      ...(fitsEasily(tallest, 0.35) ? { dontBreakRows: true } : {}),
      widths: spec.widths,
      body: [...(captionRows ? [captionRow] : []), headerRow, ...spec.rows],
    },
    layout: dataTableLayout(captionRows, headerRows),
    ...(spec.margin ? { margin: spec.margin } : { margin: [0, 0, 0, 10] }),
    ...(spec.keepTogether && fitsEasily(heights.reduce((a, b) => a + b, 40), 0.6) ? { unbreakable: true } : {}),
  };
}

/** A cell for a data table, in the table style (optionally muted, aligned or coloured). */
export function cell(
  text: string,
  options: { muted?: boolean; align?: 'left' | 'right' | 'center'; color?: string; bold?: boolean } = {},
): ContentText & TableCellProperties {
  return {
    text: text === '' ? '—' : text,
    style: options.muted ? 'tdMuted' : 'td',
    ...(options.align ? { alignment: options.align } : {}),
    ...(options.color ? { color: options.color } : {}),
    ...(options.bold ? { bold: true } : {}),
  };
}

/** A coloured status mark and its label ("■ 実施済み"). */
export function mark(label: string, colour: string): TableCell {
  return { text: [{ text: '■ ', color: colour }, { text: label }], style: 'td' };
}

/** Label/value rows without rules: the cover's fields, a finding's details. */
export function keyValues(rows: readonly (readonly [string, Content | string])[], labelWidth: number, fontSize: number = fontSizes.body): Content {
  return {
    table: {
      widths: [labelWidth, '*'],
      body: rows.map(([label, value]) => [
        { text: label, color: palette.muted, fontSize },
        typeof value === 'string' ? { text: value === '' ? '—' : value, fontSize } : value,
      ]),
    },
    layout: keyValueLayout,
  };
}

/** A paragraph in the muted lead style under a section heading. */
export function lead(text: string): Content {
  return { text, style: 'lead' };
}

/** The node's page-break setting, when it (or the first node of its stack) has one. */
function breaksBefore(node: Content | undefined): boolean {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return false;
  if ('pageBreak' in node && node.pageBreak === 'before') return true;
  return 'stack' in node && Array.isArray(node.stack) && breaksBefore(node.stack[0] as Content);
}

/**
 * Drops the bottom margin of every node that a page break (or the end of the document) follows. pdfmake
 * carries a bottom margin that does not fit on to a new page of its own, so a table ending within its margin
 * of the page foot, before a chapter that starts a page or at the very end, left an empty page after it.
 */
export function withoutMarginBeforeBreaks(content: Content[]): Content[] {
  return content.map((node, i) => {
    const last = i === content.length - 1;
    if (!(last || breaksBefore(content[i + 1])) || !node || typeof node !== 'object' || Array.isArray(node) || !('margin' in node)) return node;
    const margin = node.margin;
    if (!Array.isArray(margin) || margin.length !== 4) return node;
    return { ...node, margin: [margin[0], margin[1], margin[2], 0] } as Content;
  });
}
