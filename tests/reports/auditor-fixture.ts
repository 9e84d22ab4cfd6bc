// The shipped example after an on-site audit: the auditor's verdicts on nine items — findings of every class,
// some on items the company answered "implemented", one comment long enough to fill a page — and a real
// sign-off sealed over it (sealOf), for the auditor-mode report tests and for looking at the pages.
import { type Assessment, type Catalog, type ExportDocument, type EvidenceFile, sealOf, type Verdict } from '../../assessments';
import { loadExample } from '../plan/example-fixture';

export const VERDICT_AT = '2026-11-20T05:00:00.000Z';
export const SIGNED_AT = '2026-11-21T08:30:00.000Z';
export const signer = { assessor: '中村 直樹（外部監査員）', reviewer: '鈴木 一郎（内部監査責任者）', date: '2026-11-21' } as const;

/** A comment of about 3,000 characters: more than a sheet has room for. */
export const longComment = Array.from({ length: 60 }, (_, i) => `確認${i + 1}：委託先の選定基準と評価記録を照合したところ、一部の委託先で再評価の記録が見当たらなかった。`).join('');

/** The verdicts, by answer key; the pms-controls key is filled in from the catalog (its first implemented item). */
export function verdictSpecs(pmsKey: string): Record<string, Omit<Verdict, 'updatedAt' | 'evidenceChecked'> & { checkEvidence?: boolean }> {
  return {
    // Answered "implemented", but the auditor disagrees: still a finding, and a plan action.
    'appi-safeguards/APPI-BP-01': { code: 'major-nonconformity', comment: '基本方針が従業者に周知された記録がない。掲示日と周知方法を記録すること。', checkEvidence: true },
    'appi-safeguards/APPI-ORG-08': { code: 'major-nonconformity', comment: 'アクセス権限の見直しが一度も行われていない。' },
    'appi-safeguards/APPI-ORG-09': { code: 'minor-nonconformity', comment: '紙の書類の持ち出し記録が様式にない。' },
    [pmsKey]: { code: 'minor-nonconformity', comment: 'PMS の記録の保管期間が規程と異なる。' },
    'appi-safeguards/APPI-RULE-01': { code: 'observation', comment: '取扱規程の改訂履歴を表紙に記載するとよい。' },
    'appi-safeguards/APPI-ORG-21': { code: 'improvement-opportunity', comment: longComment },
    'appi-safeguards/APPI-BP-02': { code: 'good-practice', comment: '質問窓口の案内が分かりやすく、ウェブサイトと店頭で統一されている。' },
    // Conforming: in the counts and the appendix, never a sheet.
    'appi-safeguards/APPI-BP-03': { code: 'conforming', comment: '' },
    'appi-safeguards/APPI-ORG-20': { code: 'conforming', comment: '運用は規程どおり。' },
  };
}

export type Audited = { doc: ExportDocument; catalogs: Catalog[]; evidence: EvidenceFile[]; plain: Assessment; audited: Assessment; signed: Assessment; pmsKey: string };

/** The example's answers alone (`plain`), with the verdicts above (`audited`), and the same signed off (`signed`). */
export async function auditedExample(): Promise<Audited> {
  const { doc, catalogs } = await loadExample();
  const pms = catalogs.find((c) => c.id === 'pms-controls')!;
  const pmsItem = pms.domains.flatMap((d) => d.items).find((i) => doc.assessment.answers[`pms-controls/${i.id}`]?.status === 'implemented')!;
  const pmsKey = `pms-controls/${pmsItem.id}`;
  const verdicts: Record<string, Verdict> = {};
  for (const [key, { checkEvidence, ...spec }] of Object.entries(verdictSpecs(pmsKey))) {
    const evidence = doc.assessment.answers[key]?.evidence ?? [];
    verdicts[key] = { ...spec, evidenceChecked: checkEvidence ? evidence.slice(0, 1) : [], updatedAt: VERDICT_AT };
  }
  // Whatever auditor mode the shipped example gains, these tests start from its answers alone.
  const { verdicts: _verdicts, signOff: _signOff, ...plain } = doc.assessment;
  const audited: Assessment = { ...plain, verdicts };
  const signed: Assessment = { ...audited, signOff: await sealOf(audited, signer, SIGNED_AT) };
  return { doc, catalogs, evidence: doc.evidence.map(({ data: _data, ...file }) => file), plain, audited, signed, pmsKey };
}
