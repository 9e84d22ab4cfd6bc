// mamori check-policy, as an auditor scripting a batch uses it: the two real published policies and our own
// Japanese fixture, each element with the status a careful reader wrote down; the JSON shape documented in
// docs/policy-check.md; with an assessment (a .mamori file, or an id in a data folder) the claims its answers
// do not back and the statement gaps, without one neither; human output in English or Japanese; and a file
// too large or of the wrong kind refused with exit 1 and one line saying why, in the language asked for.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExportDocument } from '../../assessments';
import { runCli } from '../../electron/cli/main';
import { catalogSourcesForExample, exampleFile, loadExample } from '../plan/example-fixture';
import { snapshotFolder } from '../support/snapshot';
import { removeDir, tempDir } from '../support/temp';
import { testHandlers } from '../support/workspace';
import { details } from '../support/profiles';

const root = path.resolve(import.meta.dirname, '../..');
const own = path.join(root, 'tests/fixtures/policy-check');
const shared = path.resolve(root, '../shared/fixtures/policies');
const hasShared = fs.existsSync(shared);

let doc: ExportDocument;
let catalogDir: string;
let out: string;

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

const expectedStatuses = (policy: string) => {
  const expected = parse(fs.readFileSync(path.join(own, 'expected', policy.replace(/\.\w+$/, '.yaml')), 'utf8')) as { elements: Record<string, { status: string }> };
  return Object.fromEntries(Object.entries(expected.elements).map(([id, e]) => [id, e.status]));
};
const statusesOf = (json: { elements: { id: string; status: string }[] }) => Object.fromEntries(json.elements.map((e) => [e.id, e.status]));

beforeAll(async () => {
  ({ doc } = await loadExample());
  catalogDir = catalogSourcesForExample(doc);
  out = tempDir('mamori-check-policy-');
}, 60_000);
afterAll(() => {
  removeDir(out);
  removeDir(catalogDir);
});

describe('mamori check-policy --json', () => {
  it.skipIf(!hasShared).each(['azpocket-en.txt', 'adjust-one-en.txt'])('gives every element of the real policy %s the status a careful reader gave it', async (policy) => {
    const result = await mamori(['check-policy', path.join(shared, policy), '--json']);
    expect(result, result.stderr).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(result.stdout);
    expect(statusesOf(json)).toEqual(expectedStatuses(policy));
  });

  it('prints the documented shape: elements with rule and quoted evidence, claims with items, statement gaps', async () => {
    const file = path.join(own, 'ja-hanamizuki-travel.txt');
    const result = await mamori(['check-policy', file, '--assessment', exampleFile, '--json']);
    expect(result, result.stderr).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['format', 'formatVersion', 'policy', 'assessment', 'language', 'summary', 'elements', 'claims', 'policyGroups', 'statementGaps', 'text']);
    expect(json).toMatchObject({ format: 'mamori-policy-check', formatVersion: 1, policy: { name: 'ja-hanamizuki-travel.txt' }, assessment: { id: doc.assessment.id, title: doc.assessment.title }, language: 'ja' });
    expect(statusesOf(json)).toEqual(expectedStatuses('ja-hanamizuki-travel.txt'));
    for (const element of json.elements) {
      expect(Object.keys(element).slice(0, 4)).toEqual(['id', 'status', 'rule', 'evidence']);
      expect(element.rule).toMatch(/^[a-z-]+\.[a-z-]+$/);
      // Every quote is the text between its offsets, in the text the JSON carries.
      for (const q of element.evidence) expect(json.text.slice(q.start, q.end)).toBe(q.quote);
    }
    expect(json.claims.length).toBeGreaterThan(10);
    for (const claim of json.claims) {
      expect(json.text.slice(claim.start, claim.end)).toBe(claim.quote);
      expect(claim.items.length).toBeGreaterThan(0);
      expect(['backed', 'not-backed', 'unanswered']).toContain(claim.backing);
    }
    // The example answers "external environment" nowhere as implemented; the policy describes it.
    expect(json.statementGaps).toContainEqual(expect.objectContaining({ group: 'external-environment', kind: 'not-supported' }));
    const { summary } = json;
    expect(summary.present + summary.missing + summary.notApplicable).toBe(18);
    expect(summary.notBacked).toBe(json.claims.filter((c: { backing: string }) => c.backing === 'not-backed').length);
    expect(summary.notBacked).toBeGreaterThan(0);
  });

  it('without an assessment maps the claims to the newest checklists but judges none, and compares no statement', async () => {
    const result = await mamori(['check-policy', path.join(own, 'ja-hanamizuki-travel.txt'), '--json']);
    const json = JSON.parse(result.stdout);
    expect(json.assessment).toBeNull();
    expect(json.statementGaps).toEqual([]);
    expect(json.claims.length).toBeGreaterThan(10);
    expect(json.claims.every((c: { backing: unknown }) => c.backing === null)).toBe(true);
    expect(statusesOf(json)).toEqual(expectedStatuses('ja-hanamizuki-travel.txt'));
  });

  it('reads the assessment from a data folder by id, and changes nothing in it', async () => {
    const t = testHandlers();
    try {
      const organisation = await t.handlers.createOrganisation(details('株式会社はなみずきトラベル'));
      const created = await t.handlers.createAssessment({ organisationId: organisation.id, title: '点検', catalogIds: ['appi-safeguards'], profile: doc.assessment.profile, assessor: '' });
      await t.handlers.saveAnswer({ assessmentId: created.id, key: 'appi-safeguards/APPI-PER-01', answer: { status: 'not-implemented', note: '', reason: '', alternative: '', flagged: false, evidence: [] } });
      t.close();
      const before = snapshotFolder(t.dataDir);
      const result = await mamori(['check-policy', path.join(own, 'ja-hanamizuki-travel.txt'), '--data-dir', t.dataDir, created.id, '--json']);
      expect(result, result.stderr).toMatchObject({ code: 0, stderr: '' });
      const json = JSON.parse(result.stdout);
      expect(json.assessment).toEqual({ id: created.id, title: '点検' });
      const training = json.claims.find((c: { unbackedItems: string[] }) => c.unbackedItems.includes('appi-safeguards/APPI-PER-01'));
      expect(training.backing).toBe('not-backed');
      expect(training.quote).toContain('研修');
      expect(snapshotFolder(t.dataDir)).toEqual(before);
    } finally {
      removeDir(t.dataDir);
    }
  });
});

describe('mamori check-policy, for a person', () => {
  it('prints the disclosures, the claims not backed and the statement comparison in English', async () => {
    const result = await mamori(['check-policy', path.join(own, 'ja-hanamizuki-travel.txt'), '--assessment', exampleFile, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Privacy-policy check: ja-hanamizuki-travel.txt');
    expect(result.stdout).toContain('Required disclosures: 17 present, 0 missing, 1 not applicable');
    expect(result.stdout).toMatch(/Present\s+Fees for requests \(or that there are none\)\n\s+A sentence on requests states the fee \(an amount\) or that there is none\. \[request-fees\.amount-or-free\]/);
    expect(result.stdout).toContain('CLAIMED BUT NOT BACKED: ');
    expect(result.stdout).toContain('Understanding the external environment: Described in the policy, not supported by the answers');
  });

  it('prints it in Japanese with --lang ja, and names a missing disclosure', async () => {
    const result = await mamori(['check-policy', path.join(own, 'ja-kobayashi-koumuten.md'), '--lang', 'ja']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('プライバシーポリシーの確認：ja-kobayashi-koumuten.md');
    expect(result.stdout).toMatch(/記載なし\s+保有個人データの安全管理のために講じた措置\n\s+「適切な安全管理措置を講じます」のような一般的な約束だけで、具体的な措置が書かれていない \[safeguards\.generic-only\]/);
    expect(result.stdout).toContain('点検を指定していないため');
  });
});

describe('mamori check-policy refuses what it cannot read', () => {
  const cases = [
    {
      name: 'a file over 5 MB',
      file: 'huge.txt',
      write: (file: string) => fs.writeFileSync(file, Buffer.alloc(5_000_001, 0x61)),
      en: 'mamori check-policy: huge.txt: The file is 5.1 MB; Mamori reads privacy-policy files of up to 5 MB.\n',
      ja: 'mamori check-policy: huge.txt：ファイルの大きさが 5.1 MB あります。Mamori が読み込めるプライバシーポリシーのファイルは 5 MB までです。\n',
    },
    {
      name: 'text over 500 KB once read',
      file: 'long.md',
      write: (file: string) => fs.writeFileSync(file, 'あ'.repeat(200_000)),
      en: 'mamori check-policy: long.md: The policy text is 600 KB; Mamori checks up to 500 KB of text.\n',
      ja: 'mamori check-policy: long.md：ポリシーの本文が 600 KB あります。Mamori が確認できる本文は 500 KB までです。\n',
    },
    {
      name: 'a PDF',
      file: 'policy.pdf',
      write: (file: string) => fs.writeFileSync(file, '%PDF-1.4\n'),
      en: 'mamori check-policy: policy.pdf: Mamori reads privacy policies from text files (.txt), Markdown (.md) and web pages (.html, .htm), not from this kind of file.\n',
      ja: 'mamori check-policy: policy.pdf：Mamori が読み込めるプライバシーポリシーは、テキスト（.txt）、Markdown（.md）、ウェブページ（.html、.htm）のファイルです。この種類のファイルは読み込めません。\n',
    },
    {
      name: 'a binary file named .txt',
      file: 'image.txt',
      write: (file: string) => fs.writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])),
      en: 'mamori check-policy: image.txt: This is not a text file, or its encoding cannot be read (Mamori reads UTF-8, UTF-16, Shift_JIS and EUC-JP).\n',
      ja: 'mamori check-policy: image.txt：テキストファイルではないか、読み込めない文字コードです（Mamori は UTF-8、UTF-16、Shift_JIS、EUC-JP に対応しています）。\n',
    },
  ];
  it.each(cases)('refuses $name with exit 1 and one line, in English and Japanese', async ({ file, write, en, ja }) => {
    write(path.join(out, file));
    for (const [language, message] of [['en', en], ['ja', ja]] as const) {
      const result = await mamori(['check-policy', file, '--lang', language]);
      expect(result).toEqual({ code: 1, stdout: '', stderr: message });
    }
  });

  it('says a missing file is missing, and that --assessment and --data-dir do not go together', async () => {
    expect(await mamori(['check-policy', 'nowhere.txt'])).toEqual({ code: 1, stdout: '', stderr: 'mamori check-policy: nowhere.txt: no such file\n' });
    const both = await mamori(['check-policy', path.join(own, 'ja-hanamizuki-travel.txt'), '--assessment', exampleFile, '--data-dir', out, 'abcdefgh']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--assessment and --data-dir cannot be used together');
  });
});
