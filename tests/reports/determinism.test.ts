// The same assessment and the same report date give the same PDF bytes — rendered twice in one process,
// in the worker or in-process — and a different report date gives a different file.
import { getMeta } from 'unpdf';
import { afterAll, describe, expect, it } from 'vitest';
import { closeReportWorker, generateReport } from '../../electron/services/reports/generate';
import type { RenderProgress } from '../../electron/services/reports/render';
import { renderReport } from '../../electron/services/reports/report';
import { buildSampleModel } from './sample-model';

afterAll(() => closeReportWorker());

describe('reproducible reports', () => {
  it('gives the same bytes for the same model, and dates the PDF by the report date', async () => {
    // The full report, with its charts, verdicts and comparison.
    const model = buildSampleModel({ language: 'ja', size: 'full', auditor: true, era: true });
    const first = await renderReport(model);
    const second = await renderReport(structuredClone(model));
    expect(second.equals(first)).toBe(true);
    const { info } = await getMeta(new Uint8Array(first));
    expect(info).toMatchObject({ CreationDate: 'D:20261129000000Z', ModDate: 'D:20261129000000Z', Producer: 'Mamori' });
    const later = await renderReport({ ...structuredClone(model), reportDate: '2026-11-30' });
    expect(later.equals(first)).toBe(false);
  });

  it('embeds Noto Sans JP as subsets, so even a report with every item stays small', async () => {
    const pdf = await renderReport(buildSampleModel({ language: 'ja', size: 'small' }));
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansJP-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansJP-Bold/);
    expect(raw).toContain('/FontFile2');
    expect(pdf.length).toBeLessThan(400_000); // each face is 5.5 MB whole
  });

  it('renders in the worker with progress, to the same bytes as in-process', async () => {
    const model = buildSampleModel({ language: 'en', size: 'full', kind: 'plan' });
    const progress: RenderProgress[] = [];
    const viaWorker = await generateReport(model, { onProgress: (p) => progress.push(p) });
    const inProcess = await generateReport(model, { inProcess: true });
    expect(viaWorker.equals(inProcess)).toBe(true);
    expect(progress[0]!.phase).toBe('prepare');
    expect(progress.at(-1)).toEqual({ phase: 'done', fraction: 1 });
    expect(progress.some((p) => p.phase === 'render')).toBe(true);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('keeps the worker for the next report, and reports a failure in it as a code', async () => {
    const model = buildSampleModel({ language: 'ja', size: 'small' });
    const again = await generateReport(model);
    expect(again.subarray(0, 5).toString()).toBe('%PDF-');
    const broken = { ...model, summary: undefined } as unknown as typeof model;
    await expect(generateReport(broken)).rejects.toMatchObject({ code: 'report-worker-failed' });
  });
});
