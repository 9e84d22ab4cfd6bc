// Regenerates docs/mamori-export.schema.json from the export format's zod schema (`npm run docs:schema`).
import fs from 'node:fs';
import path from 'node:path';
import { exportJsonSchema } from '../assessments';

const target = path.resolve(import.meta.dirname, '../docs/mamori-export.schema.json');
fs.writeFileSync(target, `${JSON.stringify(exportJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
