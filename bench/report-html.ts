// The benchmark's baseline: the same report content as HTML, for headless Chromium to print with
// page.pdf(). Same sections, tables and chart SVGs as the pdfmake audit report, Noto Sans JP from the same
// package files through @font-face, a running header and "page n / N" footer through Chromium's print
// templates. Only the table of contents has no page numbers (Chromium cannot resolve them in one pass).
import { domainBars, domainRadar, timelineBars } from '../electron/services/reports/charts';
import { formatDate, formatMonth, formatShortDate } from '../electron/services/reports/dates';
import { locateFonts } from '../electron/services/reports/fonts';
import { formatBytes, formatPercent, formatScore } from '../electron/services/reports/format';
import { labelsFor } from '../electron/services/reports/labels';
import type { ReportModel } from '../electron/services/reports/model';
import { groupByMonth } from '../electron/services/reports/sections/plan';
import { palette, priorityColours, seriesColours, statusColours } from '../electron/services/reports/theme';

const esc = (s: string | number): string =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const table = (headers: string[], rows: string[][], caption = ''): string =>
  `<table>${caption ? `<caption>${caption}</caption>` : ''}<thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

const markHtml = (label: string, colour: string) => `<span style="color:${colour}">■</span> ${esc(label)}`;

function css(): string {
  const fonts = locateFonts();
  return `
@font-face { font-family: 'NotoSansJP'; font-weight: 400; src: url('file://${fonts.regular}') format('truetype'); }
@font-face { font-family: 'NotoSansJP'; font-weight: 700; src: url('file://${fonts.bold}') format('truetype'); }
@page { size: A4; margin: 62pt 48pt 54pt 48pt; }
body { font-family: 'NotoSansJP'; font-size: 9pt; line-height: 1.45; color: ${palette.text}; margin: 0; }
h1 { font-size: 15pt; color: ${palette.primaryDark}; break-before: page; margin: 0 0 10pt; }
h2 { font-size: 11.5pt; margin: 12pt 0 6pt; break-after: avoid; }
h3 { font-size: 9.5pt; margin: 8pt 0 4pt; break-after: avoid; }
table { width: 100%; border-collapse: collapse; margin: 0 0 10pt; font-size: 8pt; }
caption { text-align: left; font-weight: 700; font-size: 10pt; padding-bottom: 3pt; }
thead { display: table-header-group; }
th { text-align: left; background: ${palette.tint}; color: ${palette.primaryDark}; border-top: 0.8pt solid ${palette.primary}; border-bottom: 0.8pt solid ${palette.primary}; padding: 2.5pt 4pt; }
td { border-bottom: 0.4pt solid ${palette.rule}; padding: 2.5pt 4pt; vertical-align: top; }
tr { break-inside: avoid; }
.muted { color: ${palette.muted}; }
.small { font-size: 7pt; color: ${palette.muted}; }
.hash { font-size: 6.5pt; color: ${palette.muted}; }
.finding { break-inside: avoid; margin-bottom: 9pt; }
.finding td:first-child { width: 78pt; color: ${palette.muted}; }
.cover { height: 100%; }
.cover h1 { break-before: auto; font-size: 24pt; color: ${palette.text}; margin-top: 100pt; }
.figures { display: flex; gap: 6pt; margin-bottom: 12pt; }
.figures div { flex: 1; background: ${palette.tint}; padding: 6pt 8pt; }
.figures b { font-size: 30pt; color: ${palette.primaryDark}; display: block; }
.sign td { height: 48pt; border: 0.6pt solid ${palette.ruleStrong}; }
`;
}

/** The report as one HTML document, plus the header and footer templates for page.pdf(). */
export function reportHtml(model: ReportModel): { html: string; headerTemplate: string; footerTemplate: string } {
  const l = labelsFor(model.language);
  const dates = { language: model.language, era: model.era };
  const col = l.columns;
  const parts: string[] = [];
  const org = model.organisation;
  parts.push(`<section class="cover"><p style="text-align:right"><b>${esc(model.classification)}</b></p><h1>${esc(model.title)}</h1>
<p class="muted">${esc(model.assessment.title)}</p><h2>${esc(org.name)}</h2>${table(
    ['', ''],
    [
      [l.cover.address, org.address ?? ''],
      [l.cover.representative, org.representative ?? ''],
      [l.cover.catalogs, model.catalogs.map((c) => `${c.title} (${l.cover.version(c.version)})`).join('<br>')],
      [l.cover.assessor, model.assessment.assessor],
      [l.cover.reportDate, formatDate(model.reportDate, dates)],
      [l.cover.reportVersion, model.reportVersion],
      [l.cover.classification, model.classification],
    ].map(([a, b]) => [esc(a!), b!]),
  )}</section>`);
  const chapters = [l.sections.summary, l.sections.method, l.sections.findings, l.sections.plan, l.sections.signOff, l.sections.appendix, l.sections.evidence];
  parts.push(`<h1>${esc(l.contents)}</h1><ol>${chapters.map((c) => `<li>${esc(c)}</li>`).join('')}</ol>`);

  // 1. Summary
  const s = model.summary;
  parts.push(`<h1>1. ${esc(l.sections.summary)}</h1><div class="figures"><div>${esc(l.summary.overall)}<b>${formatScore(s.overall.score)}</b></div><div>${esc(
    l.summary.completion,
  )}<b>${formatPercent(s.overall.completion)}</b></div><div>${esc(l.sections.findings)}<b>${model.findings.reduce((n, g) => n + g.items.length, 0)}</b></div></div>`);
  const radars = s.catalogs.filter((c) => c.domains.length >= 3).map((c, i) => domainRadar(c, seriesColours[i % seriesColours.length]!, { width: 245, height: 230 }).svg);
  parts.push(`<div style="display:flex;gap:10pt">${radars.join('')}</div>${domainBars(s.catalogs, 499).svg}`);
  parts.push(
    table(
      [col.domain, col.score, col.completion, `${col.answered} / ${col.applicable}`],
      s.catalogs.flatMap((c) => [
        [`<b>${esc(c.title)}</b>`, formatScore(c.score), formatPercent(c.completion), `${c.answered} / ${c.applicable}`],
        ...c.domains.map((d) => [`&emsp;${esc(d.title)}`, formatScore(d.score), formatPercent(d.completion), `${d.answered} / ${d.applicable}`]),
      ]),
      esc(l.summary.byCatalog),
    ),
  );
  parts.push(table([col.answer, col.count], s.counts.map((c) => [markHtml(c.label, statusColours[c.status]), String(c.count)]), esc(l.summary.counts)));
  parts.push(
    table(
      ['#', col.item, col.answer, col.priority, col.action],
      model.topGaps.map((g, i) => [String(i + 1), `<b>${esc(g.title)}</b><div class="small">${esc(g.itemId)}・${esc(g.domainTitle)}</div>`, esc(g.answerLabel), g.priority, esc(g.actionText)]),
      esc(l.summary.topGaps),
    ),
  );

  // 2. Method
  parts.push(`<h1>2. ${esc(l.sections.method)}</h1><ul>${model.scope.profileLines.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>`);
  parts.push(table([col.answer, l.method.points, l.method.meaning], model.method.scale.map((e) => [markHtml(e.label, statusColours[e.status]), esc(e.value), esc(e.description ?? '')]), esc(l.method.scale)));
  parts.push(`<h2>${esc(l.method.formula)}</h2>${model.method.formula.map((p) => `<p>${esc(p)}</p>`).join('')}`);
  for (const [caption, rows] of [
    [l.method.outOfScope, model.method.outOfScope],
    [l.method.notApplicable, model.method.notApplicable],
  ] as const) {
    parts.push(table([col.id, col.item, col.reason], rows.map((r) => [esc(r.itemId), esc(r.title), esc(r.reason)]), esc(caption)));
  }

  // 3. Findings
  parts.push(`<h1>3. ${esc(l.sections.findings)}</h1><p class="muted">${esc(l.findings.intro)}</p>`);
  model.findings.forEach((g, gi) => {
    parts.push(`<h2>3.${gi + 1} ${esc(g.domainTitle)}</h2><p class="small">${esc(g.catalogTitle)}</p>`);
    for (const f of g.items) {
      const rows: string[][] = [
        [esc(l.findings.question), esc(f.question)],
        [esc(l.findings.answer), markHtml(f.answerLabel, statusColours[f.status])],
        [esc(l.findings.note), esc(f.note)],
        [esc(l.findings.evidence), f.evidence.map((e) => `${esc(e.name)} <span class="small">${formatBytes(e.size)}</span><div class="hash">SHA-256 ${e.sha256}</div>`).join('') || esc(l.findings.noEvidence)],
      ];
      if (f.action) rows.push([esc(l.findings.action), `<b style="color:${priorityColours[f.action.priority]}">${f.action.priority}</b> ${esc(f.action.text)}<div class="small">${esc(col.owner)}: ${esc(f.action.owner)}\u3000${esc(col.dueDate)}: ${formatShortDate(f.action.dueDate, dates)}</div>`]);
      parts.push(`<div class="finding">${table([`${f.itemId}\u3000${f.title}`, ''], rows)}</div>`);
    }
  });

  // 4. Plan and timeline
  const planRow = (r: ReportModel['plan'][number]) => [esc(r.actionId), `${esc(r.text)}<div class="small">${esc(r.itemId)}\u3000${esc(r.title)}</div>${r.notes ? `<div class="small">${esc(r.notes)}</div>` : ''}`, r.priority, esc(r.owner), formatShortDate(r.dueDate, dates), esc(r.statusLabel), esc(l.effort[r.effort])];
  parts.push(`<h1>4. ${esc(l.sections.plan)}</h1>${table([col.actionId, col.action, col.priority, col.owner, col.dueDate, col.status, col.effort], model.plan.map(planRow))}`);
  const months = groupByMonth(model.plan);
  const monthLabel = (key: string) => (key === '' ? l.plan.noDueDate : formatMonth(key, dates));
  const count = (rows: ReportModel['plan'], p: string) => rows.filter((r) => r.priority === p).length;
  parts.push(
    `<h2 style="break-before:page">4.1 ${esc(l.sections.timeline)}</h2>${
      timelineBars(
        months.map((m) => ({ label: monthLabel(m.key), counts: { P1: count(m.rows, 'P1'), P2: count(m.rows, 'P2'), P3: count(m.rows, 'P3'), P4: count(m.rows, 'P4') } })),
        l.priority,
        499,
      ).svg
    }`,
  );
  for (const m of months) {
    parts.push(table([col.dueDate, col.priority, col.action, col.owner, col.status], m.rows.map((r) => [formatShortDate(r.dueDate, dates), r.priority, esc(r.text), esc(r.owner), esc(r.statusLabel)]), esc(monthLabel(m.key))));
  }

  // 5. Sign-off
  const so = model.signOff;
  parts.push(
    `<h1>5. ${esc(l.sections.signOff)}</h1><p>${esc(l.signOff.intro)}</p><table class="sign"><thead><tr>${[l.signOff.role, l.signOff.name, l.signOff.date, l.signOff.signature]
      .map((h) => `<th>${esc(h)}</th>`)
      .join('')}</tr></thead><tbody>${[
      [l.signOff.assessor, so.assessor],
      [l.signOff.reviewer, so.reviewer ?? ''],
      [l.signOff.approver, so.approver ?? ''],
    ]
      .map(([r, n]) => `<tr><td>${esc(r!)}</td><td>${esc(n!)}</td><td>${esc(formatDate(so.date, dates))}</td><td style="text-align:right;vertical-align:bottom">${esc(l.signOff.seal)}</td></tr>`)
      .join('')}</tbody></table>`,
  );

  // Appendices
  parts.push(`<h1>${esc(l.sections.appendix)}</h1>`);
  for (const g of model.appendix) {
    parts.push(
      table(
        [col.id, `${col.item} / ${col.note}`, col.answer, col.evidenceCount],
        g.items.map((i) => [esc(i.itemId), `${esc(i.title)}${i.note ? `<div class="small">${esc(i.note)}</div>` : ''}`, markHtml(i.answerLabel, statusColours[i.status]), i.evidenceCount ? String(i.evidenceCount) : '']),
        `${esc(g.catalogTitle)} — ${esc(g.domainTitle)}`,
      ),
    );
  }
  parts.push(`<h1>${esc(l.sections.evidence)}</h1>`);
  parts.push(
    table(
      ['#', `${col.fileName} / ${col.sha256}`, col.size, col.addedAt, col.items],
      model.evidence.map((e, i) => [String(i + 1), `${esc(e.name)}<div class="hash">${e.sha256}</div>`, formatBytes(e.size), formatShortDate(e.addedAt, dates), esc(e.items.join(', '))]),
    ),
  );

  const html = `<!doctype html><html lang="${model.language}"><head><meta charset="utf-8"><style>${css()}</style></head><body>${parts.join('\n')}</body></html>`;
  const small = `font-family: NotoSansJP, sans-serif; font-size: 7.5pt; color: ${palette.muted}; width: 100%; padding: 0 48pt;`;
  const headerTemplate = `<div style="${small} display:flex; justify-content:space-between"><span>${esc(org.name)}\u3000${esc(model.title)}</span><b>${esc(model.classification)}</b></div>`;
  const pageNumbers = '<span class="pageNumber"></span> / <span class="totalPages"></span>';
  const footerTemplate = `<div style="${small} text-align:right">${model.language === 'ja' ? `${pageNumbers} ページ` : `Page ${pageNumbers}`}</div>`;
  return { html, headerTemplate, footerTemplate };
}
