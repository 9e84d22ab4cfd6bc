// The comparison channels on a real data folder, through the dispatcher (input checked as in the app): last
// year's assessment (first editions) against this year's (moved to the second editions, a few answers
// changed); the trend over the organisation's assessments, without those in the trash; two organisations'
// assessments, or one assessment twice, refused in words; and the reports that print the comparison — the
// comparison report of its own, and the audit report's comparison section.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AssessmentComparison, TrendPoint } from '../../assessments/compare';
import { formatProblem } from '../../assessments/messages/problem';
import { dispatch } from '../../electron/ipc/dispatch';
import { closeReportWorker } from '../../electron/services/reports/generate';
import { changed, NEWER_TITLE, OLDER_TITLE, seedTwoYears } from '../compare/folder-fixture';
import { pdfText } from '../reports/pdf-text';
import { details, newAssessment } from '../support/profiles';
import { removeDir, tempDir } from '../support/temp';
import { testHandlers } from '../support/workspace';

const dirs: string[] = [];
afterAll(async () => {
  await closeReportWorker();
  for (const dir of dirs) removeDir(dir);
});

async function setup() {
  const dataDir = tempDir();
  const out = tempDir('mamori-saved-');
  dirs.push(dataDir, out);
  const ids = await seedTwoYears(dataDir);
  const t = testHandlers(dataDir, { chooseExportPath: async (name) => path.join(out, name) });
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = (await dispatch(t.handlers, channel, input)) as { ok: true; value: T } | { ok: false; error: string; problem: { code: string; params?: Record<string, string> } };
    if (!result.ok) throw Object.assign(new Error(result.error), { code: result.problem.code, problem: result.problem });
    return result.value;
  };
  const report = async (input: Record<string, unknown>) => {
    const { jobId } = await call<{ jobId: string }>('startReport', { language: 'ja', reportDate: '2027-04-15', era: false, classification: '', ...input });
    let status: { state: string; name?: string };
    do {
      await new Promise((resolve) => setTimeout(resolve, 25));
      status = await call('reportProgress', { jobId });
    } while (status.state !== 'done');
    const saved = await call<{ saved: true; file: string }>('saveReport', { jobId });
    return { name: status.name!, text: await pdfText(fs.readFileSync(saved.file)) };
  };
  return { t, call, report, ...ids };
}

describe('the comparison channels', () => {
  it('compares last year with this year across editions: the answers changed, the items added and retired', async () => {
    const s = await setup();
    const result = await s.call<AssessmentComparison>('compareAssessments', { olderId: s.olderId, newerId: s.newerId });
    expect([result.older.title, result.newer.title]).toEqual([OLDER_TITLE, NEWER_TITLE]);
    const classOf = (key: string) => result.items.find((i) => i.key === key);
    expect(classOf('appi-safeguards/APPI-BP-01')).toMatchObject({ class: 'improved', older: 'partial', newer: 'implemented' });
    expect(classOf('appi-safeguards/APPI-BP-03')).toMatchObject({ class: 'regressed', older: 'implemented', newer: 'not-implemented' });
    expect(classOf('appi-safeguards/APPI-BP-04')).toMatchObject({ class: 'new', reason: 'not-applicable' });
    expect(classOf('appi-safeguards/APPI-MYN-01')).toMatchObject({ class: 'new', reason: 'edition', older: null, newer: 'implemented' });
    expect(classOf('pms-controls/PMS-ACQ-11')).toMatchObject({ class: 'removed', reason: 'edition', newer: null });
    // Only the answers changed on purpose moved; everything else carried over by id.
    expect(result.counts.improved).toBe(1);
    expect(result.counts.regressed).toBe(1);
    expect(result.catalogs.map((c) => [c.catalogId, c.olderVersion, c.newerVersion])).toEqual([
      ['appi-safeguards', 1, 2],
      ['pms-controls', 1, 2],
    ]);
    expect(Object.keys(changed)).toHaveLength(4);
  });

  it('gives the trend in date order, leaving out what is in the trash', async () => {
    const s = await setup();
    const trend = await s.call<TrendPoint[]>('organisationTrend', { organisationId: s.organisationId });
    expect(trend.map((p) => [p.title, p.date])).toEqual([
      [OLDER_TITLE, '2026-03-31'],
      [NEWER_TITLE, '2027-03-31'],
    ]);
    const extra = await s.t.handlers.duplicateAssessment({ id: s.newerId, title: '試しの写し' });
    expect(await s.call<TrendPoint[]>('organisationTrend', { organisationId: s.organisationId })).toHaveLength(3);
    await s.t.handlers.deleteAssessment({ id: extra.id });
    expect(await s.call<TrendPoint[]>('organisationTrend', { organisationId: s.organisationId })).toHaveLength(2);
  });

  it('refuses, in words, assessments of two organisations and an assessment with itself', async () => {
    const s = await setup();
    const other = await s.t.handlers.createOrganisation(details('別会社株式会社'));
    const theirs = await s.t.handlers.createAssessment(newAssessment(other.id, '別会社の点検', ['appi-safeguards']));
    const refusal = await s.call('compareAssessments', { olderId: s.olderId, newerId: theirs.id }).catch((e: { code: string; problem: never }) => e);
    expect(refusal).toMatchObject({ code: 'compare.different-organisations' });
    const { problem } = refusal as { problem: Parameters<typeof formatProblem>[0] };
    expect(formatProblem(problem, 'ja')).toBe('「2025年度 第1版での点検」（さくら第一版株式会社）と「別会社の点検」（別会社株式会社）は別の組織の点検です。比較できるのは同じ組織の点検どうしです');
    expect(formatProblem(problem, 'en')).toContain('belong to different organisations');
    await expect(s.call('compareAssessments', { olderId: s.olderId, newerId: s.olderId })).rejects.toMatchObject({ code: 'compare.same-assessment' });
    await expect(s.call('compareAssessments', { olderId: s.olderId, newerId: 'not an id' })).rejects.toMatchObject({ code: 'ipc.invalid-input' });
    await expect(s.call('startReport', { assessmentId: s.olderId, kind: 'comparison', language: 'ja', reportDate: '2027-04-15', era: false, classification: '', compareWith: theirs.id })).rejects.toMatchObject({
      code: 'compare.different-organisations',
    });
    await expect(s.call('startReport', { assessmentId: s.olderId, kind: 'comparison', language: 'ja', reportDate: '2027-04-15', era: false, classification: '' })).rejects.toMatchObject({
      code: 'compare.needs-other',
    });
  });

  it('renders the comparison report about the newer of the two, whichever one asked', async () => {
    const s = await setup();
    // Asked from last year's assessment: the report still compares last year (previous) with this year (current).
    const { name, text } = await s.report({ assessmentId: s.olderId, kind: 'comparison', compareWith: s.newerId });
    expect(name).toBe(`${NEWER_TITLE} 点検比較報告書 2027-04-15.pdf`);
    expect(text.squashed).toContain('点検比較報告書');
    expect(text.squashed).toContain(`${OLDER_TITLE}→${NEWER_TITLE}`.replace(/\s+/g, ''));
    expect(text.squashed).toContain('悪化した項目（1件）');
    expect(text.squashed).toContain('改善した項目（1件）');
    expect(text.squashed).toMatch(/APPI-BP-03.*実施済み未実施/);
  }, 60_000);

  it('adds the comparison section to the audit report when asked, and only then', async () => {
    const s = await setup();
    const withComparison = await s.report({ assessmentId: s.newerId, kind: 'audit', compareWith: s.olderId });
    expect(withComparison.text.squashed).toContain('前回の点検との比較');
    expect(withComparison.text.squashed).toContain(`前回:${OLDER_TITLE.replace(/\s+/g, '')}`);
    expect(withComparison.text.squashed).toMatch(/APPI-BP-01.*一部実施実施済み/);
    const without = await s.report({ assessmentId: s.newerId, kind: 'audit' });
    expect(without.text.squashed).not.toContain('前回の点検との比較');
  }, 90_000);
});
