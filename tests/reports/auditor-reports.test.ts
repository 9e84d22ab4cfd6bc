// What the auditor hands over: the audit report carries the verdicts beside the company's answers and the
// sign-off's content hash (cover and sign-off page), and the tear-out sheets give one page per finding —
// most serious first, each with its item, verdict, comment, evidence checked or not, the agreed action and a
// signature block. Sheets of an assessment without a finding are refused in the user's language. PDFs are
// read back with poppler (pdftotext, pdfinfo), the way a reader's viewer sees them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Assessment, formatProblem } from '../../assessments';
import { runCli } from '../../electron/cli/main';
import { contract } from '../../electron/ipc/contract';
import { isUserError } from '../../electron/services/errors';
import { writeExportFile } from '../../electron/services/exchange/export-file';
import { reportModelFor, type ReportInput } from '../../electron/services/reports/adapter';
import { closeReportWorker, generateReport } from '../../electron/services/reports/generate';
import { labelsFor } from '../../electron/services/reports/labels';
import type { ReportKind, ReportLanguage, ReportModel } from '../../electron/services/reports/model';
import { renderReport } from '../../electron/services/reports/report';
import { catalogSourcesForExample } from '../plan/example-fixture';
import { removeDir, tempDir } from '../support/temp';
import { type Audited, auditedExample, signer } from './auditor-fixture';
import { squash } from './pdf-text';

const DATE = '2026-11-30';
let fx: Audited;
let out: string;
let catalogDir: string;

function input(assessment: Assessment, language: ReportLanguage, kind: ReportKind): ReportInput {
  return { assessment, organisation: fx.doc.organisation, catalogs: fx.catalogs, language, kind, reportDate: DATE, era: false, evidenceIndex: fx.evidence };
}

type Pdf = { file: string; pages: string[]; pageCount: number };

/** The PDF's pages as pdftotext lays them out (whitespace removed, so a wrapped line still matches), and its page count as pdfinfo gives it. */
function readPdf(file: string): Pdf {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').slice(0, -1).map(squash);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { file, pages, pageCount: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]) };
}

type Box = { page: number; x0: number; y0: number; x1: number; y1: number; text: string };

/** Pairs of words whose boxes overlap on a page (text printed over text), as pdftotext -bbox places them. */
function overlaps(file: string): [Box, Box][] {
  const xml = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const found: [Box, Box][] = [];
  xml.split('<page ').slice(1).forEach((pageXml, page) => {
    const words = [...pageXml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
      (m): Box => ({ page: page + 1, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5]! }),
    );
    // A little inside each box: glyph boxes of neighbouring lines touch without the text touching.
    const t = 1;
    for (let i = 0; i < words.length; i += 1) {
      for (let j = i + 1; j < words.length; j += 1) {
        const a = words[i]!;
        const b = words[j]!;
        if (a.x0 + t < b.x1 && b.x0 + t < a.x1 && a.y0 + t < b.y1 && b.y0 + t < a.y1) found.push([a, b]);
      }
    }
  });
  return found;
}

async function render(assessment: Assessment, language: ReportLanguage, kind: ReportKind): Promise<Pdf & { model: ReportModel }> {
  const model = reportModelFor(input(assessment, language, kind));
  const file = path.join(out, `${kind}-${language}.pdf`);
  fs.writeFileSync(file, await renderReport(model));
  return { ...readPdf(file), model };
}

const rendered: Record<string, Pdf & { model: ReportModel }> = {};

beforeAll(async () => {
  fx = await auditedExample();
  out = tempDir('mamori-auditor-reports-');
  catalogDir = catalogSourcesForExample(fx.doc);
  for (const language of ['ja', 'en'] as const) {
    for (const kind of ['audit', 'sheets'] as const) rendered[`${kind}-${language}`] = await render(fx.signed, language, kind);
  }
}, 180_000);

afterAll(async () => {
  await closeReportWorker();
  removeDir(out);
  removeDir(catalogDir);
});

/** The sheets in the order the auditor hands them over: by class (major first), then in catalog order. */
const expectedSheets = () => [
  ['APPI-BP-01', 'major-nonconformity'],
  ['APPI-ORG-08', 'major-nonconformity'],
  ['APPI-ORG-09', 'minor-nonconformity'],
  [fx.pmsKey.split('/')[1]!, 'minor-nonconformity'],
  ['APPI-RULE-01', 'observation'],
  ['APPI-ORG-21', 'improvement-opportunity'],
  ['APPI-BP-02', 'good-practice'],
];

describe.each(['ja', 'en'] as const)('the audit report of a signed-off audit, in %s', (language) => {
  const labels = labelsFor(language);
  const r = () => rendered[`audit-${language}`]!;
  const hash = () => fx.signed.signOff!.contentHash;

  it('puts a finding the auditor raised on an item answered "implemented" in the findings, with its verdict and comment', () => {
    const { model, pages } = r();
    const finding = model.findings.flatMap((g) => g.items).find((i) => i.itemId === 'APPI-BP-01')!;
    expect(finding.status).toBe('implemented');
    expect(finding.verdict).toEqual({ code: 'major-nonconformity', label: labels.verdicts['major-nonconformity'], comment: fx.signed.verdicts!['appi-safeguards/APPI-BP-01']!.comment });
    expect(finding.evidence[0]?.checked).toBe(true);
    // The page of the findings section that prints the item also prints the verdict, the comment and the auditor's check.
    const page = pages.find((p) => p.includes(`APPI-BP-01${squash(finding.title)}`) && p.includes(squash(finding.question)))!;
    expect(page).toBeDefined();
    expect(page).toContain(squash(labels.verdicts['major-nonconformity']));
    expect(page).toContain(squash(finding.verdict!.comment!));
    expect(page).toContain(squash(labels.findings.checked));
  });

  it('prints every finding class with its comment, and counts the verdicts on the summary', () => {
    const { model, pages } = r();
    const all = pages.join('');
    for (const [key, verdict] of Object.entries(fx.signed.verdicts!)) {
      if (verdict.code === 'conforming' || verdict.comment.length > 200) continue;
      expect(all, key).toContain(squash(verdict.comment));
      expect(all).toContain(squash(labels.verdicts[verdict.code]));
    }
    expect(model.summary.verdicts?.map((v) => [v.code, v.count])).toEqual([
      ['conforming', 2],
      ['major-nonconformity', 2],
      ['minor-nonconformity', 2],
      ['observation', 1],
      ['improvement-opportunity', 1],
      ['good-practice', 1],
    ]);
    expect(pages.some((p) => p.includes(squash(labels.summary.verdicts)) && p.includes(squash(labels.verdicts['good-practice'])))).toBe(true);
  });

  it('prints the content hash on the cover and on the sign-off page, with the names and day of the sign-off', () => {
    const { model, pages } = r();
    expect(model.signOff).toMatchObject({ assessor: signer.assessor, reviewer: signer.reviewer, date: signer.date, contentHash: hash() });
    expect(pages[0]).toContain(squash(labels.cover.contentHash));
    expect(pages[0]).toContain(hash());
    expect(pages[0]).toContain(squash(signer.reviewer));
    const signOff = pages.find((p) => p.includes(squash(labels.sections.signOff)) && p.includes(squash(labels.signOff.intro)))!;
    expect(signOff).toContain(hash());
    expect(signOff).toContain(squash(signer.assessor));
    expect(signOff).toContain(squash(signer.reviewer));
    expect(signOff).toContain(squash(language === 'ja' ? '2026年11月21日' : '21 November 2026'));
  });
});

describe.each(['ja', 'en'] as const)('the tear-out sheets, in %s', (language) => {
  const labels = labelsFor(language);
  const s = labels.sheets;
  const r = () => rendered[`sheets-${language}`]!;
  const sheetOf = (itemId: string) => {
    const at = expectedSheets().findIndex(([id]) => id === itemId);
    return r().pages[at]!;
  };

  it('has exactly one page per finding, most serious first, conforming items left out', () => {
    const { pageCount, pages } = r();
    const expected = expectedSheets();
    expect(pageCount).toBe(expected.length);
    expect(pages).toHaveLength(expected.length);
    expected.forEach(([itemId, code], i) => {
      expect(pages[i], itemId).toContain(squash(s.finding(i + 1, expected.length)));
      expect(pages[i]).toContain(itemId);
      expect(pages[i]).toContain(squash(labels.verdicts[code as keyof typeof labels.verdicts]));
      expect(pages[i]).toContain(squash(fx.doc.organisation.name));
      expect(pages[i]).toContain(squash(fx.signed.title));
    });
    for (const conforming of ['APPI-BP-03', 'APPI-ORG-20']) expect(pages.join('')).not.toContain(conforming);
  });

  it('prints the item, the comment, the company’s answer and whether the auditor checked each evidence file', () => {
    const page = sheetOf('APPI-BP-01');
    const finding = r().model.sheets![0]!.finding;
    for (const text of [finding.title, finding.question, finding.note, finding.verdict.comment!, labels.answers.implemented, ...(finding.references ?? [])]) expect(page).toContain(squash(text));
    expect(page).toContain(squash(`${s.checked}${finding.evidence[0]!.name}`));
    expect(page).toContain(finding.evidence[0]!.sha256.slice(0, 12));
    const observation = sheetOf('APPI-RULE-01');
    expect(observation).toContain(squash(s.notChecked));
  });

  it('prints the agreed action with its owner and due date, or lines to write it in when there is none', () => {
    const orgO8 = sheetOf('APPI-ORG-08');
    expect(orgO8).toContain(squash('高橋 健（情報システム担当）'));
    expect(orgO8).toContain(squash(language === 'ja' ? '2027年6月30日' : '30 June 2027'));
    const org09 = sheetOf('APPI-ORG-09');
    expect(org09).toContain(squash('佐藤 美咲（総務部長）'));
    expect(org09).toContain(squash(language === 'ja' ? '2026年11月30日' : '30 November 2026'));
    // An observation on an implemented item is not on the plan: the sheet leaves room to write the action in.
    expect(sheetOf('APPI-RULE-01')).toContain(squash(s.noAction));
    expect(orgO8).not.toContain(squash(s.noAction));
  });

  it('prints nothing over anything else (the signature block stays clear of the sheet above it)', () => {
    expect(overlaps(r().file).map(([a, b]) => `p${a.page} "${a.text}" × "${b.text}"`)).toEqual([]);
  });

  it('ends every sheet with the signature block and the content hash, and cuts a comment too long for a page', () => {
    for (const page of r().pages) {
      for (const text of [s.auditor, s.receivedBy, s.signature, labels.cover.contentHash]) expect(page).toContain(squash(text));
      expect(page).toContain(fx.signed.signOff!.contentHash);
    }
    const long = sheetOf('APPI-ORG-21');
    expect(long).toContain(squash(s.cut));
    expect(long).toContain(squash(fx.signed.verdicts!['appi-safeguards/APPI-ORG-21']!.comment.slice(0, 80)));
  });
});

describe('the app’s way to the sheets', () => {
  it('is a kind the startReport channel accepts', () => {
    const request = { assessmentId: fx.signed.id, kind: 'sheets', language: 'ja', reportDate: DATE, era: false, classification: '' };
    expect(contract.startReport.input.safeParse(request).success).toBe(true);
    expect(contract.startReport.input.safeParse({ ...request, kind: 'summary' }).success).toBe(false);
  });

  it('renders in the report worker, to the same bytes as in-process', async () => {
    const model = reportModelFor(input(fx.signed, 'en', 'sheets'));
    const viaWorker = await generateReport(model);
    expect(viaWorker.equals(await generateReport(model, { inProcess: true }))).toBe(true);
    // A model without sheets comes back from the worker as the code the user is told about.
    await expect(generateReport({ ...model, sheets: [] })).rejects.toMatchObject({ code: 'report-no-findings' });
  }, 60_000);
});

describe('sheets of an audit not yet signed off', () => {
  it('leave the names, dates and signatures to be written in, and print no content hash', async () => {
    const model = reportModelFor(input(fx.audited, 'ja', 'sheets'));
    expect(model.signOff.contentHash).toBeUndefined();
    const file = path.join(out, 'sheets-unsigned.pdf');
    fs.writeFileSync(file, await renderReport(model));
    const pdf = readPdf(file);
    expect(pdf.pageCount).toBe(expectedSheets().length);
    for (const page of pdf.pages) {
      expect(page).toContain(squash(labelsFor('ja').sheets.receivedBy));
      expect(page).not.toContain(squash(labelsFor('ja').cover.contentHash));
      expect(page).not.toContain(squash(signer.assessor));
    }
  }, 60_000);
});

describe('sheets whose texts are far too long for a page', () => {
  it.each(['ja', 'en'] as const)('still give one page per finding in %s, cut, with nothing printed over anything else', async (language) => {
    const model = reportModelFor(input(fx.signed, language, 'sheets'));
    const para = (n: number) => (language === 'ja' ? 'あいうえお漢字カタカナ、「括弧」。' : 'lorem ipsum dolor sit amet, consectetur ').repeat(n);
    const files = Array.from({ length: 12 }, (_, i) => ({ name: `${'very-long-file-name-without-spaces_'.repeat(3)}${i}.pdf`, sha256: 'ab'.repeat(32), size: 123_456, checked: i % 2 === 0 }));
    const [first, second, third] = model.sheets!;
    // Everything at once: titles, question, references, note, alternative, comment, evidence, action and owner.
    first!.catalogTitle = para(3);
    first!.domainTitle = para(3);
    first!.finding = {
      ...first!.finding,
      title: para(4),
      question: para(120),
      note: para(1500),
      alternative: para(300),
      references: Array.from({ length: 30 }, (_, i) => `PPC-GL ${i}-1`),
      evidence: files,
      verdict: { ...first!.finding.verdict, comment: para(2000) },
      action: { ...first!.finding.action!, text: para(100), owner: para(3) },
    };
    // Many files and no action (the lines to write on take room too).
    const { action: _action, ...noAction } = second!.finding;
    second!.finding = { ...noAction, evidence: files, verdict: { ...second!.finding.verdict, comment: para(800) } };
    // One unbreakable word, and a note of empty lines.
    third!.finding = { ...third!.finding, verdict: { ...third!.finding.verdict, comment: 'x'.repeat(5000) }, note: `${'\n'.repeat(200)}end` };
    const file = path.join(out, `sheets-long-${language}.pdf`);
    fs.writeFileSync(file, await renderReport(model));
    const pdf = readPdf(file);
    expect(pdf.pageCount).toBe(model.sheets!.length);
    expect(pdf.pages[0]).toContain(squash(labelsFor(language).sheets.cut));
    expect(overlaps(file).map(([a, b]) => `p${a.page} "${a.text}" × "${b.text}"`)).toEqual([]);
  }, 60_000);
});

describe('sheets without a finding', () => {
  it('are refused with a message in the user’s language, before anything is rendered', () => {
    const onlyConforming: Assessment = { ...fx.plain, verdicts: { 'appi-safeguards/APPI-BP-03': fx.signed.verdicts!['appi-safeguards/APPI-BP-03']! } };
    for (const assessment of [fx.plain, onlyConforming]) {
      let caught: unknown;
      try {
        reportModelFor(input(assessment, 'ja', 'sheets'));
      } catch (error) {
        caught = error;
      }
      expect(isUserError(caught) && caught.code).toBe('report.no-findings');
      if (!isUserError(caught)) continue;
      expect(formatProblem(caught.problem, 'ja')).toContain('指摘事項シートを作成できません');
      expect(formatProblem(caught.problem, 'en')).toContain('no finding sheets to print');
    }
    // The other reports of the same assessment are made as before.
    expect(reportModelFor(input(fx.plain, 'ja', 'audit')).kind).toBe('audit');
  });

  it('are refused by the renderer too, for a model built some other way', async () => {
    const model = reportModelFor(input(fx.plain, 'en', 'audit'));
    await expect(renderReport({ ...model, kind: 'sheets' })).rejects.toMatchObject({ code: 'report-no-findings' });
  });
});

describe('without auditor mode', () => {
  it('leaves the report model as it was: no verdicts, no counts, no hash, the report date on the sign-off', () => {
    const model = reportModelFor(input(fx.plain, 'en', 'audit'));
    expect(model.summary.verdicts).toBeUndefined();
    expect(model.signOff).toEqual({ assessor: fx.plain.assessor, approver: fx.doc.organisation.representative, date: DATE });
    expect(model.findings.flatMap((g) => g.items).some((i) => i.verdict || i.evidence.some((e) => 'checked' in e))).toBe(false);
    expect(model.appendix.flatMap((g) => g.items).some((i) => i.verdict)).toBe(false);
    expect(reportModelFor(input({ ...fx.plain, verdicts: {} }, 'en', 'audit'))).toEqual(model);
  });
});

describe('mamori report --kind sheets', () => {
  async function mamori(argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(
      argv,
      { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: out, env: {} },
      { version: '9.9.9', paths: { preparedCatalogs: path.join(catalogDir, 'absent.json'), catalogSources: catalogDir } },
    );
    return { code, stdout, stderr };
  }

  it('writes the sheets of a signed-off export, one page per finding', async () => {
    const file = path.join(out, 'signed.mamori');
    await writeExportFile(file, { ...fx.doc, assessment: fx.signed });
    const result = await mamori(['report', file, '--kind', 'sheets', '--lang', 'en', '-o', 'cli-sheets.pdf', '--date', DATE, '--json']);
    expect(result, result.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, kind: 'sheets', findings: expectedSheets().length });
    const pdf = readPdf(path.join(out, 'cli-sheets.pdf'));
    expect(pdf.pageCount).toBe(expectedSheets().length);
    expect(pdf.pages[0]).toContain(squash(labelsFor('en').sheets.finding(1, expectedSheets().length)));
    const ja = await mamori(['report', file, '--kind', 'sheets', '--lang', 'ja', '-o', 'cli-sheets-ja.pdf', '--date', DATE]);
    expect(ja).toMatchObject({ code: 0, stdout: expect.stringContaining('指摘事項シートを書き出しました') });
  }, 60_000);

  it('refuses an assessment without findings, in the user’s language, and writes nothing', async () => {
    const file = path.join(out, 'plain.mamori');
    await writeExportFile(file, { ...fx.doc, assessment: fx.plain });
    const en = await mamori(['report', file, '--kind', 'sheets', '--lang', 'en', '-o', 'none.pdf', '--date', DATE]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('no finding sheets to print');
    const ja = await mamori(['report', file, '--kind', 'sheets', '--lang', 'ja', '-o', 'none.pdf', '--date', DATE]);
    expect(ja.code).toBe(1);
    expect(ja.stderr).toContain('指摘事項シートを作成できません');
    expect(fs.existsSync(path.join(out, 'none.pdf'))).toBe(false);
  });
});
