// A CatalogParser that checks each file in a worker thread and gives up after a time limit, so the process
// that calls it stays responsive whatever the file holds.
import { Worker } from 'node:worker_threads';
import { type CatalogParseResult, problem } from '../../../assessments';
import type { CatalogParser } from '../catalog-library';

export const CATALOG_PARSE_TIMEOUT_MS = 15_000;

export function workerCatalogParser(script: string | URL, options: { workerData?: Record<string, unknown>; timeoutMs?: number } = {}): CatalogParser {
  return (bytes, fileName) =>
    new Promise<CatalogParseResult>((resolve, reject) => {
      const worker = new Worker(script, { workerData: { ...options.workerData, bytes, fileName } });
      const timer = setTimeout(() => {
        void worker.terminate();
        resolve({ ok: false, errors: [{ file: fileName, path: '', line: null, problem: problem('catalog.parse-timeout') }] });
      }, options.timeoutMs ?? CATALOG_PARSE_TIMEOUT_MS);
      worker.once('message', (result: CatalogParseResult) => {
        clearTimeout(timer);
        void worker.terminate();
        resolve(result);
      });
      worker.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
}
