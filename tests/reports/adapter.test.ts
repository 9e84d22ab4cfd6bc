// The adapter turns an assessment into what a report prints, in the report's own language: the scores are
// the scoring module's, every answer, owner, status, title and scoping fact is worded in Japanese or English,
// the gaps and the plan come from the plan module with "overdue" judged on the report date, and the evidence
// index names each file's hash and the items it backs.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Catalog, type ExportDocument, scoreAssessment, scoreQuickCheck } from '../../assessments';
import { ownerRoleLabels } from '../../assessments/plan';
import { reportModelFor, type ReportInput } from '../../electron/services/reports/adapter';
import type { ReportLanguage, ReportModel } from '../../electron/services/reports/model';
import { loadExample } from '../plan/example-fixture';

let doc: ExportDocument;
let catalogs: Catalog[];
const models: Partial<Record<ReportLanguage, ReportModel>> = {};

function input(language: ReportLanguage, over: Partial<ReportInput> = {}): ReportInput {
  return {
    assessment: doc.assessment,
    organisation: doc.organisation,
    catalogs,
    language,
    kind: 'audit',
    reportDate: '2026-11-30',
    era: false,
    evidenceIndex: doc.evidence.map(({ data: _data, ...file }) => file),
    ...over,
  };
}

beforeAll(async () => {
  ({ doc, catalogs } = await loadExample());
  models.ja = reportModelFor(input('ja'));
  models.en = reportModelFor(input('en'));
});

const findingIds = (m: ReportModel) => m.findings.flatMap((g) => g.items.map((i) => i.itemId));
const row = (m: ReportModel, itemId: string) => m.plan.find((r) => r.itemId === itemId)!;

describe.each(['ja', 'en'] as const)('the report model in %s', (language) => {
  const m = () => models[language]!;

  it('carries the scoring module’s scores: overall, per checklist and per domain', () => {
    const score = scoreAssessment(catalogs, doc.assessment.answers, doc.assessment.profile);
    const { summary } = m();
    expect(summary.overall).toEqual({ score: score.overall.score, completion: score.overall.completion, applicable: score.overall.applicable, answered: score.overall.answered });
    expect(summary.overall.score!.toFixed(1)).toBe('88.3');
    expect(summary.catalogs.map((c) => [c.id, c.score])).toEqual(score.catalogs.map((c) => [c.catalogId, c.score]));
    expect(summary.catalogs.flatMap((c) => c.domains.map((d) => d.score?.toFixed(1) ?? null))).toEqual(score.catalogs.flatMap((c) => c.domains.map((d) => d.score?.toFixed(1) ?? null)));
    const quick = scoreQuickCheck(catalogs[2]!, doc.assessment.answers);
    expect(summary.quickCheck).toMatchObject({ total: quick.total, max: 100, band: quick.band!.label[language] });
    // Answers are counted over the checklists' applicable items: 215 scored + 7 not applicable.
    expect(summary.counts.reduce((n, c) => n + c.count, 0)).toBe(score.overall.applicable + 7);
  });

  it('titles the catalogs and domains in the report’s language', () => {
    expect(m().catalogs.map((c) => [c.title, c.version])).toEqual(catalogs.map((c) => [c.title[language], 2]));
    expect(m().summary.catalogs[0]!.domains[0]!.title).toBe(catalogs[0]!.domains[0]!.title[language]);
    expect(m().findings[0]!.catalogTitle).toBe(catalogs[0]!.title[language]);
  });

  it('lists the gaps as findings by domain, each with its action, owner and state', () => {
    const ids = findingIds(m());
    expect(ids).toHaveLength(48);
    expect(ids).toContain('APPI-TEC-23');
    expect(ids).not.toContain('APPI-PER-01');
    const tec23 = m().findings.flatMap((g) => g.items).find((f) => f.itemId === 'APPI-TEC-23')!;
    expect(tec23.action).toMatchObject({ priority: 'P2', owner: '見本 太郎（代表取締役）', dueDate: '2027-09-30', statusLabel: language === 'ja' ? 'リスク受容' : 'Risk accepted' });
    expect(tec23.note).toBe('販売管理システムに閲覧ログの機能がない。');
    const org10 = m().appendix.flatMap((g) => g.items).find((i) => i.itemId === 'APPI-ORG-10')!;
    expect(org10).toMatchObject({ answerLabel: language === 'ja' ? '実施済み' : 'Implemented', evidenceCount: 1 });
  });

  it('ranks the top ten gaps that still need work, most urgent first', () => {
    const { topGaps } = m();
    expect(topGaps).toHaveLength(10);
    expect(topGaps.map((g) => g.priority)).toEqual([...topGaps.map((g) => g.priority)].sort());
    // The two P1 gaps (weight 3, not implemented), in catalog order.
    expect(topGaps.slice(0, 2).map((g) => g.itemId)).toEqual(['PMS-PLAN-07', 'PMS-SUP-02']);
    expect(topGaps[1]).toMatchObject({ priority: 'P1', answerLabel: language === 'ja' ? '未実施' : 'Not implemented', title: catalogs[1]!.domains[2]!.items[1]!.title[language] });
    expect(topGaps.some((g) => g.itemId === 'APPI-TEC-23')).toBe(false); // risk accepted
  });

  it('words owners, states and overdue actions as of the report date', () => {
    const roleOwned = row(m(), 'APPI-ORG-20');
    expect(roleOwned.owner).toBe(ownerRoleLabels['top-management'][language]);
    expect(row(m(), 'APPI-PER-01')).toMatchObject({ status: 'done-by-answer', statusLabel: language === 'ja' ? '完了（回答により解消）' : 'Done (closed by answer)' });
    expect(row(m(), 'APPI-PHY-03')).toMatchObject({ status: 'open', overdue: true, dueDate: '2026-10-15' });
    expect(row(m(), 'APPI-TEC-23').notes).toMatch(language === 'ja' ? /^理由：現行の販売管理システム/ : /^Reason: 現行の販売管理システム/);
    expect(m().plan.map((r) => r.status).slice(-2)).toEqual(['risk-accepted', 'done-by-answer']);
    expect(new Set(m().plan.map((r) => r.actionId)).size).toBe(m().plan.length);
  });

  it('says why items are out of scope (the scoping question) or not applicable (the reason given)', () => {
    const ext = m().method.outOfScope.find((e) => e.itemId === 'APPI-EXT-01')!;
    expect(ext.reason).toBe(
      language === 'ja'
        ? '点検範囲の質問「外国で、または外国のクラウドサービスで個人データを取り扱っている」に「いいえ」と回答したため対象外'
        : 'Out of scope: the scoping question “Handles personal data in a foreign country or on a foreign cloud service” was answered no',
    );
    expect(m().method.outOfScope.map((e) => e.itemId)).toContain('PMS-PROV-09');
    expect(m().method.notApplicable.find((e) => e.itemId === 'APPI-PER-09')!.reason).toBe('従業者のメール、パソコン操作やカメラ映像によるモニタリングは行っていないため。');
    expect(m().method.notApplicable).toHaveLength(7);
    expect(m().method.scale.map((s) => s.value)).toEqual(['1', '1', '0.5', '0', '0', '0', '—']);
  });

  it('prints the scoping profile, the organisation and the assessment in the report’s words', () => {
    const { scope, organisation, assessment, signOff } = m();
    expect(scope.smallBusiness).toBe(true);
    expect(scope.profileLines[0]).toBe(language === 'ja' ? '従業員数：27名' : 'Employees: 27');
    expect(scope.profileLines).toContain(language === 'ja' ? 'マイナンバー（個人番号）を取り扱っている：はい' : 'Handles My Numbers (Individual Numbers): yes');
    expect(organisation).toMatchObject({ name: '株式会社さくら見本商事', employees: 30, sites: ['本社（東京都千代田区）', '川崎物流センター（神奈川県川崎市）'] });
    expect(assessment).toMatchObject({ periodFrom: '2026-09-01', periodTo: '2026-10-30', statusLabel: language === 'ja' ? '確認中' : 'In review' });
    expect(signOff).toEqual({ assessor: '佐藤 美咲（総務部長・個人情報保護管理者）', approver: '代表取締役 見本 太郎', date: '2026-11-30' });
  });

  it('indexes the evidence with its SHA-256 and the items each file backs', () => {
    const { evidence } = m();
    expect(evidence).toHaveLength(10);
    for (const entry of evidence) {
      const file = doc.evidence.find((e) => e.name === entry.name)!;
      expect(entry.sha256).toBe(createHash('sha256').update(Buffer.from(file.data, 'base64')).digest('hex'));
    }
    expect(evidence.find((e) => e.name === '廃棄証明書_2026-06.pdf')!.items).toEqual(['APPI-ORG-10', 'APPI-PHY-15', 'APPI-PHY-17']);
    const finding = m().findings.flatMap((g) => g.items).find((f) => f.itemId === 'APPI-PER-05')!;
    expect(finding.evidence.map((e) => e.name)).toEqual(['教育記録_2026年度.csv']);
  });
});

describe('reportModelFor', () => {
  it('gives the same model for the same input', () => {
    expect(reportModelFor(input('ja'))).toEqual(models.ja);
  });

  it('judges overdue on the report date, not today', () => {
    const early = reportModelFor(input('en', { reportDate: '2026-10-01' }));
    expect(early.plan.filter((r) => r.overdue)).toEqual([]);
    expect(models.en!.plan.filter((r) => r.overdue).map((r) => r.itemId).sort()).toEqual(['APPI-ORG-11', 'APPI-PHY-03', 'APPI-TEC-08', 'PMS-PROV-13']);
  });

  it('titles the plan report as such and takes the classification and version it is given', () => {
    const plan = reportModelFor(input('en', { kind: 'plan', classification: 'Internal', reportVersion: '2.1', generator: 'Mamori 9.9.9' }));
    expect(plan).toMatchObject({ kind: 'plan', title: 'Improvement plan', classification: 'Internal', reportVersion: '2.1', generator: 'Mamori 9.9.9' });
    expect(models.ja).toMatchObject({ title: '個人情報保護 点検報告書', classification: '社外秘', reportVersion: '1.0', era: false });
  });

  it('says “not sure” for counts the profile left open, and leaves out what the organisation did not give', () => {
    const assessment = { ...doc.assessment, profile: { ...doc.assessment.profile, employees: null, individuals: null } };
    const m = reportModelFor(input('ja', { assessment, organisation: { ...doc.organisation, address: '', sites: '', employees: null } }));
    expect(m.scope.profileLines.slice(0, 2)).toEqual(['従業員数：わからない', '個人情報の本人の数（過去6か月で最も多い日）：わからない']);
    expect(m.scope.smallBusiness).toBe(false);
    expect(m.organisation).toEqual({ name: '株式会社さくら見本商事', representative: '代表取締役 見本 太郎', industry: '文具・事務用品の卸売業（通信販売を含む）' });
  });
});
