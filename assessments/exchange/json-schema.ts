// The JSON Schema of the .mamori export format, generated from the zod schema that the app itself checks
// imports with, so the published schema (docs/mamori-export.schema.json) cannot drift from the code.
// Cross-field rules (evidence hashes, pinned catalogs) are checked by the app, not expressible here.
import { z } from 'zod';
import { EXPORT_FORMAT_VERSION, ExportDocument } from './export-format';

export function exportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ExportDocument, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://mamori.app/schemas/mamori-export-v${EXPORT_FORMAT_VERSION}.json`,
    title: `Mamori export file, format version ${EXPORT_FORMAT_VERSION}`,
    description:
      'One assessment with its organisation, pinned catalogs (custom catalogs in full), answers, notes and evidence files (base64, SHA-256). See docs/export-format.md.',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}
