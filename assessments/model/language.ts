// The two languages every visible string, catalog item and report exists in.
import { z } from 'zod';

export const Language = z.enum(['ja', 'en']);
export type Language = z.infer<typeof Language>;

export const LocalizedText = z.strictObject({
  ja: z.string().trim().min(1, 'Japanese text is missing'),
  en: z.string().trim().min(1, 'English text is missing'),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

export function localize(text: LocalizedText, language: Language): string {
  return text[language];
}
