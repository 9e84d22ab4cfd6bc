// The reports' look: page geometry, a restrained palette around the app's primary colour (Mantine teal),
// text styles and the lean table layouts (horizontal rules only, no cell borders: fewer vectors to draw,
// and easier to read in print).
import type { CustomTableLayout, Style, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AnswerStatus, Priority } from '../../../assessments';
import { FONT_FAMILY } from './fonts';
import type { VerdictCode } from './model';

/** Mantine's teal scale (shades 0, 1, 6, 7, 8, 9) and neutral greys. */
export const palette = {
  primary: '#0ca678',
  primaryDark: '#087f5b',
  primaryDeep: '#099268',
  tint: '#e6fcf5',
  tintStrong: '#c3fae8',
  text: '#212529',
  muted: '#5c636a',
  faint: '#868e96',
  rule: '#dee2e6',
  ruleStrong: '#adb5bd',
  zebra: '#f8f9fa',
} as const;

/** Colours for several series (one per checklist): teal, then blue and amber of the same weight. */
export const seriesColours = ['#0ca678', '#1c7ed6', '#f08c00', '#7048e8'] as const;

export const statusColours: Record<AnswerStatus, string> = {
  implemented: '#2b8a3e',
  alternative: '#1971c2',
  partial: '#e67700',
  'not-implemented': '#c92a2a',
  unknown: '#862e9c',
  unanswered: '#868e96',
  'not-applicable': '#868e96',
};

export const priorityColours: Record<Priority, string> = { P1: '#c92a2a', P2: '#e8590c', P3: '#e67700', P4: '#868e96' };

export const verdictColours: Record<VerdictCode, string> = {
  conforming: '#2b8a3e',
  'major-nonconformity': '#c92a2a',
  'minor-nonconformity': '#e8590c',
  observation: '#1971c2',
  'improvement-opportunity': '#5f3dc4',
  'good-practice': '#087f5b',
};

/** A4 portrait in points; margins leave room for the running header and footer. */
export const page = {
  width: 595.28,
  height: 841.89,
  margins: [48, 62, 48, 54] as [number, number, number, number],
};
export const contentWidth = page.width - page.margins[0] - page.margins[2];
export const contentHeight = page.height - page.margins[1] - page.margins[3];

export const fontSizes = { body: 9, table: 8, small: 7 } as const;

/** Noto Sans JP's own line gap is generous; 1.15 of the font size keeps tables compact but legible. */
export const LINE_HEIGHT = 1.15;

export const styles: Record<string, Style> = {
  h1: { fontSize: 15, bold: true, color: palette.primaryDark, margin: [0, 0, 0, 10] },
  h2: { fontSize: 11.5, bold: true, color: palette.text, margin: [0, 12, 0, 6] },
  h3: { fontSize: 9.5, bold: true, color: palette.text, margin: [0, 8, 0, 4] },
  lead: { fontSize: fontSizes.body, color: palette.muted, margin: [0, 0, 0, 8] },
  body: { fontSize: fontSizes.body },
  small: { fontSize: fontSizes.small, color: palette.muted },
  th: { fontSize: fontSizes.table, bold: true, color: palette.primaryDark },
  td: { fontSize: fontSizes.table },
  tdMuted: { fontSize: fontSizes.table, color: palette.muted },
  caption: { fontSize: 10, bold: true, color: palette.text, margin: [0, 0, 0, 3] },
  hash: { fontSize: 6.5, color: palette.muted },
  tocH1: { fontSize: 10, bold: true },
  tocH2: { fontSize: 9, color: palette.muted },
  figure: { fontSize: 30, bold: true, color: palette.primaryDark, lineHeight: 1 },
  figureLabel: { fontSize: 8, color: palette.muted },
};

export const defaultStyle: Style = { font: FONT_FAMILY, fontSize: fontSizes.body, lineHeight: LINE_HEIGHT, color: palette.text };

const noLine = () => 0;

/**
 * The data-table layout: a tinted header with a teal rule under it, hairlines between rows, no vertical
 * lines. `captionRows` header rows above the column headers carry the table's caption, unruled and
 * untinted, so a caption repeats with the header on every page the table runs to and is never left alone
 * at the foot of a page.
 */
export function dataTableLayout(captionRows: number, headerRows: number): CustomTableLayout {
  return {
    hLineWidth: (i, node) => {
      if (i < captionRows) return 0;
      if (i === captionRows) return 0.8;
      if (i === headerRows) return 0.8;
      if (i === node.table.body.length) return 0.8;
      return 0.4;
    },
    vLineWidth: noLine,
    hLineColor: (i) => (i === captionRows || i === headerRows ? palette.primary : palette.rule),
    fillColor: (row) => (row >= captionRows && row < headerRows ? palette.tint : null),
    paddingLeft: (i) => (i === 0 ? 2 : 4),
    paddingRight: () => 4,
    paddingTop: (row) => (row < captionRows ? 0 : 2.5),
    paddingBottom: (row) => (row < captionRows ? 4 : 2.5),
  };
}

/** Label/value pairs (cover, finding details): no rules, the label column muted. */
export const keyValueLayout: CustomTableLayout = {
  hLineWidth: noLine,
  vLineWidth: noLine,
  paddingLeft: () => 0,
  paddingRight: () => 8,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

export function documentBase(): Pick<TDocumentDefinitions, 'pageSize' | 'pageMargins' | 'styles' | 'defaultStyle' | 'compress'> {
  return { pageSize: 'A4', pageMargins: page.margins, styles, defaultStyle, compress: true };
}

