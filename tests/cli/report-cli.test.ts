// mamori score / report / plan / statement on the example that ships, as an auditor scripting a batch uses
// them: the scores are the scoring module's; both reports render in both languages, and read back as text
// they carry the sections, the scores to one decimal, the findings, the plan rows and "page n / N"; the plan
// opens in Excel with every row; the public statement prints; an encrypted export needs its passphrase; and
// the same commands read a data folder without changing it.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Catalog, type ExportDocument, scoreAssessment, scoreQuickCheck } from '../../assessments';
import { runCli } from '../../electron/cli/main';
import { writeExportFile } from '../../electron/services/exchange/export-file';
import { labelsFor } from '../../electron/services/reports/labels';
import type { ReportLanguage } from '../../electron/services/reports/model';
import { catalogSourcesForExample, exampleFile, loadExample } from '../plan/example-fixture';
import { type PdfText, pdfText, squash } from '../reports/pdf-text';
import { snapshotFolder } from '../support/snapshot';
import { removeDir, tempDir } from '../support/temp';

let doc: ExportDocument;
let catalogs: Catalog[];
let catalogDir: string;
let out: string;
const DATE = '2026-11-30';

/** The CLI in this process, with built-in catalogs that include the editions the example pins. */
async function mamori(argv: readonly string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: out, env },
    { version: '9.9.9', paths: { preparedCatalogs: path.join(catalogDir, 'absent.json'), catalogSources: catalogDir } },
  );
  return { code, stdout, stderr };
}

type Rendered = { file: string; bytes: Buffer; text: PdfText };
const pdfs: Record<string, Rendered> = {};

async function report(kind: 'audit' | 'plan', language: ReportLanguage, extra: string[] = []): Promise<Rendered> {
  const file = path.join(out, `${kind}-${language}${extra.length ? '-x' : ''}.pdf`);
  const result = await mamori(['report', exampleFile, '--kind', kind, '--lang', language, '-o', file, '--date', DATE, ...extra]);
  expect(result, result.stderr).toMatchObject({ code: 0, stderr: '' });
  const bytes = fs.readFileSync(file);
  return { file, bytes, text: await pdfText(bytes) };
}

beforeAll(async () => {
  ({ doc, catalogs } = await loadExample());
  catalogDir = catalogSourcesForExample(doc);
  out = tempDir('mamori-report-cli-');
  for (const kind of ['audit', 'plan'] as const) for (const language of ['ja', 'en'] as const) pdfs[`${kind}-${language}`] = await report(kind, language);
}, 180_000);

afterAll(() => {
  removeDir(out);
  removeDir(catalogDir);
});

describe('mamori score', () => {
  it('prints the scoring module’s own output with --json, and the quick check’s total and band', async () => {
    const result = await mamori(['score', exampleFile, '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    const score = scoreAssessment(catalogs, doc.assessment.answers, doc.assessment.profile);
    const quick = scoreQuickCheck(catalogs[2]!, doc.assessment.answers);
    expect(json).toEqual(
      JSON.parse(
        JSON.stringify({
          assessment: { id: 'sakuramihon2026fy', title: doc.assessment.title },
          overall: score.overall,
          catalogs: score.catalogs,
          quickCheck: { catalogId: 'quick-check', total: quick.total, max: 100, answered: 25, questions: 25, complete: true, band: quick.band },
        }),
      ),
    );
    expect(json.overall).toMatchObject({ score: 88.3, completion: 1, applicable: 215, answered: 215 });
    expect(json.catalogs.map((c: { catalogId: string; domains: unknown[] }) => [c.catalogId, c.domains.length])).toEqual([
      ['appi-safeguards', 8],
      ['pms-controls', 9],
    ]);
    expect(json.quickCheck.total).toBe(87);
  });

  it('prints the scores as lines a person reads, in Japanese with --lang ja', async () => {
    const ja = await mamori(['score', exampleFile, '--lang', 'ja']);
    expect(ja.stdout).toContain('総合：88.3（回答率 100%、215項目中215項目に回答）');
    expect(ja.stdout).toContain('APPI-PHY 物理的安全管理措置：');
    const en = await mamori(['score', exampleFile, '--lang', 'en']);
    expect(en.stdout).toContain('Overall: 88.3 (completion 100%, 215 of 215 items answered)');
  });
});

describe.each(['ja', 'en'] as const)('mamori report in %s', (language) => {
  const labels = labelsFor(language);
  const has = (r: Rendered, phrase: string) => expect(r.text.squashed).toContain(squash(phrase));

  it('renders the audit report with every section, the scores to one decimal and the organisation', () => {
    const r = pdfs[`audit-${language}`]!;
    expect(r.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    for (const section of [labels.sections.summary, labels.sections.method, labels.sections.findings, labels.sections.plan, labels.sections.timeline, labels.sections.signOff, labels.sections.appendix, labels.sections.evidence]) has(r, section);
    const score = scoreAssessment(catalogs, doc.assessment.answers, doc.assessment.profile);
    const summary = squash(r.text.pages.slice(2, 5).join(''));
    expect(summary).toContain(score.overall.score!.toFixed(1));
    for (const c of score.catalogs) {
      expect(summary).toContain(c.score!.toFixed(1));
      for (const d of c.domains) if (d.score !== null) expect(summary).toContain(d.score.toFixed(1));
    }
    has(r, '株式会社さくら見本商事');
    has(r, doc.assessment.title);
    has(r, language === 'ja' ? '2026年11月30日' : '30 November 2026');
  });

  it('lists a finding with its note and action, a plan row with its owner, and Japanese strings', () => {
    const r = pdfs[`audit-${language}`]!;
    const tec14 = catalogs[0]!.domains.find((d) => d.id === 'APPI-TEC')!.items.find((i) => i.id === 'APPI-TEC-14')!;
    has(r, tec14.title[language]);
    has(r, 'ルーターやクラウドのログ・警告を定期的に確認していない。');
    has(r, tec14.action.text[language]);
    has(r, '高橋 健（情報システム担当）');
    has(r, language === 'ja' ? '未実施' : 'Not implemented');
    has(r, language === 'ja' ? '完了（回答により解消）' : 'Done (closed by answer)');
    has(r, '廃棄証明書_2026-06.pdf');
  });

  it('numbers every page after the cover "page n / N"', () => {
    for (const kind of ['audit', 'plan'] as const) {
      const { pages } = pdfs[`${kind}-${language}`]!.text;
      expect(pages.length).toBeGreaterThan(3);
      pages.forEach((page, i) => {
        const label = squash(labels.page(i + 1, pages.length));
        if (i === 0) expect(squash(page), `${kind} cover`).not.toContain(label);
        else expect(squash(page), `${kind} page ${i + 1}`).toContain(label);
      });
    }
  });

  it('renders the improvement plan on its own: the plan, its timeline and every action row', () => {
    const r = pdfs[`plan-${language}`]!;
    has(r, labels.planTitle);
    has(r, labels.sections.plan);
    has(r, labels.sections.timeline);
    const sup02 = catalogs[1]!.domains.flatMap((d) => d.items).find((i) => i.id === 'PMS-SUP-02')!;
    has(r, sup02.action.text[language]);
    has(r, '見本 太郎（代表取締役）');
    has(r, '営業部長の鈴木を候補として調整中。');
    expect(r.text.squashed).not.toContain(squash(labels.sections.appendix));
  });
});

describe('mamori report', () => {
  it('gives the same bytes for the same assessment and report date', async () => {
    const again = await report('audit', 'ja', ['--json']);
    expect(again.bytes.equals(pdfs['audit-ja']!.bytes)).toBe(true);
  }, 60_000);

  it('prints Japanese-era dates with --era', async () => {
    const era = await report('plan', 'ja', ['--era']);
    expect(squash(era.text.pages[0]!)).toContain('令和8年11月30日');
  }, 60_000);

  it('says what is wrong with its options (exit 2) or its input (exit 1)', async () => {
    expect(await mamori(['report', exampleFile, '-o', 'x.pdf'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--kind is required/) });
    expect(await mamori(['report', exampleFile, '--kind', 'summary', '-o', 'x.pdf'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--kind must be one of audit, plan, sheets, not "summary"/) });
    expect(await mamori(['report', exampleFile, '--kind', 'audit', '-o', 'x.pdf', '--date', '2026-02-30'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--date must be a date written YYYY-MM-DD, not "2026-02-30"/) });
    expect((await mamori(['report', exampleFile, '--kind', 'audit', '-o', 'x.pdf', '--date', '2026/11/30', '--lang', 'ja'])).stderr).toContain('--date には日付を YYYY-MM-DD の形で指定してください');
    expect(await mamori(['report', 'missing.mamori', '--kind', 'audit', '-o', 'x.pdf'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/missing\.mamori: no such file/) });
    expect(await mamori(['report', exampleFile, '--kind', 'plan', '-o', path.join(out, 'no-such-folder', 'x.pdf'), '--date', DATE])).toMatchObject({ code: 1, stderr: expect.stringMatching(/cannot write .*x\.pdf: ENOENT/) });
    expect(fs.existsSync(path.join(out, 'x.pdf'))).toBe(false);
  });
});

describe('mamori plan', () => {
  it('writes the plan as XLSX that reads back with every row', async () => {
    const file = path.join(out, 'plan.xlsx');
    const result = await mamori(['plan', exampleFile, '--xlsx', '-o', file, '--lang', 'ja', '--date', DATE, '--json']);
    expect(result.code).toBe(0);
    const { actions } = JSON.parse(result.stdout);
    expect(actions).toBe(49);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(fs.readFileSync(file)).buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(actions + 1);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['対応ID', 'ID', '項目', '改善策', '優先度', '担当', '期限', '状況', '工数', '備考', 'チェックリスト', '領域']);
    const rows = Array.from({ length: actions }, (_, i) => (sheet.getRow(i + 2).values as unknown[]).slice(1));
    // Most urgent first: the two P1 actions, then the rest; accepted risks and closed actions last.
    expect(rows.slice(0, 2).map((r) => [r[1], r[4], r[5]])).toEqual([
      ['PMS-SUP-02', 'P1', '見本 太郎（代表取締役）'],
      ['PMS-PLAN-07', 'P1', '見本 太郎（代表取締役）'],
    ]);
    expect(rows[0]![6]).toEqual(new Date(Date.UTC(2026, 11, 25)));
    expect(rows.at(-1)!.slice(1, 2).concat(rows.at(-1)![7])).toEqual(['APPI-PER-01', '完了（回答により解消）']);
    expect(rows.find((r) => r[1] === 'APPI-TEC-23')![9]).toMatch(/^理由：現行の販売管理システム/);
    // The same plan and date give the same file.
    await mamori(['plan', exampleFile, '--xlsx', '-o', path.join(out, 'plan2.xlsx'), '--lang', 'ja', '--date', DATE]);
    expect(fs.readFileSync(path.join(out, 'plan2.xlsx')).equals(fs.readFileSync(file))).toBe(true);
  });

  it('writes CSV to a file or to stdout, in the language asked for', async () => {
    const file = path.join(out, 'plan.csv');
    expect((await mamori(['plan', exampleFile, '--csv', '-o', file, '--lang', 'en', '--date', DATE])).stdout).toBe(`wrote 49 actions to ${file}\n`);
    const csv = fs.readFileSync(file, 'utf8');
    expect(csv.startsWith('\uFEFFAction ID,ID,Item,Action,Priority,Owner,Due date,Status,Effort,Notes,Checklist,Domain\r\n')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(50);
    expect(csv).toContain(',PMS-SUP-02,Independent audit manager appointed,');
    const stdout = await mamori(['plan', exampleFile, '--csv', '--lang', 'en', '--date', DATE]);
    expect(stdout.stdout).toBe(csv);
  });

  it('lists the plan, overdue actions marked, and refuses two formats at once', async () => {
    const list = await mamori(['plan', exampleFile, '--lang', 'ja', '--date', DATE]);
    expect(list.stdout.split('\n')[0]).toBe('P1\tPMS-SUP-02\t個人情報保護管理者とは別の人を監査責任者に任命し、体制図に記載する。\t見本 太郎（代表取締役）\t2026-12-25\t未着手');
    expect(list.stdout).toContain('\t2026-10-15\t未着手（期限超過）');
    const json = JSON.parse((await mamori(['plan', exampleFile, '--json', '--date', DATE])).stdout);
    expect(json.actions).toHaveLength(49);
    expect(json.actions[0]).toMatchObject({ key: 'pms-controls/PMS-SUP-02', priority: 'P1', status: 'open', dueDate: '2026-12-25' });
    expect(await mamori(['plan', exampleFile, '--csv', '--xlsx', '-o', 'p'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--csv and --xlsx cannot be used together/) });
    expect(await mamori(['plan', exampleFile, '--xlsx'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/-o is required/) });
  });
});

describe('mamori statement', () => {
  it('prints the draft public statement in Japanese, grouped as the PPC guideline groups the safeguards', async () => {
    const result = await mamori(['statement', exampleFile, '--lang', 'ja']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['保有個人データの安全管理のために講じた措置', '', '株式会社さくら見本商事は、保有個人データを安全に管理するため、次の措置を講じています。']);
    expect(lines.filter((l) => l.startsWith('【'))).toEqual([
      '【基本方針の策定】',
      '【個人データの取扱いに係る規律の整備】',
      '【組織的安全管理措置】',
      '【人的安全管理措置】',
      '【物理的安全管理措置】',
      '【技術的安全管理措置】',
    ]);
    expect(lines).toContain('・社外に持ち出すノートパソコンやUSBメモリなどを、暗号化やパスワードで保護しています。');
    // Answered partial (multi-factor authentication for administrators only): not claimed.
    expect(result.stdout).not.toContain('多要素認証');
  });

  it('prints Markdown and English when asked', async () => {
    const md = await mamori(['statement', exampleFile, '--lang', 'en', '--markdown']);
    expect(md.stdout.startsWith('# Safeguards taken for retained personal data\n')).toBe(true);
    expect(md.stdout).toContain('\n## Technical safeguards\n');
    expect(md.stdout).toContain('\n- Least-privilege access rights\n');
    expect(md.stdout).not.toContain('Multi-factor authentication');
  });
});

describe('the example that ships', () => {
  it('is a valid Mamori export that validate accepts', async () => {
    const result = await mamori(['validate', exampleFile, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, kind: 'export', assessment: 'sakuramihon2026fy', title: doc.assessment.title, answers: 247, evidence: 10 });
    expect(fs.statSync(exampleFile).size).toBeLessThan(300 * 1024);
  });
});

describe('an encrypted export', () => {
  it('needs its passphrase through --passphrase-env', async () => {
    const sealed = path.join(out, 'sealed.mamori');
    await writeExportFile(sealed, doc, 'a long enough passphrase');
    expect(await mamori(['score', sealed])).toMatchObject({ code: 1, stderr: expect.stringMatching(/sealed\.mamori is encrypted: enter the passphrase/) });
    expect(await mamori(['score', sealed, '--passphrase-env', 'PASS'], { PASS: 'wrong passphrase' })).toMatchObject({ code: 1, stderr: 'mamori score: The passphrase is not correct.\n' });
    const opened = await mamori(['score', sealed, '--passphrase-env', 'PASS', '--json'], { PASS: 'a long enough passphrase' });
    expect(opened.code).toBe(0);
    expect(opened.stdout).toBe((await mamori(['score', exampleFile, '--json'])).stdout);
    const statement = await mamori(['statement', sealed, '--passphrase-env', 'PASS', '--lang', 'en'], { PASS: 'a long enough passphrase' });
    expect(statement.stdout).toContain('Safeguards taken for retained personal data');
  });
});

describe('--data-dir <dir> <assessment-id>', () => {
  it('reads the assessment from a data folder and changes nothing in it', async () => {
    const folder = path.join(out, 'data');
    const imported = await mamori(['import', exampleFile, '--data-dir', folder, '--json']);
    expect(imported, imported.stderr).toMatchObject({ code: 0 });
    const { id } = JSON.parse(imported.stdout).assessment;
    const before = snapshotFolder(folder);

    const fromFolder = JSON.parse((await mamori(['score', id, '--data-dir', folder, '--json'])).stdout);
    const fromFile = JSON.parse((await mamori(['score', exampleFile, '--json'])).stdout);
    expect({ ...fromFolder, assessment: undefined }).toEqual({ ...fromFile, assessment: undefined });

    const pdf = path.join(out, 'from-folder.pdf');
    expect((await mamori(['report', id, '--data-dir', folder, '--kind', 'plan', '--lang', 'en', '-o', pdf, '--date', DATE])).code).toBe(0);
    expect(squash((await pdfText(fs.readFileSync(pdf))).all)).toContain(squash('Improvement plan'));
    expect((await mamori(['statement', id, '--data-dir', folder, '--lang', 'ja'])).stdout).toContain('【技術的安全管理措置】');
    expect((await mamori(['plan', id, '--data-dir', folder, '--csv', '--date', DATE])).stdout.split('\r\n')).toHaveLength(51);
    expect(snapshotFolder(folder)).toEqual(before);

    expect(await mamori(['score', 'nosuchassessment', '--data-dir', folder])).toMatchObject({ code: 1, stderr: expect.stringMatching(/no assessment with id nosuchassessment/) });
  }, 60_000);
});

describe('help', () => {
  it('lists the four commands in English and Japanese', async () => {
    const en = await mamori(['--help']);
    for (const name of ['score', 'report', 'plan', 'statement']) expect(en.stdout).toMatch(new RegExp(`\\n  ${name} +\\S`));
    expect((await mamori(['--help', '--lang', 'ja'])).stdout).toContain('点検報告書、改善計画書または指摘事項シート（指摘事項 1 件につき 1 ページ）を PDF で作成する');
    expect((await mamori(['report', '--help'])).stdout).toContain('--kind <value>');
  });
});
