#!/usr/bin/env node
// `mamori` — the command line. Runs the built JavaScript (out/cli/mamori.js, made by `npm run build` and on
// install by npm's `prepare`); in a checkout where it is missing, builds it first (a second or two, once).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'out/cli/mamori.js');
if (!existsSync(built)) execFileSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
await import(pathToFileURL(built).href);
