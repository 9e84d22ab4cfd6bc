// A long report renders in the worker: the thread that asked keeps running (in the app, the window keeps
// responding) while a full report is laid out.
import { afterAll, describe, expect, it } from 'vitest';
import { closeReportWorker, generateReport } from '../../electron/services/reports/generate';
import { buildSampleModel } from './sample-model';

afterAll(() => closeReportWorker());

describe('rendering off the calling thread', () => {
  it('keeps the event loop turning while a full Japanese report renders', async () => {
    const model = buildSampleModel({ language: 'ja', size: 'full' });
    await generateReport(buildSampleModel({ language: 'ja', size: 'small' })); // the worker is up
    let last = performance.now();
    let longest = 0;
    let ticks = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      ticks += 1;
    }, 5);
    const started = performance.now();
    const pdf = await generateReport(model);
    const took = performance.now() - started;
    clearInterval(timer);
    expect(pdf.length).toBeGreaterThan(100_000);
    // Rendering in this thread would freeze it for the whole layout; here it never stops for long.
    expect(ticks).toBeGreaterThan(took / 50);
    expect(longest).toBeLessThan(Math.max(150, took / 2));
  });
});
