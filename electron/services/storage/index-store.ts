// The small index: settings, organisations and one summary line per assessment. The home screen reads
// only this file; each assessment's answers live in a file of their own.
import fs from 'node:fs';
import { z } from 'zod';
import { AssessmentSummary, Language, Organisation } from '../../../assessments';
import { jsonFile, type JsonFile } from './json-file';

export const INDEX_SCHEMA_VERSION = 1;

export const Settings = z.strictObject({
  language: Language,
});
export type Settings = z.infer<typeof Settings>;

export const IndexDocument = z.strictObject({
  schemaVersion: z.literal(INDEX_SCHEMA_VERSION),
  settings: Settings,
  organisations: z.array(Organisation),
  assessments: z.array(AssessmentSummary),
});
export type IndexDocument = z.infer<typeof IndexDocument>;

export function emptyIndex(language: Language): IndexDocument {
  return { schemaVersion: INDEX_SCHEMA_VERSION, settings: { language }, organisations: [], assessments: [] };
}

export type IndexStore = {
  read(): IndexDocument;
  update(change: (index: IndexDocument) => IndexDocument): IndexDocument;
};

export function openIndexStore(filePath: string, initialLanguage: Language): IndexStore {
  const existed = fs.existsSync(filePath);
  const file: JsonFile<IndexDocument> = jsonFile(filePath, IndexDocument, 'The index file');
  let current: IndexDocument;
  if (existed) {
    current = file.read();
  } else {
    current = emptyIndex(initialLanguage);
    file.write(current);
  }
  return {
    read: () => current,
    update(change) {
      const next = change(structuredClone(current));
      file.write(next);
      current = next;
      return current;
    },
  };
}
