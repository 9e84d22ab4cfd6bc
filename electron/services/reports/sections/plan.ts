// The improvement plan: every action as a table (in the order the plan gives), then a timeline by due date —
// a chart of actions per month and, month by month, what is due, with overdue actions marked. Shared by the
// audit report and the stand-alone plan.
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Priority } from '../../../../assessments';
import { cell, dataTable, heading } from '../blocks';
import { timelineBars } from '../charts';
import { formatMonth, formatShortDate } from '../dates';
import type { ReportContext } from '../frame';
import type { PlanRow } from '../model';
import { contentWidth, palette, priorityColours } from '../theme';

function actionCell(row: PlanRow, notesLabel: string | null): TableCell {
  return {
    stack: [
      { text: row.text, style: 'td' },
      { text: `${row.itemId}\u3000${row.title}`, style: 'tdMuted', fontSize: 7 },
      ...(notesLabel && row.notes ? [{ text: `${notesLabel}: ${row.notes}`, style: 'tdMuted', fontSize: 7 }] : []),
    ],
  };
}

function priorityCell(ctx: ReportContext, p: Priority): TableCell {
  return { text: [{ text: p, bold: true, color: priorityColours[p] }, { text: `\n${ctx.labels.priority[p]}`, fontSize: 6.5, color: palette.muted }], style: 'td' };
}

/** The full plan table. */
export function planTable(ctx: ReportContext, caption?: Content): Content {
  const { labels, model } = ctx;
  const col = labels.columns;
  return dataTable({
    ...(caption ? { caption } : {}),
    headers: [col.actionId, col.action, col.priority, col.owner, col.dueDate, col.status, col.effort],
    align: ['left', 'left', 'left', 'left', 'left', 'left', 'center'],
    widths: [44, '*', 34, 78, 52, 44, model.language === 'ja' ? 26 : 40],
    rows: model.plan.map((r) => [
      cell(r.actionId, { muted: true }),
      actionCell(r, col.notes),
      priorityCell(ctx, r.priority),
      cell(r.owner),
      dueCell(ctx, r, labels.plan.noDueDate),
      cell(r.statusLabel),
      cell(labels.effort[r.effort], { align: 'center' }),
    ]),
  });
}

/** The due date, in red and bold when the action is overdue. */
function dueCell({ dates }: ReportContext, row: PlanRow, missing: string): TableCell {
  if (!row.dueDate) return cell(missing, { muted: true });
  return cell(formatShortDate(row.dueDate, dates), row.overdue ? { color: priorityColours.P1, bold: true } : {});
}

type Month = { key: string; rows: PlanRow[] };

/** Actions grouped by the month they are due in, earliest first; those without a date come last. */
export function groupByMonth(plan: readonly PlanRow[]): Month[] {
  const byMonth = new Map<string, PlanRow[]>();
  for (const row of plan) {
    const key = row.dueDate ? row.dueDate.slice(0, 7) : '';
    byMonth.set(key, [...(byMonth.get(key) ?? []), row]);
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map(([key, rows]) => ({ key, rows: [...rows].sort((x, y) => (x.dueDate ?? '').localeCompare(y.dueDate ?? '') || x.priority.localeCompare(y.priority)) }));
}

/** The timeline: a chart of actions per month, then a short table for each month. */
export function planTimeline(ctx: ReportContext, title: Content, options: { pageBreak?: boolean } = {}): Content[] {
  const { labels, dates, model } = ctx;
  const months = groupByMonth(model.plan);
  const breakBefore = options.pageBreak ? { pageBreak: 'before' as const } : {};
  if (months.length === 0) return [{ stack: [title, { text: labels.plan.none, style: 'lead' }], ...breakBefore }];
  const monthLabel = (key: string) => (key === '' ? labels.plan.noDueDate : formatMonth(key, dates));
  const chart = timelineBars(
    months.map((m) => ({
      label: monthLabel(m.key),
      counts: { P1: count(m.rows, 'P1'), P2: count(m.rows, 'P2'), P3: count(m.rows, 'P3'), P4: count(m.rows, 'P4') },
    })),
    labels.priority,
    contentWidth,
  );
  const col = labels.columns;
  const tables = months.map((m) => {
    const overdue = m.rows.filter((r) => r.overdue).length;
    return dataTable({
      caption: {
        text: [
          { text: monthLabel(m.key), bold: true },
          { text: `\u3000${labels.plan.count(m.rows.length)}`, color: palette.muted, fontSize: 8 },
          ...(overdue > 0 ? [{ text: `\u3000${labels.plan.overdue(overdue)}`, color: priorityColours.P1, bold: true, fontSize: 8 }] : []),
        ],
        fontSize: 9.5,
        margin: [0, 2, 0, 0],
      },
      headers: [col.dueDate, col.priority, col.action, col.owner, col.status],
      widths: [52, 34, '*', 78, 50],
      rows: m.rows.map((r) => [
        dueCell(ctx, r, '—'),
        cell(r.priority, { bold: true, color: priorityColours[r.priority] }),
        actionCell(r, null),
        cell(r.owner),
        cell(r.statusLabel),
      ]),
    });
  });
  return [{ stack: [title, { svg: chart.svg, width: chart.width, margin: [0, 0, 0, 10] }], unbreakable: true, ...breakBefore }, ...tables];
}

function count(rows: readonly PlanRow[], p: Priority): number {
  return rows.filter((r) => r.priority === p).length;
}

/** The plan chapter of the audit report: the table, then the timeline. */
export function planSection(ctx: ReportContext, section: number): Content[] {
  const { labels, model } = ctx;
  const title = heading(`${section}. ${labels.sections.plan}`, 1, { pageBreak: true });
  if (model.plan.length === 0) return [title, { text: labels.plan.none, style: 'lead' }];
  return [
    title,
    { text: labels.plan.intro, style: 'lead' },
    planTable(ctx),
    ...planTimeline(ctx, heading(`${section}.1 ${labels.sections.timeline}`, 2), { pageBreak: true }),
  ];
}
