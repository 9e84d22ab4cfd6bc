// Dates as a report prints them: "2026年11月29日", "令和8年11月29日" (Japanese era, 和暦) or "29 November 2026".
// The era conversion is written out here rather than taken from Intl's "japanese" calendar, because that
// calendar's output (and its handling of 元年) depends on the ICU build bundled with Node or Electron, and
// the same report must print the same text everywhere.
import type { ReportLanguage } from './model';

export type CalendarDate = { year: number; month: number; day: number };

/** The eras since Japan adopted the Gregorian calendar (1873), newest first, with their first day. */
const eras = [
  { name: '令和', initial: 'R', start: { year: 2019, month: 5, day: 1 } },
  { name: '平成', initial: 'H', start: { year: 1989, month: 1, day: 8 } },
  { name: '昭和', initial: 'S', start: { year: 1926, month: 12, day: 25 } },
  { name: '大正', initial: 'T', start: { year: 1912, month: 7, day: 30 } },
  { name: '明治', initial: 'M', start: { year: 1868, month: 1, day: 25 } },
] as const;

const GREGORIAN_IN_JAPAN = 1873;

const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Reads the date part of an ISO date or date-time ("2026-11-29", "2026-11-29T10:00:00.000Z"); null if malformed. */
export function parseIsoDate(value: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

function compare(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** `initial` is the letter used in short dates (R8.11.29). */
export type EraYear = { era: string; initial: string; year: number };

/** The Japanese era and year of a date, or null before the Gregorian calendar was adopted in Japan. */
export function toJapaneseEra(date: CalendarDate): EraYear | null {
  if (date.year < GREGORIAN_IN_JAPAN) return null;
  const era = eras.find((e) => compare(date, e.start) >= 0);
  return era ? { era: era.name, initial: era.initial, year: date.year - era.start.year + 1 } : null;
}

/** "令和8年" — the first year of an era is written 元年, as official documents do. */
export function formatEraYear({ era, year }: EraYear): string {
  return `${era}${year === 1 ? '元' : String(year)}年`;
}

export type DateStyle = { language: ReportLanguage; era: boolean };

/** A date as the report prints it; an empty or malformed value prints as it is. */
export function formatDate(value: string | undefined, style: DateStyle): string {
  if (!value) return '';
  const date = parseIsoDate(value);
  if (!date) return value;
  if (style.language === 'en') return `${date.day} ${englishMonths[date.month - 1]} ${date.year}`;
  const era = style.era ? toJapaneseEra(date) : null;
  const year = era ? formatEraYear(era) : `${date.year}年`;
  return `${year}${date.month}月${date.day}日`;
}

/** A short date for dense tables: "2026/11/29", "R8.11.29" in the era, "29 Nov 2026" in English. */
export function formatShortDate(value: string | undefined, style: DateStyle): string {
  if (!value) return '';
  const date = parseIsoDate(value);
  if (!date) return value;
  if (style.language === 'en') return `${date.day} ${englishMonths[date.month - 1]!.slice(0, 3)} ${date.year}`;
  const mm = String(date.month).padStart(2, '0');
  const dd = String(date.day).padStart(2, '0');
  const era = style.era ? toJapaneseEra(date) : null;
  return era ? `${era.initial}${era.year}.${mm}.${dd}` : `${date.year}/${mm}/${dd}`;
}

/** A month heading for the timeline: "2026年11月", "令和8年11月", "November 2026". */
export function formatMonth(value: string, style: DateStyle): string {
  const date = parseIsoDate(`${value.slice(0, 7)}-01`);
  if (!date) return value;
  if (style.language === 'en') return `${englishMonths[date.month - 1]} ${date.year}`;
  const era = style.era ? toJapaneseEra(date) : null;
  return `${era ? formatEraYear(era) : `${date.year}年`}${date.month}月`;
}

/** A period "from – to", either end optional. */
export function formatPeriod(from: string | undefined, to: string | undefined, style: DateStyle): string {
  const parts = [formatDate(from, style), formatDate(to, style)];
  if (!parts[0] && !parts[1]) return '';
  if (parts[0] === parts[1]) return parts[0]!;
  return style.language === 'ja' ? `${parts[0]}〜${parts[1]}` : `${parts[0]} – ${parts[1]}`;
}
