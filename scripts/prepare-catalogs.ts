// Build step: checks every built-in catalog source in full and writes them, checked, as the one JSON file
// the app and the CLI load at start (out/catalogs/built-in.json). A catalog that fails its schema stops the
// build with every error.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareBuiltInCatalogs } from '../electron/services/catalog-sources';

const root = process.argv[2] ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const prepared = prepareBuiltInCatalogs({
  prepared: path.join(root, 'out/catalogs/built-in.json'),
  sources: path.join(root, 'assessments/catalogs'),
});
console.log(`prepared ${prepared.catalogs.length} built-in catalogs (${prepared.catalogs.map((c) => `${c.id}@${c.version}`).join(', ')})`);
