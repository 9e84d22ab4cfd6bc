// The walk-through in headless Chromium through the test bridge (the renderer as built for the app):
// - initial JavaScript: what index.html loads before anything else (its scripts and module preloads),
//   minified and gzipped (level 9), beside the CSS and the whole renderer for scale;
// - time to interactive: from navigation to the home screen showing the assessment card, with the main
//   thread free (median of five fresh browser contexts), beside the time the HTML itself took to arrive;
// - key press to next item: 300 items answered with the number key 1, each timed in the page from the
//   key's event to the first frame after the next item is on screen (median and p95).
// Targets (issue 9): initial JS ≤ 300 KB, time to interactive ≤ 1 s, median ≤ 16 ms and p95 ≤ 50 ms.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Catalog } from '../assessments';
import { startBridge } from '../tests/bridge/server';
import { launchChromium } from '../tests/support/chromium';
import { details, newAssessment, smallCompany } from '../tests/support/profiles';
import { removeDir, tempDir } from '../tests/support/temp';
import { testHandlers } from '../tests/support/workspace';
import { builtInCatalogs, percentile, report } from './harness';

const root = path.resolve(import.meta.dirname, '..');
const rendererDir = path.join(process.env.MAMORI_OUT ? path.resolve(process.env.MAMORI_OUT) : path.join(root, 'out'), 'renderer');
const ITEMS = 320;
const PRESSES = 300;

function ensureBuilt(): void {
  if (fs.existsSync(path.join(rendererDir, 'index.html'))) return;
  const build = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the renderer could not be built');
}

const gzipped = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;

function bundleSizes(): void {
  const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\.?\/?([^"]+\.css)"/g)].map((m) => m[1]!);
  const assets = fs.readdirSync(path.join(rendererDir, 'assets'));
  report('renderer.initial-js.gzip', initial.reduce((sum, file) => sum + gzipped(path.join(rendererDir, file)), 0), 'KB');
  report('renderer.initial-css.gzip', css.reduce((sum, file) => sum + gzipped(path.join(rendererDir, file)), 0), 'KB');
  report('renderer.all-js.gzip', assets.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipped(path.join(rendererDir, 'assets', f)), 0), 'KB');
  report('renderer.fonts.files', assets.filter((f) => f.endsWith('.woff2')).length, 'files');
}

/** A checklist of ITEMS real items (the built-in ones, repeated under new ids): text as long as real text. */
function benchCatalog(): Catalog {
  const real = builtInCatalogs().filter((c) => c.kind === 'checklist').flatMap((c) => c.domains.flatMap((d) => d.items));
  const domains = Array.from({ length: 8 }, (_, d) => ({
    id: `BW-D${d + 1}`,
    title: { ja: `分野 ${d + 1}`, en: `Domain ${d + 1}` },
    description: { ja: '計測用の分野です。', en: 'A domain for measuring.' },
    items: Array.from({ length: ITEMS / 8 }, (_, i) => {
      const source = real[(d * (ITEMS / 8) + i) % real.length]!;
      const { appliesWhen: _ignored, ...item } = source;
      return { ...item, id: `BW-D${d + 1}-${String(i + 1).padStart(3, '0')}` };
    }),
  }));
  return { id: 'bench-walk-through', version: 1, kind: 'checklist', title: { ja: '計測用チェックリスト', en: 'Benchmark checklist' }, description: { ja: '計測用です。', en: 'For measuring.' }, domains } as Catalog;
}

export async function benchWalkThrough(): Promise<void> {
  ensureBuilt();
  bundleSizes();
  const dataDir = tempDir('mamori-bench-walk-');
  const { handlers, session } = testHandlers(dataDir);
  const organisation = await handlers.createOrganisation(details('さくら商事株式会社'));
  await handlers.importCatalog({ fileName: 'bench.json', data: Buffer.from(JSON.stringify(benchCatalog())).toString('base64') });
  await handlers.createAssessment(newAssessment(organisation.id, '計測用の点検', ['bench-walk-through'], smallCompany));
  session.close();

  const bridge = await startBridge({ dataDir, catalogsInProcess: true });
  const browser = await launchChromium();
  try {
    // Time to interactive, beside the time the page itself took to arrive (the server's share).
    const ready: number[] = [];
    const arrived: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'ja-JP' });
      const page = await context.newPage();
      await page.goto(bridge.url);
      await page.getByTestId('assessment-card').waitFor();
      // Interactive: the card is on screen and a task queued now runs at once (nothing long is still running).
      ready.push(await page.evaluate(() => new Promise<number>((resolve) => setTimeout(() => resolve(performance.now()), 0))));
      arrived.push(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd));
      await context.close();
    }
    ready.sort((a, b) => a - b);
    arrived.sort((a, b) => a - b);
    report('renderer.time-to-interactive.median', percentile(ready, 50), 'ms');
    report('renderer.page-arrived.median', percentile(arrived, 50), 'ms');

    // Key press to next item, 300 times.
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'ja-JP' });
    const page = await context.newPage();
    await page.goto(bridge.url);
    await page.getByTestId('assessment-open').click();
    await page.getByTestId('item-view').waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { __latencies: number[]; __pressedAt: number };
      w.__latencies = [];
      window.addEventListener('keydown', (event) => (w.__pressedAt = event.timeStamp), true);
      new MutationObserver(() => {
        const pressed = w.__pressedAt;
        if (!pressed) return;
        w.__pressedAt = 0;
        // The first frame with the new item drawn: after the next animation frame, once it has been painted.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__latencies.push(performance.now() - pressed);
          channel.port2.postMessage(null);
        });
      }).observe(document.querySelector('[data-testid="item-view"]')!, { attributes: true, attributeFilter: ['data-item'] });
    });
    for (let i = 0; i < PRESSES; i += 1) {
      const before = await page.getByTestId('item-view').getAttribute('data-item');
      await page.keyboard.press('1');
      await page.waitForFunction((key) => document.querySelector('[data-testid="item-view"]')?.getAttribute('data-item') !== key, before);
    }
    await page.waitForFunction((n) => (window as unknown as { __latencies: number[] }).__latencies.length >= n, PRESSES);
    const latencies = (await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies)).sort((a, b) => a - b);
    report('checklist.key-to-next-item.median', percentile(latencies, 50), 'ms');
    report('checklist.key-to-next-item.p95', percentile(latencies, 95), 'ms');
    report('checklist.key-to-next-item.runs', latencies.length, 'presses');
    await page.getByTestId('save-state').and(page.locator('[data-state="saved"]')).waitFor();
    await context.close();
  } finally {
    await browser.close();
    await bridge.close();
    removeDir(dataDir);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchWalkThrough();
