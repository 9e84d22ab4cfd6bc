// The published JSON Schema of the export format is the one the code checks with, and real exports pass it.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportJsonSchema } from '../../assessments';
import { exportOf, workspaceWithAssessment } from '../support/exchange';
import { removeDir } from '../support/temp';

const file = path.resolve(import.meta.dirname, '../../docs/mamori-export.schema.json');
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

describe('docs/mamori-export.schema.json', () => {
  it('is up to date with the code (regenerate: see docs/export-format.md)', () => {
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(exportJsonSchema());
  });

  it('accepts a real export and refuses an unknown field', () => {
    const source = workspaceWithAssessment();
    dirs.push(source.dataDir);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(file, 'utf8')));
    const doc = JSON.parse(JSON.stringify(exportOf(source)));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...doc, extra: true })).toBe(false);
    expect(validate({ ...doc, formatVersion: 3 })).toBe(false);
  });
});
