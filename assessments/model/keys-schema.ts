// The schema of an answer key, `<catalog id>/<item id>`: checked so that no key can be a prototype name or
// carry odd characters. (keys.ts builds keys without loading the schema library.)
import { z } from 'zod';

export const AnswerKey = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*\/[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/, 'field.answer-key')
  .max(120);
