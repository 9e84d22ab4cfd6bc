// Catalogs: loading the built-in ones at start (the prepared JSON, against a plain JSON.parse of the same
// content), checking them from their YAML sources (what the build does), the worst parse time over the
// hostile catalog corpus, and scoring a full assessment.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Answers, catalogItems, parseCatalogBytes, scoreAssessment } from '../assessments';
import { readPreparedCatalogs } from '../electron/services/built-in-catalogs';
import { loadCatalogSources, prepareBuiltInCatalogs } from '../electron/services/catalog-sources';
import { hostileCatalogs } from '../tests/fixtures/hostile-catalogs';
import { report, reportTiming, time } from './harness';
import { smallCompany } from '../tests/support/profiles';

const sources = path.resolve(import.meta.dirname, '../assessments/catalogs');

export async function benchCatalogs(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-bench-catalogs-'));
  try {
    const paths = { prepared: path.join(dir, 'built-in.json'), sources };
    prepareBuiltInCatalogs(paths);
    const text = fs.readFileSync(paths.prepared, 'utf8');
    // Both read the file from disk, so the ratio is the loader's own cost over a bare parse.
    const prepared = await time(() => readPreparedCatalogs(paths), 50);
    const bare = await time(() => JSON.parse(fs.readFileSync(paths.prepared, 'utf8')) as unknown, 50);
    reportTiming('catalogs.built_in_load.prepared', prepared);
    reportTiming('catalogs.built_in_load.json_parse_baseline', bare);
    report('catalogs.built_in_load.vs_json_parse.ratio', prepared.median / bare.median, 'x');
    report('catalogs.built_in_load.bytes', text.length, 'bytes');
    reportTiming('catalogs.check_sources', await time(() => loadCatalogSources(sources), 10));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  let worst = { name: '', ms: 0 };
  for (const hostile of hostileCatalogs()) {
    const timing = await time(() => parseCatalogBytes(hostile.file, 'hostile.yaml'), 5, 1);
    if (timing.median > worst.ms) worst = { name: hostile.name, ms: timing.median };
  }
  report('catalogs.hostile_corpus.files', hostileCatalogs().length, 'files');
  report('catalogs.hostile_corpus.worst_parse', worst.ms, 'ms');
  console.log(`bench catalogs.hostile_corpus.worst_file "${worst.name}"`);

  const catalogs = loadCatalogSources(sources);
  const items = catalogs.flatMap((c) => catalogItems(c).map((i) => `${c.id}/${i.id}`));
  report('catalogs.items', items.length, 'items');
  const statuses = ['implemented', 'partial', 'not-implemented', 'not-applicable', 'unanswered'] as const;
  const answers: Answers = Object.fromEntries(items.map((key, i) => [key, { status: statuses[i % statuses.length]! }]));
  reportTiming('scoring.full_assessment', await time(() => scoreAssessment(catalogs, answers, smallCompany), 200));
}
