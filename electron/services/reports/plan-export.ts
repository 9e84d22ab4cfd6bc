// The improvement plan as a spreadsheet: CSV (UTF-8 with a byte-order mark, so Excel reads the Japanese;
// RFC 4180 quoting; cells that a spreadsheet would run as a formula are defused) and XLSX (exceljs: a
// header row that filters and stays in view, due dates as real dates, sensible column widths). Both in the
// report's language, from the same rows the PDF prints.
import ExcelJS from 'exceljs';
import { parseIsoDate } from './dates';
import { labelsFor } from './labels';
import type { PlanRow, ReportLanguage } from './model';

type Column = { header: (l: ReturnType<typeof labelsFor>) => string; value: (row: PlanRow, l: ReturnType<typeof labelsFor>) => string; width: number };

const columns: Column[] = [
  { header: (l) => l.columns.actionId, value: (r) => r.actionId, width: 10 },
  { header: (l) => l.columns.id, value: (r) => r.itemId, width: 16 },
  { header: (l) => l.columns.item, value: (r) => r.title, width: 36 },
  { header: (l) => l.columns.action, value: (r) => r.text, width: 60 },
  { header: (l) => l.columns.priority, value: (r) => r.priority, width: 9 },
  { header: (l) => l.columns.owner, value: (r) => r.owner, width: 22 },
  { header: (l) => l.columns.dueDate, value: (r) => r.dueDate ?? '', width: 12 },
  { header: (l) => l.columns.status, value: (r) => r.statusLabel, width: 12 },
  { header: (l) => l.columns.effort, value: (r, l) => l.effort[r.effort], width: 8 },
  { header: (l) => l.columns.notes, value: (r) => r.notes, width: 40 },
  { header: (l) => l.columns.catalog, value: (r) => r.catalogTitle ?? '', width: 30 },
  { header: (l) => l.columns.domain, value: (r) => r.domainTitle ?? '', width: 30 },
];
const DUE_COLUMN = 6;

/** A cell that starts like a formula (= + - @, tab, carriage return) gets a leading apostrophe. */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvField(value: string): string {
  const safe = defuseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The plan as CSV: BOM, header row, one record per action, CRLF line ends (RFC 4180). */
export function planToCsv(rows: readonly PlanRow[], language: ReportLanguage): string {
  const l = labelsFor(language);
  const lines = [columns.map((c) => csvField(c.header(l))), ...rows.map((r) => columns.map((c) => csvField(c.value(r, l))))];
  return `\uFEFF${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}

export type XlsxOptions = {
  /** Dates the workbook's own properties, so the same plan gives the same file (default: 1 January 2000). */
  reportDate?: string;
  sheetName?: string;
};

function utcDate(value: string | undefined): Date | null {
  const d = value ? parseIsoDate(value) : null;
  return d ? new Date(Date.UTC(d.year, d.month - 1, d.day)) : null;
}

/** The plan as an XLSX workbook. */
export async function planToXlsx(rows: readonly PlanRow[], language: ReportLanguage, options: XlsxOptions = {}): Promise<Buffer> {
  const l = labelsFor(language);
  const stamp = utcDate(options.reportDate) ?? new Date(Date.UTC(2000, 0, 1));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mamori';
  workbook.lastModifiedBy = 'Mamori';
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.lastPrinted = stamp;
  const sheet = workbook.addWorksheet((options.sheetName ?? l.planTitle).slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ key: `c${i}`, width: c.width }));
  const header = sheet.addRow(columns.map((c) => c.header(l)));
  header.font = { bold: true, color: { argb: 'FF087F5B' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6FCF5' } };
  for (const row of rows) {
    const values: (string | Date | null)[] = columns.map((c) => c.value(row, l));
    values[DUE_COLUMN] = utcDate(row.dueDate);
    const added = sheet.addRow(values);
    added.alignment = { vertical: 'top', wrapText: true };
  }
  sheet.getColumn(DUE_COLUMN + 1).numFmt = language === 'ja' ? 'yyyy/mm/dd' : 'yyyy-mm-dd';
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  const written = await workbook.xlsx.writeBuffer();
  return stampZip(Buffer.from(written), stamp);
}

/**
 * Sets every entry's modification time in a zip file to `date` (midnight). exceljs stamps the entries of
 * the XLSX package with the current time; with this, the same plan gives the same bytes. The zip's
 * content and checksums are untouched: only the DOS date and time fields of the headers change.
 */
export function stampZip(zip: Buffer, date: Date): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) return zip;
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries && zip.readUInt32LE(at) === 0x02014b50; i += 1) {
    zip.writeUInt16LE(0, at + 12);
    zip.writeUInt16LE(dosDate, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) === 0x04034b50) {
      zip.writeUInt16LE(0, local + 10);
      zip.writeUInt16LE(dosDate, local + 12);
    }
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}
