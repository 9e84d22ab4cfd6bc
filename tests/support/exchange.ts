// Helpers for export/import tests: a workspace holding one assessment with answers, notes and evidence.
import { type Assessment, type EvidenceFile, type ExportDocument, summarise } from '../../assessments';
import { buildExport } from '../../electron/services/exchange/export-file';
import { testHandlers } from './workspace';
import { organisation, smallCompany } from './profiles';
import { progressOf } from '../../electron/services/progress';

export function workspaceWithAssessment(dataDir?: string, extra: Parameters<typeof testHandlers>[1] = {}) {
  const t = testHandlers(dataDir, extra);
  const org = organisation('orgsakura0000001', 'さくら商事株式会社');
  if (!t.workspace.index.read().organisations.some((o) => o.id === org.id)) {
    t.workspace.index.update((i) => ({ ...i, organisations: [...i.organisations, org] }));
  }
  const put = (text: string, name: string): EvidenceFile => {
    const bytes = Buffer.from(text, 'utf8');
    const hash = t.workspace.vault.put(bytes);
    return { hash, name, size: bytes.length, mediaType: 'text/plain', addedAt: '2026-04-02T00:00:00.000Z' };
  };
  const policy = put('基本方針 2026年版\n代表取締役 承認済み', '基本方針.txt');
  const training = put('教育記録: 全員受講 (2026-03)', 'training-record.txt');
  const assessment: Assessment = {
    schemaVersion: 3,
    id: 'asmt000000000001',
    organisationId: org.id,
    title: '2026年度 自己点検',
    assessor: '総務部 山田',
    periodFrom: '2026-04-01',
    periodTo: '2026-04-30',
    status: 'draft',
    copyOf: null,
    catalogs: [
      { id: 'appi-safeguards', version: 1 },
      { id: 'quick-check', version: 1 },
    ],
    profile: { ...smallCompany, employees: 18 },
    answers: {
      'appi-safeguards/APPI-BP-01': { status: 'implemented', note: '掲示済み', reason: '', alternative: '', flagged: false, evidence: [policy.hash], updatedAt: '2026-04-02T01:00:00.000Z' },
      'appi-safeguards/APPI-PER-01': { status: 'alternative', note: '', reason: '', alternative: 'e-learning で代替', flagged: true, evidence: [training.hash], updatedAt: '2026-04-02T02:00:00.000Z' },
      'quick-check/QC-BASIC-01': { status: 'unknown', note: 'IT担当に確認中', reason: '', alternative: '', flagged: false, evidence: [], updatedAt: '2026-04-02T03:00:00.000Z' },
    },
    evidence: { [policy.hash]: policy, [training.hash]: training },
    plan: { 'appi-safeguards/APPI-PER-01': { owner: '人事部', dueDate: '2026-06-30', status: 'in-progress', reason: '', effort: null, notes: '研修資料を改訂中', updatedAt: '2026-04-02T04:00:00.000Z' } },
    createdAt: '2026-04-01T09:00:00.000Z',
    updatedAt: '2026-04-02T03:00:00.000Z',
  };
  t.workspace.assessments.create(assessment);
  t.workspace.index.update((i) => ({
    ...i,
    assessments: [...i.assessments, summarise(assessment, progressOf(assessment, t.catalogs))],
  }));
  // Assigned onto t, not spread: `t.workspace` must stay a getter (it changes when encryption is turned on).
  return Object.assign(t, { assessment, org });
}

export function exportOf(t: ReturnType<typeof workspaceWithAssessment>): ExportDocument {
  return buildExport(t.workspace, t.catalogs, t.assessment.id, '0.0.0-test');
}
