// Catalog loading and scoring: what the app does at start and on every answer.
import fs from 'node:fs';
import path from 'node:path';
import { type Answers, type Catalog, catalogItems, defaultProfile, parseCatalogText, scoreAssessment } from '../assessments';
import { report, reportTiming, time } from './harness';

const dir = path.resolve(import.meta.dirname, '../assessments/catalogs');

export async function benchCatalogs(): Promise<void> {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  const texts = files.map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')] as const);
  const load = () => texts.map(([f, t]) => parseCatalogText(t, f));
  reportTiming('catalogs.load_all', await time(load, 15));
  const catalogs = load().flatMap((r) => (r.ok ? [r.catalog] : [])) as Catalog[];
  const items = catalogs.flatMap((c) => catalogItems(c).map((i) => `${c.id}/${i.id}`));
  report('catalogs.items', items.length, 'items');
  const statuses = ['implemented', 'partial', 'not-implemented', 'not-applicable', 'unanswered'] as const;
  const answers: Answers = Object.fromEntries(items.map((key, i) => [key, { status: statuses[i % statuses.length]! }]));
  reportTiming('scoring.full_assessment', await time(() => scoreAssessment(catalogs, answers, defaultProfile), 200));
}
