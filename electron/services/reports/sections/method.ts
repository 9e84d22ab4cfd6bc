// The method: what was assessed (scope, checklists and their editions), the answer scale, how scores are
// calculated, and which items were left out — by the scoping profile or answered Not applicable — and why.
import type { Content } from 'pdfmake/interfaces';
import { cell, dataTable, heading, keyValues, mark } from '../blocks';
import type { ReportContext } from '../frame';
import { joinList } from '../format';
import type { ReportExclusion } from '../model';
import { palette, statusColours } from '../theme';

function exclusions(ctx: ReportContext, caption: string, rows: readonly ReportExclusion[]): Content {
  const { labels } = ctx;
  if (rows.length === 0) {
    return { stack: [{ text: caption, style: 'h2' }, { text: labels.method.none, style: 'lead' }], unbreakable: true };
  }
  return dataTable({
    caption: { text: caption, style: 'h2' },
    headers: [labels.columns.id, labels.columns.item, labels.columns.reason],
    widths: [78, 150, '*'],
    rows: rows.map((r) => [
      cell(r.itemId, { muted: true }),
      r.catalogTitle ? { stack: [cell(r.title), { text: r.catalogTitle, style: 'tdMuted', fontSize: 7 }] } : cell(r.title),
      cell(r.reason),
    ]),
  });
}

export function methodSection(ctx: ReportContext, section: number): Content[] {
  const { model, labels } = ctx;
  const c = labels.cover;
  const org = model.organisation;
  const scopeRows: [string, string][] = [
    [c.organisation, org.name],
    ...(org.sites && org.sites.length > 0 ? [[c.sites, joinList(org.sites, model.language)] as [string, string]] : []),
    [c.assessment, model.assessment.title],
    [c.catalogs, model.catalogs.map((cat) => `${cat.title} — ${c.version(cat.version)}`).join('\n')],
    ...(model.scope.smallBusiness ? [[c.scope, c.smallBusiness] as [string, string]] : []),
  ];
  return [
    heading(`${section}. ${labels.sections.method}`, 1, { pageBreak: true }),
    { text: `${section}.1 ${labels.sections.scope}`, style: 'h2', margin: [0, 0, 0, 6] },
    keyValues(scopeRows, model.language === 'ja' ? 110 : 120),
    ...(model.scope.profileLines.length > 0
      ? [{ ul: model.scope.profileLines.map((line) => ({ text: line, fontSize: 8.5 })), margin: [0, 6, 0, 4], color: palette.text } satisfies Content]
      : []),
    {
      stack: [
        { text: `${section}.2 ${labels.method.scale}`, style: 'h2' },
        dataTable({
          headers: [labels.columns.answer, labels.method.points, labels.method.meaning],
          align: ['left', 'center', 'left'],
          widths: [110, 40, '*'],
          rows: model.method.scale.map((s) => [mark(s.label, statusColours[s.status]), cell(s.value, { align: 'center' }), cell(s.description ?? '', { muted: true })]),
        }),
      ],
      unbreakable: true,
    },
    {
      stack: [
        { text: `${section}.3 ${labels.method.formula}`, style: 'h2' },
        ...model.method.formula.map((p) => ({ text: p, margin: [0, 0, 0, 4] }) satisfies Content),
      ],
      unbreakable: true,
    },
    exclusions(ctx, `${section}.4 ${labels.method.outOfScope}`, model.method.outOfScope),
    exclusions(ctx, `${section}.5 ${labels.method.notApplicable}`, model.method.notApplicable),
  ];
}
