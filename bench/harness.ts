// A tiny benchmark harness: runs a function repeatedly and reports the median and 95th percentile, each on a
// line of its own as `bench <name> <value> <unit>`, so runs can be compared line by line.
import path from 'node:path';
import type { Catalog } from '../assessments';
import { loadCatalogSources } from '../electron/services/catalog-sources';

let catalogs: Catalog[] | null = null;
/** The built-in catalogs, checked from their sources once per run. */
export function builtInCatalogs(): Catalog[] {
  catalogs ??= loadCatalogSources(path.resolve(import.meta.dirname, '../assessments/catalogs'));
  return catalogs;
}

export type Timing = { median: number; p95: number; runs: number };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export async function time(fn: () => unknown | Promise<unknown>, runs: number, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p95: percentile(samples, 95), runs };
}

export function report(name: string, value: number, unit: string): void {
  const shown = Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 1 ? value.toFixed(2) : value.toFixed(4);
  console.log(`bench ${name} ${shown} ${unit}`);
}

export function reportTiming(name: string, timing: Timing): void {
  report(`${name}.median`, timing.median, 'ms');
  report(`${name}.p95`, timing.p95, 'ms');
}
