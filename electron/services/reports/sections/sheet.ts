// One tear-out sheet (指摘事項シート): a page the auditor hands over for one finding — which item, the
// verdict and comment, what the company answered, the evidence and whether the auditor checked it, the
// agreed action (or lines to write it in), and a signature block at the foot of the page.
//
// A sheet is exactly one page, so that "finding 3 of 12" is the third page and a sheet can be torn out on
// its own. The long free texts (the auditor's comment, the company's note, a custom catalog's question) are
// cut to the room the page has left — measured with the line breaking the renderer itself uses (wrap.ts),
// a little generously — and say where the full text is; the evidence list stops after a few files. The
// signature block sits at a fixed place at the foot of the page, so the sheets line up when stacked.
import type { Column, Content, ContentCanvas, ContentStack, TableCell } from 'pdfmake/interfaces';
import { formatDate } from '../dates';
import { reportFontMetrics } from '../font-metrics';
import type { ReportContext } from '../frame';
import { formatBytes } from '../format';
import type { ReportAction, ReportSheet } from '../model';
import { contentHeight, contentWidth, keyValueLayout, page, palette, priorityColours, statusColours, verdictColours } from '../theme';
import { wrapText } from '../wrap';

const LABEL_WIDTH = 82;
/** The value column of a label/value table: what is left of the line less both columns' right padding. */
const VALUE_WIDTH = contentWidth - LABEL_WIDTH - 16;
const BODY = 8.5;
const MAX_EVIDENCE = 5;
/** The signature block's height, hash line included: it is placed this far above the bottom margin. */
const SIGNATURE_HEIGHT = 132;
/** What the body may use: the page less the signature block and a gap above it. */
const BODY_BUDGET = contentHeight - SIGNATURE_HEIGHT - 14;

/**
 * How tall a text is in a box `width` points wide: its lines, broken by the very rules (and font metrics)
 * that break them for pdfmake (prewrap.ts), times Noto Sans JP's line height (1.448 em × 1.15, with a little
 * to spare).
 */
const LINE_EM = 1.7;
function tall(text: string, width = VALUE_WIDTH, fontSize = BODY, bold = false): number {
  if (!text) return 0;
  const metrics = reportFontMetrics();
  return wrapText(text, width, { metrics: bold ? metrics.bold : metrics.regular, fontSize }).length * fontSize * LINE_EM;
}

/** `text` cut (by characters, never inside a surrogate pair) so that with `mark` appended it fits `height`. */
export function clipText(text: string, height: number, mark: string, width = VALUE_WIDTH, fontSize = BODY, bold = false): string {
  if (tall(text, width, fontSize, bold) <= height) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (tall(`${chars.slice(0, mid).join('').trimEnd()}${mark}`, width, fontSize, bold) <= height) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}${mark}`;
}

/**
 * Heights for texts that must share `budget`: each keeps what it needs when all fit; otherwise the longest
 * are cut to one common level (never below their floor), the way water fills a row of glasses.
 */
export function shareHeights(needs: readonly number[], floors: readonly number[], budget: number): number[] {
  const given = (level: number) => needs.map((n, i) => Math.min(n, Math.max(level, floors[i] ?? 0)));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum([...needs]) <= budget) return [...needs];
  let lo = 0;
  let hi = Math.max(...needs);
  for (let i = 0; i < 40; i += 1) {
    const mid = (lo + hi) / 2;
    if (sum(given(mid)) <= budget) lo = mid;
    else hi = mid;
  }
  return given(lo);
}

function caption(text: string, colour: string = palette.primaryDark): Content {
  return { text, fontSize: 9.5, bold: true, color: colour, margin: [0, 9, 0, 3] };
}

function facts(rows: readonly (readonly [string, TableCell])[]): Content {
  return {
    table: { widths: [LABEL_WIDTH, '*'], body: rows.map(([label, value]) => [{ text: label, color: palette.muted, fontSize: 8 }, value]) },
    layout: keyValueLayout,
  };
}

/** An empty line to write on by hand, `width` points long. */
function writeOn(width: number, gap = 13): ContentStack {
  const line: ContentCanvas = { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.5, lineColor: palette.ruleStrong }] };
  return { stack: [{ text: ' ', fontSize: 4, margin: [0, gap - 4, 0, 0] }, line] };
}

/** The band at the top: organisation and assessment on the left, "Finding n of N" on the right. */
function band(ctx: ReportContext, n: number, total: number): Content {
  const { model, labels } = ctx;
  return {
    table: {
      widths: ['*', 150],
      body: [
        [
          {
            stack: [
              { text: model.organisation.name, bold: true, fontSize: 11, color: palette.text },
              { text: model.assessment.title, fontSize: 8.5, color: palette.muted },
            ],
          },
          {
            stack: [
              { text: labels.sheets.title, fontSize: 7.5, color: palette.muted, alignment: 'right' },
              { text: labels.sheets.finding(n, total), fontSize: 13, bold: true, color: palette.primaryDark, alignment: 'right' },
            ],
          },
        ],
      ],
    },
    layout: { hLineWidth: (i) => (i === 1 ? 1.2 : 0), vLineWidth: () => 0, hLineColor: () => palette.primary, paddingLeft: () => 0, paddingRight: () => 0, paddingTop: () => 0, paddingBottom: () => 5 },
    margin: [0, 0, 0, 8],
  };
}

/** The verdict as a coloured bar: the class, then the item's id. */
function verdictBar(sheet: ReportSheet): Content {
  const { finding } = sheet;
  const colour = verdictColours[finding.verdict.code];
  return {
    table: {
      widths: ['*', 140],
      body: [
        [
          { text: finding.verdict.label, bold: true, fontSize: 12, color: '#ffffff', fillColor: colour, margin: [6, 3, 6, 3] },
          { text: finding.itemId, bold: true, fontSize: 10, color: '#ffffff', fillColor: colour, alignment: 'right', margin: [6, 4, 6, 3] },
        ],
      ],
    },
    layout: { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 0, paddingRight: () => 0, paddingTop: () => 0, paddingBottom: () => 0 },
  };
}

/** The files a table of `room` rows lists: all when they fit, else one fewer and a row saying how many more. */
function listed<T>(files: readonly T[], room: number): T[] {
  return files.length <= room ? [...files] : files.slice(0, Math.max(1, room - 1));
}

function evidenceTable(ctx: ReportContext, sheet: ReportSheet, room: number): Content {
  const s = ctx.labels.sheets;
  const files = sheet.finding.evidence;
  if (files.length === 0) return { text: ctx.labels.findings.noEvidence, fontSize: BODY, color: palette.muted };
  const shown = listed(files, room);
  const head = (text: string): TableCell => ({ text, fontSize: 7, bold: true, color: palette.primaryDark });
  const rows: TableCell[][] = shown.map((e) => [
    e.checked
      ? { text: `■ ${s.checked}`, fontSize: 8, bold: true, color: palette.primaryDark }
      : { text: `□ ${s.notChecked}`, fontSize: 8, color: palette.muted },
    { text: e.name, fontSize: 8 },
    { text: formatBytes(e.size), fontSize: 7.5, color: palette.muted, alignment: 'right' },
    { text: `${e.sha256.slice(0, 12)}…`, fontSize: 7.5, color: palette.muted },
  ]);
  if (shown.length < files.length) rows.push([{ text: s.moreEvidence(files.length - shown.length), fontSize: 7.5, color: palette.muted, colSpan: 4 }, {}, {}, {}]);
  return {
    table: { headerRows: 1, widths: [74, '*', 48, 70], body: [[head(s.checkedColumn), head(ctx.labels.columns.fileName), head(ctx.labels.columns.size), head('SHA-256')], ...rows] },
    layout: { hLineWidth: (i, node) => (i === 1 ? 0.8 : i > 1 && i < node.table.body.length ? 0.4 : 0), vLineWidth: () => 0, hLineColor: (i) => (i === 1 ? palette.primary : palette.rule), paddingLeft: () => 2, paddingRight: () => 4, paddingTop: () => 2, paddingBottom: () => 2 },
  };
}

/** The agreed action from the plan; lines to write on for whatever is not set (all of it when there is none). */
function actionBlock(ctx: ReportContext, action: ReportAction | undefined, text: string): Content[] {
  const { labels, dates } = ctx;
  const col = labels.columns;
  if (!action) {
    return [
      { text: labels.sheets.noAction, fontSize: 8, color: palette.muted, margin: [0, 0, 0, 2] },
      facts([
        [col.action, { stack: [writeOn(VALUE_WIDTH), writeOn(VALUE_WIDTH)] }],
        [col.owner, writeOn(VALUE_WIDTH / 2)],
        [col.dueDate, writeOn(VALUE_WIDTH / 2)],
      ]),
    ];
  }
  return [
    facts([
      [col.action, { text: text, fontSize: BODY }],
      [col.priority, { text: [{ text: `${action.priority} `, bold: true, color: priorityColours[action.priority] }, { text: labels.priority[action.priority] }], fontSize: BODY }],
      [col.owner, action.owner ? { text: action.owner, fontSize: BODY } : writeOn(VALUE_WIDTH / 2)],
      [col.dueDate, action.dueDate ? { text: formatDate(action.dueDate, dates), fontSize: BODY } : writeOn(VALUE_WIDTH / 2)],
      ...(action.statusLabel ? [[col.status, { text: action.statusLabel, fontSize: BODY }] as const] : []),
    ]),
  ];
}

/** The foot of the page: auditor and recipient, each with name, date and signature; the content hash when signed. */
function signatureBlock(ctx: ReportContext): Content {
  const { model, labels, dates } = ctx;
  const s = labels.sheets;
  const signed = model.signOff.contentHash !== undefined;
  const half = (contentWidth - 16) / 2;
  const labelWidth = 72;
  const line = half - labelWidth - 12;
  const person = (role: string, name: string, date: string): Column => ({
    width: half,
    table: {
      widths: [labelWidth, line],
      body: [
        [{ text: role, bold: true, fontSize: 9, color: palette.primaryDark, colSpan: 2, margin: [0, 0, 0, 2] }, {}],
        [{ text: s.name, fontSize: 7.5, color: palette.muted, margin: [0, 6, 0, 0] }, name ? { text: name, fontSize: BODY, margin: [0, 4, 0, 0] } : writeOn(line, 15)],
        [{ text: s.date, fontSize: 7.5, color: palette.muted, margin: [0, 6, 0, 0] }, date ? { text: date, fontSize: BODY, margin: [0, 4, 0, 0] } : writeOn(line, 15)],
        [{ text: s.signature, fontSize: 7.5, color: palette.muted, margin: [0, 6, 0, 0] }, writeOn(line, 26)],
      ],
    },
    layout: { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 0, paddingRight: () => 6, paddingTop: () => 1, paddingBottom: () => 1 },
  });
  return {
    absolutePosition: { x: page.margins[0], y: page.height - page.margins[3] - SIGNATURE_HEIGHT },
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: contentWidth, y2: 0, lineWidth: 0.8, lineColor: palette.primary }], margin: [0, 0, 0, 6] },
      {
        columns: [
          person(s.auditor, signed ? model.signOff.assessor : '', signed && model.signOff.date ? formatDate(model.signOff.date, dates) : ''),
          person(s.receivedBy, '', ''),
        ],
        columnGap: 16,
      },
      ...(signed
        ? [
            { text: labels.cover.contentHash, fontSize: 7, color: palette.muted, margin: [0, 8, 0, 0] } satisfies Content,
            { text: model.signOff.contentHash!, fontSize: 7.5, color: palette.text } satisfies Content,
          ]
        : []),
    ],
  };
}

/** A label/value row: the value's lines (at least the label's one line) and the cell padding (4 points, and
 * the half point or so more that pdfmake was measured to give each row). */
const ROW_PADDING = 4.6;
const rowHeight = (value: number, fontSize = BODY) => Math.max(value, fontSize * LINE_EM) + ROW_PADDING;
const CAPTION_HEIGHT = 9.5 * LINE_EM + 12;
/** The evidence table's file-name column, as wide as it gets (the page less the other columns and padding). */
const FILE_NAME_WIDTH = contentWidth - 74 - 48 - 70 - 4 * 6;

/** What a sheet's fixed parts take, estimated: everything but the texts that may be cut, whose rows' padding is counted here. */
function fixedHeight(sheet: ReportSheet, action: ReportAction | undefined, noAction: string, room: number): number {
  const f = sheet.finding;
  const files = listed(f.evidence, room);
  const evidence =
    f.evidence.length === 0
      ? rowHeight(0)
      : rowHeight(0, 7) + files.reduce((sum, e) => sum + rowHeight(tall(e.name, FILE_NAME_WIDTH, 8), 8), 0) + (files.length < f.evidence.length ? rowHeight(0, 7.5) : 0);
  const writing = 15 + ROW_PADDING;
  const actionRows = action
    ? ROW_PADDING + rowHeight(0) + (action.owner ? rowHeight(tall(action.owner)) : writing) + (action.dueDate ? rowHeight(0) : writing) + (action.statusLabel ? rowHeight(0) : 0)
    : tall(noAction, contentWidth, 8) + 2 + (2 * 15 + ROW_PADDING) + 2 * writing;
  const references = (f.references ?? []).join(' / ');
  return (
    48 + // the band
    28 + // the verdict bar
    5 * CAPTION_HEIGHT +
    rowHeight(tall(sheet.catalogTitle)) +
    rowHeight(tall(sheet.domainTitle)) +
    rowHeight(tall(`${f.itemId}\u3000${f.title}`, VALUE_WIDTH, BODY, true)) +
    ROW_PADDING + // the question's row
    (references ? rowHeight(tall(references, VALUE_WIDTH, 7.5), 7.5) : 0) +
    rowHeight(0, 10) + // the verdict
    ROW_PADDING + // the comment's row
    rowHeight(0) + // the answer
    (f.note ? ROW_PADDING : 0) +
    (f.alternative ? ROW_PADDING : 0) +
    evidence +
    actionRows +
    10 // slack for what the estimate does not see (rules, rounding)
  );
}

/** At most `lines` lines of `text`, ending in an ellipsis when cut. */
const lines = (text: string, count: number, width = VALUE_WIDTH, fontSize = BODY, bold = false) => clipText(text, count * fontSize * LINE_EM, '…', width, fontSize, bold);

/**
 * The sheet with its short texts bounded (catalog, domain and item titles, the references and the owner to
 * `short` lines, each file name to one), so that only the long texts compete for the page.
 */
function bounded(sheet: ReportSheet, short: number): ReportSheet {
  const f = sheet.finding;
  const references = (f.references ?? []).join(' / ');
  return {
    ...sheet,
    catalogTitle: lines(sheet.catalogTitle, short),
    domainTitle: lines(sheet.domainTitle, short),
    finding: {
      ...f,
      // The id leads the item's line; what is left of the lines is for the title.
      title: lines(`${f.itemId}\u3000${f.title}`, short, VALUE_WIDTH, BODY, true).slice(f.itemId.length + 1),
      ...(references ? { references: [lines(references, short, VALUE_WIDTH, 7.5)] } : {}),
      // Only the files the table can show are measured; the rest are counted.
      evidence: f.evidence.map((e, i) => (i < MAX_EVIDENCE ? { ...e, name: lines(e.name, 1, FILE_NAME_WIDTH, 8) } : e)),
      ...(f.action ? { action: { ...f.action, owner: lines(f.action.owner, short) } } : {}),
    },
  };
}

type Fitted = { sheet: ReportSheet; room: number; texts: [question: string, comment: string, note: string, alternative: string, action: string] };

/**
 * The sheet cut to one page. However little room is left, the question and the action keep two lines, the
 * comment three, the note one; with many files the evidence table lists fewer (down to two rows) to leave
 * them that. Only when even that does not fit (titles and references two lines long) are the short texts
 * cut to one line, and every long text to its first.
 */
function fitted(original: ReportSheet, noAction: string, cut: string): Fitted {
  const line = BODY * LINE_EM;
  for (const short of [2, 1]) {
    const sheet = bounded(original, short);
    const f = sheet.finding;
    const texts = [f.question, f.verdict.comment ?? '', f.note, f.alternative ?? '', f.action?.text ?? ''];
    const needs = texts.map((t) => tall(t));
    const least = (floors: readonly number[]) => needs.reduce((sum, need, i) => sum + Math.min(need, floors[i]!), 0);
    const budget = (room: number) => BODY_BUDGET - fixedHeight(sheet, f.action, noAction, room);
    let floors = [2, 3, 1, 1, 2].map((count) => count * line);
    let room = MAX_EVIDENCE;
    while (room > 2 && budget(room) < least(floors)) room -= 1;
    if (budget(room) < least(floors)) {
      if (short > 1) continue;
      floors = floors.map(() => line);
    }
    const heights = shareHeights(needs, floors, budget(room));
    return { sheet, room, texts: texts.map((t, i) => clipText(t, heights[i]!, cut)) as Fitted['texts'] };
  }
  // Not reached: the one-line pass above always returns.
  throw new Error('sheet does not fit');
}

/** One sheet; `n` counts from 1. The first sheet starts the document, every other one a new page. */
export function sheetPage(ctx: ReportContext, original: ReportSheet, n: number, total: number): Content {
  const { labels } = ctx;
  const s = labels.sheets;
  const { sheet, room, texts } = fitted(original, s.noAction, s.cut);
  const [question, comment, note, alternative, actionText] = texts;
  const f = sheet.finding;
  const action = f.action;
  const colour = verdictColours[f.verdict.code];
  return {
    ...(n > 1 ? { pageBreak: 'before' as const } : {}),
    stack: [
      band(ctx, n, total),
      verdictBar(sheet),
      caption(s.item),
      facts([
        [labels.columns.catalog, { text: sheet.catalogTitle, fontSize: BODY }],
        [labels.columns.domain, { text: sheet.domainTitle, fontSize: BODY }],
        [labels.columns.item, { text: `${f.itemId}\u3000${f.title}`, fontSize: BODY, bold: true }],
        [labels.findings.question, { text: question, fontSize: BODY }],
        ...(f.references && f.references.length > 0 ? [[labels.findings.references, { text: f.references.join(' / '), fontSize: 7.5, color: palette.muted }] as const] : []),
      ]),
      caption(s.verdict, colour),
      facts([
        [labels.findings.verdict, { text: f.verdict.label, fontSize: 10, bold: true, color: colour }],
        [s.comment, comment ? { text: comment, fontSize: BODY } : { text: s.noComment, fontSize: BODY, color: palette.muted }],
      ]),
      caption(s.answer),
      facts([
        [labels.findings.answer, { text: [{ text: '■ ', color: statusColours[f.status] }, { text: f.answerLabel, bold: true }], fontSize: BODY }],
        ...(note ? [[labels.findings.note, { text: note, fontSize: BODY }] as const] : []),
        ...(alternative ? [[labels.findings.alternative, { text: alternative, fontSize: BODY }] as const] : []),
      ]),
      caption(s.evidence),
      evidenceTable(ctx, sheet, room),
      caption(s.action),
      ...actionBlock(ctx, action, actionText),
      signatureBlock(ctx),
    ],
  };
}
