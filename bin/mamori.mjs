#!/usr/bin/env node
// `mamori` — the command line. Runs the TypeScript sources through tsx, so it works in any checkout after
// `npm install` without a build step.
import { register } from 'tsx/esm/api';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
register();
const { runCli } = await import(path.join(root, 'electron/cli/main.ts'));
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const code = await runCli(
  process.argv.slice(2),
  { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: process.cwd(), env: process.env },
  { version, catalogsDir: path.join(root, 'assessments/catalogs') },
);
process.exitCode = code;
