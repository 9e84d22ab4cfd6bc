// Numbers as the reports print them: scores to one decimal, ratios as percentages, file sizes, counts.
// Written out (no Intl) so the same model prints the same text under any ICU build.
import type { ReportLanguage } from './model';

export const DASH = '—';

/** A score 0–100 to one decimal ("72.5"); null (nothing applies) prints as a dash. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? DASH : score.toFixed(1);
}

/** A ratio 0–1 as a percentage to one decimal ("95.2%"). */
export function formatPercent(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined ? DASH : `${(ratio * 100).toFixed(1)}%`;
}

/** A whole number with thousands separators ("1,234"). */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A file size ("512 B", "34.5 KB", "1.2 MB"), the same in both languages. */
export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}

/** A signed change between two scores ("+4.5", "−2.0"), or a dash when either is missing. */
export function formatDelta(previous: number | null, current: number | null): string {
  if (previous === null || current === null) return DASH;
  const delta = Math.round((current - previous) * 10) / 10;
  if (delta === 0) return '±0.0';
  return delta > 0 ? `+${delta.toFixed(1)}` : `−${Math.abs(delta).toFixed(1)}`;
}

/** Joins list items the way each language does in running text. */
export function joinList(items: readonly string[], language: ReportLanguage): string {
  return items.join(language === 'ja' ? '、' : ', ');
}
