// The plan as CSV and XLSX, as a spreadsheet user gets it: Excel reads the Japanese, quoting survives
// commas, quotes and line breaks, nothing runs as a formula, due dates are real dates and the header filters.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { PlanRow } from '../../electron/services/reports/model';
import { defuseFormula, planToCsv, planToXlsx } from '../../electron/services/reports/plan-export';
import { buildSampleModel } from './sample-model';

const row = (over: Partial<PlanRow>): PlanRow => ({
  actionId: 'A-001',
  itemId: 'APPI-ORG-01',
  title: '個人情報保護管理者の任命',
  text: '個人情報保護管理者を任命し、役割を文書にする。',
  priority: 'P1',
  owner: '代表者',
  dueDate: '2026-12-15',
  status: 'open',
  statusLabel: '未着手',
  effort: 'S',
  notes: '',
  ...over,
});

describe('the plan as CSV', () => {
  it('starts with a BOM and a header row in the report language, one CRLF record per action', () => {
    const csv = planToCsv([row({}), row({ actionId: 'A-002' })], 'ja');
    expect(csv.startsWith('\uFEFF対応ID,ID,項目,改善策,優先度,担当,期限')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('A-001,APPI-ORG-01,個人情報保護管理者の任命,個人情報保護管理者を任命し、役割を文書にする。,P1,代表者,2026-12-15,未着手,小,,,');
    expect(planToCsv([], 'en').startsWith('\uFEFFAction ID,ID,Item,Action,Priority,Owner,Due date')).toBe(true);
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const csv = planToCsv([row({ notes: 'one, "two"\nthree' })], 'en');
    expect(csv).toContain(',"one, ""two""\nthree",');
  });

  it('defuses cells that a spreadsheet would run as a formula', () => {
    for (const attack of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd']) expect(defuseFormula(attack)).toBe(`'${attack}`);
    expect(defuseFormula('安全')).toBe('安全');
    const csv = planToCsv([row({ notes: '=1+2', owner: '@admin' })], 'ja');
    expect(csv).toContain(",'@admin,");
    expect(csv).toContain(",'=1+2,");
  });
});

describe('the plan as XLSX', () => {
  it('reads back with every row, Japanese text, real due dates, a filtering frozen header', async () => {
    const model = buildSampleModel({ language: 'ja', size: 'full' });
    const xlsx = await planToXlsx(model.plan, 'ja', { reportDate: model.reportDate });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(xlsx).buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('改善計画書');
    expect(sheet.rowCount).toBe(model.plan.length + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('対応ID');
    expect(sheet.getRow(1).getCell(7).value).toBe('期限');
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    model.plan.forEach((planRow, i) => {
      const cells = sheet.getRow(i + 2);
      expect(cells.getCell(1).value).toBe(planRow.actionId);
      expect(cells.getCell(4).value).toBe(planRow.text);
      expect(cells.getCell(6).value).toBe(planRow.owner);
      const due = cells.getCell(7).value;
      if (planRow.dueDate) {
        expect(due).toBeInstanceOf(Date);
        expect((due as Date).toISOString().slice(0, 10)).toBe(planRow.dueDate);
      } else expect(due).toBeNull();
    });
    expect(book.created.toISOString()).toBe('2026-11-29T00:00:00.000Z');
  });

  it('gives the same bytes for the same plan and report date', async () => {
    const rows = [row({}), row({ actionId: 'A-002', dueDate: undefined })];
    const first = await planToXlsx(rows, 'en', { reportDate: '2026-11-29' });
    await new Promise((resolve) => setTimeout(resolve, 2100)); // past the zip format's two-second clock
    const second = await planToXlsx(rows, 'en', { reportDate: '2026-11-29' });
    expect(second.equals(first)).toBe(true);
  });
});
