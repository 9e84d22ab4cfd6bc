// An assessment answered against the first editions (appi-safeguards, pms-controls and quick-check, version 1)
// still opens, scores, reports and exports exactly as it did before the second editions shipped. Two kinds of
// check: goldens made with the code as it was before editions existed (tests/fixtures/editions/v1-golden.json:
// the catalogs as loaded, the scores, the progress, the export), and, for what other work may still change (the
// report layout, the plan, the statement), the same command run against the first editions alone and against
// every shipped edition must give the same bytes — so the second editions change nothing for the first. The
// quick check's "not applicable" answer in the fixture stays unscored: version 1 gives it no points.
//   MAMORI_WRITE_GOLDEN=1 npx vitest run tests/assessments/editions-v1-unchanged.test.ts   (rewrites the goldens)
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { applyImport } from '../../electron/services/exchange/apply-import';
import { buildExport } from '../../electron/services/exchange/export-file';
import { readExportFile } from '../../electron/services/exchange/import-file';
import { builtInCatalogsDir, testSession } from '../support/workspace';
import { removeDir, tempDir } from '../support/temp';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/editions');
const fixture = path.join(fixtures, 'v1-assessment.mamori');
const goldenFile = path.join(fixtures, 'v1-golden.json');
const writing = process.env.MAMORI_WRITE_GOLDEN === '1';

type Golden = Record<string, string>;
const golden: Golden = writing || !fs.existsSync(goldenFile) ? {} : (JSON.parse(fs.readFileSync(goldenFile, 'utf8')) as Golden);
const seen: Golden = {};
const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function same(name: string, value: string): void {
  seen[name] = value;
  if (!writing) expect(value, `${name} differs from what version 1 gave`).toBe(golden[name]);
}

let out: string;
let firstOnly: string;
beforeAll(() => {
  out = tempDir('mamori-v1-');
  // The built-in catalogs as they were before editions: the three first editions, nothing else.
  firstOnly = tempDir('mamori-v1-catalogs-');
  for (const id of ['appi-safeguards', 'pms-controls', 'quick-check']) fs.copyFileSync(path.join(builtInCatalogsDir, `${id}@1.yaml`), path.join(firstOnly, `${id}@1.yaml`));
});
afterAll(() => {
  if (writing) fs.writeFileSync(goldenFile, `${JSON.stringify({ ...golden, ...seen }, null, 2)}\n`);
  removeDir(out);
  removeDir(firstOnly);
});

/** The CLI in this process, with the built-in catalogs read from the given folder. */
async function mamori(argv: readonly string[], catalogSources: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: out, env: {} },
    { version: '9.9.9', paths: { preparedCatalogs: path.join(out, 'absent.json'), catalogSources } },
  );
  return { code, stdout, stderr };
}

/** The same command against the first editions alone and against every edition: the same output. */
async function unchanged(argv: string[], file?: string): Promise<string> {
  const outputs: string[] = [];
  for (const [name, dir] of [['first', firstOnly], ['all', builtInCatalogsDir]] as const) {
    const target = file ? path.join(out, `${name}-${file}`) : null;
    const result = await mamori(target ? [...argv, '-o', target] : argv, dir);
    expect(result.code, result.stderr).toBe(0);
    outputs.push(target ? sha(fs.readFileSync(target)) : result.stdout);
  }
  expect(outputs[1], `${argv.join(' ')}: the second editions changed the output`).toBe(outputs[0]);
  return outputs[1]!;
}

describe('an assessment pinned to the version 1 editions', () => {
  it('is pinned to version 1 of all three built-in catalogs, with a quick-check answer "not applicable"', async () => {
    const doc = await readExportFile(fixture);
    expect(doc.assessment.catalogs).toEqual([
      { id: 'appi-safeguards', version: 1 },
      { id: 'pms-controls', version: 1 },
      { id: 'quick-check', version: 1 },
    ]);
    expect(Object.values(doc.assessment.answers).some((a) => a.status === 'not-applicable')).toBe(true);
    expect(Object.entries(doc.assessment.answers).some(([k, a]) => k.startsWith('quick-check/') && a.status === 'not-applicable')).toBe(true);
  });

  it('scores exactly as before (mamori score --json)', async () => {
    same('score --json', await unchanged(['score', fixture, '--json']));
  });

  it.each([
    ['audit', 'ja'],
    ['audit', 'en'],
    ['plan', 'ja'],
  ])('renders the %s report in %s to the same bytes with or without the second editions', async (kind, language) => {
    await unchanged(['report', fixture, '--kind', kind!, '--lang', language!, '--date', '2026-11-30'], `${kind}-${language}.pdf`);
  }, 120_000);

  it('lists the same plan and drafts the same public statement with or without the second editions', async () => {
    await unchanged(['plan', fixture, '--json', '--date', '2026-11-30']);
    await unchanged(['statement', fixture, '--lang', 'ja']);
  });

  it('opens with the same catalogs and progress, and exports to the same bytes', async () => {
    const dataDir = tempDir();
    let tick = Date.parse('2026-11-30T00:00:00Z');
    const session = testSession(dataDir, { now: () => new Date((tick += 1000)) });
    try {
      const doc = await readExportFile(fixture);
      let seed = 0;
      const { assessment } = applyImport(session.workspace(), session.catalogs, doc, 'copy', () => ((seed += 0.137) % 1));
      same('progress', JSON.stringify(assessment.progress));
      const opened = session.workspace().assessments.read(assessment.id);
      for (const pinned of opened.catalogs) same(`catalog ${pinned.id}@${pinned.version}`, sha(JSON.stringify(session.catalogs.getVersion(pinned.id, pinned.version))));
      same('export', sha(JSON.stringify(buildExport(session.workspace(), session.catalogs, assessment.id, '0.1.0'))));
    } finally {
      session.close();
      removeDir(dataDir);
    }
  });
});
