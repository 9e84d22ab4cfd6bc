// One store file per assessment, named by the assessment's random id (never by anything the user typed),
// so saving an answer rewrites that one small file and nothing else.
import fs from 'node:fs';
import path from 'node:path';
import { Assessment, RecordId } from '../../../assessments';
import { UserError } from '../errors';
import { jsonFile, type JsonFile } from './json-file';

export type AssessmentStore = {
  create(assessment: Assessment): void;
  read(id: string): Assessment;
  write(assessment: Assessment): void;
  exists(id: string): boolean;
};

export function openAssessmentStore(dir: string): AssessmentStore {
  const open = new Map<string, JsonFile<Assessment>>();
  const fileFor = (id: string): JsonFile<Assessment> => {
    const checked = RecordId.safeParse(id);
    if (!checked.success) throw new UserError(`"${id}" is not an assessment id`);
    let file = open.get(id);
    if (!file) {
      file = jsonFile(path.join(dir, `${id}.json`), Assessment, `The assessment file for ${id}`);
      open.set(id, file);
    }
    return file;
  };
  const exists = (id: string) => RecordId.safeParse(id).success && fs.existsSync(path.join(dir, `${id}.json`));
  return {
    exists,
    create(assessment) {
      if (exists(assessment.id)) throw new UserError(`An assessment with id ${assessment.id} already exists`);
      fileFor(assessment.id).write(assessment);
    },
    read(id) {
      if (!exists(id)) throw new UserError(`There is no assessment with id ${id}`);
      return fileFor(id).read();
    },
    write(assessment) {
      fileFor(assessment.id).write(assessment);
    },
  };
}
