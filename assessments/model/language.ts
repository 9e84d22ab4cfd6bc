// The two languages every visible string, catalog item and report exists in.
import { z } from 'zod';
import { isMultiLineSafe } from './text';

export const Language = z.enum(['ja', 'en']);
export type Language = z.infer<typeof Language>;

export const LocalizedText = z.strictObject({
  ja: z.string().trim().min(1, 'catalog.japanese-missing').refine(isMultiLineSafe, 'field.no-controls'),
  en: z.string().trim().min(1, 'catalog.english-missing').refine(isMultiLineSafe, 'field.no-controls'),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

export function localize(text: LocalizedText, language: Language): string {
  return text[language];
}
