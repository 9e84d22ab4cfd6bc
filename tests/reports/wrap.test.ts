// Line breaking before pdfmake: lines fit their width, Japanese never starts a line with closing
// punctuation or small kana, Latin words and ids stay whole, and the measured widths are the font's own.
import { describe, expect, it } from 'vitest';
import { reportFontMetrics } from '../../electron/services/reports/font-metrics';
import { canBreakBetween, lineWidth, wrapText } from '../../electron/services/reports/wrap';

const style = { metrics: reportFontMetrics().regular, fontSize: 8 };
const cp = (c: string) => c.codePointAt(0)!;

describe('report line breaking', () => {
  it('reads advance widths from the bundled font: full-width kana and kanji are 1 em', () => {
    expect(lineWidth('個人情報', style)).toBeCloseTo(32, 5);
    expect(lineWidth('ABC', style)).toBeLessThan(lineWidth('個人情', style));
  });

  it('fills Japanese lines to the width without breaking before 。、」 or small kana, nor after 「', () => {
    const text = '個人情報保護管理者が年1回、取扱規程の運用状況を点検し、結果を代表者に報告している。「委託先」との契約書には安全管理措置と再委託の条件を定めているが、一部の委託先では契約の更新が遅れている。ショッピングサイトの運営もある。';
    for (const width of [60, 83, 97, 120, 151, 200]) {
      const lines = wrapText(text, width, style);
      expect(lines.join('')).toBe(text);
      for (const line of lines) {
        expect(lineWidth(line, style)).toBeLessThanOrEqual(width);
        expect(line).not.toMatch(/^[、。」）ーっゃゅょァィゥェォッャュョ]/);
        expect(line).not.toMatch(/[「（]$/);
      }
    }
  });

  it('keeps Latin words and ids whole and drops the spaces where lines break', () => {
    const lines = wrapText('Evidence APPI-RULE-04 and PMS-RIGHTS-13 are attached to the register entry.', 90, style);
    expect(lines.join(' ')).toBe('Evidence APPI-RULE-04 and PMS-RIGHTS-13 are attached to the register entry.');
    for (const line of lines) expect(line).toBe(line.trim());
    expect(lines.some((l) => l.includes('APPI-RULE-04'))).toBe(true);
  });

  it('breaks a word wider than the line where it must (a SHA-256 in a narrow column)', () => {
    const hash = 'a'.repeat(64);
    const lines = wrapText(hash, 100, style);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(hash);
  });

  it('keeps paragraphs and empty lines', () => {
    expect(wrapText('一行目\n\n三行目', 200, style)).toEqual(['一行目', '', '三行目']);
  });

  it('knows the kinsoku pairs', () => {
    expect(canBreakBetween(cp('個'), cp('人'))).toBe(true);
    expect(canBreakBetween(cp('る'), cp('。'))).toBe(false);
    expect(canBreakBetween(cp('「'), cp('委'))).toBe(false);
    expect(canBreakBetween(cp('a'), cp('b'))).toBe(false);
    expect(canBreakBetween(cp(' '), cp('b'))).toBe(true);
  });
});
