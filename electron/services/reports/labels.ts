// Every fixed word a report prints — section titles, table headers, cover captions, "page n / N" — in
// Japanese and English, using the glossary's terms (assessments/glossary.yaml: 点検 for assessment, 証跡
// for evidence, 個人情報保護管理者 …). The adapter may also take the answer-scale labels, the scoring
// formula and the default title and classification from here, so the report and the UI say the same.
import type { AnswerStatus, Effort, Priority } from '../../../assessments';
import type { ReportLanguage, VerdictCode } from './model';

export type ReportLabels = {
  auditTitle: string;
  planTitle: string;
  classification: string;
  contents: string;
  page: (n: number, total: number) => string;
  cover: {
    organisation: string;
    address: string;
    representative: string;
    industry: string;
    employees: string;
    sites: string;
    assessment: string;
    scope: string;
    catalogs: string;
    version: (v: number) => string;
    assessor: string;
    reviewer: string;
    period: string;
    reportDate: string;
    classification: string;
    reportVersion: string;
    contentHash: string;
    smallBusiness: string;
    notice: (organisation: string) => string;
  };
  sections: {
    summary: string;
    method: string;
    findings: string;
    appendix: string;
    evidence: string;
    plan: string;
    timeline: string;
    signOff: string;
    comparison: string;
    scope: string;
  };
  summary: {
    overall: string;
    completion: string;
    answered: (answered: number, applicable: number) => string;
    byCatalog: string;
    byDomain: string;
    counts: string;
    topGaps: string;
    noGaps: string;
    radarTitle: string;
    barTitle: string;
    quickCheck: string;
    quickCheckScore: (total: number, max: number) => string;
    verdicts: string;
    findingsCount: string;
    weightedMean: (items: number) => string;
  };
  method: {
    scale: string;
    formula: string;
    outOfScope: string;
    notApplicable: string;
    none: string;
    points: string;
    meaning: string;
  };
  findings: {
    intro: string;
    /** The intro when the auditor gave verdicts (their findings are listed too). */
    introAuditor: string;
    none: string;
    question: string;
    answer: string;
    note: string;
    alternative: string;
    evidence: string;
    action: string;
    references: string;
    verdict: string;
    noEvidence: string;
    checked: string;
    notChecked: string;
  };
  /** The tear-out sheets (指摘事項シート): one page per finding. */
  sheets: {
    title: string;
    finding: (n: number, total: number) => string;
    item: string;
    verdict: string;
    comment: string;
    noComment: string;
    answer: string;
    evidence: string;
    checkedColumn: string;
    checked: string;
    notChecked: string;
    moreEvidence: (n: number) => string;
    action: string;
    noAction: string;
    /** Printed where a long text is cut to keep the sheet on one page. */
    cut: string;
    auditor: string;
    receivedBy: string;
    signature: string;
    date: string;
    name: string;
  };
  plan: { intro: string; none: string; noDueDate: string; overdue: (n: number) => string; count: (n: number) => string; byPriority: string; byOwner: string };
  signOff: { intro: string; role: string; name: string; date: string; signature: string; assessor: string; reviewer: string; approver: string; seal: string };
  comparison: { previous: string; current: string; change: string; changes: string; none: string };
  columns: {
    id: string;
    item: string;
    catalog: string;
    domain: string;
    answer: string;
    note: string;
    score: string;
    completion: string;
    answered: string;
    applicable: string;
    count: string;
    priority: string;
    action: string;
    owner: string;
    dueDate: string;
    status: string;
    effort: string;
    notes: string;
    reason: string;
    fileName: string;
    sha256: string;
    size: string;
    mediaType: string;
    addedAt: string;
    items: string;
    flag: string;
    evidenceCount: string;
    actionId: string;
  };
  answers: Record<AnswerStatus, string>;
  effort: Record<Effort, string>;
  priority: Record<Priority, string>;
  verdicts: Record<VerdictCode, string>;
  /** The product's scoring rule (assessments/scoring/score.ts), in words. */
  formula: string[];
  flagged: string;
  yes: string;
  no: string;
};

const ja: ReportLabels = {
  auditTitle: '個人情報保護 点検報告書',
  planTitle: '改善計画書',
  classification: '社外秘',
  contents: '目次',
  page: (n, total) => `${n} / ${total} ページ`,
  cover: {
    organisation: '組織名',
    address: '所在地',
    representative: '代表者',
    industry: '業種',
    employees: '従業者数',
    sites: '対象拠点',
    assessment: '点検名',
    scope: '対象範囲',
    catalogs: 'チェックリスト（版）',
    version: (v) => `第${v}版`,
    assessor: '点検者',
    reviewer: '確認者',
    period: '点検期間',
    reportDate: '報告日',
    classification: '機密区分',
    reportVersion: '報告書の版',
    contentHash: '内容のハッシュ値（SHA-256）',
    smallBusiness: '中小規模事業者の手法を適用',
    notice: (organisation) => `本書は${organisation}の個人情報の保護に関する点検の結果をまとめたものです。記載内容には機密情報が含まれるため、関係者以外への開示・複製を禁じます。`,
  },
  sections: {
    summary: '要約',
    method: '点検の方法',
    findings: '領域別の指摘事項',
    appendix: '付録A 全回答一覧',
    evidence: '付録B 証跡一覧',
    plan: '改善計画',
    timeline: '期限別の予定',
    signOff: '確認・承認',
    comparison: '前回の点検との比較',
    scope: '対象範囲',
  },
  summary: {
    overall: '総合スコア',
    completion: '回答率',
    answered: (answered, applicable) => `${applicable}項目中${answered}項目に回答`,
    byCatalog: 'チェックリスト別・領域別のスコア',
    byDomain: '領域別スコア',
    counts: '回答の内訳',
    topGaps: '優先度の高い課題（上位10件）',
    noGaps: '対応が必要な課題はありません。',
    radarTitle: '領域別スコア（レーダー）',
    barTitle: 'チェックリスト別スコア',
    quickCheck: 'クイックチェック',
    quickCheckScore: (total, max) => `${total} / ${max} 点`,
    verdicts: '判定の内訳',
    findingsCount: '指摘事項',
    weightedMean: (items) => `対象${items}項目の加重平均`,
  },
  method: {
    scale: '回答の尺度',
    formula: 'スコアの計算方法',
    outOfScope: '対象外の項目（点検範囲による）',
    notApplicable: '「該当なし」と回答した項目',
    none: '該当する項目はありません。',
    points: '点数',
    meaning: '意味',
  },
  findings: {
    intro: '「一部実施」「未実施」「不明」「未回答」の項目を、領域ごとに示します。各項目に推奨する改善策を添えています。',
    introAuditor: '「一部実施」「未実施」「不明」「未回答」の項目と、監査員が指摘した項目を、領域ごとに示します。各項目に監査員の判定と推奨する改善策を添えています。',
    none: 'この点検では指摘事項はありません。',
    question: '質問',
    answer: '回答',
    note: 'メモ',
    alternative: '代替策',
    evidence: '証跡',
    action: '推奨する改善策',
    references: '参照',
    verdict: '判定',
    noEvidence: '証跡なし',
    checked: '監査員が確認済み',
    notChecked: '未確認',
  },
  sheets: {
    title: '指摘事項シート',
    finding: (n, total) => `指摘事項 ${n} / ${total}`,
    item: '対象項目',
    verdict: '監査員の判定',
    comment: '監査員のコメント',
    noComment: 'コメントなし',
    answer: '組織の回答',
    evidence: '証跡',
    checkedColumn: '監査員の確認',
    checked: '確認済み',
    notChecked: '未確認',
    moreEvidence: (n) => `ほか${n}件`,
    action: '合意した改善策',
    noAction: '改善計画に対応が登録されていません。合意した内容を記入してください。',
    cut: '（以下略。全文は点検報告書を参照）',
    auditor: '監査員',
    receivedBy: '受領者',
    signature: '署名または印',
    date: '日付',
    name: '氏名',
  },
  plan: {
    intro: '課題ごとの改善策を、優先度・担当・期限とともに示します。',
    none: '改善計画に登録された対応はありません。',
    noDueDate: '期限未設定',
    overdue: (n) => `期限超過 ${n}件`,
    count: (n) => `${n}件`,
    byPriority: '優先度別の件数',
    byOwner: '担当別の件数',
  },
  signOff: {
    intro: '本報告書の内容を確認し、以下のとおり署名または押印します。',
    role: '役割',
    name: '氏名',
    date: '日付',
    signature: '署名または印',
    assessor: '点検者',
    reviewer: '確認者',
    approver: '承認者',
    seal: '印',
  },
  comparison: { previous: '前回', current: '今回', change: '増減', changes: '回答が変わった項目', none: '回答が変わった項目はありません。' },
  columns: {
    id: 'ID',
    item: '項目',
    catalog: 'チェックリスト',
    domain: '領域',
    answer: '回答',
    note: 'メモ',
    score: 'スコア',
    completion: '回答率',
    answered: '回答数',
    applicable: '対象数',
    count: '件数',
    priority: '優先度',
    action: '改善策',
    owner: '担当',
    dueDate: '期限',
    status: '状況',
    effort: '工数',
    notes: '備考',
    reason: '理由',
    fileName: 'ファイル名',
    sha256: 'SHA-256',
    size: 'サイズ',
    mediaType: '種類',
    addedAt: '登録日',
    items: '対象項目',
    flag: '要確認',
    evidenceCount: '証跡',
    actionId: '対応ID',
  },
  answers: {
    implemented: '実施済み',
    partial: '一部実施',
    'not-implemented': '未実施',
    'not-applicable': '該当なし',
    alternative: '代替策で実施',
    unknown: '不明',
    unanswered: '未回答',
  },
  effort: { S: '小', M: '中', L: '大' },
  priority: { P1: '最優先', P2: '高', P3: '中', P4: '低' },
  verdicts: {
    conforming: '適合',
    'major-nonconformity': '重大な不適合',
    'minor-nonconformity': '軽微な不適合',
    observation: '観察事項',
    'improvement-opportunity': '改善の機会',
    'good-practice': '優れた取組み',
  },
  formula: [
    '各項目の点数は、「実施済み」「代替策で実施」が1点、「一部実施」が0.5点、「未実施」「不明」「未回答」が0点です。「該当なし」の項目と、点検範囲により対象外となった項目は計算から除きます。',
    'スコア＝（各項目の点数×重み の合計）÷（重みの合計）×100。領域・チェックリスト・総合のいずれも同じ式で求め、小数点以下第1位に丸めます。重みは各項目の重要度（1〜3）です。',
    '回答率＝回答済みの対象項目数÷対象項目数。',
  ],
  flagged: '要確認',
  yes: 'はい',
  no: 'いいえ',
};

const en: ReportLabels = {
  auditTitle: 'Personal information protection assessment report',
  planTitle: 'Improvement plan',
  classification: 'Confidential',
  contents: 'Contents',
  page: (n, total) => `Page ${n} / ${total}`,
  cover: {
    organisation: 'Organisation',
    address: 'Address',
    representative: 'Representative',
    industry: 'Industry',
    employees: 'Employees',
    sites: 'Sites in scope',
    assessment: 'Assessment',
    scope: 'Scope',
    catalogs: 'Checklists (edition)',
    version: (v) => `version ${v}`,
    assessor: 'Assessor',
    reviewer: 'Reviewer',
    period: 'Assessment period',
    reportDate: 'Report date',
    classification: 'Classification',
    reportVersion: 'Report version',
    contentHash: 'Content hash (SHA-256)',
    smallBusiness: 'Small and medium-sized business methods applied',
    notice: (organisation) => `This report sets out the results of the assessment of personal information protection at ${organisation}. It contains confidential information: do not disclose or copy it beyond those concerned.`,
  },
  sections: {
    summary: 'Executive summary',
    method: 'Method',
    findings: 'Findings by domain',
    appendix: 'Appendix A: All answers',
    evidence: 'Appendix B: Evidence index',
    plan: 'Improvement plan',
    timeline: 'Timeline by due date',
    signOff: 'Sign-off',
    comparison: 'Comparison with the previous assessment',
    scope: 'Scope',
  },
  summary: {
    overall: 'Overall score',
    completion: 'Completion',
    answered: (answered, applicable) => `${answered} of ${applicable} items answered`,
    byCatalog: 'Scores by checklist and domain',
    byDomain: 'Scores by domain',
    counts: 'Answers',
    topGaps: 'Highest-priority gaps (top 10)',
    noGaps: 'No gaps need action.',
    radarTitle: 'Scores by domain (radar)',
    barTitle: 'Scores by checklist',
    quickCheck: 'Quick check',
    quickCheckScore: (total, max) => `${total} / ${max} points`,
    verdicts: 'Finding classes',
    findingsCount: 'Findings',
    weightedMean: (items) => `Weighted mean over ${items} applicable items`,
  },
  method: {
    scale: 'Answer scale',
    formula: 'How scores are calculated',
    outOfScope: 'Items out of scope (by the scoping profile)',
    notApplicable: 'Items answered Not applicable',
    none: 'None.',
    points: 'Points',
    meaning: 'Meaning',
  },
  findings: {
    intro: 'Items answered Partially implemented, Not implemented, Don’t know or left unanswered, by domain, each with the recommended action.',
    introAuditor: 'Items answered Partially implemented, Not implemented, Don’t know or left unanswered, and the items the auditor raised a finding on, by domain, each with the auditor’s verdict and the recommended action.',
    none: 'This assessment has no findings.',
    question: 'Question',
    answer: 'Answer',
    note: 'Notes',
    alternative: 'Alternative control',
    evidence: 'Evidence',
    action: 'Recommended action',
    references: 'References',
    verdict: 'Verdict',
    noEvidence: 'No evidence attached',
    checked: 'Checked by the auditor',
    notChecked: 'Not checked',
  },
  sheets: {
    title: 'Finding sheets',
    finding: (n, total) => `Finding ${n} of ${total}`,
    item: 'Item',
    verdict: 'Auditor’s verdict',
    comment: 'Auditor’s comment',
    noComment: 'No comment',
    answer: 'The organisation’s answer',
    evidence: 'Evidence',
    checkedColumn: 'Auditor',
    checked: 'Checked',
    notChecked: 'Not checked',
    moreEvidence: (n) => `and ${n} more`,
    action: 'Agreed action',
    noAction: 'No action on the improvement plan: write in what was agreed.',
    cut: ' … (full text in the audit report)',
    auditor: 'Auditor',
    receivedBy: 'Received by',
    signature: 'Signature or seal',
    date: 'Date',
    name: 'Name',
  },
  plan: {
    intro: 'The action for each gap, with its priority, owner and due date.',
    none: 'The improvement plan has no actions.',
    noDueDate: 'No due date',
    overdue: (n) => `${n} overdue`,
    count: (n) => `${n} action${n === 1 ? '' : 's'}`,
    byPriority: 'Actions by priority',
    byOwner: 'Actions by owner',
  },
  signOff: {
    intro: 'We have reviewed this report and sign or seal it below.',
    role: 'Role',
    name: 'Name',
    date: 'Date',
    signature: 'Signature or seal',
    assessor: 'Assessor',
    reviewer: 'Reviewer',
    approver: 'Approver',
    seal: 'Seal',
  },
  comparison: { previous: 'Previous', current: 'Current', change: 'Change', changes: 'Items whose answer changed', none: 'No answer changed.' },
  columns: {
    id: 'ID',
    item: 'Item',
    catalog: 'Checklist',
    domain: 'Domain',
    answer: 'Answer',
    note: 'Notes',
    score: 'Score',
    completion: 'Completion',
    answered: 'Answered',
    applicable: 'Applicable',
    count: 'Items',
    priority: 'Priority',
    action: 'Action',
    owner: 'Owner',
    dueDate: 'Due date',
    status: 'Status',
    effort: 'Effort',
    notes: 'Notes',
    reason: 'Reason',
    fileName: 'File name',
    sha256: 'SHA-256',
    size: 'Size',
    mediaType: 'Type',
    addedAt: 'Added',
    items: 'Items',
    flag: 'Flagged',
    evidenceCount: 'Evidence',
    actionId: 'Action ID',
  },
  answers: {
    implemented: 'Implemented',
    partial: 'Partially implemented',
    'not-implemented': 'Not implemented',
    'not-applicable': 'Not applicable',
    alternative: 'Alternative control',
    unknown: 'Don’t know',
    unanswered: 'Unanswered',
  },
  effort: { S: 'Small', M: 'Medium', L: 'Large' },
  priority: { P1: 'Critical', P2: 'High', P3: 'Medium', P4: 'Low' },
  verdicts: {
    conforming: 'Conforming',
    'major-nonconformity': 'Major nonconformity',
    'minor-nonconformity': 'Minor nonconformity',
    observation: 'Observation',
    'improvement-opportunity': 'Opportunity for improvement',
    'good-practice': 'Good practice',
  },
  formula: [
    'Each item scores 1 when Implemented or covered by an Alternative control, 0.5 when Partially implemented, and 0 when Not implemented, Don’t know or Unanswered. Items answered Not applicable, and items the scoping profile takes out, are left out.',
    'Score = Σ(item points × weight) ÷ Σ(weight) × 100, the same for a domain, a checklist and overall, rounded to one decimal. The weight (1–3) is the item’s importance.',
    'Completion = answered applicable items ÷ applicable items.',
  ],
  flagged: 'Flagged',
  yes: 'Yes',
  no: 'No',
};

export const reportLabels: Record<ReportLanguage, ReportLabels> = { ja, en };

export function labelsFor(language: ReportLanguage): ReportLabels {
  return reportLabels[language];
}
