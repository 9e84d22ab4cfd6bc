// Every page of the example company's reports carries content: no page with only the running header and
// footer (pdfmake once left one before the sign-off, when the plan's last table ended within its margin of
// the page foot). Both reports, both languages, the example as it ships.
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../electron/services/reports';
import { reportModelFor } from '../../electron/services/reports/adapter';
import { loadExample } from '../plan/example-fixture';
import { pdfText } from './pdf-text';

describe('the example reports', () => {
  for (const kind of ['audit', 'plan'] as const) {
    for (const language of ['ja', 'en'] as const) {
      it(`${kind} (${language}): every page has more than its header and footer`, async () => {
        const { doc, catalogs } = await loadExample();
        const model = reportModelFor({
          assessment: doc.assessment,
          organisation: doc.organisation,
          catalogs,
          language,
          kind,
          reportDate: '2026-11-30',
          era: false,
        });
        const { pages } = await pdfText(await renderReport(model));
        expect(pages.length).toBeGreaterThan(kind === 'audit' ? 30 : 8);
        const header = (page: string) => page.split('\n').filter((line) => line.trim() !== '');
        const bare = pages.map((page, i) => ({ page: i + 1, lines: header(page).length })).filter((p) => p.lines <= 4);
        expect(bare).toEqual([]);
      }, 60_000);
    }
  }
});
