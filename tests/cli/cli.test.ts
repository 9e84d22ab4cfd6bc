// The `mamori` command line: conventions shared by every command, and the catalog commands.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandSpecs as commands } from '../../electron/cli/registry';
import { mamori as run } from '../support/cli';
import { tempDir } from '../support/temp';
import { builtInCatalogsDir } from '../support/workspace';

const root = path.resolve(import.meta.dirname, '../..');
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;
const fixture = (name: string) => path.join(root, 'tests/fixtures/catalogs', name);

const mamori = (...argv: string[]) => run(argv, { version });

describe('mamori conventions', () => {
  it('prints its version, plain and as JSON', async () => {
    expect(await mamori('--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(JSON.parse((await mamori('--version', '--json')).stdout)).toEqual({ name: 'mamori', version });
  });

  it('lists every command in --help', async () => {
    const { code, stdout } = await mamori('--help');
    expect(code).toBe(0);
    for (const command of commands) expect(stdout).toContain(command.name);
  });

  it.each(commands.map((c) => c.name))('"%s --help" shows its usage and exits 0', async (name) => {
    const { code, stdout } = await mamori(name, '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: mamori ${name}`));
    expect(stdout).toContain('--json');
  });

  it('exits 2 on wrong usage, with one line on stderr', async () => {
    for (const argv of [['frobnicate'], ['catalogs', '--nope'], ['catalog'], ['validate', 'a', 'b'], []]) {
      const { code, stderr } = await mamori(...argv);
      expect(code, argv.join(' ')).toBe(2);
      if (argv.length > 0) expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('mamori catalogs / catalog', () => {
  it('lists the catalogs with versions, titles and item counts', async () => {
    const { code, stdout } = await mamori('catalogs', '--json');
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as { id: string; version: number; itemCount: number; title: { ja: string; en: string } }[];
    expect(list.map((c) => c.id).sort()).toEqual(['appi-safeguards', 'pms-controls', 'quick-check']);
    // The newest edition of each; --all lists the older ones too.
    expect(list.find((c) => c.id === 'quick-check')).toMatchObject({ version: 2, itemCount: 25 });
    for (const c of list) expect(c.title.ja).toBeTruthy();
  });

  it('prints one catalog in full', async () => {
    const { code, stdout } = await mamori('catalog', 'quick-check', '--json');
    expect(code).toBe(0);
    const catalog = JSON.parse(stdout);
    expect(catalog.domains.flatMap((d: { items: unknown[] }) => d.items)).toHaveLength(25);
  });

  it('exits 1 for an unknown catalog, saying which', async () => {
    expect(await mamori('catalog', 'nope')).toEqual({ code: 1, stdout: '', stderr: 'mamori catalog: no catalog with id "nope" (see "mamori catalogs")\n' });
  });

  it('speaks Japanese with --lang ja or a Japanese LANG', async () => {
    expect((await mamori('catalog', 'nope', '--lang', 'ja')).stderr).toBe('mamori catalog: ID「nope」のチェックリストはありません（「mamori catalogs」で一覧を確認できます）\n');
    expect((await run(['catalog', 'nope'], { env: { LANG: 'ja_JP.UTF-8' } })).stderr).toMatch(/チェックリストはありません/);
    expect((await mamori('--lang', 'ja', '--help')).stdout).toMatch(/コマンド:/);
    expect((await mamori('catalog', 'nope', '--lang', 'fr')).code).toBe(2);
  });

  it('lists the other catalogs when one custom catalog file is damaged, with a warning, moving nothing', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'catalogs'));
    fs.copyFileSync(fixture('valid-custom.yaml'), path.join(dir, 'catalogs/sakura-house-rules@1.yaml'));
    fs.writeFileSync(path.join(dir, 'catalogs/broken@1.yaml'), 'id: broken\nversion: [1\n');
    const { code, stdout, stderr } = await mamori('catalogs', '--data-dir', dir, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(['appi-safeguards', 'sakura-house-rules']));
    expect(stderr).toMatch(/^mamori catalogs: warning: The custom catalog file .*broken@1\.yaml could not be read and is ignored: broken@1\.yaml:3 /);
    expect(fs.readdirSync(path.join(dir, 'catalogs')).sort()).toEqual(['broken@1.yaml', 'sakura-house-rules@1.yaml']);
    fs.rmSync(dir, { recursive: true });
  });

  it('lists a data folder’s custom catalogs too', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'catalogs'));
    fs.copyFileSync(fixture('valid-custom.yaml'), path.join(dir, 'catalogs/sakura-house-rules@1.yaml'));
    const { stdout } = await mamori('catalogs', '--data-dir', dir, '--json');
    expect(JSON.parse(stdout).map((c: { id: string }) => c.id)).toContain('sakura-house-rules');
    fs.rmSync(dir, { recursive: true });
  });
});

describe('mamori validate', () => {
  it('says ok for a valid catalog', async () => {
    const { code, stdout } = await mamori('validate', fixture('valid-custom.yaml'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ok: .* is a valid catalog \(sakura-house-rules v1\)/);
  });

  it('lists every error with line and path, and exits 1', async () => {
    const dir = tempDir();
    const bad = path.join(dir, 'bad.yaml');
    fs.writeFileSync(bad, fs.readFileSync(fixture('valid-custom.yaml'), 'utf8').replace('weight: 2', 'weight: 9').replace('effort: S', 'effort: XL'));
    const { code, stdout, stderr } = await mamori('validate', bad, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.ok).toBe(false);
    expect(report.errors.map((e: { path: string; line: number }) => [e.path, e.line])).toEqual([
      ['domains[0].items[0].action.effort', 21],
      ['domains[0].items[0].weight', 24],
    ]);
    expect(stderr).toMatch(/^mamori validate: The catalog file .*bad\.yaml has 2 error\(s\): .*bad\.yaml:21 domains\[0\]\.items\[0\]\.action\.effort: must be one of/);
    fs.rmSync(dir, { recursive: true });
  });

  it('exits 1 for a missing file', async () => {
    const { code, stderr } = await mamori('validate', 'no/such/file.yaml');
    expect(code).toBe(1);
    expect(stderr).toMatch(/no such file/);
  });

  it('validates every built-in catalog', async () => {
    // Every edition; the changelogs beside them are not catalogs.
    for (const file of fs.readdirSync(builtInCatalogsDir).filter((f) => !f.endsWith('.changelog.yaml'))) {
      expect((await mamori('validate', path.join(builtInCatalogsDir, file))).code, file).toBe(0);
    }
  });
});

describe('the installed bin', () => {
  it('runs the built CLI as `npx mamori`', () => {
    const result = spawnSync('npx', ['--no-install', 'mamori', '--version'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(result.stdout).toBe(`${version}\n`);
    expect(result.status).toBe(0);
    expect(fs.existsSync(path.join(root, 'out/cli/mamori.js'))).toBe(true);
  });

  it('prints what it was given with control characters escaped, never raw to the terminal', async () => {
    const { stderr } = await mamori('catalog', 'x\u001b[2J\u202e');
    expect(stderr).toContain('x\\u001b[2J\\u202e');
    expect(stderr).not.toContain('\u001b');
    expect(stderr).not.toContain('\u202e');
  });
});
