// The channels behind the Plan and Reports tabs, on a real data folder through the dispatcher (input checked
// as in the app): plan choices saved with the item and refused in words when incomplete; the plan exported
// as XLSX and CSV through the save dialog; a report rendered in the worker while its progress can be asked,
// saved, and opened; the statement saved as Markdown; the example imported as a copy.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { closeReportWorker } from '../../electron/services/reports/generate';
import { exampleFile } from '../plan/example-fixture';
import { details, newAssessment, smallCompany } from '../support/profiles';
import { removeDir, tempDir } from '../support/temp';
import { testHandlers } from '../support/workspace';

const dirs: string[] = [];
afterAll(async () => {
  await closeReportWorker();
  for (const dir of dirs) removeDir(dir);
});

function setup() {
  const out = tempDir('mamori-saved-');
  let next = '';
  const opened: string[] = [];
  const t = testHandlers(tempDir(), {
    chooseExportPath: async (name) => (next === 'cancel' ? null : path.join(out, next || name)),
    openFile: async (file) => {
      opened.push(file);
    },
    examplePath: exampleFile,
  });
  dirs.push(t.dataDir, out);
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = (await dispatch(t.handlers, channel, input)) as { ok: true; value: T } | { ok: false; error: string; problem: { code: string } };
    if (!result.ok) throw Object.assign(new Error(result.error), { code: result.problem.code });
    return result.value;
  };
  return { t, out, opened, call, saveAs: (name: string) => (next = name) };
}

async function answered() {
  const s = setup();
  const org = await s.t.handlers.createOrganisation({ ...details('さくら商事株式会社'), address: '東京都千代田区丸の内1-1-1', representative: '代表取締役 桜井 花子' });
  const a = await s.t.handlers.createAssessment(newAssessment(org.id, '2026年度 自己点検', ['appi-safeguards'], smallCompany));
  const answer = (status: string, note = '') => ({ status, note, reason: '', alternative: '', flagged: false, evidence: [] });
  await s.call('saveAnswer', { assessmentId: a.id, key: 'appi-safeguards/APPI-BP-01', answer: answer('implemented') });
  await s.call('saveAnswer', { assessmentId: a.id, key: 'appi-safeguards/APPI-BP-02', answer: answer('not-implemented', '基本方針に苦情窓口を書いていない') });
  await s.call('saveAnswer', { assessmentId: a.id, key: 'appi-safeguards/APPI-BP-03', answer: answer('partial') });
  return { ...s, assessmentId: a.id };
}

describe('the plan, reports and statement channels', () => {
  it('keeps a plan choice with its item, and refuses a risk accepted without a reason', async () => {
    const s = await answered();
    const key = 'appi-safeguards/APPI-BP-02';
    const saved = await s.call<{ owner: string; updatedAt: string }>('updatePlanAction', {
      assessmentId: s.assessmentId,
      key,
      state: { owner: '総務部 山田', dueDate: '2026-12-15', status: 'in-progress', reason: '', effort: 'M', notes: '' },
    });
    expect(saved.owner).toBe('総務部 山田');
    expect((await s.t.handlers.getAssessment({ id: s.assessmentId })).plan[key]).toMatchObject({ owner: '総務部 山田', dueDate: '2026-12-15', status: 'in-progress' });
    await expect(
      s.call('updatePlanAction', { assessmentId: s.assessmentId, key, state: { owner: '', dueDate: '', status: 'risk-accepted', reason: ' ', effort: null, notes: '' } }),
    ).rejects.toMatchObject({ code: 'ipc.invalid-input' });
    await expect(
      s.call('updatePlanAction', { assessmentId: s.assessmentId, key: 'appi-safeguards/APPI-XX-99', state: { owner: '', dueDate: '', status: 'open', reason: '', effort: null, notes: '' } }),
    ).rejects.toMatchObject({ code: 'assessment.no-item' });
    expect((await s.t.handlers.getAssessment({ id: s.assessmentId })).plan[key]?.status).toBe('in-progress');
  });

  it('exports the plan as XLSX (real dates, Japanese text) and CSV through the save dialog', async () => {
    const s = await answered();
    const xlsx = await s.call<{ saved: true; file: string; actions: number }>('exportPlan', { assessmentId: s.assessmentId, format: 'xlsx', language: 'ja', reportDate: '2026-11-30' });
    expect(path.basename(xlsx.file)).toBe('2026年度 自己点検 改善計画 2026-11-30.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx.file);
    const sheet = book.worksheets[0]!;
    const text = sheet.getSheetValues().flat().map(String).join('\n');
    expect(text).toContain('APPI-BP-02');
    expect(xlsx.actions).toBeGreaterThan(80); // every gap, the unanswered items included
    const csv = await s.call<{ saved: true; file: string }>('exportPlan', { assessmentId: s.assessmentId, format: 'csv', language: 'en', reportDate: '2026-11-30' });
    expect(fs.readFileSync(csv.file, 'utf8')).toContain('APPI-BP-03');
    s.saveAs('cancel');
    expect(await s.call('exportPlan', { assessmentId: s.assessmentId, format: 'csv', language: 'en', reportDate: '2026-11-30' })).toEqual({ saved: false });
  });

  it('renders the audit report in the worker, says how far it has got, saves it and opens it', async () => {
    const s = await answered();
    await expect(s.call('saveReport', { jobId: '0'.repeat(24) })).rejects.toMatchObject({ code: 'report.job-gone' });
    const { jobId } = await s.call<{ jobId: string }>('startReport', { assessmentId: s.assessmentId, kind: 'audit', language: 'ja', reportDate: '2026-11-30', era: true, classification: '社外秘' });
    const phases = new Set<string>();
    let status: { state: string; phase?: string; name?: string };
    for (;;) {
      status = await s.call('reportProgress', { jobId });
      if (status.state === 'done') break;
      phases.add(status.phase!);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(status.name).toBe('2026年度 自己点検 点検報告書 2026-11-30.pdf');
    expect([...phases].every((p) => ['prepare', 'layout', 'render', 'write', 'done'].includes(p))).toBe(true);
    await expect(s.call('openReport', { jobId })).rejects.toMatchObject({ code: 'report.not-saved' });
    const saved = await s.call<{ saved: true; file: string }>('saveReport', { jobId });
    const pdf = await getDocumentProxy(new Uint8Array(fs.readFileSync(saved.file)));
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain('さくら商事株式会社');
    expect(text).toContain('令和8年11月30日');
    expect(text).toContain('社外秘');
    await s.call('openReport', { jobId });
    expect(s.opened).toEqual([saved.file]);
    expect(await s.call('reportProgress', { jobId })).toMatchObject({ state: 'done', savedTo: saved.file });
  }, 60_000);

  it('refuses a report option it does not know, in words', async () => {
    const s = await answered();
    await expect(s.call('startReport', { assessmentId: s.assessmentId, kind: 'summary', language: 'ja', reportDate: '2026-11-30', era: false, classification: '' })).rejects.toMatchObject({
      code: 'ipc.invalid-input',
    });
    await expect(s.call('startReport', { assessmentId: s.assessmentId, kind: 'audit', language: 'ja', reportDate: '2026-13-40', era: false, classification: '' })).rejects.toMatchObject({
      code: 'ipc.invalid-input',
    });
  });

  it('saves the statement draft as Markdown, from the items answered implemented only', async () => {
    const s = await answered();
    const saved = await s.call<{ saved: true; file: string }>('saveStatement', { assessmentId: s.assessmentId, language: 'ja', format: 'markdown' });
    expect(saved.file.endsWith('.md')).toBe(true);
    const text = fs.readFileSync(saved.file, 'utf8');
    expect(text).toMatch(/^# /);
    expect(text).toContain('基本方針');
  });

  it('opens the example as a copy of its own, every time', async () => {
    const s = setup();
    const first = await s.call<{ assessment: { id: string; title: string } }>('openExample', {});
    const second = await s.call<{ assessment: { id: string } }>('openExample', {});
    expect(first.assessment.id).not.toBe(second.assessment.id);
    const summaries = await s.t.handlers.listAssessments({});
    expect(summaries.filter((a) => a.copyOf !== null)).toHaveLength(2);
    expect(summaries[0]!.progress.answered).toBeGreaterThan(200);
  });
});
