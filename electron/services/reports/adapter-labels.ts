// The words the adapter adds to a report beyond the renderer's fixed labels (labels.ts): the scoping
// questions as a report's scope lists them, the answers to them, why an item is out of scope, the
// assessment's state, and what each answer on the scale means. Japanese and English, glossary terms.
import type { AnswerStatus, AssessmentStatus, ProfileFlag, ScopingAnswer } from '../../../assessments';
import type { ReportLanguage } from './model';

type Words = {
  profile: Record<ProfileFlag, string>;
  employees: string;
  individuals: string;
  count: (n: number, unit: 'people' | 'individuals') => string;
  answer: Record<ScopingAnswer, string>;
  /** Why the scoping profile takes an item out: every condition it names was answered no. */
  outOfScope: (questions: string[]) => string;
  assessmentStatus: Record<AssessmentStatus, string>;
  scale: Partial<Record<AnswerStatus, string>>;
};

const ja: Words = {
  profile: {
    processesForOthers: '他社から個人データの取扱いの委託を受けている',
    usesContractors: '個人データの取扱いを外部に委託している',
    providesToThirdParties: '個人データを第三者に提供している',
    specialCareData: '要配慮個人情報を取り扱っている',
    foreignTransfer: '外国で、または外国のクラウドサービスで個人データを取り扱っている',
    websiteTracking: 'ウェブサイトで Cookie、アクセス解析、広告タグを使っている',
    jointUse: '個人データを共同利用している',
    pseudonymisedOrAnonymised: '仮名加工情報または匿名加工情報を作成している',
    handlesMyNumbers: 'マイナンバー（個人番号）を取り扱っている',
  },
  employees: '従業員数',
  individuals: '個人情報の本人の数（過去6か月で最も多い日）',
  count: (n, unit) => `${new Intl.NumberFormat('ja-JP').format(n)}${unit === 'people' ? '名' : '人'}`,
  answer: { yes: 'はい', no: 'いいえ', unsure: 'わからない' },
  outOfScope: (questions) =>
    questions.length === 1
      ? `点検範囲の質問「${questions[0]}」に「いいえ」と回答したため対象外`
      : `点検範囲の質問${questions.map((q) => `「${q}」`).join('')}のいずれにも「いいえ」と回答したため対象外`,
  assessmentStatus: { draft: '作成中', 'in-review': '確認中' },
  scale: {
    implemented: '求められる措置を実施し、記録がある。',
    alternative: '別の方法で同等の措置を実施している。',
    partial: '一部の部門・対象でのみ実施している。',
    'not-implemented': '実施していない。',
    unknown: '実施しているか分からない。',
    unanswered: 'まだ回答していない。',
    'not-applicable': '該当する業務がない（理由を記録）。',
  },
};

const en: Words = {
  profile: {
    processesForOthers: 'Handles personal data on behalf of other businesses',
    usesContractors: 'Outsources the handling of personal data to contractors',
    providesToThirdParties: 'Provides personal data to third parties',
    specialCareData: 'Handles special care-required personal information',
    foreignTransfer: 'Handles personal data in a foreign country or on a foreign cloud service',
    websiteTracking: 'Uses cookies, analytics or ad tags on its website',
    jointUse: 'Uses personal data jointly with others',
    pseudonymisedOrAnonymised: 'Produces pseudonymously or anonymously processed information',
    handlesMyNumbers: 'Handles My Numbers (Individual Numbers)',
  },
  employees: 'Employees',
  individuals: 'Individuals whose personal information is handled (highest day in the past six months)',
  count: (n) => new Intl.NumberFormat('en-GB').format(n),
  answer: { yes: 'yes', no: 'no', unsure: 'not sure' },
  outOfScope: (questions) =>
    questions.length === 1
      ? `Out of scope: the scoping question “${questions[0]}” was answered no`
      : `Out of scope: the scoping questions ${questions.map((q) => `“${q}”`).join(', ')} were all answered no`,
  assessmentStatus: { draft: 'Draft', 'in-review': 'In review' },
  scale: {
    implemented: 'The measure is in place and recorded.',
    alternative: 'An equivalent measure is in place.',
    partial: 'In place for part of the business only.',
    'not-implemented': 'Not in place.',
    unknown: 'Not known whether it is in place.',
    unanswered: 'Not answered yet.',
    'not-applicable': 'Does not apply (reason recorded).',
  },
};

const words: Record<ReportLanguage, Words> = { ja, en };

export function adapterWords(language: ReportLanguage): Words {
  return words[language];
}
