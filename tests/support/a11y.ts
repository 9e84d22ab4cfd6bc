// What a screen reader and a keyboard user meet on a page: axe-core's serious and critical findings (none
// are allowed), whether an open dialog fits the window without scrolling, and whether a Japanese screen
// shows any English sentence.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** axe-core's serious and critical violations on the page as it is now, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')}${v.id === 'color-contrast' ? ` (${n.any[0]?.message ?? ''})` : ''}`).join(' | ')}`);
}

/** The open dialog's height against the window: it must fit, with nothing to scroll to reach a button. */
export async function dialogFit(page: Page): Promise<{ fits: boolean; contentHeight: number; windowHeight: number }> {
  return page.evaluate(() => {
    const content = document.querySelector<HTMLElement>('.mantine-Modal-content');
    if (!content) return { fits: true, contentHeight: 0, windowHeight: window.innerHeight };
    const body = content.querySelector<HTMLElement>('.mantine-Modal-body');
    const scrolls = content.scrollHeight > content.clientHeight + 1 || (body ? body.scrollHeight > body.clientHeight + 1 : false);
    const rect = content.getBoundingClientRect();
    return { fits: !scrolls && rect.bottom <= window.innerHeight, contentHeight: content.scrollHeight, windowHeight: window.innerHeight };
  });
}

// Latin words that belong in Japanese text: names, standards, formats, keys.
const allowed = /\b(Mamori|README|JIS|Q|15001|APPI|PPC|JIPDEC|IPA|JSON|YAML|UTF-8|SHA-256|ISO|ID|PDF|CSV|XLSX|Cookie|KB|MB|English|mamori|yaml|json|mamori-test-\w+|tmp|Enter|Esc|Ctrl)\b/g;

/** Runs of three or more English words visible on the page (paths and file names left out). */
export async function englishOnJapaneseScreen(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return text
    .split('\n')
    .map((line) => line.replace(/\/[^\s）]*/g, ' ').replace(allowed, ' '))
    .flatMap((line) => line.match(/[A-Za-z]{2,}(?:[\s,.'’-]+[A-Za-z]{2,}){2,}/g) ?? []);
}
