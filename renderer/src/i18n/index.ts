// i18next set up with the two bundled languages. The language itself is a setting stored by main, so the
// choice survives a restart; this module only switches what is shown.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ApiError } from '../api/client';
import type { Language } from '../../../assessments/model/language';
import { formatProblem, type Problem } from '../../../assessments/messages/problem';
import { en } from './en';
import { ja } from './ja';

export const resources = { en: { translation: en }, ja: { translation: ja } } as const;

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

/** Seconds are for lists where several entries fall in the same minute (backups), not for everyday dates. */
export function formatDate(iso: string, language: Language, options: { seconds?: boolean } = {}): string {
  return new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(options.seconds ? { second: '2-digit' } : {}),
  }).format(new Date(iso));
}

/** Sizes of backups and exports, which are small: kilobytes with one decimal reads better than bytes. */
export function formatKilobytes(bytes: number, language: Language): string {
  return new Intl.NumberFormat(language === 'ja' ? 'ja-JP' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(Math.max(bytes, 1) / 1024);
}

/** The message to show for a failed call, in the user's language. */
export function errorText(error: unknown): string {
  const language: Language = i18next.language === 'en' ? 'en' : 'ja';
  if (error instanceof ApiError) {
    const { problem } = error;
    // A catalog file's errors, one per line (the screen shows them all, not only the first).
    const all = problem.params?.all;
    if (problem.code === 'catalog.errors' && Array.isArray(all)) {
      return [formatProblem({ code: 'catalog.errors-heading', params: problem.params! }, language), ...(all as Problem[]).map((p) => formatProblem(p, language))].join('\n');
    }
    return formatProblem(problem, language);
  }
  // Not from main: a bug in the window itself. Still say something the user can act on.
  return formatProblem({ code: 'ipc.unexpected', params: { channel: 'window', detail: error instanceof Error ? error.message : String(error) } }, language);
}

/** A Problem from main (a notice's reason, an import note), in the user's language. */
export function problemText(p: Problem): string {
  return formatProblem(p, i18next.language === 'en' ? 'en' : 'ja');
}
