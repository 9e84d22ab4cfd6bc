// The README's promises to a new user stay true: it opens with the two commands, and CI runs exactly the
// test command it shows.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const commands = [...readme.matchAll(/```sh\n([^\n]+)\n```/g)].map((m) => m[1]);

describe('the README', () => {
  it('opens with the install-and-start and the install-and-test commands', () => {
    expect(commands.slice(0, 2)).toEqual(['npm install && npm start', 'npm ci && npm test']);
    expect(readme.indexOf('npm install && npm start')).toBeLessThan(300);
  });

  it('names scripts that exist', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    for (const script of ['start', 'test', 'build', 'typecheck', 'lint', 'bench', 'dist', 'dev', 'security']) {
      expect(pkg.scripts[script], script).toBeTruthy();
    }
  });

  it('shows a screenshot that exists', () => {
    for (const [, file] of readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) expect(fs.existsSync(path.join(root, file!)), file).toBe(true);
  });
});

describe('.ci/run', () => {
  it('runs exactly the README test command', () => {
    const ci = fs.readFileSync(path.join(root, '.ci/run'), 'utf8');
    const lastCommand = ci.trim().split('\n').filter((l) => l.trim() && !l.trim().startsWith('#')).at(-1);
    expect(lastCommand).toBe(commands[1]);
  });
});
