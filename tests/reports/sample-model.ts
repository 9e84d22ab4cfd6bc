// Sample report models built from the real catalogs, for the report tests, the page-rendering script and
// the benchmark. `full`: all three catalogs, every item answered with a 200-character note, 100 evidence
// files with SHA-256, an improvement plan for every gap; `small`: two domains of one catalog. Everything is
// derived from item ids, so a model is the same on every run. This stands in for the adapter (the lead
// engineer's), doing the minimum it must: resolve every string into the report's language.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  type AnswerStatus,
  type Answers,
  type Catalog,
  catalogItems,
  type Item,
  itemApplies,
  parseCatalogText,
  type ScopingProfile,
  scoreAssessment,
  scoreQuickCheck,
} from '../../assessments';
import { labelsFor } from '../../electron/services/reports/labels';
import type {
  PlanRow,
  ReportAppendixGroup,
  ReportEvidenceEntry,
  ReportFindingGroup,
  ReportLanguage,
  ReportModel,
} from '../../electron/services/reports/model';

const catalogDir = path.resolve(import.meta.dirname, '../../assessments/catalogs');

let catalogCache: Catalog[] | undefined;
export function loadCatalogs(): Catalog[] {
  if (catalogCache) return catalogCache;
  catalogCache = ['appi-safeguards', 'pms-controls', 'quick-check'].map((id) => {
    // The first editions: the report tests' expectations were worked out on them.
    const result = parseCatalogText(fs.readFileSync(path.join(catalogDir, `${id}@1.yaml`), 'utf8'), `${id}@1.yaml`);
    if (!result.ok) throw new Error(`catalog ${id} does not parse`);
    return result.catalog;
  });
  return catalogCache;
}

/** A stable pseudo-random number in [0, 1) from a string. */
function unit(seed: string): number {
  return createHash('sha256').update(seed).digest().readUInt32BE(0) / 2 ** 32;
}

export const sampleProfile: ScopingProfile = {
  employees: 45,
  individuals: 12000,
  processesForOthers: 'yes',
  usesContractors: 'yes',
  providesToThirdParties: 'yes',
  specialCareData: 'yes',
  foreignTransfer: 'no',
  websiteTracking: 'yes',
  jointUse: 'no',
  pseudonymisedOrAnonymised: 'no',
  handlesMyNumbers: 'yes',
};

function statusFor(catalog: Catalog, item: Item): AnswerStatus {
  const r = unit(`status/${catalog.id}/${item.id}`);
  if (catalog.kind === 'quick-check') return r < 0.55 ? 'implemented' : r < 0.8 ? 'partial' : r < 0.93 ? 'not-implemented' : 'unknown';
  return r < 0.46 ? 'implemented' : r < 0.66 ? 'partial' : r < 0.82 ? 'not-implemented' : r < 0.88 ? 'alternative' : 'not-applicable';
}

const notePool: Record<ReportLanguage, string[]> = {
  ja: [
    '個人情報保護管理者が年1回、取扱規程の運用状況を点検し、結果を代表者に報告している。',
    '委託先との契約書に安全管理措置と再委託の条件を定めているが、一部の委託先では契約の更新が遅れている。',
    '従業者向けの研修は入社時に実施しているが、全員を対象とした定期的な研修の記録が残っていない。',
    '漏えい等事案が発生した場合の報告手順を定め、連絡先一覧を総務部で管理している。',
    '事務所の入退室は ICカードで管理し、来訪者は受付で記帳のうえ同行者を付けている。',
    'ノートPCの持ち出しは申請制とし、ディスクの暗号化と多要素認証を設定している。',
    '個人データの廃棄は専門業者に委託し、廃棄証明書を受領して保管している。',
    '本人からの開示等の請求に対応する窓口と手順をウェブサイトで公表している。',
  ],
  en: [
    'The personal information protection manager reviews how the handling rules are applied once a year and reports to top management.',
    'Contracts with contractors set out safeguards and the conditions for re-outsourcing; renewals are late for some contractors.',
    'Staff are trained when they join, but there is no record of regular training for everyone.',
    'A procedure for reporting leakage or other incidents is in place, with a contact list kept by general affairs.',
    'Office entry is controlled by IC card; visitors sign in at reception and are accompanied.',
    'Taking laptops out requires approval; disks are encrypted and multi-factor authentication is enabled.',
    'Records are kept for five years.',
    'The register was last updated in October.',
    'Checked on site with the owner.',
    'Staff confirmed this in interviews.',
    'Minutes of the review are on file.',
  ],
};

/** A note of (about) 200 characters, different for every item. */
function noteFor(language: ReportLanguage, key: string): string {
  const pool = notePool[language];
  const first = Math.floor(unit(`note/${key}`) * pool.length);
  if (language === 'ja') {
    let text = '';
    for (let i = first; text.length < 200; i += 1) text += pool[i % pool.length];
    return `${text.slice(0, 199)}。`;
  }
  // English: whole sentences up to 200 characters, so the note reads naturally.
  let note = '';
  for (let k = 0; k < pool.length; k += 1) {
    const sentence = pool[(first + k) % pool.length]!;
    if (note.length + 1 + sentence.length <= 200) note = note ? `${note} ${sentence}` : sentence;
  }
  return note;
}

const ownerLabels: Record<ReportLanguage, Record<string, string>> = {
  ja: {
    'top-management': '代表者',
    'privacy-manager': '個人情報保護管理者',
    'it-admin': '情報システム担当',
    'general-affairs': '総務部',
    hr: '人事部',
    'department-heads': '各部門長',
    'all-staff': '全従業者',
    'internal-auditor': '内部監査責任者',
    legal: '法務担当',
    'customer-desk': '相談窓口',
    'web-admin': 'ウェブサイト担当',
  },
  en: {
    'top-management': 'Top management',
    'privacy-manager': 'Personal information protection manager',
    'it-admin': 'IT administrator',
    'general-affairs': 'General affairs',
    hr: 'Human resources',
    'department-heads': 'Department heads',
    'all-staff': 'All staff',
    'internal-auditor': 'Internal auditor',
    legal: 'Legal',
    'customer-desk': 'Customer desk',
    'web-admin': 'Website administrator',
  },
};

const evidenceNames: Record<ReportLanguage, string[]> = {
  ja: ['個人情報保護方針', '取扱規程', '研修記録', '委託先評価表', '入退室記録', '廃棄証明書', '点検報告', '契約書', 'アクセス権限一覧', '漏えい等対応手順'],
  en: ['privacy-policy', 'handling-rules', 'training-record', 'contractor-review', 'entry-log', 'disposal-certificate', 'inspection-report', 'contract', 'access-rights', 'incident-procedure'],
};
const extensions = [
  ['pdf', 'application/pdf'],
  ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['png', 'image/png'],
  ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
] as const;

function addMonths(date: string, months: number, day: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const flagReasons: Record<ReportLanguage, Record<string, string>> = {
  ja: {
    foreignTransfer: '外国にある第三者への提供を行っていないため対象外',
    jointUse: '共同利用を行っていないため対象外',
    pseudonymisedOrAnonymised: '仮名加工情報・匿名加工情報を作成していないため対象外',
  },
  en: {
    foreignTransfer: 'No provision to a third party in a foreign country',
    jointUse: 'No joint use',
    pseudonymisedOrAnonymised: 'No pseudonymously or anonymously processed information is produced',
  },
};

export type SampleOptions = {
  language: ReportLanguage;
  size: 'small' | 'full';
  kind?: 'audit' | 'plan';
  era?: boolean;
  reportDate?: string;
  /** Add what auditor mode will bring: verdicts, a content hash, a comparison with last year. */
  auditor?: boolean;
};

export function buildSampleModel(options: SampleOptions): ReportModel {
  const { language, size } = options;
  const labels = labelsFor(language);
  const reportDate = options.reportDate ?? '2026-11-29';
  const all = loadCatalogs();
  const catalogs =
    size === 'full' ? all : [{ ...all[0]!, domains: all[0]!.domains.slice(0, 2).map((d) => ({ ...d, items: d.items.slice(0, 4) })) }];
  const checklists = catalogs.filter((c) => c.kind === 'checklist');
  const quick = catalogs.find((c) => c.kind === 'quick-check');

  const answers: Record<string, { status: AnswerStatus }> = {};
  for (const c of catalogs) for (const item of catalogItems(c)) answers[`${c.id}/${item.id}`] = { status: statusFor(c, item) };
  const score = scoreAssessment(catalogs, answers satisfies Answers, sampleProfile);

  // Evidence: 100 files (3 in the small model), each backing one to three items.
  const inScope = catalogs.flatMap((c) =>
    c.domains.flatMap((d) => d.items.filter((i) => itemApplies(i.appliesWhen, sampleProfile)).map((item) => ({ catalog: c, domain: d, item }))),
  );
  const evidenceCount = size === 'full' ? 100 : 3;
  const evidence: ReportEvidenceEntry[] = Array.from({ length: evidenceCount }, (_, i) => {
    const [ext, mediaType] = extensions[i % extensions.length]!;
    const items = [0, 1, 2].slice(0, 1 + (i % 3)).map((k) => inScope[(i * 2 + k * 7) % inScope.length]!.item.id);
    return {
      name: `${evidenceNames[language][i % 10]}_${String(i + 1).padStart(3, '0')}.${ext}`,
      sha256: createHash('sha256').update(`evidence-${i}`).digest('hex'),
      size: 20_000 + Math.floor(unit(`size/${i}`) * 2_000_000),
      mediaType,
      addedAt: addMonths('2026-06-01', i % 5, 1 + (i % 27)) + 'T09:00:00.000Z',
      items: [...new Set(items)],
    };
  });
  const evidenceOf = (itemId: string) => evidence.filter((e) => e.items.includes(itemId));

  const gaps: AnswerStatus[] = ['partial', 'not-implemented', 'unknown', 'unanswered'];
  const findings: ReportFindingGroup[] = [];
  const appendix: ReportAppendixGroup[] = [];
  const plan: PlanRow[] = [];
  const statusLabels = language === 'ja' ? ['未着手', '対応中', '完了'] : ['Open', 'In progress', 'Done'];
  let actionNo = 0;
  for (const c of catalogs) {
    for (const d of c.domains) {
      const group: ReportFindingGroup = { catalogTitle: c.title[language], domainId: d.id, domainTitle: d.title[language], items: [] };
      const app: ReportAppendixGroup = { catalogTitle: c.title[language], domainId: d.id, domainTitle: d.title[language], items: [] };
      for (const item of d.items) {
        if (!itemApplies(item.appliesWhen, sampleProfile)) continue;
        const status = answers[`${c.id}/${item.id}`]!.status;
        const note = noteFor(language, item.id);
        const files = evidenceOf(item.id);
        app.items.push({
          itemId: item.id,
          title: item.title[language],
          answerLabel: labels.answers[status],
          status,
          note: status === 'not-applicable' ? `${note}` : note,
          flagged: unit(`flag/${item.id}`) < 0.05,
          evidenceCount: files.length,
        });
        if (!gaps.includes(status)) continue;
        actionNo += 1;
        const r = unit(`plan/${item.id}`);
        const dueDate = r < 0.08 ? undefined : addMonths(reportDate, Math.floor(r * 14) - 2, 1 + Math.floor(unit(`day/${item.id}`) * 27));
        const s2 = unit(`state/${item.id}`);
        const past = dueDate !== undefined && dueDate < reportDate;
        const state = past ? (s2 < 0.6 ? 2 : s2 < 0.85 ? 1 : 0) : s2 < 0.1 ? 2 : s2 < 0.4 ? 1 : 0;
        const owner = ownerLabels[language][item.action.owner] ?? item.action.owner;
        const row: PlanRow = {
          actionId: `A-${String(actionNo).padStart(3, '0')}`,
          itemId: item.id,
          title: item.title[language],
          text: item.action.text[language],
          priority: item.action.priority,
          owner,
          ...(dueDate ? { dueDate } : {}),
          status: ['open', 'in-progress', 'done'][state]!,
          statusLabel: statusLabels[state]!,
          effort: item.action.effort,
          ...(dueDate && dueDate < reportDate && state !== 2 ? { overdue: true } : {}),
          notes: unit(`pnote/${item.id}`) < 0.3 ? (language === 'ja' ? '次回の委員会で進捗を確認する。' : 'Progress to be checked at the next committee meeting.') : '',
          catalogTitle: c.title[language],
          domainTitle: d.title[language],
        };
        plan.push(row);
        group.items.push({
          itemId: item.id,
          title: item.title[language],
          question: item.question[language],
          answerLabel: labels.answers[status],
          status,
          note,
          references: item.references,
          evidence: files.map((e) => ({ name: e.name, sha256: e.sha256, size: e.size })),
          action: { text: row.text, priority: row.priority, owner, ...(dueDate ? { dueDate } : {}), statusLabel: row.statusLabel },
        });
      }
      if (group.items.length > 0) findings.push(group);
      if (app.items.length > 0) appendix.push(app);
    }
  }

  const rank = (p: string) => Number(p.slice(1));
  const topGaps = findings
    .flatMap((g) => g.items.map((f) => ({ g, f })))
    .filter(({ f }) => f.action)
    .sort((a, b) => rank(a.f.action!.priority) - rank(b.f.action!.priority) || (a.f.status === 'not-implemented' ? -1 : 0) - (b.f.status === 'not-implemented' ? -1 : 0))
    .slice(0, 10)
    .map(({ g, f }) => ({
      itemId: f.itemId,
      title: f.title,
      catalogTitle: g.catalogTitle,
      domainTitle: g.domainTitle,
      answerLabel: f.answerLabel,
      status: f.status,
      priority: f.action!.priority,
      actionText: f.action!.text,
    }));

  const countOrder: AnswerStatus[] = ['implemented', 'alternative', 'partial', 'not-implemented', 'unknown', 'not-applicable', 'unanswered'];
  const counted = appendix.flatMap((g) => g.items.map((i) => i.status));
  const outOfScope = catalogs.flatMap((c) =>
    catalogItems(c)
      .filter((i) => !itemApplies(i.appliesWhen, sampleProfile))
      .map((i) => ({
        itemId: i.id,
        title: i.title[language],
        catalogTitle: c.title[language],
        reason: (i.appliesWhen ?? []).map((flag) => flagReasons[language][flag] ?? flag).join(language === 'ja' ? '。' : '. '),
      })),
  );
  const notApplicable = appendix.flatMap((g) =>
    g.items
      .filter((i) => i.status === 'not-applicable')
      .map((i) => ({ itemId: i.itemId, title: i.title, catalogTitle: g.catalogTitle, reason: language === 'ja' ? '該当する業務を行っていないため。' : 'The business does not carry out this activity.' })),
  );
  const quickResult = quick ? scoreQuickCheck(quick, answers) : undefined;
  const org = language === 'ja'
    ? { name: '株式会社さくらデータサービス', address: '東京都千代田区丸の内一丁目1番1号 さくらビル5階', representative: '代表取締役 山田 太郎', industry: '情報サービス業', employees: 45, sites: ['本社（東京）', '大阪営業所'] }
    : { name: 'Sakura Data Services Co., Ltd.', address: 'Sakura Building 5F, 1-1-1 Marunouchi, Chiyoda-ku, Tokyo', representative: 'Taro Yamada, Representative Director', industry: 'Information services', employees: 45, sites: ['Head office (Tokyo)', 'Osaka branch'] };
  const assessor = language === 'ja' ? '佐藤 花子（個人情報保護管理者）' : 'Hanako Sato (personal information protection manager)';
  const reviewer = language === 'ja' ? '鈴木 一郎（内部監査責任者）' : 'Ichiro Suzuki (internal auditor)';

  const model: ReportModel = {
    language,
    kind: options.kind ?? 'audit',
    reportDate,
    era: options.era ?? false,
    classification: labels.classification,
    reportVersion: '1.0',
    title: (options.kind ?? 'audit') === 'plan' ? labels.planTitle : labels.auditTitle,
    generator: 'Mamori 0.1.0',
    organisation: org,
    assessment: {
      title: language === 'ja' ? '2026年度 個人情報保護 自己点検' : 'FY2026 personal information protection self-assessment',
      assessor,
      reviewer,
      periodFrom: '2026-10-01',
      periodTo: '2026-11-20',
    },
    catalogs: catalogs.map((c) => ({ id: c.id, title: c.title[language], version: c.version })),
    scope: {
      profileLines:
        language === 'ja'
          ? ['従業者数: 45名', '個人情報の本人の数: 約12,000人', '他社から個人データの取扱いを受託: あり', '委託先の利用: あり', '要配慮個人情報の取扱い: あり', '外国にある第三者への提供: なし', 'マイナンバーの取扱い: あり']
          : ['Employees: 45', 'Individuals in the data: about 12,000', 'Handles personal data for others: yes', 'Uses contractors: yes', 'Special care-required personal information: yes', 'Provision to a third party in a foreign country: no', 'Handles My Numbers: yes'],
      smallBusiness: false,
    },
    summary: {
      overall: { score: score.overall.score, completion: score.overall.completion, applicable: score.overall.applicable, answered: score.overall.answered },
      catalogs: score.catalogs.map((cs) => {
        const c = checklists.find((x) => x.id === cs.catalogId)!;
        return {
          id: c.id,
          title: c.title[language],
          score: cs.score,
          completion: cs.completion,
          applicable: cs.applicable,
          answered: cs.answered,
          domains: cs.domains.map((ds) => ({
            id: ds.domainId,
            title: c.domains.find((d) => d.id === ds.domainId)!.title[language],
            score: ds.score,
            completion: ds.completion,
            applicable: ds.applicable,
            answered: ds.answered,
          })),
        };
      }),
      counts: countOrder.map((status) => ({ status, label: labels.answers[status], count: counted.filter((s) => s === status).length })).filter((c) => c.count > 0),
      ...(quick && quickResult
        ? {
            quickCheck: {
              title: quick.title[language],
              total: quickResult.total,
              max: quickResult.max,
              ...(quickResult.band ? { band: quickResult.band.label[language], advice: quickResult.band.advice[language] } : {}),
            },
          }
        : {}),
    },
    topGaps,
    method: {
      scale: [
        { status: 'implemented', label: labels.answers.implemented, value: '1', description: language === 'ja' ? '求められる措置を実施し、記録がある。' : 'The measure is in place and recorded.' },
        { status: 'alternative', label: labels.answers.alternative, value: '1', description: language === 'ja' ? '別の方法で同等の措置を実施している。' : 'An equivalent measure is in place.' },
        { status: 'partial', label: labels.answers.partial, value: '0.5', description: language === 'ja' ? '一部の部門・対象でのみ実施している。' : 'In place for part of the business only.' },
        { status: 'not-implemented', label: labels.answers['not-implemented'], value: '0', description: language === 'ja' ? '実施していない。' : 'Not in place.' },
        { status: 'unknown', label: labels.answers.unknown, value: '0', description: language === 'ja' ? '実施しているか分からない。' : 'Not known whether it is in place.' },
        { status: 'not-applicable', label: labels.answers['not-applicable'], value: '—', description: language === 'ja' ? '該当する業務がない（理由を記録）。' : 'Does not apply (reason recorded).' },
      ],
      formula: labels.formula,
      outOfScope,
      notApplicable,
    },
    findings,
    appendix,
    evidence,
    plan,
    signOff: { assessor, reviewer, approver: org.representative, date: reportDate },
  };
  return options.auditor ? withAuditorMode(model) : model;
}

const verdictCodes = ['conforming', 'minor-nonconformity', 'major-nonconformity', 'observation', 'improvement-opportunity', 'good-practice'] as const;

/** Verdicts on every finding and answer, a content hash on the sign-off, and last year's scores to compare. */
function withAuditorMode(model: ReportModel): ReportModel {
  const labels = labelsFor(model.language);
  const ja = model.language === 'ja';
  const verdictOf = (itemId: string, gap: boolean) => {
    const code = gap ? verdictCodes[1 + Math.floor(unit(`verdict/${itemId}`) * 4)]! : unit(`verdict/${itemId}`) < 0.9 ? 'conforming' : 'good-practice';
    return { code, label: labels.verdicts[code], ...(gap ? { comment: ja ? '記録の確認で、運用が規程どおりでない箇所を確認した。' : 'Records show practice departing from the rules.' } : {}) };
  };
  for (const group of model.findings) for (const f of group.items) f.verdict = verdictOf(f.itemId, true);
  for (const group of model.appendix) for (const item of group.items) item.verdict = verdictOf(item.itemId, ['partial', 'not-implemented', 'unknown'].includes(item.status));
  const counts = new Map<string, number>();
  for (const group of model.appendix) for (const item of group.items) if (item.verdict) counts.set(item.verdict.code, (counts.get(item.verdict.code) ?? 0) + 1);
  model.summary.verdicts = verdictCodes.filter((c) => counts.has(c)).map((code) => ({ code, label: labels.verdicts[code], count: counts.get(code)! }));
  model.signOff.contentHash = createHash('sha256').update(JSON.stringify(model.appendix)).digest('hex');
  const previous = (score: number | null, key: string) => (score === null ? null : Math.round((score - 15 + unit(key) * 20) * 10) / 10);
  model.comparison = {
    previousTitle: ja ? '2025年度 個人情報保護 自己点検' : 'FY2025 personal information protection self-assessment',
    previousDate: '2025-11-28',
    rows: [
      { label: labels.summary.overall, level: 0, previous: previous(model.summary.overall.score, 'overall'), current: model.summary.overall.score },
      ...model.summary.catalogs.flatMap((c) => [
        { label: c.title, level: 1 as const, previous: previous(c.score, c.id), current: c.score },
        ...c.domains.map((d) => ({ label: d.title, level: 2 as const, previous: previous(d.score, d.id), current: d.score })),
      ]),
    ],
    changes: model.appendix
      .flatMap((g) => g.items)
      .filter((i) => unit(`changed/${i.itemId}`) < 0.1)
      .map((i) => ({ itemId: i.itemId, title: i.title, previousLabel: labels.answers['not-implemented'], currentLabel: i.answerLabel })),
  };
  return model;
}
