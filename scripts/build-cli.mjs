#!/usr/bin/env node
// Builds the command line as plain JavaScript (out/cli/), one chunk per command so each run loads only what
// it needs, and prepares the built-in catalogs (out/catalogs/built-in.json). Run by `npm run build` and by
// npm's `prepare` on install, so `npx mamori` works right after `npm ci`.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
rmSync(path.join(root, 'out/cli'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { mamori: 'electron/cli/entry.ts', 'prepare-catalogs': 'scripts/prepare-catalogs.ts' },
  outdir: 'out/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Dependencies stay in node_modules: loaded by Node as they are, only when a command imports them.
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  legalComments: 'none',
});
execFileSync(process.execPath, [path.join(root, 'out/cli/prepare-catalogs.js'), root], { stdio: 'inherit' });
