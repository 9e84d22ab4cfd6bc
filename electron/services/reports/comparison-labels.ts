// The fixed words of the comparison report and of the comparison rows the adapter resolves, in Japanese and
// English, in the glossary's terms (点検 for assessment, 該当なし for Not applicable …). Kept apart from
// labels.ts, which holds the words every report shares.
import type { ChangeReason } from '../../../assessments/compare';
import type { ReportChangeClass, ReportLanguage } from './model';

export type ComparisonLabels = {
  title: string;
  subtitle: (previous: string, current: string) => string;
  sections: { overview: string; deltas: string; trend: string; items: string };
  intro: string;
  /** How items are matched and classed, in the report's words (docs/comparison.md has the whole rule). */
  rules: string[];
  rulesTitle: string;
  previousScore: string;
  currentScore: string;
  change: string;
  byClass: string;
  classColumn: string;
  editions: string;
  edition: (version: number) => string;
  notUsed: string;
  quickCheck: string;
  points: (total: number, max: number) => string;
  trendCaption: string;
  trendSeries: string;
  date: string;
  assessment: string;
  score: string;
  compared: string;
  deltasIntro: string;
  classes: Record<ReportChangeClass, string>;
  /** The heading of each group of items; `unchanged` lists answers that changed without changing the score. */
  groups: Record<ReportChangeClass, string>;
  groupIntro: Record<ReportChangeClass, string>;
  /** Why an item counts on one side only, printed where the other side's answer would be. */
  notCounted: { before: Record<ChangeReason, string>; after: Record<ChangeReason, string> };
  noChanges: string;
};

const ja: ComparisonLabels = {
  title: '点検比較報告書',
  subtitle: (previous, current) => `${previous} → ${current}`,
  sections: { overview: '比較の概要', deltas: '領域別のスコアの増減', trend: 'スコアの推移', items: '項目ごとの変化' },
  intro: '同じ組織の2回の点検を、項目ごと・領域ごとに比べた結果です。スコアは、それぞれの点検が回答したチェックリストの版で計算しています。',
  rulesTitle: '比較の方法',
  rules: [
    '項目は、チェックリストのIDと項目のIDで突き合わせます。版が変わっても質問が同じ項目は同じIDのまま残り、質問が変わった項目には新しいIDが付きます。',
    '回答の点数（実施済み・代替策で実施 1、一部実施 0.5、未実施・不明・未回答 0）が上がった項目を「改善」、下がった項目を「悪化」とします。「不明」は「未実施」と同じ0点の課題として扱います。',
    '「該当なし」と回答した項目は、点検範囲の外にある項目と同じく、その回の比較の対象外です。今回だけ対象になった項目は「新規」、前回だけ対象だった項目は「対象外へ」です。',
  ],
  previousScore: '前回の総合スコア',
  currentScore: '今回の総合スコア',
  change: '増減',
  byClass: '変化の内訳',
  classColumn: '区分',
  editions: 'チェックリストの版',
  edition: (v) => `第${v}版`,
  notUsed: '使用なし',
  quickCheck: 'クイックチェック',
  points: (total, max) => `${total} / ${max} 点`,
  trendCaption: '総合スコアの推移（この組織のすべての点検）',
  trendSeries: '総合スコア',
  date: '基準日',
  assessment: '点検',
  score: '総合スコア',
  compared: '比較対象',
  deltasIntro: '前回と今回のスコアを、チェックリスト・領域ごとに示します。一方の版にしかない領域は、もう一方の欄が「—」になります。',
  classes: { improved: '改善', regressed: '悪化', unchanged: '変化なし', new: '新規', removed: '対象外へ' },
  groups: {
    regressed: '悪化した項目',
    improved: '改善した項目',
    new: '新たに対象になった項目',
    removed: '対象でなくなった項目',
    unchanged: '点数の変わらない回答の変更',
  },
  groupIntro: {
    regressed: '回答の点数が前回より下がった項目です。',
    improved: '回答の点数が前回より上がった項目です。',
    new: '今回の点検で初めて比較の対象になった項目です（新しい版の項目、点検範囲の変更、前回「該当なし」）。',
    removed: '前回は対象で、今回は対象でない項目です（廃止された項目、点検範囲の変更、今回「該当なし」）。',
    unchanged: '回答は変わったものの、点数が同じ項目です（例：実施済み → 代替策で実施）。',
  },
  notCounted: {
    before: { edition: '前回は質問なし', scope: '前回は点検範囲外', 'not-applicable': '該当なし' },
    after: { edition: '今回は質問なし', scope: '今回は点検範囲外', 'not-applicable': '該当なし' },
  },
  noChanges: '該当する項目はありません。',
};

const en: ComparisonLabels = {
  title: 'Assessment comparison report',
  subtitle: (previous, current) => `${previous} → ${current}`,
  sections: { overview: 'Overview', deltas: 'Score changes by domain', trend: 'Score trend', items: 'Changes item by item' },
  intro: 'Two assessments of the same organisation compared item by item and domain by domain. Each score is calculated on the checklist editions that assessment was answered against.',
  rulesTitle: 'How the comparison works',
  rules: [
    'Items are matched by checklist id and item id. An item whose question is unchanged keeps its id from one edition to the next; a changed question gets a new id.',
    'An item is improved when its answer scores more than before (Implemented and Alternative control 1, Partially implemented 0.5, Not implemented, Don’t know and Unanswered 0), and regressed when it scores less. Don’t know is a gap worth 0, like Not implemented.',
    'An item answered Not applicable is outside that assessment’s comparison, like an item the scoping profile leaves out. An item counted only this time is new; one counted only last time is removed.',
  ],
  previousScore: 'Previous overall score',
  currentScore: 'Current overall score',
  change: 'Change',
  byClass: 'Changes by class',
  classColumn: 'Class',
  editions: 'Checklist editions',
  edition: (v) => `version ${v}`,
  notUsed: 'not used',
  quickCheck: 'Quick check',
  points: (total, max) => `${total} / ${max} points`,
  trendCaption: 'Overall score over every assessment of the organisation',
  trendSeries: 'Overall score',
  date: 'Date',
  assessment: 'Assessment',
  score: 'Overall score',
  compared: 'Compared',
  deltasIntro: 'The previous and current scores of each checklist and domain. A domain that only one edition has shows a dash on the other side.',
  classes: { improved: 'Improved', regressed: 'Regressed', unchanged: 'Unchanged', new: 'New', removed: 'Removed' },
  groups: {
    regressed: 'Regressed items',
    improved: 'Improved items',
    new: 'New items',
    removed: 'Removed items',
    unchanged: 'Answers changed, same score',
  },
  groupIntro: {
    regressed: 'Items whose answer scores less than last time.',
    improved: 'Items whose answer scores more than last time.',
    new: 'Items counted for the first time (added in a newer edition, brought into scope, or Not applicable last time).',
    removed: 'Items counted last time but not this time (retired, taken out of scope, or Not applicable now).',
    unchanged: 'Items whose answer changed without changing its score (e.g. Implemented → Alternative control).',
  },
  notCounted: {
    before: { edition: 'Not asked before', scope: 'Out of scope before', 'not-applicable': 'Not applicable' },
    after: { edition: 'No longer asked', scope: 'Out of scope now', 'not-applicable': 'Not applicable' },
  },
  noChanges: 'None.',
};

const labels: Record<ReportLanguage, ComparisonLabels> = { ja, en };

export function comparisonLabelsFor(language: ReportLanguage): ComparisonLabels {
  return labels[language];
}
