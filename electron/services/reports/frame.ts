// What frames every page of both reports: the cover, the table of contents, the running header
// (organisation, title, classification) and footer ("page n / N"), and the PDF's metadata — fixed from the
// model, never from the clock, so the same model gives the same bytes.
import type { Content, ContentCanvas, DynamicContent, TDocumentInformation } from 'pdfmake/interfaces';
import { keyValues } from './blocks';
import { type DateStyle, formatDate, formatPeriod, parseIsoDate } from './dates';
import { reportFontMetrics } from './font-metrics';
import { formatCount, joinList } from './format';
import type { ReportLabels } from './labels';
import type { ReportModel } from './model';
import { contentWidth, page, palette } from './theme';
import { lineWidth, wrapText } from './wrap';

export type ReportContext = { model: ReportModel; labels: ReportLabels; dates: DateStyle };

export function contextOf(model: ReportModel, labels: ReportLabels): ReportContext {
  return { model, labels, dates: { language: model.language, era: model.era } };
}

const HEADER_SIZE = 7.5;

const rule = (colour: string, width = contentWidth): ContentCanvas => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6, lineColor: colour }],
});

/** One line of running-header text: cut with an ellipsis when it would not fit. */
function oneLine(text: string, width: number, fontSize: number, bold: boolean): string {
  const metrics = reportFontMetrics();
  const lines = wrapText(text, width, { metrics: bold ? metrics.bold : metrics.regular, fontSize });
  return lines.length <= 1 ? (lines[0] ?? '') : `${lines[0]!.slice(0, -1)}…`;
}

/**
 * The running header: organisation and title on the left, the classification on the right; none on the
 * cover (`cover: false` for a document without one, such as the tear-out sheets).
 */
export function pageHeader({ model }: ReportContext, { cover = true }: { cover?: boolean } = {}): DynamicContent {
  // Worked out once: the header is the same on every page, and a run per line keeps it cheap to lay out.
  const metrics = reportFontMetrics();
  const classification = oneLine(model.classification, contentWidth / 3, HEADER_SIZE, true);
  const classWidth = lineWidth(classification, { metrics: metrics.bold, fontSize: HEADER_SIZE }) + 1;
  const title = oneLine(`${model.organisation.name}\u3000${model.title}`, contentWidth - classWidth - 12, HEADER_SIZE, false);
  return (currentPage) => {
    if (cover && currentPage === 1) return null;
    return {
      margin: [page.margins[0], 26, page.margins[2], 0],
      stack: [
        {
          columns: [
            { text: title, fontSize: HEADER_SIZE, color: palette.muted, width: '*', noWrap: true },
            { text: classification, fontSize: HEADER_SIZE, bold: true, color: palette.primaryDark, width: classWidth, alignment: 'right', noWrap: true },
          ],
          columnGap: 12,
        },
        { ...rule(palette.rule), margin: [0, 4, 0, 0] },
      ],
    };
  };
}

/** The running footer: report version and date on the left, "page n / N" on the right; none on the cover. */
export function pageFooter({ model, labels, dates }: ReportContext, { cover = true }: { cover?: boolean } = {}): DynamicContent {
  const left = `${labels.cover.reportVersion} ${model.reportVersion}\u3000${formatDate(model.reportDate, dates)}`;
  return (currentPage, pageCount) => {
    if (cover && currentPage === 1) return null;
    return {
      margin: [page.margins[0], 18, page.margins[2], 0],
      columns: [
        { text: left, fontSize: HEADER_SIZE, color: palette.faint, width: '*', noWrap: true },
        { text: labels.page(currentPage, pageCount), fontSize: HEADER_SIZE, color: palette.muted, width: 'auto', alignment: 'right', noWrap: true },
      ],
    };
  };
}

/** The cover: title, organisation, the assessment's facts, and the classification label. */
export function cover(ctx: ReportContext, subtitle: string): Content[] {
  const { model, labels, dates } = ctx;
  const c = labels.cover;
  const org = model.organisation;
  const catalogs = model.catalogs.map((cat) => (model.language === 'ja' ? `${cat.title}（${c.version(cat.version)}）` : `${cat.title} (${c.version(cat.version)})`));
  const scope = [
    ...(org.sites && org.sites.length > 0 ? [joinList(org.sites, model.language)] : []),
    ...(model.scope.smallBusiness ? [c.smallBusiness] : []),
  ];
  const rows: [string, string][] = [
    [c.address, org.address ?? ''],
    [c.representative, org.representative ?? ''],
    ...(org.industry ? [[c.industry, org.industry] as [string, string]] : []),
    ...(org.employees !== undefined ? [[c.employees, model.language === 'ja' ? `${formatCount(org.employees)}名` : formatCount(org.employees)] as [string, string]] : []),
    [c.assessment, model.assessment.title],
    [c.scope, scope.join('\n') || model.scope.profileLines.join('\n')],
    [c.catalogs, catalogs.join('\n')],
    [c.assessor, model.assessment.assessor],
    ...(model.assessment.reviewer ? [[c.reviewer, model.assessment.reviewer] as [string, string]] : []),
    [c.period, formatPeriod(model.assessment.periodFrom, model.assessment.periodTo, dates)],
    [c.reportDate, formatDate(model.reportDate, dates)],
    [c.reportVersion, model.reportVersion],
    [c.classification, model.classification],
  ];
  return [
    {
      columns: [
        { width: '*', text: '' },
        {
          width: 'auto',
          table: { body: [[{ text: model.classification, bold: true, color: palette.primaryDark, fontSize: 10, margin: [8, 1, 8, 1] }]] },
          layout: { hLineColor: () => palette.primaryDark, vLineColor: () => palette.primaryDark, hLineWidth: () => 1, vLineWidth: () => 1 },
        },
      ],
    },
    { canvas: [{ type: 'rect', x: 0, y: 0, w: 56, h: 4, color: palette.primary }], margin: [0, 90, 0, 14] },
    { text: model.title, fontSize: 24, bold: true, color: palette.text, lineHeight: 1.1 },
    { text: subtitle, fontSize: 12, color: palette.muted, margin: [0, 8, 0, 36] },
    { text: org.name, fontSize: 17, bold: true, color: palette.primaryDark, margin: [0, 0, 0, 14] },
    keyValues(rows, model.language === 'ja' ? 110 : 120),
    ...(model.signOff.contentHash
      ? [
          { text: c.contentHash, fontSize: 7.5, color: palette.muted, margin: [0, 18, 0, 1] } satisfies Content,
          { text: model.signOff.contentHash, fontSize: 7.5, color: palette.text } satisfies Content,
        ]
      : []),
    ...(model.generator ? [{ text: model.generator, fontSize: 7, color: palette.faint, margin: [0, 24, 0, 0] } satisfies Content] : []),
    // The confidentiality notice sits at the foot of the cover, whatever the length of what is above.
    {
      absolutePosition: { x: page.margins[0], y: page.height - page.margins[3] - 56 },
      stack: [{ ...rule(palette.rule), margin: [0, 0, 0, 6] }, { text: c.notice(org.name), fontSize: 7.5, color: palette.muted }],
    },
  ];
}

/** The table of contents on its own page: chapter headings and the domains under them, with page numbers. */
export function tableOfContents({ labels }: ReportContext): Content {
  return {
    pageBreak: 'before',
    toc: {
      title: { text: labels.contents, style: 'h1' },
      textMargin: [0, 2, 0, 2],
      outlines: true,
    },
  } satisfies Content;
}

/** The PDF's document information, dated by the report date (never "now"). */
export function documentInfo({ model }: ReportContext): TDocumentInformation {
  // A malformed date must not bring the clock back in: it falls back to a fixed instant.
  const day = parseIsoDate(model.reportDate);
  const date = new Date(day ? Date.UTC(day.year, day.month - 1, day.day) : 0);
  return {
    title: `${model.title} — ${model.organisation.name}`,
    author: model.assessment.assessor,
    subject: model.assessment.title,
    keywords: joinList(
      model.catalogs.map((c) => c.title),
      model.language,
    ),
    creator: model.generator ?? 'Mamori',
    producer: 'Mamori',
    creationDate: date,
    modDate: date,
  };
}
