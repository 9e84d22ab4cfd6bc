// i18next set up with the two bundled languages. The language itself is a setting stored by main, so the
// choice survives a restart; this module only switches what is shown.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ApiError } from '../api/client';
import type { Language } from '../../../assessments';
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

/** The message to show for a failed call: in the user's language where the UI words it (errors.codes), else main's. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError && error.code && i18next.exists(`errors.codes.${error.code}`)) return i18next.t(`errors.codes.${error.code}`);
  return error instanceof Error ? error.message : String(error);
}
