// Dates as a report prints them, with the Japanese era written out by hand (元年 for an era's first year).
import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, formatPeriod, formatShortDate, parseIsoDate, toJapaneseEra } from '../../electron/services/reports/dates';

const ja = { language: 'ja', era: false } as const;
const era = { language: 'ja', era: true } as const;
const en = { language: 'en', era: true } as const;

describe('report dates', () => {
  it('prints Gregorian Japanese, Japanese-era and English dates', () => {
    expect(formatDate('2026-11-29', ja)).toBe('2026年11月29日');
    expect(formatDate('2026-11-29', era)).toBe('令和8年11月29日');
    expect(formatDate('2026-11-29', en)).toBe('29 November 2026');
  });

  it('turns over from Heisei to Reiwa on 1 May 2019, writing the first year as 元年', () => {
    expect(formatDate('2019-04-30', era)).toBe('平成31年4月30日');
    expect(formatDate('2019-05-01', era)).toBe('令和元年5月1日');
    expect(formatDate('2020-01-01', era)).toBe('令和2年1月1日');
    expect(formatDate('1989-01-07', era)).toBe('昭和64年1月7日');
    expect(formatDate('1989-01-08', era)).toBe('平成元年1月8日');
    expect(toJapaneseEra({ year: 2026, month: 11, day: 29 })).toEqual({ era: '令和', initial: 'R', year: 8 });
    expect(toJapaneseEra({ year: 1800, month: 1, day: 1 })).toBeNull();
  });

  it('has short forms for dense tables and month headings for the timeline', () => {
    expect(formatShortDate('2026-11-29', ja)).toBe('2026/11/29');
    expect(formatShortDate('2026-11-29', era)).toBe('R8.11.29');
    expect(formatShortDate('2026-11-29T23:59:00.000Z', en)).toBe('29 Nov 2026');
    expect(formatMonth('2019-05', era)).toBe('令和元年5月');
    expect(formatMonth('2026-12', en)).toBe('December 2026');
  });

  it('prints periods and leaves malformed or missing dates as they are', () => {
    expect(formatPeriod('2026-10-01', '2026-11-20', ja)).toBe('2026年10月1日〜2026年11月20日');
    expect(formatPeriod('2026-10-01', '2026-11-20', en)).toBe('1 October 2026 – 20 November 2026');
    expect(formatPeriod(undefined, undefined, en)).toBe('');
    expect(formatDate('2026-02-30', era)).toBe('2026-02-30');
    expect(parseIsoDate('yesterday')).toBeNull();
    expect(formatDate(undefined, era)).toBe('');
  });
});
