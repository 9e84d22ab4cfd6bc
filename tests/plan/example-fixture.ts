// The example that ships (assessments/examples/sakura-mihon-2026.mamori) for the plan, statement, adapter
// and CLI tests: the export as an import reads it, its catalogs in the editions it pins, and a copy of the
// built-in catalog sources (every edition, assessments/catalogs) that a test may remove when it is done.
import fs from 'node:fs';
import path from 'node:path';
import { type Catalog, type ExportDocument, parseCatalogText } from '../../assessments';
import { readExportFile } from '../../electron/services/exchange/import-file';
import { catalogSource, exampleFile, loadCatalog } from '../../scripts/build-example';
import { tempDir } from '../support/temp';

export { exampleFile };

export async function loadExample(): Promise<{ doc: ExportDocument; catalogs: Catalog[] }> {
  const doc = await readExportFile(exampleFile);
  return { doc, catalogs: doc.assessment.catalogs.map((c) => loadCatalog(c.id, c.version)) };
}

const builtInDir = path.resolve(import.meta.dirname, '../../assessments/catalogs');

/** A copy of the built-in catalog sources, checked to hold the editions the example pins. */
export function catalogSourcesForExample(doc: ExportDocument): string {
  const dir = tempDir('mamori-catalogs-');
  const present = new Set<string>();
  for (const name of fs.readdirSync(builtInDir).filter((n) => /\.ya?ml$/.test(n))) {
    const text = fs.readFileSync(path.join(builtInDir, name), 'utf8');
    const parsed = parseCatalogText(text, name);
    if (parsed.ok) present.add(`${parsed.catalog.id}@${parsed.catalog.version}`);
    fs.writeFileSync(path.join(dir, name), text);
  }
  for (const pinned of doc.assessment.catalogs) {
    if (present.has(`${pinned.id}@${pinned.version}`)) continue;
    fs.copyFileSync(catalogSource(pinned.id, pinned.version), path.join(dir, `${pinned.id}@${pinned.version}.yaml`));
  }
  return dir;
}
