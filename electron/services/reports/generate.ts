// generateReport: renders a report in the rendering worker (worker.ts), reporting progress, so the thread
// that asks — Electron's main process — keeps serving the window while a report of a hundred pages is laid
// out. One worker is started on first use and kept (unreferenced, so it never holds the process open):
// the second report is rendered warm, with fonts and modules already loaded. Rendering in the calling
// thread happens only when asked for (`inProcess`), e.g. by the CLI, where nothing else is waiting.
//
// Where the worker comes from (the same arrangement as the catalog parser's worker):
// - packaged app: electron-vite builds worker.ts as an entry of its own; main passes
//   `worker: { script: path.join(here, 'report-worker.js') }`;
// - tests and the test bridge may pass `{ script: tests/support/ts-worker.mjs, workerData: { tsEntry } }`;
// - by default (development, tests, the benchmark) worker.ts beside this file is started under tsx. Node 20
//   does not apply `--import tsx` given in a worker's execArgv to the worker's own entry, so the .ts entry is
//   started through a two-line bootstrap that registers tsx's ESM hooks in the worker and then imports it
//   (this works the same under tsx and under vitest, whose transform does not reach worker threads).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ReportError } from './errors';
import type { ReportModel } from './model';
import type { RenderProgress } from './render';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

export type GenerateOptions = {
  onProgress?: (progress: RenderProgress) => void;
  /** Render in the calling thread instead of the worker. */
  inProcess?: boolean;
  /** The worker script to start (the built worker in the packaged app); defaults to worker.ts beside this file. */
  worker?: WorkerScript;
};

export type WorkerScript = { script: string | URL; workerData?: Record<string, unknown> };

type Job = { resolve: (pdf: Buffer) => void; reject: (error: unknown) => void; onProgress?: (progress: RenderProgress) => void };

let worker: Worker | undefined;
let workerKey = '';
let nextId = 1;
const jobs = new Map<number, Job>();

/** The URL of tsx's ESM hook registration, read from tsx's own package exports (a development dependency). */
function tsxRegisterUrl(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const pkg: { exports: Record<string, { import?: { default?: string } } | string> } = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  const entry = pkg.exports['./esm/api'];
  const target = typeof entry === 'object' ? entry.import?.default : undefined;
  if (!target) throw new ReportError('report-worker-failed', { reason: 'tsx' });
  return pathToFileURL(path.join(path.dirname(manifest), target)).href;
}

const defaultWorker = (): WorkerScript => ({ script: new URL('./worker.ts', import.meta.url) });

/**
 * A larger young generation than V8's default: laying out a report allocates many short-lived objects (a
 * glyph run per line); garbage collection is a sixth of the time of a full report. The effect measured here
 * is small (a few per cent) but never negative.
 */
const resourceLimits = { maxYoungGenerationSizeMb: 64 };

function startWorker({ script, workerData }: WorkerScript): Worker {
  const url = typeof script === 'string' ? pathToFileURL(script) : script;
  const options = { resourceLimits, ...(workerData ? { workerData } : {}) };
  if (!url.pathname.endsWith('.ts')) return new Worker(url, options);
  const bootstrap = `import(${JSON.stringify(tsxRegisterUrl())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

function failAll(reason: string): void {
  for (const job of jobs.values()) job.reject(new ReportError('report-worker-failed', { reason }));
  jobs.clear();
  worker = undefined;
}

function workerFor(spec: WorkerScript): Worker {
  const key = JSON.stringify([String(spec.script), spec.workerData ?? null]);
  if (worker && workerKey === key) return worker;
  if (worker) {
    const old = worker;
    failAll('replaced');
    void old.terminate();
  }
  const started = startWorker(spec);
  workerKey = key;
  started.unref();
  started.on('message', (reply: WorkerReply) => {
    const job = jobs.get(reply.id);
    if (!job) return;
    if (reply.type === 'progress') {
      job.onProgress?.(reply.progress);
      return;
    }
    jobs.delete(reply.id);
    if (jobs.size === 0) started.unref();
    if (reply.type === 'done') job.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
    else if ('code' in reply) job.reject(new ReportError(reply.code, reply.params));
    else job.reject(new ReportError('report-worker-failed', { reason: reply.reason }));
  });
  started.on('error', (error) => failAll(error.message));
  started.on('exit', (code) => {
    if (worker === started) failAll(`exit ${code}`);
  });
  worker = started;
  return started;
}

/** Renders the model's report (audit or plan, by `model.kind`) to PDF bytes, in the worker unless told otherwise. */
export function generateReport(model: ReportModel, options: GenerateOptions = {}): Promise<Buffer> {
  // Loaded only when rendering here: pdfmake and the chart renderer stay out of a process that only asks the worker.
  if (options.inProcess) return import('./report').then(({ renderReport }) => renderReport(model, options.onProgress ? { onProgress: options.onProgress } : {}));
  const target = workerFor(options.worker ?? defaultWorker());
  const id = nextId++;
  return new Promise<Buffer>((resolve, reject) => {
    jobs.set(id, { resolve, reject, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
    // While a job runs, the worker keeps the process alive (a CLI awaiting its report must not exit).
    target.ref();
    target.postMessage({ id, model } satisfies WorkerRequest);
  });
}

/** Stops the worker (app shutdown, end of a test run); the next report starts a new one. */
export async function closeReportWorker(): Promise<void> {
  const running = worker;
  worker = undefined;
  if (running) await running.terminate();
  failAll('closed');
}
