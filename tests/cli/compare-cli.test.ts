// mamori compare, as an auditor uses it next year: last year's export (first catalog editions) against this
// year's (second editions), as .mamori files or as ids in a data folder. The JSON is the comparison module's
// own output; the text names the scores then and now and the changed items under their class, in the
// language of --lang; -o writes the comparison report, whose text shows the deltas; two organisations'
// assessments are refused in words, with exit code 1; and the data folder is not changed.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentComparison } from '../../assessments/compare';
import { NEWER_TITLE, OLDER_TITLE, seedTwoYears } from '../compare/folder-fixture';
import { exampleFile } from '../plan/example-fixture';
import { pdfText } from '../reports/pdf-text';
import { mamori } from '../support/cli';
import { snapshotFolder } from '../support/snapshot';
import { removeDir, tempDir } from '../support/temp';

let dataDir: string;
let out: string;
let ids: Awaited<ReturnType<typeof seedTwoYears>>;
let olderFile: string;
let newerFile: string;

beforeAll(async () => {
  dataDir = tempDir();
  out = tempDir('mamori-compare-cli-');
  ids = await seedTwoYears(dataDir);
  olderFile = path.join(out, 'fy2025.mamori');
  newerFile = path.join(out, 'fy2026.mamori');
  for (const [id, file] of [
    [ids.olderId, olderFile],
    [ids.newerId, newerFile],
  ] as const) {
    const exported = await mamori(['export', id, '--data-dir', dataDir, '-o', file]);
    expect(exported, exported.stderr).toMatchObject({ code: 0 });
  }
}, 60_000);

afterAll(() => {
  removeDir(dataDir);
  removeDir(out);
});

describe('mamori compare', () => {
  it('--json prints the comparison: classes across editions, scores then and now', async () => {
    const result = await mamori(['compare', olderFile, newerFile, '--json']);
    expect(result, result.stderr).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(result.stdout) as AssessmentComparison;
    expect([json.older.title, json.newer.title]).toEqual([OLDER_TITLE, NEWER_TITLE]);
    const find = (key: string) => json.items.find((i) => i.key === key);
    expect(find('appi-safeguards/APPI-BP-01')).toMatchObject({ class: 'improved', older: 'partial', newer: 'implemented' });
    expect(find('appi-safeguards/APPI-BP-03')).toMatchObject({ class: 'regressed', older: 'implemented', newer: 'not-implemented' });
    expect(find('appi-safeguards/APPI-MYN-01')).toMatchObject({ class: 'new', reason: 'edition', older: null });
    expect(find('pms-controls/PMS-PROV-04')).toMatchObject({ class: 'removed', reason: 'edition', newer: null });
    expect(json.counts).toMatchObject({ improved: 1, regressed: 1 });
    const appi = json.catalogs.find((c) => c.catalogId === 'appi-safeguards')!;
    expect(appi).toMatchObject({ olderVersion: 1, newerVersion: 2 });
    expect(appi.delta).toBe(Math.round((appi.newer! - appi.older!) * 10) / 10);
  });

  it('prints the scores and the changed items in the language of --lang', async () => {
    const ja = await mamori(['compare', olderFile, newerFile, '--lang', 'ja']);
    expect(ja, ja.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(ja.stdout).toContain(`${OLDER_TITLE}（2026-03-31） → ${NEWER_TITLE}（2027-03-31）`);
    expect(ja.stdout).toMatch(/総合スコア：\d+\.\d → \d+\.\d（[+−±]\d+\.\d）/);
    expect(ja.stdout).toContain('悪化した項目（1）\n  appi-safeguards/APPI-BP-03');
    expect(ja.stdout).toContain('実施済み → 未実施');
    expect(ja.stdout).toContain('appi-safeguards/APPI-MYN-01');
    expect(ja.stdout).toContain('前回は質問なし → 実施済み');
    const en = await mamori(['compare', olderFile, newerFile, '--lang', 'en']);
    expect(en.stdout).toContain('Improved items (1)\n  appi-safeguards/APPI-BP-01');
    expect(en.stdout).toContain('Partially implemented → Implemented');
    expect(en.stdout).toContain('Implemented → No longer asked');
  });

  it('reads two ids from a data folder without changing it, and writes the comparison report with -o', async () => {
    const before = snapshotFolder(dataDir);
    const pdf = path.join(out, 'comparison.pdf');
    const result = await mamori(['compare', ids.olderId, ids.newerId, '--data-dir', dataDir, '-o', pdf, '--date', '2027-04-15', '--lang', 'en']);
    expect(result, result.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`wrote the comparison report to ${pdf}`);
    const text = await pdfText(fs.readFileSync(pdf));
    expect(text.squashed).toContain('Assessmentcomparisonreport');
    const json = JSON.parse((await mamori(['compare', ids.olderId, ids.newerId, '--data-dir', dataDir, '--json'])).stdout) as AssessmentComparison;
    const overall = `Overallscore${json.overall.older!.toFixed(1)}${json.overall.newer!.toFixed(1)}`;
    expect(text.squashed).toContain(overall);
    expect(text.squashed).toContain('Regresseditems(1)');
    expect(text.squashed).toMatch(/APPI-BP-03.*ImplementedNotimplemented/);
    expect(snapshotFolder(dataDir)).toEqual(before);
  }, 60_000);

  it('refuses two organisations’ assessments, and one assessment with itself, in words', async () => {
    const other = await mamori(['compare', exampleFile, newerFile, '--lang', 'en']);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('belong to different organisations');
    expect(other.stderr).toContain('株式会社さくら見本商事');
    const same = await mamori(['compare', ids.olderId, ids.olderId, '--data-dir', dataDir, '--lang', 'ja']);
    expect(same.code).toBe(1);
    expect(same.stderr).toContain('同じ点検と比較することはできません');
    const usage = await mamori(['compare', olderFile]);
    expect(usage.code).toBe(2);
  });
});
