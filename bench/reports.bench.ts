// Report generation against its baseline, on a full assessment (three checklists, every item answered with a
// 200-character note, 100 evidence files, a plan for every gap), in Japanese and in English:
// - pdfmake cold: a fresh Node process loads the report modules and fonts and renders once (its peak RSS too);
// - pdfmake warm: reports after the first ones, rendered as the running app renders them — in its worker,
//   which stays up between reports (median of five, after three to warm up); the same in the calling thread
//   for comparison;
// - Chromium: the same content as HTML (bench/report-html.ts) printed by headless Chromium through
//   Playwright's page.pdf(), warm (browser and page already open; median of five after three), its runs
//   interleaved with pdfmake's;
// - the ratios: Chromium time / pdfmake time, pdfmake size / Chromium size.
// Targets: warm ≥ 2× faster than Chromium, size ≤ 1.5× Chromium's and ≤ 2 MB, peak memory ≤ 400 MB.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { closeReportWorker, generateReport } from '../electron/services/reports/generate';
import { renderReport } from '../electron/services/reports/report';
import type { ReportLanguage } from '../electron/services/reports/model';
import { buildSampleModel } from '../tests/reports/sample-model';
import { percentile, report } from './harness';
import { reportHtml } from './report-html';

const root = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = 5;
const WARMUP = 3;

/** The cold run, in a fresh process: module loading, font loading and one full report. */
function cold(language: ReportLanguage): { ms: number; bytes: number; rssMb: number } {
  const script = `
    const { buildSampleModel } = await import('./tests/reports/sample-model.ts');
    const model = buildSampleModel({ language: '${language}', size: 'full' });
    const start = performance.now();
    const { renderReport } = await import('./electron/services/reports/report.ts');
    const pdf = await renderReport(model);
    const ms = performance.now() - start;
    console.log(JSON.stringify({ ms, bytes: pdf.length, rssMb: process.resourceUsage().maxRSS / 1024 }));`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`cold run failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!);
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (samples: number[]) => percentile([...samples].sort((a, b) => a - b), 50);

export async function benchReports(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-bench-report-'));
  try {
    const page = await browser.newPage();
    for (const language of ['ja', 'en'] as const) {
      const name = `reports.full_${language}`;
      const model = buildSampleModel({ language, size: 'full' });

      const first = cold(language);
      report(`${name}.pdfmake.cold`, first.ms, 'ms');
      report(`${name}.pdfmake.cold_peak_rss`, first.rssMb, 'MB');

      let bytes = 0;
      let inProcessBytes = 0;
      let chromeBytes = 0;
      let n = 0;
      const viaWorker = () => timed(async () => void (bytes = (await generateReport(model)).length));
      const inProcess = () => timed(async () => void (inProcessBytes = (await renderReport(model)).length));
      const viaChromium = () =>
        timed(async () => {
          const { html, headerTemplate, footerTemplate } = reportHtml(model);
          const file = path.join(dir, `report-${language}-${n++}.html`);
          fs.writeFileSync(file, html);
          await page.goto(`file://${file}`);
          await page.evaluate(() => document.fonts.ready.then(() => true));
          const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, displayHeaderFooter: true, headerTemplate, footerTemplate });
          chromeBytes = pdf.length;
        });
      for (let i = 0; i < WARMUP; i += 1) {
        await viaWorker();
        await inProcess();
        await viaChromium();
      }
      // Interleaved, so a busy moment on a shared machine weighs on both sides alike.
      const samples = { worker: [] as number[], inProcess: [] as number[], chromium: [] as number[] };
      for (let i = 0; i < RUNS; i += 1) {
        samples.worker.push(await viaWorker());
        samples.inProcess.push(await inProcess());
        samples.chromium.push(await viaChromium());
      }
      const warm = median(samples.worker);
      const chrome = median(samples.chromium);
      report(`${name}.pdfmake.warm`, warm, 'ms');
      report(`${name}.pdfmake.warm_in_process`, median(samples.inProcess), 'ms');
      report(`${name}.pdfmake.size`, bytes / 1024, 'KB');
      report(`${name}.chromium.warm`, chrome, 'ms');
      report(`${name}.chromium.size`, chromeBytes / 1024, 'KB');
      report(`${name}.ratio.chromium_time_over_pdfmake`, chrome / warm, 'x');
      report(`${name}.ratio.pdfmake_size_over_chromium`, bytes / chromeBytes, 'x');
      if (inProcessBytes !== bytes) throw new Error('the worker and the calling thread rendered different PDFs');
    }
  } finally {
    await closeReportWorker();
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
