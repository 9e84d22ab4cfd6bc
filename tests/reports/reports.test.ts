// The audit report and the improvement plan, as a reader gets them: a full assessment (three checklists,
// every item answered with a note, 100 evidence files, a plan for every gap) rendered in Japanese and in
// English, read back as text, and checked for what an auditor looks for first.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { formatShortDate } from '../../electron/services/reports/dates';
import { labelsFor } from '../../electron/services/reports/labels';
import type { ReportLanguage, ReportModel } from '../../electron/services/reports/model';
import { renderReport } from '../../electron/services/reports/report';
import { type PdfText, pdfText, squash } from './pdf-text';
import { buildSampleModel } from './sample-model';

type Rendered = { model: ReportModel; pdf: Buffer; text: PdfText };
const rendered: Record<string, Rendered> = {};

async function render(language: ReportLanguage, kind: 'audit' | 'plan'): Promise<Rendered> {
  const model = buildSampleModel({ language, size: 'full', kind });
  const pdf = await renderReport(model);
  return { model, pdf, text: await pdfText(pdf) };
}

const warnings: unknown[][] = [];

beforeAll(async () => {
  // pdfmake and its SVG renderer report trouble (a font they cannot open, a missing policy) on the console.
  const warn = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args));
  try {
    for (const language of ['ja', 'en'] as const) {
      for (const kind of ['audit', 'plan'] as const) rendered[`${kind}-${language}`] = await render(language, kind);
    }
  } finally {
    warn.mockRestore();
  }
}, 120_000);

it('renders without a warning from pdfmake or its SVG renderer (charts find the embedded font)', () => {
  expect(warnings).toEqual([]);
});

const has = (r: Rendered, phrase: string) => expect(r.text.squashed).toContain(squash(phrase));

describe.each(['ja', 'en'] as const)('the audit report in %s', (language) => {
  const r = () => rendered[`audit-${language}`]!;
  const labels = labelsFor(language);

  it('is a PDF with a cover naming the organisation, scope, checklists, assessor, period, date and classification', () => {
    const { model, pdf, text } = r();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const cover = squash(text.pages[0]!);
    for (const phrase of [
      model.title,
      model.organisation.name,
      model.organisation.address!,
      model.organisation.representative!,
      model.assessment.assessor,
      model.assessment.reviewer!,
      model.classification,
      model.reportVersion,
      ...model.catalogs.map((c) => c.title),
    ]) {
      expect(cover).toContain(squash(phrase));
    }
    expect(cover).toContain(squash(language === 'ja' ? '2026年11月29日' : '29 November 2026'));
    expect(cover).toContain(squash(language === 'ja' ? '2026年10月1日〜2026年11月20日' : '1 October 2026 – 20 November 2026'));
    expect(cover).toContain(squash(labels.cover.version(1)));
  });

  it('has a table of contents and every section', () => {
    const { text } = r();
    expect(squash(text.pages[1]!)).toContain(squash(labels.contents));
    for (const title of [labels.sections.summary, labels.sections.method, labels.sections.findings, labels.sections.plan, labels.sections.timeline, labels.sections.signOff, labels.sections.appendix, labels.sections.evidence]) {
      has(r(), title);
      expect(squash(text.pages[1]!)).toContain(squash(title));
    }
  });

  it('prints the scores to one decimal: overall, per checklist and per domain', () => {
    const { model, text } = r();
    const summary = squash(text.pages.slice(2, 5).join(''));
    expect(model.summary.overall.score).not.toBeNull();
    expect(summary).toContain(model.summary.overall.score!.toFixed(1));
    for (const c of model.summary.catalogs) {
      expect(summary).toContain(squash(`${c.title}${c.score!.toFixed(1)}`));
      for (const d of c.domains) expect(summary).toContain(squash(`${d.title}${d.score === null ? '—' : d.score.toFixed(1)}`));
    }
    expect(summary).toContain('100.0%');
  });

  it('lists the answer counts and the ten highest-priority gaps', () => {
    const { model } = r();
    for (const c of model.summary.counts) has(r(), `${c.label}${c.count}`);
    expect(model.topGaps).toHaveLength(10);
    for (const gap of model.topGaps) has(r(), gap.title);
  });

  it('explains the method: scale, formula, out-of-scope and not-applicable items with reasons', () => {
    const { model } = r();
    for (const s of model.method.scale) has(r(), s.label);
    has(r(), labels.formula[1]!);
    expect(model.method.outOfScope.length).toBeGreaterThan(0);
    for (const e of [...model.method.outOfScope, ...model.method.notApplicable]) has(r(), `${e.itemId}${e.title}`);
  });

  it('shows every finding with its question, answer, note, evidence hash and recommended action', () => {
    const { model } = r();
    const findings = model.findings.flatMap((g) => g.items);
    expect(findings.length).toBeGreaterThan(50);
    for (const f of findings) {
      has(r(), `${f.itemId}${f.title}`);
      has(r(), f.question);
      has(r(), f.note);
      has(r(), `${f.action!.priority}${f.action!.text}`);
      for (const e of f.evidence) has(r(), `SHA-256${e.sha256}`);
    }
  });

  it('prints the plan with owners and due dates, the timeline, and the sign-off boxes', () => {
    const { model } = r();
    const dates = { language, era: false };
    for (const row of model.plan) {
      has(r(), `${row.actionId}${row.text}`);
      if (row.dueDate) has(r(), formatShortDate(row.dueDate, dates));
    }
    has(r(), `${labels.signOff.role}${labels.signOff.name}${labels.signOff.date}${labels.signOff.signature}`);
    has(r(), labels.signOff.seal);
  });

  it('lists every answer in the appendix and every evidence file with its SHA-256 in the index', () => {
    const { model } = r();
    const items = model.appendix.flatMap((g) => g.items);
    expect(items.length).toBeGreaterThan(200);
    for (const item of items) has(r(), `${item.itemId}${item.title}`);
    expect(model.evidence).toHaveLength(100);
    for (const e of model.evidence) has(r(), `${e.name}${e.sha256}`);
  });

  it('numbers every page after the cover "n / N" with the right N', () => {
    const { text } = r();
    const total = text.pages.length;
    expect(total).toBeGreaterThan(40);
    text.pages.forEach((page, i) => {
      if (i === 0) expect(squash(page)).not.toContain(squash(labels.page(1, total)));
      else expect(squash(page)).toContain(squash(labels.page(i + 1, total)));
    });
  });
});

describe('Japanese in the reports', () => {
  it('keeps the glossary terms and Japanese text intact', () => {
    const ja = rendered['audit-ja']!;
    for (const term of ['個人情報保護管理者', '証跡', '漏えい', '委託先', '要配慮個人情報', '確認・承認', '署名または印']) has(ja, term);
    expect(ja.text.squashed).not.toMatch(/漏洩|エビデンス/);
  });
});

describe.each(['ja', 'en'] as const)('the improvement plan on its own in %s', (language) => {
  const r = () => rendered[`plan-${language}`]!;
  const labels = labelsFor(language);

  it('has a cover, every action with owner, priority and due date, and the timeline by month', () => {
    const { model, text } = r();
    expect(squash(text.pages[0]!)).toContain(squash(labels.planTitle));
    expect(squash(text.pages[0]!)).toContain(squash(model.organisation.name));
    has(r(), labels.sections.timeline);
    for (const row of model.plan) {
      has(r(), `${row.actionId}${row.text}`);
      has(r(), row.owner);
    }
    has(r(), language === 'ja' ? '2027年1月' : 'January 2027');
    has(r(), labels.plan.noDueDate);
    const total = text.pages.length;
    expect(squash(text.pages[total - 1]!)).toContain(squash(labels.page(total, total)));
  });

  it('is shorter than the audit report and leaves the findings and appendices out', () => {
    expect(r().text.pages.length).toBeLessThan(rendered[`audit-${language}`]!.text.pages.length / 2);
    expect(r().text.squashed).not.toContain(squash(labels.sections.appendix));
  });
});

describe('dates in the Japanese era', () => {
  it('prints 令和 dates on the cover and in the tables when asked to', async () => {
    const model = buildSampleModel({ language: 'ja', size: 'small', era: true });
    const { squashed } = await pdfText(await renderReport(model));
    expect(squashed).toContain('令和8年11月29日');
    expect(squashed).toContain(squash('令和8年10月1日〜令和8年11月20日'));
    expect(squashed).not.toContain('2026年11月29日');
  });
});

describe('what auditor mode adds', () => {
  it('prints verdicts, their counts, the content hash on the cover and the sign-off, and the comparison', async () => {
    for (const language of ['ja', 'en'] as const) {
      const model = buildSampleModel({ language, size: 'small', auditor: true });
      const labels = labelsFor(language);
      const { pages, squashed } = await pdfText(await renderReport(model));
      const hash = model.signOff.contentHash!;
      expect(squash(pages[0]!)).toContain(hash);
      const signOff = pages.find((p) => squash(p).includes(squash(labels.sections.signOff)) && squash(p).includes(squash(labels.signOff.signature)))!;
      expect(squash(signOff)).toContain(hash);
      for (const v of model.summary.verdicts!) expect(squashed).toContain(squash(`${v.label}${v.count}`));
      const finding = model.findings[0]!.items[0]!;
      expect(squashed).toContain(squash(`${labels.findings.verdict}${finding.verdict!.label}${finding.verdict!.comment}`));
      expect(squashed).toContain(squash(labels.sections.comparison));
      const overall = model.comparison!.rows[0]!;
      expect(squashed).toContain(squash(`${overall.label}${overall.previous!.toFixed(1)}${overall.current!.toFixed(1)}`));
    }
  });
});
