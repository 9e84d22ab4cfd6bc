// The comparison report, in Japanese and in English, for last year's assessment (first catalog editions)
// against this year's (second editions), read back as text: the overall and per-domain scores then and now
// with their deltas, the editions, the trend, and every changed item under its class — regressed, improved,
// new (added in the edition, brought into scope, Not applicable before) and removed (retired, out of scope
// now, Not applicable now). No page is left with only its header and footer. The PDFs are written to
// tests/.artifacts/ (and their pages as PNG when pdftoppm is there) for a person to look at.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ChangeClass, compareAssessments } from '../../assessments/compare';
import { renderReport } from '../../electron/services/reports';
import { reportModelFor } from '../../electron/services/reports/adapter';
import { formatDelta, formatScore } from '../../electron/services/reports/format';
import { input, newer, older } from '../compare/fixtures';
import { organisation } from '../support/profiles';
import { artifactPath } from '../support/temp';
import { pdfText, squash } from './pdf-text';

const expected = compareAssessments(input(older), input(newer));

const words = {
  ja: {
    title: '点検比較報告書',
    overall: '総合スコア',
    groups: { regressed: '悪化した項目', improved: '改善した項目', new: '新たに対象になった項目', removed: '対象でなくなった項目', unchanged: '点数の変わらない回答の変更' },
    count: (n: number) => `（${n}件）`,
    answers: { implemented: '実施済み', partial: '一部実施', notImplemented: '未実施', notApplicable: '該当なし', alternative: '代替策で実施', unknown: '不明', unanswered: '未回答' },
    notAskedBefore: '前回は質問なし',
    noLongerAsked: '今回は質問なし',
    outOfScopeBefore: '前回は点検範囲外',
    outOfScopeNow: '今回は点検範囲外',
    editions: '第1版→第2版',
  },
  en: {
    title: 'Assessment comparison report',
    overall: 'Overall score',
    groups: { regressed: 'Regressed items', improved: 'Improved items', new: 'New items', removed: 'Removed items', unchanged: 'Answers changed, same score' },
    count: (n: number) => ` (${n})`,
    answers: { implemented: 'Implemented', partial: 'Partially implemented', notImplemented: 'Not implemented', notApplicable: 'Not applicable', alternative: 'Alternative control', unknown: 'Don’t know', unanswered: 'Unanswered' },
    notAskedBefore: 'Not asked before',
    noLongerAsked: 'No longer asked',
    outOfScopeBefore: 'Out of scope before',
    outOfScopeNow: 'Out of scope now',
    editions: 'version 1 → version 2',
  },
} as const;

const order: ChangeClass[] = ['regressed', 'improved', 'new', 'removed', 'unchanged'];

function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('the comparison report', () => {
  for (const language of ['ja', 'en'] as const) {
    const w = words[language];
    const render = async () => {
      const model = reportModelFor({
        assessment: newer,
        organisation: organisation('sakuraorg0001', '株式会社さくら見本商事'),
        catalogs: input(newer).catalogs,
        language,
        kind: 'comparison',
        reportDate: '2026-11-30',
        era: false,
        compareWith: input(older),
      });
      const pdf = await renderReport(model);
      const file = artifactPath(`comparison-${language}.pdf`);
      fs.writeFileSync(file, pdf);
      if (hasPdftoppm()) execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(path.dirname(file), `comparison-${language}`)]);
      return pdfText(pdf);
    };
    let text: Awaited<ReturnType<typeof render>>;
    /** The text of one class's group: from its heading to the next group's. */
    const group = (changeClass: ChangeClass) => {
      const start = text.squashed.indexOf(squash(w.groups[changeClass]));
      const next = order.slice(order.indexOf(changeClass) + 1).map((c) => text.squashed.indexOf(squash(w.groups[c]), start + 1)).find((i) => i > start);
      expect(start, `${changeClass} group`).toBeGreaterThan(0);
      return text.squashed.slice(start, next ?? undefined);
    };

    it(`(${language}) prints the overall scores then and now, and each domain's delta`, async () => {
      text = await render();
      expect(text.squashed).toContain(squash(w.title));
      const overall = expected.overall;
      expect(text.squashed).toContain(squash(`${w.overall}${formatScore(overall.older)}${formatScore(overall.newer)}${formatDelta(overall.older, overall.newer)}`));
      for (const catalog of expected.catalogs) {
        for (const domain of catalog.domains) {
          const row = `${domain.title[language]}${formatScore(domain.older)}${formatScore(domain.newer)}${formatDelta(domain.older, domain.newer)}`;
          expect(text.squashed, `${domain.domainId} row`).toContain(squash(row));
        }
      }
      // Worked out by hand in tests/compare: the basic-policy domain went from 85.0 to 81.8.
      expect(text.squashed).toContain('85.081.8−3.2');
      // The APPI checklist's row names both editions.
      expect(text.squashed).toContain(squash(w.editions));
    }, 60_000);

    it(`(${language}) lists every changed item under its class, with the answer then and now`, () => {
      for (const changeClass of order) {
        const items = expected.items.filter((i) => i.class === changeClass && (changeClass !== 'unchanged' || i.answerChanged));
        expect(text.squashed).toContain(squash(`${w.groups[changeClass]}${w.count(items.length)}`));
        const printed = group(changeClass);
        for (const item of items) expect(printed, `${item.key} under ${changeClass}`).toContain(item.itemId);
      }
      const a = w.answers;
      expect(group('regressed')).toMatch(new RegExp(`APPI-BP-02.*${squash(a.implemented)}${squash(a.notImplemented)}`));
      expect(group('regressed')).toMatch(new RegExp(`QC-BASIC-03.*${squash(a.implemented)}${squash(a.unknown)}`));
      expect(group('improved')).toMatch(new RegExp(`APPI-BP-01.*${squash(a.partial)}${squash(a.implemented)}`));
      expect(group('improved')).toMatch(new RegExp(`QC-BASIC-02.*${squash(a.unknown)}${squash(a.implemented)}`));
      expect(group('new')).toMatch(new RegExp(`APPI-BP-05.*${squash(a.notApplicable)}${squash(a.implemented)}`));
      expect(group('new')).toMatch(new RegExp(`APPI-EXT-01.*${squash(w.outOfScopeBefore)}${squash(a.partial)}`));
      expect(group('new')).toMatch(new RegExp(`APPI-MYN-01.*${squash(w.notAskedBefore)}${squash(a.implemented)}`));
      expect(group('new')).toMatch(new RegExp(`PMS-ACQ-14.*${squash(w.notAskedBefore)}${squash(a.implemented)}`));
      expect(group('removed')).toMatch(new RegExp(`PMS-ACQ-11.*${squash(a.implemented)}${squash(w.noLongerAsked)}`));
      expect(group('removed')).toMatch(new RegExp(`PMS-PROV-11.*${squash(a.partial)}${squash(w.outOfScopeNow)}`));
      expect(group('removed')).toMatch(new RegExp(`APPI-BP-06.*${squash(a.implemented)}${squash(a.notApplicable)}`));
      expect(group('unchanged')).toMatch(new RegExp(`APPI-BP-03.*${squash(a.implemented)}${squash(a.alternative)}`));
      // Unchanged items whose answer stayed the same are counted, not listed.
      expect(group('unchanged')).not.toContain('APPI-BP-04');
    });

    it(`(${language}) shows the trend, and no page is only a header and footer`, () => {
      const trendPage = text.pages.find((p) => squash(p).includes(squash(language === 'ja' ? 'スコアの推移' : 'Score trend')) && squash(p).includes(older.title.replace(/\s+/g, '')));
      expect(trendPage, 'the trend page names both assessments').toBeDefined();
      expect(squash(trendPage!)).toContain(newer.title.replace(/\s+/g, ''));
      const bare = text.pages.map((page, i) => ({ page: i + 1, lines: page.split('\n').filter((l) => l.trim() !== '').length })).filter((p) => p.lines <= 4);
      expect(bare).toEqual([]);
    });
  }
});
