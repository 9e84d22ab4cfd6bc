// Findings by domain: every gap with its question, the answer, the notes, the evidence (name, size,
// SHA-256) and the recommended action — and the auditor's verdict when there is one. A short finding is
// kept on one page, and a domain's heading always stays with its first finding.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { estimateRowHeight, fitsEasily, heading } from '../blocks';
import { formatShortDate } from '../dates';
import type { ReportContext } from '../frame';
import { formatBytes } from '../format';
import type { ReportFinding, ReportFindingGroup } from '../model';
import { dataTableLayout, palette, priorityColours, statusColours, verdictColours } from '../theme';

const LABEL_WIDTH = 78;
const WIDTHS = [LABEL_WIDTH, '*'] as const;

function row(label: string, value: TableCell): TableCell[] {
  return [{ text: label, style: 'tdMuted' }, value];
}

function evidenceCell(ctx: ReportContext, finding: ReportFinding): TableCell {
  if (finding.evidence.length === 0) return { text: ctx.labels.findings.noEvidence, style: 'tdMuted' };
  return {
    stack: finding.evidence.map((e) => ({
      stack: [
        {
          text: [
            { text: e.name, style: 'td' },
            { text: `  ${formatBytes(e.size)}`, style: 'tdMuted', fontSize: 7 },
            // Auditor mode: whether the auditor looked at this file.
            ...(e.checked === undefined ? [] : [{ text: `\u3000${e.checked ? ctx.labels.findings.checked : ctx.labels.findings.notChecked}`, fontSize: 7, bold: e.checked, color: e.checked ? palette.primaryDark : palette.muted }]),
          ],
        },
        { text: `SHA-256 ${e.sha256}`, style: 'hash' },
      ],
      margin: [0, 0, 0, 2],
    })),
  };
}

function actionCell(ctx: ReportContext, finding: ReportFinding): TableCell | null {
  const a = finding.action;
  if (!a) return null;
  const { labels, dates } = ctx;
  const facts = [
    `${labels.columns.owner}: ${a.owner || '—'}`,
    `${labels.columns.dueDate}: ${a.dueDate ? formatShortDate(a.dueDate, dates) : labels.plan.noDueDate}`,
    ...(a.statusLabel ? [`${labels.columns.status}: ${a.statusLabel}`] : []),
  ];
  return {
    stack: [
      { text: [{ text: `${a.priority} `, bold: true, color: priorityColours[a.priority] }, { text: a.text }], style: 'td' },
      { text: facts.join('\u3000'), style: 'tdMuted', fontSize: 7 },
    ],
  };
}

function findingRows(ctx: ReportContext, finding: ReportFinding): TableCell[][] {
  const f = ctx.labels.findings;
  const rows: TableCell[][] = [
    row(f.question, { text: finding.question, style: 'td' }),
    row(f.answer, { text: [{ text: '■ ', color: statusColours[finding.status] }, { text: finding.answerLabel, bold: true }], style: 'td' }),
  ];
  if (finding.verdict) {
    const v = finding.verdict;
    rows.push(row(f.verdict, { text: [{ text: v.label, bold: true, color: verdictColours[v.code] }, ...(v.comment ? [{ text: `\u3000${v.comment}` }] : [])], style: 'td' }));
  }
  if (finding.note) rows.push(row(f.note, { text: finding.note, style: 'td' }));
  if (finding.alternative) rows.push(row(f.alternative, { text: finding.alternative, style: 'td' }));
  rows.push(row(f.evidence, evidenceCell(ctx, finding)));
  const action = actionCell(ctx, finding);
  if (action) rows.push(row(f.action, action));
  if (finding.references && finding.references.length > 0) rows.push(row(f.references, { text: finding.references.join(' / '), style: 'tdMuted', fontSize: 7 }));
  return rows;
}

/** One finding: a title bar (id, title) repeated if it runs across pages, then its details. */
function findingBlock(ctx: ReportContext, finding: ReportFinding): { node: Content; height: number } {
  const titleRow: TableCell[] = [
    {
      text: [{ text: `${finding.itemId}\u3000`, color: palette.primaryDark }, { text: finding.title }],
      bold: true,
      fontSize: 8.5,
      colSpan: 2,
    },
    {},
  ];
  const rows = findingRows(ctx, finding);
  const heights = rows.map((r) => estimateRowHeight(r, [...WIDTHS]));
  const height = heights.reduce((a, b) => a + b, 0) + 22;
  const small = fitsEasily(height, 0.45);
  const node: Content = {
    table: {
      headerRows: 1,
      ...(fitsEasily((heights[0] ?? 0) + 30, 0.5) ? { keepWithHeaderRows: 1 } : {}),
      ...(heights.every((h) => fitsEasily(h, 0.35)) ? { dontBreakRows: true } : {}),
      widths: [...WIDTHS],
      body: [titleRow, ...rows],
    },
    layout: dataTableLayout(0, 1),
    margin: [0, 0, 0, 9],
    ...(small ? { unbreakable: true } : {}),
  };
  return { node, height };
}

function domainBlock(ctx: ReportContext, group: ReportFindingGroup, number: string): Content[] {
  const title = heading(`${number} ${group.domainTitle}`, 2);
  const sub: Content = { text: group.catalogTitle, style: 'small', margin: [0, -4, 0, 6] };
  const blocks = group.items.map((f) => findingBlock(ctx, f));
  const [first, ...rest] = blocks;
  if (!first) return [title, sub];
  // The heading travels with the first finding when that finding is short enough to keep whole.
  const lead: Content = fitsEasily(first.height + 40, 0.5) ? { stack: [title, sub, first.node], unbreakable: true } : { stack: [title, sub, first.node] };
  return [lead, ...rest.map((b) => b.node)];
}

export function findingsSection(ctx: ReportContext, section: number): Content[] {
  const { labels, model } = ctx;
  const groups = model.findings.filter((g) => g.items.length > 0);
  return [
    heading(`${section}. ${labels.sections.findings}`, 1, { pageBreak: true }),
    { text: groups.length === 0 ? labels.findings.none : model.summary.verdicts ? labels.findings.introAuditor : labels.findings.intro, style: 'lead' },
    ...groups.flatMap((g, i) => domainBlock(ctx, g, `${section}.${i + 1}`)),
  ];
}
