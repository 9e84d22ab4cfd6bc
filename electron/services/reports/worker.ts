// The rendering worker: a worker_threads entry that renders reports off the thread that asked for them, so
// the main process (and the window it serves) stays responsive while a long report is laid out. It takes
// one job at a time ({ id, model }) and answers with progress messages, then the PDF bytes or an error
// code. It stays alive between jobs so a second report reuses the fonts and modules already loaded.
//
// A plain module with no exports: electron-vite can build it as an entry of its own (see generate.ts for
// how it is started in development, tests and the packaged app).
import { parentPort } from 'node:worker_threads';
import { isReportError } from './errors';
import type { WorkerReply, WorkerRequest } from './worker-protocol';
import { renderReport } from './report';

const port = parentPort;
if (port) {
  // Jobs run one after another: pdfmake is a singleton, and a report blocks this thread while it is laid out.
  let queue = Promise.resolve();
  port.on('message', (request: WorkerRequest) => {
    queue = queue.then(() => run(request));
  });

  async function run({ id, model }: WorkerRequest): Promise<void> {
    const send = (reply: WorkerReply, transfer?: ArrayBuffer[]) => port!.postMessage(reply, transfer);
    try {
      const pdf = await renderReport(model, { onProgress: (progress) => send({ id, type: 'progress', progress }) });
      // A fresh buffer of its own, so it can be transferred rather than copied.
      const bytes = new Uint8Array(pdf.byteLength);
      bytes.set(pdf);
      send({ id, type: 'done', pdf: bytes }, [bytes.buffer]);
    } catch (error) {
      if (isReportError(error)) send({ id, type: 'error', code: error.code, params: { ...error.params } });
      else send({ id, type: 'error', reason: error instanceof Error ? error.message : String(error) });
    }
  }
}
