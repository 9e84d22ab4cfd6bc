// Shaped words are remembered across reports (electron/services/reports/shaping.ts): a second report of the
// same content shapes nothing again, and its bytes are exactly those of the first.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../electron/services/reports/fonts';
import { renderReport } from '../../electron/services/reports/report';
import { buildSampleModel } from './sample-model';

/** Counts fontkit's shaping calls (the work the memo saves) while `fn` runs. */
async function countShaping(fn: () => Promise<unknown>): Promise<number> {
  type Shaper = { layout: (...args: unknown[]) => unknown };
  const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as { create(bytes: Buffer): Shaper };
  const prototype = Object.getPrototypeOf(fontkit.create(loadFonts().regular)) as Shaper;
  const shape = prototype.layout;
  let calls = 0;
  prototype.layout = function layout(...args: unknown[]) {
    calls += 1;
    return shape.apply(this, args);
  };
  try {
    await fn();
  } finally {
    prototype.layout = shape;
  }
  return calls;
}

describe('shaping across reports', () => {
  for (const language of ['ja', 'en'] as const) {
    it(`(${language}) shapes each word once per process: the second report reuses every run, with the same bytes`, async () => {
      const model = buildSampleModel({ language, size: 'small' });
      let first: Uint8Array = new Uint8Array();
      let second: Uint8Array = new Uint8Array();
      const shapedFirst = await countShaping(async () => void (first = await renderReport(model)));
      const shapedAgain = await countShaping(async () => void (second = await renderReport(model)));
      expect(shapedFirst).toBeGreaterThan(0);
      expect(shapedAgain).toBe(0);
      expect(Buffer.from(second).equals(first)).toBe(true);
    }, 60_000);
  }
});
