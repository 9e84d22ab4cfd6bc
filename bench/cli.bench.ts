// The command line's start-up, as a user feels it: whole-process wall time of `mamori --version` and
// `mamori catalogs --json`, each against `node -e 0` measured in the same run (median of several runs).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { percentile, report } from './harness';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin/mamori.mjs');

function wall(args: string[], runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs + 1; i += 1) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
    if (i > 0) samples.push(ms); // the first run warms the disk cache
  }
  samples.sort((a, b) => a - b);
  return percentile(samples, 50);
}

export async function benchCli(): Promise<void> {
  if (!fs.existsSync(path.join(root, 'out/cli/mamori.js'))) execFileSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { stdio: 'ignore' });
  const runs = 9;
  const baseline = wall(['-e', '0'], runs);
  const version = wall([bin, '--version'], runs);
  const catalogs = wall([bin, 'catalogs', '--json'], runs);
  report('cli.node_e_0.median', baseline, 'ms');
  report('cli.version.median', version, 'ms');
  report('cli.catalogs_json.median', catalogs, 'ms');
  report('cli.version.vs_node.ratio', version / baseline, 'x');
  report('cli.catalogs_json.vs_node.ratio', catalogs / baseline, 'x');
}
