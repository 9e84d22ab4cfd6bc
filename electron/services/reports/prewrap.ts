// Breaks the lines of a document definition's plain text before pdfmake lays it out (wrap.ts says why).
// Walks the content with the width each node will get — page width less margins, table columns less their
// cell padding, columns less their gaps, the way pdfmake computes them — and replaces each plain text node
// by one unbreakable run per line. Table and column widths given as '*' are fixed to the points computed
// here, so pdfmake cannot give a column a different width than the one its lines were broken for. Text in
// a place whose width is not known in advance ('auto' columns, lists) and text with mixed styles is left
// for pdfmake to break as usual. Named styles are written into the nodes on the way (see inlineStyles).
import type { Style, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FontMetrics } from './font-metrics';
import { lineWidth, wrapText } from './wrap';

type Faces = { regular: FontMetrics; bold: FontMetrics };
type Inherited = { font: string | undefined; fontSize: number; bold: boolean };
type Walk = { styles: Record<string, Style>; family: string; faces: Faces };
type Node = Record<string, unknown>;

/** pdfmake's default table layout, for the padding and rules of tables whose layout leaves them out. */
const defaultLayout = {
  vLineWidth: () => 1,
  paddingLeft: () => 4,
  paddingRight: () => 4,
};

/** What pdfmake's fixed-width lines may not exceed: a hair under the box, for rounding. */
const SAFETY = 0.25;

const pageSizes: Record<string, [number, number]> = { A4: [595.28, 841.89], A3: [841.89, 1190.55], LETTER: [612, 792], LEGAL: [612, 1008] };

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function margins(margin: unknown): [number, number] | null {
  if (typeof margin === 'number') return [margin, margin];
  if (Array.isArray(margin) && margin.every((m) => typeof m === 'number')) {
    const [a, , c] = margin as number[];
    if (margin.length === 2 && a !== undefined) return [a, a];
    if (margin.length === 4 && a !== undefined && c !== undefined) return [a, c];
  }
  return null;
}

function styleOf(node: Node, walk: Walk): Style[] {
  const names = Array.isArray(node.style) ? node.style : node.style === undefined ? [] : [node.style];
  return names.map((n) => (typeof n === 'string' ? (walk.styles[n] ?? {}) : isNode(n) ? n : {}));
}

function inherit(node: Node, parent: Inherited, styles: Style[]): Inherited {
  const next = { ...parent };
  for (const s of [...styles, node]) {
    if (typeof s.font === 'string') next.font = s.font;
    if (typeof s.fontSize === 'number') next.fontSize = s.fontSize;
    if (typeof s.bold === 'boolean') next.bold = s.bold;
  }
  return next;
}

/** The width left inside a node's own left and right margins (its own margin wins over its style's). */
function innerWidth(node: Node, styles: Style[], width: number): number {
  let lr: [number, number] = [0, 0];
  for (const s of styles) lr = margins(s.margin) ?? lr;
  lr = margins(node.margin) ?? lr;
  return width - lr[0] - lr[1];
}

/** Points for widths given as numbers or '*'; null when any is 'auto' or a percentage. */
function fixWidths(widths: readonly unknown[], available: number): number[] | null {
  if (!widths.every((w) => typeof w === 'number' || w === '*')) return null;
  const fixed = widths.reduce<number>((sum, w) => sum + (typeof w === 'number' ? w : 0), 0);
  const stars = widths.filter((w) => w === '*').length;
  const star = stars > 0 ? (available - fixed) / stars : 0;
  return widths.map((w) => (typeof w === 'number' ? w : star));
}

/** For text made of differently styled runs: whether the whole text fits on one line (then it is kept there). */
function fitsOnOneLine(parts: readonly unknown[], width: number, inherited: Inherited, walk: Walk): boolean {
  let used = 0;
  for (const part of parts) {
    const run = typeof part === 'string' ? { text: part } : isNode(part) ? part : null;
    if (!run || (typeof run.text !== 'string' && typeof run.text !== 'number') || run.style !== undefined) return false;
    if (String(run.text).includes('\n')) return false;
    const style = inherit(run, inherited, []);
    if (style.font !== walk.family) return false;
    used += lineWidth(String(run.text), { metrics: style.bold ? walk.faces.bold : walk.faces.regular, fontSize: style.fontSize });
    if (used > width - SAFETY) return false;
  }
  return true;
}

function isPlainText(node: Node): boolean {
  if (node.noWrap || node.tocItem || node.id !== undefined || node.pageReference || node.textReference || node.link || node.linkToDestination) return false;
  return typeof node.text === 'string' || typeof node.text === 'number';
}

/** Replaces a plain text node's text, in place, by its lines: one run, or a stack of runs. */
function wrapLeaf(node: Node, width: number, inherited: Inherited, walk: Walk): void {
  const text = String(node.text);
  if (text === '' || inherited.font !== walk.family) return;
  const lines = wrapText(text, width - SAFETY, { metrics: inherited.bold ? walk.faces.bold : walk.faces.regular, fontSize: inherited.fontSize });
  if (lines.length === 1) {
    node.text = lines[0];
    node.noWrap = true;
    return;
  }
  delete node.text;
  node.stack = lines.map((line) => ({ text: line, noWrap: true }));
}

function walkTable(node: Node, table: Node, width: number, inherited: Inherited, walk: Walk): void {
  if (typeof node.layout === 'string') return; // a named layout: its padding is not ours to know
  const body = Array.isArray(table.body) ? table.body : [];
  const columns = Array.isArray(table.widths) ? table.widths : [];
  const layout = { ...defaultLayout, ...(isNode(node.layout) ? node.layout : {}) };
  const call = (fn: unknown, i: number): number => (typeof fn === 'function' ? Number(fn(i, node)) || 0 : 0);
  // pdfmake's offsets: each column's left border and padding plus the previous column's right padding.
  const offsets: number[] = [];
  let total = 0;
  let previousRight = 0;
  for (let i = 0; i < columns.length; i += 1) {
    const left = previousRight + call(layout.vLineWidth, i) + call(layout.paddingLeft, i);
    offsets.push(left);
    total += left;
    previousRight = call(layout.paddingRight, i);
  }
  total += previousRight + call(layout.vLineWidth, columns.length);
  const widths = fixWidths(columns, width - total);
  if (!widths) return;
  table.widths = widths;
  for (const row of body) {
    if (!Array.isArray(row)) continue;
    row.forEach((cell, i) => {
      const span = isNode(cell) && typeof cell.colSpan === 'number' ? cell.colSpan : 1;
      let cellWidth = 0;
      for (let k = i; k < Math.min(i + span, widths.length); k += 1) cellWidth += widths[k]! + (k > i ? offsets[k]! : 0);
      walkNode(cell, cellWidth, inherited, walk);
    });
  }
}

/**
 * Puts a node's named styles into the node itself (its own properties still win). pdfmake looks every
 * named style up again for every property of every run of text, allocating as it goes; properties on the
 * node are read directly. Same result, a good part of the layout time saved.
 */
function inlineStyles(node: Node, styles: Style[]): void {
  if (styles.length === 0 || styles.some((s) => 'extends' in s)) return;
  const own = { ...node };
  delete node.style;
  Object.assign(node, ...styles, own);
  delete node.style;
}

function walkNode(content: unknown, width: number, parent: Inherited, walk: Walk): void {
  if (Array.isArray(content)) {
    for (const child of content) walkNode(child, width, parent, walk);
    return;
  }
  if (!isNode(content)) return;
  const styles = styleOf(content, walk);
  // Headings keep their style name: the table of contents reads it.
  if (!content.tocItem) inlineStyles(content, styles);
  const inherited = inherit(content, parent, styles);
  const inner = innerWidth(content, styles, width);
  if ('text' in content) {
    if (isPlainText(content)) wrapLeaf(content, inner, inherited, walk);
    else if (Array.isArray(content.text) && !content.tocItem && fitsOnOneLine(content.text, inner, inherited, walk)) content.noWrap = true;
  } else if (Array.isArray(content.stack)) {
    walkNode(content.stack, inner, inherited, walk);
  } else if (Array.isArray(content.columns)) {
    const cols = content.columns;
    const gap = typeof content.columnGap === 'number' ? content.columnGap : 0;
    const widths = fixWidths(
      cols.map((c) => (isNode(c) && c.width !== undefined ? c.width : '*')),
      inner - gap * Math.max(0, cols.length - 1),
    );
    if (!widths) return;
    cols.forEach((column, i) => {
      if (!isNode(column)) return;
      column.width = widths[i];
      walkNode(column, widths[i]!, inherited, walk);
    });
  } else if (isNode(content.table)) {
    walkTable(content, content.table, inner, inherited, walk);
  }
}

/** The width of the page's content area, or undefined for a page size this module does not know. */
export function contentWidthOf(definition: TDocumentDefinitions): number | undefined {
  const size = definition.pageSize ?? 'A4';
  let pageWidth: number | undefined;
  if (typeof size === 'string') {
    const known = pageSizes[size.toUpperCase()];
    if (!known) return undefined;
    pageWidth = definition.pageOrientation === 'landscape' ? known[1] : known[0];
  } else if (typeof size.width === 'number') pageWidth = size.width;
  if (pageWidth === undefined) return undefined;
  const m = definition.pageMargins ?? 40;
  const lr = margins(m);
  return lr ? pageWidth - lr[0] - lr[1] : undefined;
}

/** Pre-breaks the lines of `definition.content` in place for text set in `family`. */
export function prewrapDefinition(definition: TDocumentDefinitions, family: string, faces: Faces): void {
  const width = contentWidthOf(definition);
  if (width === undefined) return;
  const base = definition.defaultStyle ?? {};
  const root: Inherited = {
    font: typeof base.font === 'string' ? base.font : undefined,
    fontSize: typeof base.fontSize === 'number' ? base.fontSize : 12,
    bold: base.bold === true,
  };
  walkNode(definition.content, width, root, { styles: definition.styles ?? {}, family, faces });
}
